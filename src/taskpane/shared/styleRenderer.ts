/**
 * The pane's style renderer (Griffel, Fluent UI's CSS-in-JS): Griffel's own, told to skip a component's rules when
 * that very set of rules was inserted before.
 *
 * Why: @griffel/react inserts a component's CSS in a useInsertionEffect that runs on every mount, and the renderer then
 * walks every rule of the set (finding its style sheet, then its insertion cache) even when all are in already. A 检查
 * of 800 pages mounts hundreds of cards and buttons: 61,000–77,000 such rule look-ups, about 150 ms at 4× CPU
 * slowdown (issue 11's budget is 100 ms a task). A set of rules is one frozen object per style hook, and what the
 * renderer inserts is never taken out, so a set seen once needs no second walk.
 */
import { createDOMRenderer } from "@fluentui/react-components";

type Renderer = ReturnType<typeof createDOMRenderer>;

/** On the server (the build's prerender of the pane's shell, ../shell/prerender.tsx) there is no document: Griffel then keeps the rules for renderToStyleElements. */
export function createPaneStyleRenderer(targetDocument: Document | undefined = typeof document === "undefined" ? undefined : document): Renderer {
  const renderer = createDOMRenderer(targetDocument);
  const insertOnce = renderer.insertCSSRules.bind(renderer);
  const seen = new WeakSet<object>();
  renderer.insertCSSRules = (cssRules) => {
    if (seen.has(cssRules)) return;
    seen.add(cssRules);
    insertOnce(cssRules);
  };
  return renderer;
}
