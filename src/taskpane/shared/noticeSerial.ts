import type { Notice } from "./ErrorBar";

/**
 * A number for each notice the writer is told, so that a tab's live region (./Announcer.tsx) says a new notice even
 * when its words are the last one's (a second "已修正 1 处。"), and does not say a notice again that was only moved.
 */
const serials = new WeakMap<Notice, number>();
let lastSerial = 0;

export function serialOf(notice: Notice): number {
  let serial = serials.get(notice);
  if (serial === undefined) serials.set(notice, (serial = ++lastSerial));
  return serial;
}

/** The same notice shown at another place (a copy with a new `at`): the live region does not say it again. */
export function movedNotice<T extends Notice>(notice: T, at: string): T {
  const moved = { ...notice, at };
  serials.set(moved, serialOf(notice));
  return moved;
}
