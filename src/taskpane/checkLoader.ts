/**
 * The way to the check's code (lazyViews.tsx), a chunk of its own so that the check is prefetched when the pane is
 * ready rather than while it starts.
 *
 * Webpack turns `webpackPrefetch` into <link rel="prefetch"> tags for the chunks behind an import as soon as a chunk
 * that leads to them has loaded. Imported from the pane's first download, the check's eleven chunks were requested
 * at start-up, their requests and downloads handled on the page's main thread while the pane was getting ready
 * (issue 11, item 8). Imported only from here, they are prefetched when this chunk arrives: once 概览 shows its
 * figures and the browser is idle (lazyViews.tsx prepareCheckWhenIdle), or at the first click on 检查 if that comes first.
 */
export const loadCheckTab = () => import(/* webpackChunkName: "check", webpackPrefetch: true */ "./check/CheckTab");
