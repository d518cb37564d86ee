import * as Plot from "@observablehq/plot";
import {formatPercent} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {ink, palette} from "../../grammar/palette.js";

/** One cell of Tabel 1 of the Beleidsnota 2024-2029 (dataset imw-sectoren): a sector's share in a quarter. */
export interface SectorShare {
  period: string;
  sector: string;
  value: number;
}

/**
 * The sectors of Tabel 1: the NACE section, the name as the dataset gives it (for the table and tooltips), and a
 * shorter name for the axis, so the row labels fit beside the chart.
 */
export const sectors: {code: string; label: string; short: string}[] = [
  {code: "A", label: "Landbouw, bosbouw en visserij", short: "Landbouw, bosbouw en visserij"},
  {code: "C", label: "Industrie", short: "Industrie"},
  {
    code: "D",
    label: "Productie en distributie van elektriciteit, gas, stoom en gekoelde lucht",
    short: "Elektriciteit, gas, stoom en gekoelde lucht"
  },
  {code: "E", label: "Distributie van water", short: "Distributie van water"},
  {code: "F", label: "Bouwnijverheid", short: "Bouwnijverheid"},
  {code: "G", label: "Groot- en detailhandel", short: "Groot- en detailhandel"},
  {code: "H", label: "Vervoer en opslag", short: "Vervoer en opslag"},
  {code: "I", label: "Verschaffen van accommodatie en maaltijden", short: "Accommodatie en maaltijden"},
  {code: "J", label: "Informatie en communicatie", short: "Informatie en communicatie"},
  {code: "K", label: "Financiële activiteiten en verzekeringen", short: "Financiële activiteiten, verzekeringen"},
  {code: "L", label: "Exploitatie van en handel in onroerend goed", short: "Onroerend goed"},
  {
    code: "M",
    label: "Vrije beroepen en wetenschappelijke en technische activiteiten",
    short: "Vrije beroepen, wetenschap en techniek"
  },
  {code: "N", label: "Administratieve en ondersteunende diensten", short: "Administratieve en ondersteunende diensten"},
  {
    code: "O",
    label: "Openbaar bestuur en defensie; verplichte sociale verzekeringen",
    short: "Openbaar bestuur en defensie"
  },
  {code: "P", label: "Onderwijs", short: "Onderwijs"},
  {
    code: "Q",
    label: "Menselijke gezondheidszorg en maatschappelijke dienstverlening",
    short: "Gezondheidszorg en maatsch. dienstverlening"
  },
  {code: "R", label: "Kunst, amusement en recreatie", short: "Kunst, amusement en recreatie"},
  {code: "S", label: "Overige diensten", short: "Overige diensten"},
  {code: "T", label: "Huishoudens als werkgever", short: "Huishoudens als werkgever"},
  {code: "unknown", label: "Onbekend", short: "Onbekend"}
];

export function sectorLabel(code: string): string {
  return sectors.find((s) => s.code === code)?.label ?? code;
}

function shortLabel(code: string): string {
  return sectors.find((s) => s.code === code)?.short ?? code;
}

/** Direction from the first to the last quarter, as the colour of a row. */
export const directions = [
  {key: "up", label: "Aandeel gestegen", color: palette.blue},
  {key: "down", label: "Aandeel gedaald", color: palette.orange},
  {key: "same", label: "Gelijk", color: ink.muted},
  {key: "between", label: "Tussenliggende kwartalen", color: palette.neutral}
] as const;

type Direction = (typeof directions)[number]["key"];

interface SectorRow {
  code: string;
  label: string;
  first: number;
  last: number;
  direction: Direction;
}

/** The quarters ("2023K3") in order: the string order is the time order for this format. */
export function quartersOf(rows: SectorShare[]): string[] {
  return [...new Set(rows.map((r) => r.period))].sort();
}

/** One row per sector with its first and last published quarter; sorted by the last share, "Onbekend" at the end. */
function sectorRows(rows: SectorShare[], first: string, last: string): SectorRow[] {
  return sectors
    .flatMap(({code}) => {
      const a = rows.find((r) => r.sector === code && r.period === first);
      const b = rows.find((r) => r.sector === code && r.period === last);
      if (!a || !b) return [];
      const direction: Direction = b.value > a.value ? "up" : b.value < a.value ? "down" : "same";
      return [{code, label: shortLabel(code), first: a.value, last: b.value, direction}];
    })
    .sort((a, b) => Number(a.code === "unknown") - Number(b.code === "unknown") || b.last - a.last);
}

/**
 * Which sectors gain: per sector a line from its share in the first quarter (open circle) to the last (filled
 * dot), blue where it rose and orange where it fell, with the quarters in between as small grey dots. Both end
 * values are written at the right, with two decimals as Tabel 1 prints them.
 */
export function sectorSharesChart(rows: SectorShare[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const quarters = quartersOf(rows);
  const [first, last] = [quarters[0], quarters[quarters.length - 1]];
  const data = sectorRows(rows, first, last);
  const order = data.map((d) => d.label);
  const between = rows.filter((r) => r.period !== first && r.period !== last && order.includes(shortLabel(r.sector)));
  const narrow = width < 560;
  const marginLeft = narrow ? 148 : 250;
  const marginRight = narrow ? 58 : 132;
  const marginTop = 34;
  const marginBottom = 34;
  const height = options.height ?? marginTop + marginBottom + (narrow ? 30 : 21) * data.length;
  const max = Math.max(...rows.map((r) => r.value));
  const colorOf = (key: Direction) => directions.find((d) => d.key === key)!.color;
  const tip = (code: string) =>
    `${sectorLabel(code)}: ${quarters
      .map((q) => {
        const row = rows.find((r) => r.sector === code && r.period === q);
        return `${q} ${row ? formatPercent(row.value, 2) : "–"}`;
      })
      .join(" · ")}`;
  // On a narrow screen only the last quarter's value is written at the right.
  const columns = narrow
    ? [{key: "last" as const, head: last, dx: 6}]
    : [
        {key: "first" as const, head: `○ ${first}`, dx: 6},
        {key: "last" as const, head: `● ${last}`, dx: 64}
      ];
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {
      label: "Aandeel in de goedgekeurde dossiers (%)",
      domain: [0, Math.ceil(max / 5) * 5],
      grid: true,
      tickFormat: (d: number) => `${d}%`,
      ticks: narrow ? 4 : 8
    },
    y: {label: null, domain: order, padding: 0},
    color: {domain: directions.map((d) => d.label), range: directions.map((d) => d.color)},
    ariaLabel: "Aandeel goedgekeurde dossiers individueel maatwerk per sector",
    ariaDescription: describeSectorShares(rows),
    marks: [
      Plot.axisY({tickSize: 0, fontSize: 10, lineWidth: narrow ? 13 : 30}),
      Plot.ruleX([0]),
      Plot.link(data, {
        x1: "first",
        x2: "last",
        y1: "label",
        y2: "label",
        stroke: (d: SectorRow) => directions.find((x) => x.key === d.direction)!.label,
        strokeWidth: 2
      }),
      Plot.dot(between, {
        x: "value",
        y: (d: SectorShare) => shortLabel(d.sector),
        r: 2,
        fill: colorOf("between"),
        title: (d: SectorShare) => `${sectorLabel(d.sector)}, ${d.period}: ${formatPercent(d.value, 2)}`
      }),
      Plot.dot(data, {
        x: "first",
        y: "label",
        r: 4,
        fill: "white",
        stroke: (d: SectorRow) => directions.find((x) => x.key === d.direction)!.label,
        strokeWidth: 1.5,
        title: (d: SectorRow) => tip(d.code)
      }),
      Plot.dot(data, {
        x: "last",
        y: "label",
        r: 4,
        fill: (d: SectorRow) => directions.find((x) => x.key === d.direction)!.label,
        tip: true,
        title: (d: SectorRow) => tip(d.code)
      }),
      ...columns.flatMap(({key, head, dx}) => [
        Plot.text([head], {frameAnchor: "top-right", dx, dy: -20, textAnchor: "start", fontWeight: 700, fontSize: 10}),
        Plot.text(data, {
          y: "label",
          frameAnchor: "right",
          dx,
          textAnchor: "start",
          text: (d: SectorRow) => formatPercent(d[key], 2),
          fill: key === "last" ? ink.text : ink.muted,
          fontSize: 10
        })
      ])
    ]
  }) as SVGSVGElement;
}

/**
 * The text alternative: the largest sectors of the last quarter, the sectors whose share fell and how many rose.
 * Sectors are named in the order of their last share; no difference is computed.
 */
export function describeSectorShares(rows: SectorShare[]): string {
  const quarters = quartersOf(rows);
  if (!quarters.length) return "Aandeel goedgekeurde dossiers individueel maatwerk per sector: geen cijfers.";
  const [first, last] = [quarters[0], quarters[quarters.length - 1]];
  const data = sectorRows(rows, first, last).filter((d) => d.code !== "unknown");
  const named = (d: SectorRow) =>
    `${sectorLabel(d.code).toLowerCase()} (${formatPercent(d.first, 2)} naar ${formatPercent(d.last, 2)})`;
  const risers = data.filter((d) => d.direction === "up");
  const fallers = data.filter((d) => d.direction === "down");
  const parts = [
    `Aandeel van de goedgekeurde dossiers individueel maatwerk per sector, per kwartaal van ${first} tot ${last}.`,
    `Grootste sectoren in ${last}: ${data
      .slice(0, 3)
      .map((d) => `${sectorLabel(d.code).toLowerCase()} ${formatPercent(d.last, 2)}`)
      .join(", ")}.`
  ];
  if (fallers.length) parts.push(`Aandeel gedaald van ${first} tot ${last}: ${fallers.map(named).join(", ")}.`);
  if (risers.length)
    parts.push(
      `Aandeel gestegen: ${risers.length} van de ${data.length} sectoren, onder meer ${risers.slice(0, 3).map(named).join(", ")}.`
    );
  return parts.join(" ");
}
