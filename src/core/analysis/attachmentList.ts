/**
 * 附件说明 (GB/T 9704—2012 7.3.4) and lists of notes (注：1、… / 2、…): their numbered lines are names of attachments
 * or notes, not headings, and their lines are not part titles.
 */
import { HeadingMarker, parseHeadingMarker, parseTextMarker, parseTextMarkerBeforeDigits } from "../markers/parse";
import { ATTACHMENT_LABELS, HeadingLevel } from "../markers/shapes";
import { leadingSpaceLength } from "../text/spaces";

/** An 附件说明 or notes list being read: the level its items are numbered at, once known. */
export interface AttachmentList {
  level?: HeadingLevel;
}

const LABEL_FIRST_CODES: ReadonlySet<number> = new Set(ATTACHMENT_LABELS.map((label) => label.charCodeAt(0)));

/**
 * For a line opening with 附件： or 注：, the list it opens: with its first item on the line (附件：1. ……, 注：（1）……,
 * 附件：1、2018年十件民生实事), or the label alone with the items on the lines below; null for a single attachment
 * (附件：统计表, a line that is neither heading nor title); undefined for any other line.
 */
export function attachmentListStart(text: string): AttachmentList | null | undefined {
  const at = leadingSpaceLength(text);
  // Every paragraph is asked: its first character alone rules out nearly all of them, without a slice or a search.
  if (!LABEL_FIRST_CODES.has(text.charCodeAt(at))) return undefined;
  const line = text.slice(at);
  const label = ATTACHMENT_LABELS.find((l) => line.startsWith(l));
  if (label === undefined) return undefined;
  const rest = line.slice(label.length);
  if (rest.slice(leadingSpaceLength(rest)).length === 0) return {};
  const first = listItemMarker(rest, parseTextMarker(rest)?.level);
  return first !== undefined && first.value === 1 ? { level: first.level } : null;
}

/** A line of the list after its first: empty, or an item numbered at the list's level (      2. 代表满意度测评表). */
export function continuesAttachmentList(paragraph: { readonly text: string; readonly listString?: string }, list: AttachmentList): boolean {
  if (paragraph.text.slice(leadingSpaceLength(paragraph.text)).length === 0 && !paragraph.listString) return true;
  const marker = paragraph.listString === undefined ? listItemMarker(paragraph.text, list.level) : parseHeadingMarker(paragraph);
  if (marker === undefined || (list.level !== undefined && marker.level !== list.level)) return false;
  list.level = marker.level;
  return true;
}

/**
 * An item number opening a list line: Arabic (1. 1、 （1）, digits after it allowed: 5.6大工程 in a note), or 一、 in a
 * list of attached tables (附表：一、《民主测评表》, 党政工作部门综合考核评价办法).
 */
function listItemMarker(text: string, level?: HeadingLevel): HeadingMarker | undefined {
  const marker = parseTextMarker(text) ?? parseTextMarkerBeforeDigits(text);
  if (!marker) return undefined;
  // Below a label alone (附件：), 一、 begins the attachment's own text, not a list of names.
  return marker.level === 3 || marker.level === 4 || (marker.level === 1 && level === 1) ? marker : undefined;
}
