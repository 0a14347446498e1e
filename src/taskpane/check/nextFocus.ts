/**
 * Where focus goes after an action taken from the 检查 tab's list, once the pane has drawn its outcome (issue 11, item
 * 7): the writer goes on from where they were, and focus is never dropped to the page nor left on a control the
 * writer did not mean, such as another group's 忽略全部相同 (found in the 340 px walk: focus went to whatever card
 * was then at the same place in the list).
 *
 * When the finding acted on is gone (fixed, ignored): the next location's first action (定位, which names it) in the
 * same group, else the group's card, else its category's heading, else the heading of the section now in its place.
 * A first action, not the same button: Enter pressed again shows the next finding instead of changing it unseen.
 * After 取消忽略, the next ignored finding's first action, else the ignored findings' heading.
 * When it is still there under a new key (a fix refused because its paragraph was edited since the check), focus
 * goes back to the same button on it.
 */

/** Where an action was taken, read from the list before it ran. */
export interface Place {
  readonly from: HTMLElement | undefined;
  /** Which of its card's buttons it was (its data-action). */
  readonly control: string | undefined;
  /** The group card the control was in (its data-card-key), when it was in one. */
  readonly group: string | undefined;
  /** The section it was in: a category's or the ignored findings' (its data-testid). */
  readonly section: string | undefined;
  /** That section's place among the list's sections. */
  readonly sectionIndex: number;
  /** Its finding's place among the group's locations, or among the section's cards (-1: a control of neither). */
  readonly item: number;
  /** How many there were: the same number afterwards means the finding is still there (the action changed nothing). */
  readonly items: number;
}

const GROUP = '[data-testid="finding-group"]';
const ROW = '[data-testid="finding"]';
const SECTION = 'section[data-testid^="category-"], section[data-testid="ignored"]';
const CARD = ':scope > [data-testid="finding"], :scope > [data-testid="finding-group"]';

export function placeOf(root: HTMLElement | null, from: HTMLElement | undefined): Place {
  const group = from?.closest<HTMLElement>(GROUP) ?? undefined;
  const section = from?.closest<HTMLElement>(SECTION) ?? undefined;
  const sections = root ? [...root.querySelectorAll<HTMLElement>(SECTION)] : [];
  const items = itemsOf(group, section);
  const item = from ? items.findIndex((el) => el.contains(from)) : -1;
  return {
    from,
    control: from?.dataset.action,
    group: group?.dataset.cardKey,
    section: section?.dataset.testid,
    sectionIndex: section ? sections.indexOf(section) : -1,
    item,
    items: items.length,
  };
}

/** A group's locations, or a section's cards (a group counts as one). */
function itemsOf(group: HTMLElement | undefined, section: HTMLElement | undefined): HTMLElement[] {
  if (group) return [...group.querySelectorAll<HTMLElement>(ROW)];
  return section ? [...section.querySelectorAll<HTMLElement>(CARD)] : [];
}

/** Moves focus after the action taken at `place`, unless the writer has since put it on another control of the tab. */
export function focusAfterAction(root: HTMLElement, place: Place): void {
  const active = document.activeElement;
  const elsewhereInTab = active instanceof HTMLElement && active !== document.body && active.isConnected && root.contains(active);
  const { from } = place;
  if (from?.isConnected) {
    // Still there (the walk, 定位, a failed fix): focus back on it if the document took it.
    if (active !== from && !elsewhereInTab) from.focus();
    return;
  }
  if (!elsewhereInTab) nextControl(root, place)?.focus();
}

function nextControl(root: HTMLElement, place: Place): HTMLElement | undefined {
  const group = place.group ? [...root.querySelectorAll<HTMLElement>(GROUP)].find((el) => el.dataset.cardKey === place.group) : undefined;
  const sections = [...root.querySelectorAll<HTMLElement>(SECTION)];
  const section = sections.find((el) => el.dataset.testid === place.section);
  const items = itemsOf(group, group ? undefined : section);
  const item = place.item >= 0 && (group || !place.group) ? items[place.item] : undefined;
  // The same finding under a new key: the same button on it.
  if (item && items.length === place.items) return item.querySelector<HTMLElement>(`[data-action="${place.control ?? ""}"]`) ?? firstAction(item);
  if (group) return (item ? firstAction(item) : undefined) ?? group;
  // 取消忽略: the ignored findings are a list as a group's locations are.
  if (item && place.section === "ignored") return firstAction(item);
  const instead = section ?? (place.sectionIndex >= 0 ? sections[Math.min(place.sectionIndex, sections.length - 1)] : undefined);
  return (
    instead?.querySelector<HTMLElement>("h3") ??
    root.querySelector<HTMLElement>("[data-testid='verdict'] button") ??
    root.querySelector<HTMLElement>("button") ??
    undefined
  );
}

function firstAction(item: HTMLElement): HTMLElement | undefined {
  return item.querySelector<HTMLElement>("button") ?? undefined;
}
