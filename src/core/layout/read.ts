/** Whether a snapshot carries layout at all: a .txt, or a host that read none, has no 格式 to speak of. */
import type { DocSnapshot } from "../model";

export function layoutWasRead(snapshot: DocSnapshot): boolean {
  return snapshot.layout !== undefined || snapshot.paragraphs.some((paragraph) => paragraph.layout !== undefined);
}
