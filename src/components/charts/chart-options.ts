/** The options every chart component takes: the size to draw at and the document to draw into. */
export interface ChartOptions {
  width?: number;
  height?: number;
  /** The document to draw into: the page's, or jsdom's when rendering at build time. */
  document?: Document;
}
