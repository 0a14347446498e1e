/** What each paragraph is in a 公文 (GB/T 9704—2012 7.3), for the 格式 check and 一键排版. */
import type { DocSnapshot } from "../model";
import type { LayoutRole } from "./types";

export function assignRoles(snapshot: DocSnapshot): LayoutRole[] {
  return snapshot.paragraphs.map(() => "other");
}
