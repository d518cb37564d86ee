// The bench's output: one line per measurement with its target beside it, and the list of misses that makes
// `npm run bench` exit 1.

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Per item (chart, example): its median over the runs; then the slowest item. runs[r][i] = item i in run r. */
export const slowestMedian = (runs: number[][]) =>
  Math.max(...runs[0].map((_, i) => median(runs.map((run) => run[i]))));
export const formatKB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
export const formatMs = (ms: number) => `${ms.toFixed(0)} ms`;

export class Report {
  readonly misses: string[] = [];

  header(): void {
    console.log(`${"measurement".padEnd(52)} ${"value".padStart(12)}   ${"target".padEnd(12)}`);
  }

  /** ok: true (met), false (missed) or undefined (reported, no target). */
  row(label: string, value: string, target: string, ok?: boolean): void {
    if (ok === false) this.misses.push(`${label}: ${value} (target ${target})`);
    const verdict = ok === undefined ? "" : ok ? "ok" : "MISSED";
    console.log(`${label.padEnd(52)} ${value.padStart(12)}   ${target.padEnd(12)} ${verdict}`);
  }

  note(text: string): void {
    console.log(`  ${text}`);
  }
}
