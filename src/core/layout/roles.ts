/**
 * What each paragraph is in a 公文 (GB/T 9704—2012 7.3), for the 格式 check and 一键排版, from what the engine already
 * knows: heading levels from the outline's markers, and the order of the parts (7.3.1 标题, 7.3.2 主送机关, 7.3.3 正文,
 * 7.3.4 附件说明, 7.3.5 署名和成文日期). A paragraph it cannot place is "other" and left alone: tables, empty lines,
 * headers and notes, 版头 and 版记 lines, notes under the title, unnumbered part titles.
 *
 * Read against real text (/work/shared/corpus: work reports, regulations, replies; the seeds): see
 * tests/core/layout/roles.corpus.test.ts for the lines that taught each guard.
 */
import { attachmentListStart, continuesAttachmentList, type AttachmentList } from "../analysis/attachmentList";
import { outlineSteps } from "../analysis/outline";
import type { HeadingMarker } from "../markers/parse";
import { parseHeadingMarker } from "../markers/parse";
import { DocParagraph, DocSnapshot, isBodyParagraph } from "../model";
import { finish, inSlices, type Steps } from "../steps";
import { leadingSpaceLength, trimSpaces } from "../text/spaces";
import type { LayoutRole } from "./types";

export interface ParagraphRole {
  readonly role: LayoutRole;
  /**
   * A heading's [start, end) in the text: marker and title, up to and with the first 。/：/？/！ (a run-in heading
   * such as （一）加强组织领导。要……); the rest is body text. Absent for other roles.
   */
  readonly heading?: readonly [number, number];
  /** A line of an 附件说明 after its first (2. ……): aligned under the names, so its indent is its own. */
  readonly listItem?: boolean;
}

const OTHER: ParagraphRole = { role: "other" };
const cache = new WeakMap<DocSnapshot, readonly ParagraphRole[]>();

/** One role per paragraph (the agreed entry point of issue 13). */
export function assignRoles(snapshot: DocSnapshot): LayoutRole[] {
  return analyzeRoles(snapshot).map((r) => r.role);
}

/** Roles with their heading spans (memoised per snapshot: the 格式 rules and 一键排版 share it). */
export function analyzeRoles(snapshot: DocSnapshot): readonly ParagraphRole[] {
  return cache.get(snapshot) ?? finish(roleSteps(snapshot));
}

/** analyzeRoles in steps (../steps.ts): the outline's, then slices of paragraphs. */
export function* roleSteps(snapshot: DocSnapshot): Steps<readonly ParagraphRole[]> {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const roles = yield* buildRoles(snapshot);
  cache.set(snapshot, roles);
  return roles;
}

/** Where the heading's words end: the first sentence end or colon after the marker; the paragraph's end if none. */
const HEADING_END = /[。：:？！?!]/;

/**
 * The heading part of a heading paragraph: [start of the marker (or of the text, for Word numbering), end of the
 * heading's title]. For 一、总体情况 it is the whole line; for （一）加强组织领导。要…… it ends after 。.
 */
export function headingSpan(paragraph: DocParagraph, marker: HeadingMarker | undefined = parseHeadingMarker(paragraph)): [number, number] {
  const text = paragraph.text;
  const start = marker !== undefined && marker.source === "text" ? marker.start : leadingSpaceLength(text);
  const from = marker !== undefined && marker.source === "text" ? marker.end : start;
  const stop = HEADING_END.exec(text.slice(from));
  if (stop) return [start, from + stop.index + 1];
  return [start, start + trimSpaces(text.slice(start)).length];
}

/* Patterns: data the placing reads. */
/** 发文字号 (7.2.4) ends the 版头: X政发〔2024〕1号. */
const DOC_NUMBER = /[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号/;
/** Lines that end like a sentence or a lead-in (a title, a signature never does). */
const ENDS_LIKE_SENTENCE = /[。；，、：:;,！!？?…]$/;
const HAS_CJK = /[\u4e00-\u9fff]/;
/** 成文日期 alone on its line: 2023年1月5日, 二〇二三年一月五日 (7.3.5.4), 2023年12月. */
const DATE_LINE = /^[0-9０-９〇○Ｏ零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$/;
/** Notes under a title: （2023年2月26日在……通过）, ——在……会议上的讲话, 2023年2月26日在……会议上. */
const LEAD_NOTE = /^(?:[（(〔]|——|─|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)/;
/** 附件说明 (7.3.4): 附件：……, 附件1：……, 附表：…… */
const ATTACHMENT_NOTE = /^附[件表]\s*[0-9０-９]*\s*[：:]/;
/** The first line of an attachment itself (附件 / 附件2, 3号黑体 顶格, GB/T 9704—2012 8): a new part begins. */
const ATTACHMENT_LABEL_LINE = /^附件\s*[0-9０-９]*$/;
/** 版记 (7.4): 抄送：…… and XX办公室 2024年1月5日印发, 4号仿宋 of their own. */
const COLOPHON = /^抄送\s*[：:]|印发$/;
/** A paragraph quoted whole (“……”): an 引文 the writer may set apart, not placed. */
const QUOTED = /^[“「『][^“”]*[”」』][。．]?$/;
/** Notes lists (注：1. ……): not 附件说明, not placed. */
const NOTES_LABEL = /^(?:注|说明|备注)\s*[：:]/;
/** A numbered line (an 附件说明 item such as 2.统计表, which the outline does not count as a heading). */
const NUMBERED = /^[（(]?[0-9０-９一二三四五六七八九十]+[)）.．、]/;
/** Longest line still read as a title; a 主送机关 line; a 署名 line. */
const TITLE_MAX = 80;
const RECIPIENT_MAX = 60;
const SIGNATURE_MAX = 30;
/** A 成文日期 is the last date line with at most this many short lines (版记, 附注) after it in its part. */
const AFTER_DATE_MAX_LINES = 6;
const AFTER_DATE_MAX_CHARS = 100;

interface Line {
  readonly index: number;
  /** The text without leading and trailing spaces. */
  readonly text: string;
  readonly marker?: HeadingMarker;
  /** The outline reads it as an unnumbered title-like line. */
  readonly titleLike: boolean;
  readonly layout: DocParagraph["layout"];
}

function* buildRoles(doc: DocSnapshot): Steps<ParagraphRole[]> {
  const outline = yield* outlineSteps(doc);
  const roles: ParagraphRole[] = new Array<ParagraphRole>(doc.paragraphs.length).fill(OTHER);
  const lines: Line[] = [];
  // In slices like every pass over the paragraphs: a trimmed copy of each text is no small work on 800 pages at 4×.
  yield* inSlices(doc.paragraphs, (from, to) => {
    for (let index = from; index < to; index++) {
      const paragraph = doc.paragraphs[index];
      if (!isBodyParagraph(paragraph) || paragraph.tableNestingLevel > 0) continue;
      const text = trimSpaces(paragraph.text);
      if (text === "") continue;
      lines.push({ index, text, marker: outline.markers[index], titleLike: outline.headingKind[index] === "title", layout: paragraph.layout });
    }
  });
  // The main document, then each attachment after it (附件2 on a line of its own opens one): each has its own title.
  let start = 0;
  for (let k = 1; k < lines.length; k++) {
    if (ATTACHMENT_LABEL_LINE.test(lines[k].text)) {
      yield* placePart(doc, lines.slice(start, k), roles);
      start = k + 1;
    }
  }
  yield* placePart(doc, lines.slice(start), roles);
  return roles;
}

/** Places the lines of one part (the document or one attachment) in order: 版头, title, notes, 主送机关, body, end. */
function* placePart(doc: DocSnapshot, lines: readonly Line[], roles: ParagraphRole[]): Steps<void> {
  let k = 0;
  const docNumber = lines.slice(0, 8).findIndex((line) => line.text.length <= 40 && DOC_NUMBER.test(line.text));
  if (docNumber >= 0) k = docNumber + 1;
  if (k < lines.length && isTitle(lines[k])) {
    roles[lines[k].index] = { role: "title" };
    k++;
    while (k < lines.length && continuesTitle(lines[k - 1], lines[k])) roles[lines[k++].index] = { role: "title" };
  }
  // Notes, author and speaker lines under the title (题注, 衢州市市长 徐张艳) stay as they are.
  while (k < lines.length && !isRecipient(lines[k]) && isLeadLine(lines[k])) k++;
  if (k < lines.length && isRecipient(lines[k])) roles[lines[k++].index] = { role: "recipient" };

  let end = lines.length;
  const date = findDate(lines, k);
  if (date !== undefined) {
    roles[lines[date].index] = { role: "date" };
    end = date;
    while (end - 1 >= k && date - end < 3 && isSignature(lines[end - 1])) roles[lines[--end].index] = { role: "signature" };
  } else {
    // No date: a 落款 the layout shows (short name lines set right at the end), never one guessed from text alone.
    while (end - 1 >= k && lines.length - end < 3 && lines[end - 1].layout?.alignment === "right" && isSignature(lines[end - 1])) {
      roles[lines[--end].index] = { role: "signature" };
    }
  }
  yield* placeBody(doc, lines.slice(k, end), roles);
}

function* placeBody(doc: DocSnapshot, lines: readonly Line[], roles: ParagraphRole[]): Steps<void> {
  let attachments: AttachmentList | undefined;
  let notes: AttachmentList | undefined;
  const read = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const line = lines[k];
      const paragraph = doc.paragraphs[line.index];
      if (attachments && continuesAttachmentList(paragraph, attachments)) {
        roles[line.index] = { role: "attachment", listItem: true };
        continue;
      }
      attachments = undefined;
      if (notes && continuesAttachmentList(paragraph, notes)) continue;
      notes = undefined;
      if (ATTACHMENT_NOTE.test(line.text)) {
        roles[line.index] = { role: "attachment" };
        attachments = attachmentListStart(line.text) ?? undefined;
        continue;
      }
      if (NOTES_LABEL.test(line.text)) {
        notes = attachmentListStart(line.text) ?? undefined;
        continue;
      }
      if (line.marker) {
        roles[line.index] = { role: `heading${line.marker.level}`, heading: headingSpan(paragraph, line.marker) };
        continue;
      }
      // An unnumbered part title (2014年工作安排, 名词解释): no level of 7.3.3 to compare with.
      if (line.titleLike || COLOPHON.test(line.text) || QUOTED.test(line.text)) continue;
      roles[line.index] = { role: "body" };
    }
  };
  yield* inSlices(lines, read);
}

function endsLikeSentence(text: string): boolean {
  return ENDS_LIKE_SENTENCE.test(text);
}

function isTitle(line: Line): boolean {
  return (
    line.marker === undefined &&
    line.text.length >= 2 &&
    line.text.length <= TITLE_MAX &&
    !endsLikeSentence(line.text) &&
    HAS_CJK.test(line.text) &&
    !LEAD_NOTE.test(line.text) &&
    !DATE_LINE.test(line.text) &&
    !ATTACHMENT_NOTE.test(line.text) &&
    !isSpeakerLine(line.text)
  );
}

/** A title in two paragraphs: only where the layout shows it (both centred, the same size). */
function continuesTitle(previous: Line, line: Line): boolean {
  if (!isTitle(line) || previous.layout?.alignment !== "center" || line.layout?.alignment !== "center") return false;
  const a = previous.layout.runs[0]?.sizePt;
  const b = line.layout.runs[0]?.sizePt;
  return a !== undefined && b !== undefined && Math.abs(a - b) < 0.25;
}

/** 衢州市市长 徐张艳: a short line with a space between its words. */
function isSpeakerLine(text: string): boolean {
  return text.length <= 30 && /[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]/.test(text);
}

/** A line between the title and the body that is not a sentence: 题注, author, speaker, date. */
function isLeadLine(line: Line): boolean {
  if (line.marker !== undefined || endsLikeSentence(line.text)) return false;
  return LEAD_NOTE.test(line.text) || DATE_LINE.test(line.text) || isSpeakerLine(line.text) || (line.text.length <= 40 && HAS_CJK.test(line.text));
}

/** 主送机关 (7.3.2): 各位代表： / XX市人民政府办公室：, not a lead-in sentence (现将有关情况报告如下：). */
function isRecipient(line: Line): boolean {
  const { text } = line;
  return (
    line.marker === undefined &&
    text.length <= RECIPIENT_MAX &&
    /[：:]$/.test(text) &&
    !/[。；;！？]/.test(text) &&
    !/如下|现将|报告|汇报/.test(text) &&
    !ATTACHMENT_NOTE.test(text) &&
    !NOTES_LABEL.test(text)
  );
}

/** The last date line of the part, when only a few short lines (版记, 附注) follow it. */
function findDate(lines: readonly Line[], from: number): number | undefined {
  for (let k = lines.length - 1; k >= from; k--) {
    if (!DATE_LINE.test(lines[k].text)) continue;
    const after = lines.slice(k + 1);
    if (after.length > AFTER_DATE_MAX_LINES || after.some((line) => line.text.length > AFTER_DATE_MAX_CHARS)) return undefined;
    return k;
  }
  return undefined;
}

/** 发文机关署名 (7.3.5): a short name line just above the date, never a sentence or a heading. */
function isSignature(line: Line): boolean {
  return (
    line.marker === undefined &&
    line.text.length >= 2 &&
    line.text.length <= SIGNATURE_MAX &&
    !endsLikeSentence(line.text) &&
    HAS_CJK.test(line.text) &&
    !ATTACHMENT_NOTE.test(line.text) &&
    !NUMBERED.test(line.text) &&
    !DATE_LINE.test(line.text)
  );
}
