/**
 * When a finding card need not be drawn again: after a re-check every finding is a new object, but most say exactly
 * what they said before, and drawing some 330 cards again held the page for a second at 4× CPU slowdown (issue 11).
 * A card is drawn again only when what it shows changed. Its actions are not compared: the 检查 tab passes ones that
 * always call its latest handlers, which look the finding up again in the latest result by its occurrence key.
 */
import type { Finding } from "../../core/finding";
import { isFixable } from "./fixes";
import type { Location } from "./locations";

/** Everything a card shows of a finding, and where it points. */
export function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  return (
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.category === b.category &&
    a.message === b.message &&
    a.excerpt === b.excerpt &&
    a.context.before === b.context.before &&
    a.context.after === b.context.after &&
    a.context.cutBefore === b.context.cutBefore &&
    a.context.cutAfter === b.context.cutAfter &&
    a.basis === b.basis &&
    a.onListString === b.onListString &&
    a.paragraphIndex === b.paragraphIndex &&
    a.range[0] === b.range[0] &&
    a.range[1] === b.range[1] &&
    (a.suggestions ?? []).join("\u241f") === (b.suggestions ?? []).join("\u241f") &&
    isFixable(a) === isFixable(b)
  );
}

export function sameLocation(a: Location | undefined, b: Location | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === "under" && b.kind === "under") return a.heading === b.heading;
  if (a.kind === "part" && b.kind === "part") return a.part === b.part;
  return true;
}
