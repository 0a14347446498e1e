import { isBodyParagraph, type DocSnapshot } from "../../core/model";
import { documentStats } from "../../core/stats/wordCount";
import type { DocumentStats } from "../../core/stats/wordCount";
import { outlineOf } from "../../core/stats/outline";
import type { OutlineEntry } from "../../core/stats/outline";

export interface Overview {
  readonly snapshot: DocSnapshot;
  readonly stats: DocumentStats;
  readonly outline: readonly OutlineEntry[];
}

/**
 * What 概览 shows of a read: the counts and the outline are the main text's, as before headers and notes were read:
 * Word's 字数统计 leaves headers and footers out (its notes and text boxes option is not followed: text boxes cannot
 * be read). Pure, with no React: the pane's boot (../shell/boot.ts) derives it before React has loaded.
 */
export function overviewOf(snapshot: DocSnapshot): Overview {
  const body: DocSnapshot = { paragraphs: snapshot.paragraphs.filter(isBodyParagraph) };
  return { snapshot, stats: documentStats(body), outline: outlineOf(body) };
}
