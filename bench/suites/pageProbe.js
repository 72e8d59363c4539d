/* global window, document, MutationObserver, requestAnimationFrame */
// Runs in the page before the app's own scripts (addInitScript): paint and long-task entries and
// the moment table rows first show, all on the page's clock (ms since navigation start), plus a
// scroller that measures every frame's length by requestAnimationFrame deltas.
window.__bench = { rowsAt: null, longTasks: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.startTime + e.duration]);
}).observe({ type: 'longtask', buffered: true });
new MutationObserver(() => {
  if (window.__bench.rowsAt === null && document.querySelector('.ant-table-tbody tr.ant-table-row')) {
    window.__bench.rowsAt = performance.now();
  }
}).observe(document, { childList: true, subtree: true });

/** Scrolls the page to the bottom, `step` pixels a frame; resolves with each frame's length. */
window.__benchScroll = (step) =>
  new Promise((resolve) => {
    const el = document.scrollingElement || document.documentElement;
    el.scrollTop = 0;
    const deltas = [];
    let last = 0;
    const frame = (now) => {
      deltas.push(now - last);
      last = now;
      const before = el.scrollTop;
      el.scrollTop += step;
      if (el.scrollTop === before || deltas.length > 2000) resolve(deltas);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(frame);
    });
  });
