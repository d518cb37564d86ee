// Most chart definitions hand toData's rows unchanged to a chart component and its text alternative, which
// take their own row type. The definition sees plain rows; the cast to the component's type is made here, once.
// TEMPORARY: goes with the last LegacyChart.
import type {LegacyChart, LegacyDescribeContext, LegacyRenderOptions, Row} from "./types.js";

export function drawWith<T>(
  render: (rows: T[], options: LegacyRenderOptions) => Element,
  describe: (rows: T[], context?: LegacyDescribeContext) => string
): Pick<LegacyChart, "render" | "describe"> {
  return {
    render: (data: Row[], options: LegacyRenderOptions) => render(data as unknown as T[], options),
    describe: (data: Row[], context?: LegacyDescribeContext) => describe(data as unknown as T[], context)
  };
}
