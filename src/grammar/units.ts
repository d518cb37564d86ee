// One number format per unit, so a definition names no formatter: the unit comes from the metadata.
import {formatNumber, formatPercent, formatPoints} from "../components/format.js";
import type {ChartMetadata} from "../charts/types.js";
import {columnLabel, valueUnit} from "./metadata.js";

/**
 * The format of a unit: `value` for a label, tooltip or sentence ("47,3%", "29,5 ppt", "19.407,5"), `tick` for the
 * value axis ("50%", "20.000"); `digits` fixes the decimals where the source prints them all (19.533,80 VTE).
 */
export function unitFormat(unit: string, digits?: number) {
  // Counts and VTE (formatNumber): as many decimals as published (up to two), grouped nl-BE.
  const format = unit === "%" ? formatPercent : unit === "ppt" ? formatPoints : formatNumber;
  return {value: (v: number) => format(v, digits), tick: (v: number) => (unit === "%" ? `${v}%` : formatNumber(v))};
}

/** The title of a value axis: the value column's label, "(%)" after a share ("Werkzaamheidsgraad (%)"). */
export const valueTitle = (metadata: ChartMetadata, unit = valueUnit(metadata)) =>
  `${columnLabel(metadata, "value")}${unit === "%" ? " (%)" : ""}`;

/**
 * The value axis of bars and dots: the value column's title ("(%)" after a share), a grid, ticks in the unit
 * ("50%", "20.000") and about one per `spacing` pixels of the `room` the axis spans.
 */
export function valueAxis(metadata: ChartMetadata, room: number, spacing: number, unit = valueUnit(metadata)) {
  return {
    label: valueTitle(metadata, unit),
    grid: true,
    ticks: Math.max(2, Math.floor(room / spacing)),
    tickFormat: unitFormat(unit).tick
  };
}
