/**
 * The pane's prerendered first screen (src/taskpane/shell/prerender.tsx): the figures the boot draws before React has
 * run are painted with the page's styles only, so every class of their template must have its rule among them
 * (without it they were painted one under the other, unstyled, and jumped into a row when React came).
 */
import { prerenderShells } from "../../../src/playground/prerenderPages";

// Jest would resolve the pane's import of ./shellIntent to the page's plain script beside it (shellIntent.js, which
// needs a window); webpack resolves it to the module, as here.
jest.mock("../../../src/taskpane/shell/shellIntent.js", () => jest.requireActual("../../../src/taskpane/shell/shellIntent.ts"));

test("every class of the figures' template has its CSS in the page's styles", () => {
  const { templates, styles } = prerenderShells()["pane-bench"];
  const classes = new Set([...templates.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter((c) => c !== ""));
  // Griffel's atomic classes (f…) carry the rules; its ___…_… classes only name the hook.
  const atomic = [...classes].filter((c) => /^f[0-9a-z]+$/.test(c));
  expect(atomic.length).toBeGreaterThan(5);
  const missing = atomic.filter((c) => !styles.includes(`.${c}`));
  expect(missing).toEqual([]);
});
