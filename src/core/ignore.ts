/**
 * Ignoring a finding, keyed on its rule and the text around it (zhlint's prefix / text / suffix), never on offsets:
 * an ignore survives edits elsewhere in the document and even in the same paragraph.
 *
 * Two kinds of stored key (issue 11):
 * - a look-alike key (ignoreKey): rule, a few characters before, the excerpt, a few after. Stored alone it ignores
 *   every finding that looks the same — the writer's explicit “忽略全部相同” (and what every key meant before).
 * - an occurrence key (occurrenceKey): the look-alike key plus the openings of the paragraphs before and after and
 *   the rank among identical ones. It ignores one finding: three paragraphs `完成XX项。` stay three findings when
 *   one of them is ignored.
 * - a same-findings key (sameFindingsKey): rule, message and excerpt, what makes findings one group in the 检查 list
 *   (“XX — 共 63 处”). It is what “忽略全部相同” stores now: a look-alike key holds the text around the finding, so
 *   on a group whose members stood in different sentences it ignored only the one clicked (found in a writer's walk).
 *   Look-alike keys stored before still ignore what they did.
 */
import type { Finding } from "./finding";
import type { DocSnapshot } from "./model";
import { inItemSlices, type Steps } from "./steps";
import { extendToCodePoint, retreatToCodePoint } from "./text/surrogates";

/** Characters of surrounding text that anchor an ignore key on each side. */
export const IGNORE_ANCHOR_CHARS = 6;
/** Characters of a neighbouring paragraph's opening that tell one occurrence of a look-alike from another. */
export const NEIGHBOUR_CHARS = 12;

const FIELD = "\u241f";
/** Opens a same-findings key; never inside a look-alike or an occurrence key. */
const SAME = "\u241d";
/** Separates an occurrence key's look-alike key from its neighbourhood; never inside a look-alike key. */
const OCCURRENCE = "\u241e";

/** A stable key for "ignore this finding": rule id, a few characters before, the excerpt, a few after. */
export function ignoreKey(finding: Finding, paragraphText: string): string {
  const [start, end] = finding.range;
  if (finding.onListString) {
    // No excerpt in the text: anchor on the paragraph's opening words instead.
    const opening = paragraphText.slice(0, extendToCodePoint(paragraphText, Math.min(paragraphText.length, IGNORE_ANCHOR_CHARS * 2)));
    return [finding.ruleId, "list", opening, finding.message].join(FIELD);
  }
  // A finding about whole paragraphs has no excerpt: what it says is wrong identifies it, wherever it now sits.
  if (finding.sameAs !== undefined) return [finding.ruleId, "same", finding.sameAs].join(FIELD);
  // Whole characters only: a key holding a lone surrogate would not survive being stored as UTF-8.
  const prefix = paragraphText.slice(retreatToCodePoint(paragraphText, Math.max(0, start - IGNORE_ANCHOR_CHARS)), start);
  const suffix = paragraphText.slice(end, extendToCodePoint(paragraphText, Math.min(paragraphText.length, end + IGNORE_ANCHOR_CHARS)));
  return [finding.ruleId, prefix, paragraphText.slice(start, end), suffix].join(FIELD);
}

/**
 * What identical findings share: rule, message and excerpt (none for a finding on a list string). The 检查 list groups
 * findings by it, and “忽略全部相同” ignores every finding that has it.
 */
export function sameFindingsKey(finding: Finding): string {
  return SAME + [finding.ruleId, finding.message, finding.onListString ? "" : finding.excerpt].join(FIELD);
}

function isSameFindingsKey(key: string): boolean {
  return key.startsWith(SAME);
}

interface Occurrence {
  readonly lookAlike: string;
  readonly before: string;
  readonly after: string;
  /** 0-based rank among findings with the same look-alike key and the same neighbours, in document order. */
  readonly rank: number;
}

/** An occurrence as computed for a finding, with its look-alike key and neighbours joined (what its rank counts). */
interface Counted extends Occurrence {
  readonly id: string;
}

/**
 * Occurrences per list of findings: the pane matches the stored keys and then keys every finding of one check, the
 * same list twice (on an 800-page draft, thousands of findings).
 */
const occurrenceCache = new WeakMap<readonly Finding[], { readonly length: number; readonly snapshot: DocSnapshot; readonly occurrences: readonly Counted[] }>();

/** Every finding's occurrence, in the order given. */
function occurrencesOf(findings: readonly Finding[], snapshot: DocSnapshot): readonly Counted[] {
  const cached = occurrenceCache.get(findings);
  if (cached && cached.length === findings.length && cached.snapshot === snapshot) return cached.occurrences;
  const occurrences = computeOccurrences(findings, snapshot);
  occurrenceCache.set(findings, { length: findings.length, snapshot, occurrences });
  return occurrences;
}

/**
 * The occurrences of `findings` worked out in steps (./steps.ts), a slice of findings each, and kept for the
 * matchIgnores and occurrenceKeys that follow on the same list and snapshot: an 800-page draft's 1,300 findings took
 * 50–110 ms to key in one task in a cold page at 4×. Each finding's keys are built in the slices; the ranks, a
 * lookup per finding, after them.
 */
export function* occurrenceSteps(findings: readonly Finding[], snapshot: DocSnapshot): Steps<void> {
  const cached = occurrenceCache.get(findings);
  if (cached && cached.length === findings.length && cached.snapshot === snapshot) return;
  yield* inItemSlices(findings.length, (from, to) => {
    for (let i = from; i < to; i++) keyed(findings[i], snapshot);
  });
  occurrencesOf(findings, snapshot);
}

/**
 * A finding's keys but its rank, with the texts they were read from: the 格式 findings' join keys the text findings
 * again (the same objects, the same paragraphs), and a key is built of several strings joined.
 */
interface Keyed {
  readonly text: string;
  readonly textBefore: string;
  readonly textAfter: string;
  readonly lookAlike: string;
  readonly before: string;
  readonly after: string;
  /** The look-alike key with its neighbours: findings with the same one are ranked among themselves. */
  readonly id: string;
}

const keyedCache = new WeakMap<Finding, Keyed>();

function opening(text: string): string {
  return text.slice(0, extendToCodePoint(text, Math.min(text.length, NEIGHBOUR_CHARS)));
}

function keyed(finding: Finding, snapshot: DocSnapshot): Keyed {
  const index = finding.paragraphIndex;
  const text = snapshot.paragraphs[index]?.text ?? "";
  const textBefore = snapshot.paragraphs[index - 1]?.text ?? "";
  const textAfter = snapshot.paragraphs[index + 1]?.text ?? "";
  const cached = keyedCache.get(finding);
  if (cached && cached.text === text && cached.textBefore === textBefore && cached.textAfter === textAfter) return cached;
  const lookAlike = ignoreKey(finding, text);
  const before = opening(textBefore);
  const after = opening(textAfter);
  const fresh = { text, textBefore, textAfter, lookAlike, before, after, id: [lookAlike, before, after].join(OCCURRENCE) };
  keyedCache.set(finding, fresh);
  return fresh;
}

function computeOccurrences(findings: readonly Finding[], snapshot: DocSnapshot): Counted[] {
  const ranks = new Map<string, number>();
  const order = findings.map((_, i) => i);
  // The engine's findings come in document order already: sorting them again is most of the work here.
  if (!inPositionOrder(findings)) order.sort((a, b) => byPosition(findings[a], findings[b]));
  const out: Counted[] = new Array(findings.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const { lookAlike, before, after, id } = keyed(findings[i], snapshot);
    const rank = ranks.get(id) ?? 0;
    ranks.set(id, rank + 1);
    out[i] = { lookAlike, before, after, rank, id };
  }
  return out;
}

/** lookAlike, before, after and rank joined by OCCURRENCE: the first three are joined already in `id`. */
function encode(o: Counted): string {
  return o.id + OCCURRENCE + String(o.rank);
}

function decode(key: string): Occurrence | undefined {
  const parts = key.split(OCCURRENCE);
  if (parts.length !== 4) return undefined;
  return { lookAlike: parts[0], before: parts[1], after: parts[2], rank: Number(parts[3]) || 0 };
}

/** The key that ignores this one finding among those of the snapshot (see the file comment). */
export function occurrenceKey(finding: Finding, snapshot: DocSnapshot, findings: readonly Finding[]): string {
  const index = findings.indexOf(finding);
  if (index < 0) return encode(computeOccurrences([finding], snapshot)[0]);
  return encode(occurrencesOf(findings, snapshot)[index]);
}

/** Occurrence keys for every finding, in the order given (one pass: what the pane computes per check). */
export function occurrenceKeys(findings: readonly Finding[], snapshot: DocSnapshot): string[] {
  return occurrencesOf(findings, snapshot).map(encode);
}

/** True for a key that ignores every look-alike (“忽略全部相同”, and every key stored before issue 11). */
export function isLookAlikeKey(key: string): boolean {
  return !key.includes(OCCURRENCE) && !isSameFindingsKey(key);
}

export interface IgnoreMatch {
  /** Indices (into the findings given) of the ignored findings. */
  readonly ignored: ReadonlySet<number>;
  /** The stored keys that matched at least one finding: what is kept when the list is written back. */
  readonly live: ReadonlySet<string>;
  /** For each ignored finding, the key that ignores it (to take the ignore back). */
  readonly keyOf: ReadonlyMap<number, string>;
}

/**
 * Which findings the stored keys ignore. A same-findings key takes every finding of its group; a look-alike key
 * every finding that looks the same. An occurrence key
 * takes at most one: among its look-alikes, the one whose neighbouring paragraphs still match best (both, else the
 * one before, else the one after; the rank settles ties) — and none when neither neighbour matches any more, so
 * that filling in the ignored one never passes its ignore on to a look-alike elsewhere.
 */
export function matchIgnores(findings: readonly Finding[], snapshot: DocSnapshot, keys: Iterable<string>): IgnoreMatch {
  const ignored = new Set<number>();
  const live = new Set<string>();
  const keyOf = new Map<number, string>();
  const stored = [...new Set(keys)];
  if (stored.length === 0) return { ignored, live, keyOf };
  const sameKeys = new Set(stored.filter(isSameFindingsKey));
  if (sameKeys.size > 0) {
    for (let i = 0; i < findings.length; i++) {
      const key = sameFindingsKey(findings[i]);
      if (!sameKeys.has(key)) continue;
      ignored.add(i);
      keyOf.set(i, key);
      live.add(key);
    }
  }
  const occurrences = occurrencesOf(findings, snapshot);
  // Only the look-alike keys the stored keys name are looked up: a handful against thousands of findings.
  const wantedLookAlikes = new Set<string>();
  for (const key of stored) {
    if (isLookAlikeKey(key)) wantedLookAlikes.add(key);
    const wanted = decode(key);
    if (wanted) wantedLookAlikes.add(wanted.lookAlike);
  }
  const byLookAlike = new Map<string, number[]>();
  for (let i = 0; i < occurrences.length; i++) {
    const lookAlike = occurrences[i].lookAlike;
    if (!wantedLookAlikes.has(lookAlike)) continue;
    const same = byLookAlike.get(lookAlike);
    if (same) same.push(i);
    else byLookAlike.set(lookAlike, [i]);
  }
  for (const key of stored.filter(isLookAlikeKey)) {
    for (const i of byLookAlike.get(key) ?? []) {
      ignored.add(i);
      if (!keyOf.has(i)) keyOf.set(i, key);
      live.add(key);
    }
  }
  const claimed = new Set<number>();
  for (const key of stored) {
    const wanted = decode(key);
    if (!wanted) continue;
    let best = -1;
    let bestScore = 0;
    for (const i of byLookAlike.get(wanted.lookAlike) ?? []) {
      if (claimed.has(i)) continue;
      const o = occurrences[i];
      const neighbours = (o.before === wanted.before ? 2 : 0) + (o.after === wanted.after ? 1 : 0);
      if (neighbours === 0) continue;
      const score = neighbours * 2 + (o.rank === wanted.rank ? 1 : 0);
      if (score > bestScore || (score === bestScore && best >= 0 && byPosition(findings[i], findings[best]) < 0)) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) continue;
    claimed.add(best);
    ignored.add(best);
    keyOf.set(best, key);
    live.add(key);
  }
  return { ignored, live, keyOf };
}

/** The findings none of the `keys` ignores. */
export function filterIgnored(findings: readonly Finding[], snapshot: DocSnapshot, keys: Iterable<string>): Finding[] {
  const { ignored } = matchIgnores(findings, snapshot, keys);
  return findings.filter((_, i) => !ignored.has(i));
}

function inPositionOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byPosition(findings[i - 1], findings[i]) > 0) return false;
  return true;
}

function byPosition(a: Finding, b: Finding): number {
  return a.paragraphIndex - b.paragraphIndex || a.range[0] - b.range[0] || a.range[1] - b.range[1];
}
