/**
 * The template library's data model: document skeletons, section modules and stock phrases, built in (src/content)
 * or written by the user (the "own library", exported and imported as a JSON pack).
 *
 * Every spot the writer must fill is written `XX` (XXXX年XX月XX日, 召开会议XX次, 《XX》), one convention only, so the
 * checker's placeholder rule catches whatever a template leaves unfilled.
 */

/**
 * Paragraph roles; the Word gateway's `BlockRole` is this union, so a template's blocks insert as they are.
 * "recipient" is the 主送机关 line of a 报告 ("XX：", GB/T 9704—2012 7.3.2): flush left under the title, never a
 * heading.
 */
import type { HouseStyle } from "../houseStyle/types";

export type ContentBlockRole =
  | "title"
  | "recipient"
  | "heading1"
  | "heading2"
  | "heading3"
  | "heading4"
  | "body"
  | "signature"
  | "date";

export const BLOCK_ROLES: readonly ContentBlockRole[] = [
  "title",
  "recipient",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "body",
  "signature",
  "date",
];

/**
 * One paragraph of a template. Heading text carries NO number ("主要工作及成效", not "一、主要工作及成效"): the
 * insertion code numbers headings from where the cursor is. Inline 一是/二是 inside body text are written out.
 */
export interface ContentBlock {
  readonly role: ContentBlockRole;
  readonly text: string;
}

/** Stock phrase categories, in the order a summary uses them. */
export type PhraseCategory =
  | "opening"
  | "guidingThought"
  | "workApproach"
  | "transition"
  | "pairedHeading"
  | "achievement"
  | "highlight"
  | "fourCharParallel"
  | "dataPattern"
  | "experience"
  | "problem"
  | "cause"
  | "nextStep"
  | "closing";

/** Category ids with the Chinese label shown to writers (and accepted in imported packs). */
export const PHRASE_CATEGORIES: readonly { readonly id: PhraseCategory; readonly label: string }[] = [
  { id: "opening", label: "开头语" },
  { id: "guidingThought", label: "指导思想" },
  { id: "workApproach", label: "工作思路" },
  { id: "transition", label: "过渡语" },
  { id: "pairedHeading", label: "对仗式小标题" },
  { id: "achievement", label: "成效与评价" },
  { id: "highlight", label: "工作亮点" },
  { id: "fourCharParallel", label: "四字排比" },
  { id: "dataPattern", label: "数据句式" },
  { id: "experience", label: "经验体会与启示" },
  { id: "problem", label: "问题与不足" },
  { id: "cause", label: "原因分析" },
  { id: "nextStep", label: "下一步打算" },
  { id: "closing", label: "结尾与表态" },
];

/**
 * How a phrase goes in. Without a role it is inserted at the cursor inside the writer's paragraph. With one it is a
 * paragraph of its own, next to the cursor's paragraph and never joined to it, formatted as that role: "body" for a
 * closing formula (特此报告。), "signature" and "date" for the 落款 lines, "heading1" for a heading phrase, numbered
 * at the level the writer picks (level 1 or the next sub-item of the heading the cursor is under).
 */
export type PhraseRole = "body" | "heading1" | "signature" | "date";

export const PHRASE_ROLES: readonly { readonly id: PhraseRole; readonly label: string }[] = [
  { id: "body", label: "单独成段" },
  { id: "heading1", label: "小标题" },
  { id: "signature", label: "落款" },
  { id: "date", label: "成文日期" },
];

export interface Phrase {
  /** Stable id: favourites, recently used and imports refer to it. */
  readonly id: string;
  readonly category: PhraseCategory;
  /** One paragraph, no line breaks; a heading phrase carries no number. */
  readonly text: string;
  /** Absent: inserted inside the cursor's paragraph. See PhraseRole. */
  readonly role?: PhraseRole;
  readonly tags?: readonly string[];
  /** Id of the built-in entry this own entry was copied from. */
  readonly copiedFrom?: string;
}

/** A section module: one level-1 heading with its body (and optional level-2 headings), e.g. 以文辅政. */
export interface SectionTemplate {
  readonly id: string;
  /** Name shown in the list, e.g. "以文辅政与文稿起草". */
  readonly title: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly blocks: readonly ContentBlock[];
  readonly copiedFrom?: string;
}

/** The kinds of whole document the built-in skeletons cover; own skeletons use "other" unless they say. */
export type SkeletonKind =
  | "unitAnnual"
  | "halfYear"
  | "personalAnnual"
  | "special"
  | "situationReport"
  | "dutyAndIntegrity"
  | "other";

export const SKELETON_KINDS: readonly SkeletonKind[] = [
  "unitAnnual",
  "halfYear",
  "personalAnnual",
  "special",
  "situationReport",
  "dutyAndIntegrity",
  "other",
];

/** A whole document: title, opening, numbered parts, closing formula, signature and date. */
export interface Skeleton {
  readonly id: string;
  /** Name shown in the list, e.g. "单位年度工作总结". */
  readonly title: string;
  readonly kind: SkeletonKind;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly blocks: readonly ContentBlock[];
  readonly copiedFrom?: string;
}

export type EntryKind = "phrase" | "section" | "skeleton";

/** Points at a built-in or own entry; ids are unique across built-in and own entries of one kind. */
export interface EntryRef {
  readonly kind: EntryKind;
  readonly id: string;
}

/** A set of entries: the built-in content, the own library, or an imported pack. */
export interface ContentSet {
  readonly phrases: readonly Phrase[];
  readonly sections: readonly SectionTemplate[];
  readonly skeletons: readonly Skeleton[];
}

/** The file a writer exports and imports ("我的素材库"). */
export interface ContentPack extends ContentSet {
  readonly format: "gongwen-pack";
  readonly version: 1;
  /** Optional name shown when importing, e.g. "市委办综合科常用语". */
  readonly name?: string;
  /** The team's house style (本单位规范), taken over on import: src/core/houseStyle. */
  readonly houseStyle?: HouseStyle;
  /** The writer's favourites (own entries of the pack and built-in ones), added to the importer's on import. */
  readonly favourites?: readonly EntryRef[];
}

/** The writer's own state: own entries plus favourites and recently used (newest first, bounded). */
export interface UserLibrary {
  readonly own: ContentSet;
  readonly favourites: readonly EntryRef[];
  readonly recent: readonly EntryRef[];
}

/** One validation problem: where (a JSON path such as "sections[1].blocks[0].role") and a Chinese message. */
/**
 * What went wrong, for callers that word it their own way (the own-library editors say "请填写常用语内容。" where an
 * imported pack says where the problem is). `field` is the JSON key; `block` the 0-based paragraph of a template.
 */
export interface ContentProblem {
  readonly kind: "missing" | "notText" | "empty" | "tooLong" | "multiline" | "control" | "invalid" | "tooMany" | "duplicate";
  readonly field: string;
  readonly max?: number;
  /** For "control": the character ("U+000B") and its 0-based offset in the field. */
  readonly char?: string;
  readonly at?: number;
  readonly block?: number;
}

export interface ContentError {
  readonly path: string;
  readonly message: string;
  readonly problem?: ContentProblem;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ContentError[] };
