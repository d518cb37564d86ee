/**
 * A reader for JSON-stat 2.0 datasets (https://json-stat.org/full/), the format of Eurostat's Statistics API.
 *
 * A dataset lists its dimensions in `id` with their sizes in `size`; `dimension[id].category.index` gives each
 * category code its position (an array of codes, or an object code → position; it may be left out when a
 * dimension has one category). `value` holds the observations in row-major order (the last dimension varies
 * fastest), either as a dense array or as a sparse object "position" → value; null is a missing value.
 * `status` carries flags the same way (one string for all, an array, or a sparse object).
 */

import {ResponseError} from "./types.js";

export interface JsonStatCategory {
  code: string;
  label: string;
}

export interface JsonStatDimension {
  id: string;
  label: string;
  /** The categories in index order. */
  categories: JsonStatCategory[];
}

export interface JsonStatObservation {
  /** The position in the value array. */
  index: number;
  /** Dimension id → category code. */
  categories: Record<string, string>;
  /** null for a missing value. */
  value: number | null;
  /** The status flag(s), e.g. "b" or "bu"; undefined when there is none. */
  status?: string;
}

export interface JsonStatDataset {
  label?: string;
  source?: string;
  updated?: string;
  dimensions: JsonStatDimension[];
  size: number[];
  /**
   * Every observation that the response carries: with a dense value array, one per position; with a sparse
   * object, one per position that has a value or a status.
   */
  observations: JsonStatObservation[];
  /** Labels of status flags when the response gives them (Eurostat: extension.status.label). */
  statusLabels: Record<string, string>;
}

/** Parses the text of a JSON-stat 2.0 dataset; throws a ResponseError naming the first problem. */
export function parseJsonStat(text: string): JsonStatDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ResponseError(`not valid JSON (${(error as Error).message}); starts with ${excerpt(text)}`);
  }
  if (!isRecord(json)) throw new ResponseError("not a JSON-stat dataset: the response is not a JSON object");
  if ("error" in json) throw new ResponseError(`the response is an error message: ${describeApiError(json.error)}`);
  if (json.version === undefined && json.class === undefined)
    throw new ResponseError(
      "not a JSON-stat 2.0 dataset: no version and no class (JSON-stat 1.0 bundles are not supported)"
    );
  if (typeof json.version !== "string" || !json.version.startsWith("2."))
    throw new ResponseError(`JSON-stat version ${JSON.stringify(json.version)} is not supported (expected 2.0)`);
  if (json.class !== "dataset")
    throw new ResponseError(`JSON-stat class ${JSON.stringify(json.class)} is not supported (expected "dataset")`);

  const ids = json.id;
  if (!Array.isArray(ids) || !ids.length || !ids.every((id) => typeof id === "string"))
    throw new ResponseError(`"id" must be a non-empty list of dimension ids`);
  if (new Set(ids).size !== ids.length) throw new ResponseError(`"id" names a dimension twice`);
  const size = json.size;
  if (!Array.isArray(size) || size.length !== ids.length || !size.every((n) => Number.isInteger(n) && n >= 0))
    throw new ResponseError(`"size" must list one whole number per dimension in "id" (${ids.length})`);
  if (!isRecord(json.dimension)) throw new ResponseError(`"dimension" must be an object`);
  const dimensionSpecs = json.dimension;
  const dimensions = ids.map((id, i) => readDimension(id, dimensionSpecs[id], size[i]));

  const total = size.reduce((product, n) => product * n, 1);
  const values = readValues(json.value, total);
  const statuses = readStatus(json.status, total);
  const strides = size.map((_, i) => size.slice(i + 1).reduce((product, n) => product * n, 1));
  const positions = Array.isArray(json.value)
    ? Array.from({length: total}, (_, i) => i)
    : [...new Set([...values.keys(), ...statuses.keys()])].sort((a, b) => a - b);
  const observations = positions.map((index) => {
    const categories: Record<string, string> = {};
    dimensions.forEach((dimension, i) => {
      categories[dimension.id] = dimension.categories[Math.floor(index / strides[i]) % size[i]].code;
    });
    const status = statuses.get(index) ?? (typeof json.status === "string" ? json.status : undefined);
    return {index, categories, value: values.get(index) ?? null, ...(status ? {status} : {})};
  });

  return {
    ...(typeof json.label === "string" ? {label: json.label} : {}),
    ...(typeof json.source === "string" ? {source: json.source} : {}),
    ...(typeof json.updated === "string" ? {updated: json.updated} : {}),
    dimensions,
    size,
    observations,
    statusLabels: readStatusLabels(json.extension)
  };
}

function readDimension(id: string, spec: unknown, size: number): JsonStatDimension {
  const where = `dimension "${id}"`;
  if (!isRecord(spec)) throw new ResponseError(`${where} is listed in "id" but not described in "dimension"`);
  const category = spec.category;
  if (!isRecord(category)) throw new ResponseError(`${where} has no "category"`);
  const labels = category.label === undefined ? {} : category.label;
  if (!isRecord(labels)) throw new ResponseError(`${where}: category.label must be an object`);
  let codes: string[];
  const index = category.index;
  if (index === undefined) {
    // JSON-stat allows leaving out the index of a dimension with a single category.
    codes = Object.keys(labels);
    if (codes.length !== 1) throw new ResponseError(`${where} has no category.index and not exactly one label`);
  } else if (Array.isArray(index)) {
    if (!index.every((code) => typeof code === "string"))
      throw new ResponseError(`${where}: category.index must list codes`);
    codes = index;
  } else if (isRecord(index)) {
    codes = [];
    for (const [code, position] of Object.entries(index)) {
      if (!Number.isInteger(position) || (position as number) < 0 || (position as number) >= size)
        throw new ResponseError(`${where}: category "${code}" has position ${JSON.stringify(position)} of ${size}`);
      if (codes[position as number] !== undefined)
        throw new ResponseError(`${where}: two categories have position ${position}`);
      codes[position as number] = code;
    }
  } else {
    throw new ResponseError(`${where}: category.index must be a list or an object`);
  }
  if (codes.length !== size || codes.some((code) => code === undefined))
    throw new ResponseError(`${where} has ${codes.filter(Boolean).length} categories but "size" says ${size}`);
  if (new Set(codes).size !== codes.length) throw new ResponseError(`${where} lists a category code twice`);
  return {
    id,
    label: typeof spec.label === "string" ? spec.label : id,
    categories: codes.map((code) => ({code, label: typeof labels[code] === "string" ? labels[code] : code}))
  };
}

function readValues(value: unknown, total: number): Map<number, number | null> {
  const values = new Map<number, number | null>();
  const check = (position: number, v: unknown) => {
    if (v !== null && (typeof v !== "number" || !Number.isFinite(v)))
      throw new ResponseError(`value at position ${position} is ${JSON.stringify(v)}, not a number or null`);
    values.set(position, v);
  };
  if (Array.isArray(value)) {
    if (value.length !== total)
      throw new ResponseError(`"value" has ${value.length} entries, but the dimension sizes multiply to ${total}`);
    value.forEach((v, i) => check(i, v));
  } else if (isRecord(value)) {
    for (const [key, v] of Object.entries(value)) check(position(key, total, "value"), v);
  } else {
    throw new ResponseError(`"value" must be a list or an object`);
  }
  return values;
}

function readStatus(status: unknown, total: number): Map<number, string> {
  const statuses = new Map<number, string>();
  if (status === undefined || status === null || typeof status === "string") return statuses;
  const check = (position: number, s: unknown) => {
    if (s === null || s === "") return;
    if (typeof s !== "string") throw new ResponseError(`status at position ${position} is not a string`);
    statuses.set(position, s);
  };
  if (Array.isArray(status)) {
    // A list of one status applies to every observation; otherwise one per position.
    if (status.length === 1) {
      for (let i = 0; i < total; i++) check(i, status[0]);
    } else if (status.length === total) {
      status.forEach((s, i) => check(i, s));
    } else {
      throw new ResponseError(`"status" has ${status.length} entries, but there are ${total} positions`);
    }
  } else if (isRecord(status)) {
    for (const [key, s] of Object.entries(status)) check(position(key, total, "status"), s);
  } else {
    throw new ResponseError(`"status" must be a string, a list or an object`);
  }
  return statuses;
}

function position(key: string, total: number, field: string): number {
  const n = Number(key);
  if (!/^\d+$/.test(key) || n >= total)
    throw new ResponseError(`"${field}" has position "${key}", outside 0-${total - 1}`);
  return n;
}

function readStatusLabels(extension: unknown): Record<string, string> {
  if (!isRecord(extension) || !isRecord(extension.status) || !isRecord(extension.status.label)) return {};
  return Object.fromEntries(
    Object.entries(extension.status.label).filter((entry): entry is [string, string] => typeof entry[1] === "string")
  );
}

/** Eurostat answers an invalid query with {"error": [{"status": 400, "id": 100, "label": "…"}]}. */
function describeApiError(error: unknown): string {
  const list = Array.isArray(error) ? error : [error];
  return list
    .map((e) => (isRecord(e) ? [e.status, e.label].filter((part) => part !== undefined).join(" ") : String(e)))
    .join("; ");
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
