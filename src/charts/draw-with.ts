// Most chart definitions hand toData's rows unchanged to a chart component and its text alternative, which
// take their own row type. The definition sees plain rows; the cast to the component's type is made here, once.
import type {ChartDefinition, DescribeContext, RenderOptions, Row} from "./types.js";

export function drawWith<T>(
  render: (rows: T[], options: RenderOptions) => Element,
  describe: (rows: T[], context?: DescribeContext) => string
): Pick<ChartDefinition, "render" | "describe"> {
  return {
    render: (data: Row[], options: RenderOptions) => render(data as unknown as T[], options),
    describe: (data: Row[], context?: DescribeContext) => describe(data as unknown as T[], context)
  };
}
