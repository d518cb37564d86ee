import {breakKinds} from "../../loaders/lib/meta.js";
import type {SeriesBreak} from "../../loaders/lib/meta.js";
import {endSentence} from "../../src/grammar/categories.js";
import {periodLabel} from "../../src/grammar/periods.js";

/** The frame's note for a break, from the metadata: kind, first period, what changed. */
export function describeBreak(b: SeriesBreak): string {
  return `Breuk in de reeks (${breakKinds[b.kind].toLowerCase()}) vanaf ${periodLabel(b.period)}: ${endSentence(b.label)} ${b.description}`;
}
