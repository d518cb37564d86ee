// @ts-check
// Injected into every page the bench opens, before the page's own scripts (Playwright's addInitScript reads this
/* global document, window, performance, requestAnimationFrame, setTimeout, MutationObserver */
// file as it is; a plain script, so no compiler adds helpers the page would not have). Times are on the page's own
// clock: milliseconds since navigation started. "Drawn" means the element is fully parsed (the element after it
// exists) and a frame has been painted since (requestAnimationFrame, then a task after that frame).
(() => {
  // The Overzicht cards, complete; else the first chart frame with its plot complete; else the page's content.
  const complete = [
    ["cards", ".indicator-cards + *"],
    ["chart", "figure.chart-frame .chart-frame__plot + *"]
  ];
  /** @type {(view: {kind: string, ms: number}) => void} */
  let settle = () => {};
  const found = () => complete.find(([, selector]) => document.querySelector(selector))?.[0];
  /** @param {string} kind */
  const afterPaint = (kind) => requestAnimationFrame(() => setTimeout(() => settle({kind, ms: performance.now()}), 0));
  const observer = new MutationObserver(() => {
    const kind = found();
    if (!kind) return;
    observer.disconnect();
    afterPaint(kind);
  });
  observer.observe(document, {childList: true, subtree: true});
  document.addEventListener(
    "DOMContentLoaded",
    () => {
      if (found()) return;
      observer.disconnect();
      afterPaint("content");
    },
    {once: true}
  );
  Object.assign(window, {
    __benchFirstView: new Promise((resolve) => (settle = resolve)),
    /** Bytes on the wire (headers + compressed body) of the document and every resource finished by `until` ms. */
    __benchBytesBy: (/** @type {number} */ until) =>
      [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
        .filter((e) => /** @type {PerformanceResourceTiming} */ (e).responseEnd <= until)
        .reduce((sum, e) => sum + /** @type {PerformanceResourceTiming} */ (e).transferSize, 0)
  });
})();
