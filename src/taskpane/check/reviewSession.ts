/**
 * The 检查 tab's review loop as an object apart from React: its state (the last check, the assistant's comments, the
 * notice, the filter, where the walk was) outlives the tab's components, so that leaving the tab and coming back —
 * even when hidden tabs unmount — finds the results as they were. One session per document host (reviewSessionFor);
 * components subscribe to it (useSyncExternalStore) and call its actions.
 *
 * Every action that changes the document ends with a fresh check, so what the pane shows is what the document holds.
 */
import type { Category, Finding } from "../../core/finding";
import type { DocSnapshot } from "../../core/model";
import { resolveOptions, type CheckOptions, type CheckOptionsInput } from "../../core/options";
import type { DocumentComment, DocumentHost } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { describeError } from "../shared/errors";
import { movedNotice } from "../shared/noticeSerial";
import { UI } from "../strings";
import { REVIEW } from "./reviewStrings";
import { assistantCommentText, listAssistantComments, readCommentLinks, writeCommentLinks } from "./assistantComments";
import { applyAnyFixes } from "./applyFixes";
import { groupKey } from "./groups";
import { AT } from "./places";
import { CheckCancelled, classify, keyOf, startCheck, targetOf, writeIgnoreKeys, type CheckResult } from "./session";
import { joinLayout, layoutDoneText, type LayoutFindings } from "./layoutJoin";
import { step, type Direction, type Visited } from "./walk";
import { sameFindingsKey } from "../../core/ignore";

export type Progress = { readonly phase: "reading" | "analysing"; readonly paragraphs?: number };

/**
 * Where a notice belongs: next to the control the writer used ("toolbar", "verdict", a finding's key, a group's or a
 * category's: ./places.ts), so that it is seen where the eye is, never only at the top of a long pane.
 */
export interface NoticePlace {
  readonly at: string;
  /**
   * Where it goes instead when `at` is no longer drawn, the first of them that is (else the verdict): a fixed or
   * ignored finding's card is gone, so its notice goes to its group's card, or its category's heading. Never to the
   * card now in its place, where it read as if it were about that finding (found in the 340 px walk).
   */
  readonly fallback?: readonly string[];
}

export interface PlacedNotice extends Notice, NoticePlace {
  readonly at: string;
  /** A button in the notice (撤消排版), with the control to focus once it has run (by its data-action). */
  readonly action?: NoticeAction;
}

export interface NoticeAction {
  readonly label: string;
  run(): Promise<void>;
  readonly focusAfter?: string;
}

/** What 上一处 / 下一处 walk through: every open finding, one category's, or one group's. */
export type WalkScope = { readonly kind: "all" } | { readonly kind: "category"; readonly category: Category } | { readonly kind: "group"; readonly key: string };

/** What a check reads besides the document: the house style's options, and the verdict's lines on what it turns off. */
export interface CheckOptionsSource {
  (): { readonly options: Promise<CheckOptionsInput>; readonly switchedOff: Promise<readonly string[]> } | undefined;
}

export interface ReviewState {
  readonly result?: CheckResult;
  /** The assistant's comments in the document at the last check; undefined where the host has no comments. */
  readonly comments?: readonly DocumentComment[];
  /** Comment id → occurrence key of the finding it is about (kept in the document). */
  readonly links: ReadonlyMap<string, string>;
  /** The verdict's lines on checks the house style switched off (本单位规范). */
  readonly switchedOff: readonly string[];
  readonly progress?: Progress;
  readonly busy: boolean;
  readonly notice?: PlacedNotice;
  /** The category the summary chip filters to; undefined shows all. */
  readonly filter?: Category;
}

const INITIAL: ReviewState = { links: new Map(), switchedOff: [], busy: false };

export class ReviewSession {
  private state: ReviewState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private abort: AbortController | undefined;
  /** The 格式 part of the latest check, until it has joined (or was dropped). */
  private layoutPart: Promise<void> = Promise.resolve();
  private visited: Visited | undefined;
  private optionsSource: CheckOptionsSource = () => undefined;

  constructor(private readonly word: DocumentHost) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ReviewState => this.state;

  get capabilities() {
    return this.word.capabilities;
  }

  /** The house style's options, given by the component that can read them (a React context). */
  setOptionsSource(source: CheckOptionsSource): void {
    this.optionsSource = source;
  }

  private set(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  setNotice(notice: PlacedNotice | undefined): void {
    this.set({ notice });
  }

  setFilter(filter: Category | undefined): void {
    this.set({ filter, notice: undefined });
  }

  /**
   * Reads the document, its ignore list and the assistant's comments, and analyses it: resolves when the text's
   * findings are shown. The 格式 part follows (settled() tells when it is in); a later check or 取消 drops it.
   */
  async check(after?: PlacedNotice): Promise<void> {
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    this.set({ notice: after });
    let layout: (() => Promise<LayoutFindings>) | undefined;
    try {
      const source = this.optionsSource();
      const [text, comments, links, switchedOff] = await Promise.all([
        startCheck(this.word, (phase, paragraphs) => this.set({ progress: { phase, paragraphs } }), controller.signal, source?.options),
        listAssistantComments(this.word),
        this.word.capabilities.comments ? readCommentLinks(this.word) : Promise.resolve(new Map<string, string>()),
        source?.switchedOff ?? Promise.resolve([] as readonly string[]),
      ]);
      if (this.abort !== controller) return;
      this.set({ result: text.result, comments, links: await this.pruneLinks(links, comments), switchedOff });
      layout = text.layout;
    } catch (error) {
      if (this.abort !== controller && error instanceof CheckCancelled) return;
      // The results shown stay; a 格式 part they were waiting for was dropped with the check that replaced it.
      const shown = this.state.result;
      this.set({
        ...(shown?.layoutCheck === "pending" ? { result: { ...shown, layoutCheck: "stopped" as const } } : {}),
        // A failure is said where the action's own notice was to go, with the same places to fall back to.
        notice:
          error instanceof CheckCancelled
            ? { intent: "info", text: UI.check.cancelled, at: "toolbar" }
            : { intent: "error", text: describeError(error), at: after?.at ?? "toolbar", ...(after?.fallback ? { fallback: after.fallback } : {}) },
      });
    } finally {
      if (this.abort === controller) this.set({ progress: undefined });
    }
    if (layout && this.abort === controller) this.layoutPart = this.joinLayoutPart(controller, layout);
  }

  /** Resolves when the latest check's 格式 part has joined its result, was stopped or was dropped. */
  settled(): Promise<void> {
    return this.layoutPart;
  }

  /** Runs the 格式 part and joins its findings to the result as it is then (ignores made meanwhile kept). */
  private async joinLayoutPart(controller: AbortController, layout: () => Promise<LayoutFindings>): Promise<void> {
    // Said once, after the 检查 the writer clicked; a re-check that follows an action (a fix, 一键排版) leaves that
    // action's notice alone: "格式检查完成" after every fix was noise, and the verdict shows the 格式 findings anyway.
    const afterAction = this.state.notice !== undefined;
    try {
      const found = await layout();
      const current = this.state.result;
      if (this.abort !== controller || current?.layoutCheck !== "pending") return;
      const result = joinLayout(current, found);
      this.set(afterAction ? { result } : { result, notice: this.told(layoutDoneText(result)) });
    } catch (error) {
      const current = this.state.result;
      if (this.abort !== controller || current?.layoutCheck !== "pending") return;
      const cancelled = error instanceof CheckCancelled;
      this.set({
        result: { ...current, layoutCheck: "stopped" },
        notice: cancelled ? this.told(REVIEW.layoutCancelled) : { intent: "error", text: `${REVIEW.layoutFailed}${describeError(error)}`, at: "verdict" },
      });
    }
  }

  /**
   * A sentence about the check that the writer did not ask for just now: in the verdict, or after the notice there is
   * (撤消排版's, say, keeping its button), so that the live region speaks it once and nothing else is lost.
   */
  private told(text: string): PlacedNotice {
    const notice = this.state.notice;
    return notice ? { ...notice, text: `${notice.text}\n${text}` } : { intent: "info", text, at: "verdict" };
  }

  /** The options a check would run with now (the house style's): what 一键排版 plans with. */
  async checkOptions(): Promise<CheckOptions> {
    return resolveOptions(await this.optionsSource()?.options);
  }

  /** After an action changed the document: re-check (when there are results to keep true), with the notice. */
  async changed(notice: PlacedNotice): Promise<void> {
    if (this.state.result) await this.check(notice);
    else this.set({ notice });
  }

  cancel(): void {
    this.abort?.abort();
  }

  /**
   * Runs a document action; an error becomes a visible notice where the action was (or at its fallbacks, when that
   * place is gone meanwhile), never a lost one.
   */
  async act(where: string | NoticePlace, action: () => Promise<void>): Promise<void> {
    const place = typeof where === "string" ? { at: where } : where;
    this.set({ busy: true, notice: undefined });
    try {
      await action();
    } catch (error) {
      this.set({ notice: { intent: "error", text: describeError(error), ...place } });
    } finally {
      this.set({ busy: false });
    }
  }

  /** 定位: selects the finding; when its paragraph changed since the check, re-checks and selects it again. */
  select(finding: Finding, at: string): Promise<void> {
    const around = aroundFinding(finding);
    return this.act(at, async () => {
      const result = this.state.result;
      if (!result) return;
      const key = keyOf(result, finding);
      if (await this.selectIn(result, finding, at)) return;
      await this.check();
      const fresh = this.state.result;
      const again = fresh && (fresh.open.find((f) => keyOf(fresh, f) === key) ?? sameInParagraph(fresh.open, finding));
      if (again && fresh && (await this.selectIn(fresh, again, at))) {
        // At the finding as it is now: its key changed with its paragraph's text.
        this.set({ notice: { intent: "info", text: REVIEW.changedRecheckedSelected, at: keyOf(fresh, again), fallback: around } });
        return;
      }
      this.set({ notice: { intent: "warning", text: UI.check.changedRechecked, at, fallback: around } });
    });
  }

  /** Selects in Word; false when the paragraph changed since `result` was read. */
  private async selectIn(result: CheckResult, finding: Finding, at: string): Promise<boolean> {
    const target = targetOf(result.snapshot, finding);
    const status = await this.word.selectSpan(target);
    if (status === "ok") {
      this.visited = { key: keyOf(result, finding), paragraphIndex: finding.paragraphIndex, start: finding.range[0], end: finding.range[1] };
      return true;
    }
    // "missing": the paragraph is as checked but Word's Find does not see the text the same way (full- and
    // half-width punctuation, soft line breaks): the paragraph is still one click away.
    if (status === "missing" && (await this.word.selectParagraph(target.paragraphIndex, target.paragraphText, target.part)) === "ok") {
      this.set({ notice: { intent: "info", text: UI.check.selectedParagraphInstead, at } });
      return true;
    }
    return false;
  }

  /**
   * 上一处 / 下一处 from the cursor, within the scope. The document is read with the cursor (one round trip); when
   * its text is no longer what was checked (the writer filled a placeholder), it is checked again first, so the walk
   * goes on from the fresh findings without an extra click.
   */
  walk(direction: Direction, scope: WalkScope, at: string): Promise<void> {
    // A group's walk after the writer filled all but one of its places leaves no group: its notice then goes under
    // its category.
    const place = { at, ...(this.state.result ? walkFallback(this.state.result, scope) : {}) };
    return this.act(place, async () => {
      if (!this.state.result) return;
      const context = await this.word.readInsertionContext();
      if (!sameMainText(context.snapshot.paragraphs, this.state.result.snapshot.paragraphs)) await this.check();
      const result = this.state.result;
      if (!result) return;
      const inScope = result.open.filter((f) => inWalkScope(f, scope));
      const cursor =
        context.cursorParagraphIndex < 0
          ? undefined
          : { paragraphIndex: context.cursorParagraphIndex, start: context.cursorOffsets?.start ?? 0, end: context.cursorOffsets?.end ?? 0 };
      const next = step(inScope, cursor, direction, (f) => keyOf(result, f), this.visited);
      if (!next) {
        this.set({ notice: { intent: "success", text: REVIEW.walkDone, ...place } });
        return;
      }
      if (!(await this.selectIn(result, next.finding, at))) {
        // The writer typed between the read and the selection: the next click walks the fresh findings.
        await this.check({ intent: "warning", text: UI.check.changedRechecked, ...place });
        return;
      }
      const position = inScope.indexOf(next.finding) + 1;
      const where = REVIEW.walkPosition(position, inScope.length);
      this.set({ notice: { intent: "info", text: next.wrapped ? `${direction === "next" ? REVIEW.wrappedToStart : REVIEW.wrappedToEnd}${where}` : where, ...place } });
    });
  }

  /** 修正 / 全部修正: the one fix plan (格式 findings: one applyLayout), then the comments about the fixed findings go too, then a fresh check. */
  fix(findings: readonly Finding[], at: string): Promise<void> {
    return this.act(at, async () => {
      const result = this.state.result;
      if (!result || findings.length === 0) return;
      const { applied, notice } = await applyAnyFixes(this.word, result.snapshot, findings);
      const fixedKeys = new Set(applied.map((f) => keyOf(result, f)));
      const ids = [...this.state.links].filter(([id, key]) => fixedKeys.has(key) && this.hasComment(id)).map(([id]) => id);
      let removed = 0;
      if (ids.length > 0 && this.word.capabilities.comments) removed = (await this.word.deleteComments(ids)).length;
      const text = removed > 0 ? `${notice.text} ${REVIEW.commentsRemovedWithFix(removed)}` : notice.text;
      await this.check({ ...notice, text, at, fallback: aroundFinding(findings[0]) });
      if (findings.length === 1 && applied.length === 0) this.noticeFollows(findings[0], at);
    });
  }

  /**
   * A finding that an action did not change (its paragraph was edited since the check, so the fix was refused) is still
   * there after the re-check, under a new key (its key holds the text around it): the notice stays with it. Only then:
   * after a fix that applied, the same rule's same words in the paragraph are another finding.
   */
  private noticeFollows(finding: Finding, at: string): void {
    const { notice, result } = this.state;
    if (!notice || notice.at !== at || !result || result.open.some((f) => keyOf(result, f) === at)) return;
    const again = sameInParagraph(result.open, finding);
    if (again) this.set({ notice: movedNotice(notice, keyOf(result, again)) });
  }

  private hasComment(id: string): boolean {
    return this.state.comments?.some((c) => c.id === id) ?? false;
  }

  /** 忽略 this one finding (the default) or every finding that looks the same (“忽略全部相同”); or take it back. */
  setIgnored(finding: Finding, ignored: boolean, at: string, allLike = false): Promise<void> {
    return this.act(at, async () => {
      const result = this.state.result;
      if (!result) return;
      const key = allLike ? sameFindingsKey(finding) : keyOf(result, finding);
      const by = result.ignoredBy.get(finding);
      const keys = ignored ? [...result.ignoreKeys, key] : result.ignoreKeys.filter((k) => k !== by);
      const dropped = await writeIgnoreKeys(this.word, keys);
      // The result as it is now: the 格式 findings may have joined while the keys were being written.
      const now = this.state.result ?? result;
      const next = reclassify(now, keys.slice(dropped));
      const count = ignored ? next.ignored.length - now.ignored.length : 0;
      const text = dropped > 0 ? UI.check.ignoresDropped(dropped) : ignored ? REVIEW.ignoredNow(count) : REVIEW.unignoredNow;
      // An ignored finding's card moves to the ignored ones, out of sight: the notice stays where the action was.
      const place = ignored ? { at: AT.group(groupKey(finding)), fallback: [AT.category(finding.category)] } : { at };
      this.set({ result: next, notice: { intent: dropped > 0 ? "warning" : "success", text, ...place } });
    });
  }

  restoreAllIgnored(at: string): Promise<void> {
    return this.act(at, async () => {
      const result = this.state.result;
      if (!result) return;
      await writeIgnoreKeys(this.word, []);
      this.set({ result: reclassify(this.state.result ?? result, []), notice: { intent: "success", text: REVIEW.unignoredNow, at } });
    });
  }

  /**
   * Open errors and warnings of the main text without a comment of ours on them yet: what 添加批注 adds. Word takes
   * no comment in a header, footer or note (the Word layer refuses one there), so those are not offered: the dialog
   * promised them and the report then blamed an edit that never happened (found in the 340 px walk).
   */
  commentable(): readonly Finding[] {
    const result = this.state.result;
    if (!result) return [];
    const present = new Set(this.state.comments?.map((c) => c.id) ?? []);
    const commented = new Set([...this.state.links].filter(([id]) => present.has(id)).map(([, key]) => key));
    return result.open.filter((f) => isBlocking(f) && inMainText(result.snapshot, f) && !commented.has(keyOf(result, f)));
  }

  /** Open errors and warnings in headers, footers and notes, where Word takes no comment. */
  uncommentable(): number {
    const result = this.state.result;
    return result ? result.open.filter((f) => isBlocking(f) && !inMainText(result.snapshot, f)).length : 0;
  }

  addComments(at: string): Promise<void> {
    return this.act(at, async () => {
      const result = this.state.result;
      if (!result) return;
      const findings = this.commentable();
      const report = await this.word.addComments(findings.map((finding) => ({ target: targetOf(result.snapshot, finding), text: assistantCommentText(finding.message) })));
      const links = new Map(this.state.links);
      const added: DocumentComment[] = [];
      for (const index of report.applied) {
        const id = report.ids[index];
        if (id === undefined) continue;
        links.set(id, keyOf(result, findings[index]));
        added.push({ id, text: assistantCommentText(findings[index].message) });
      }
      await writeCommentLinks(this.word, links);
      const text = [UI.check.addCommentsDone(report.applied.length)];
      if (report.skipped.length > 0) text.push(UI.check.commentsSkipped(report.skipped.length));
      this.set({
        links,
        comments: [...(this.state.comments ?? []), ...added],
        notice: { intent: report.skipped.length > 0 ? "warning" : "success", text: text.join(" "), at },
      });
    });
  }

  /** 删除助手批注: every comment of the assistant's still in the document, and nothing else. */
  deleteAssistantComments(at: string): Promise<void> {
    return this.act(at, async () => {
      const comments = (await listAssistantComments(this.word)) ?? [];
      const deleted = comments.length > 0 ? await this.word.deleteComments(comments.map((c) => c.id)) : [];
      const gone = new Set(deleted);
      const left = comments.filter((c) => !gone.has(c.id));
      await writeCommentLinks(this.word, this.state.links, new Set(left.map((c) => c.id)));
      const links = new Map([...this.state.links].filter(([id]) => !gone.has(id)));
      this.set({ comments: left, links, notice: { intent: "success", text: REVIEW.assistantCommentsDeleted(deleted.length), at } });
    });
  }

  /** Drops links to comments no longer in the document (the writer deleted them, or another session did). */
  private async pruneLinks(links: Map<string, string>, comments: readonly DocumentComment[] | undefined): Promise<ReadonlyMap<string, string>> {
    if (!comments) return links;
    const present = new Set(comments.map((c) => c.id));
    if ([...links.keys()].every((id) => present.has(id))) return links;
    await writeCommentLinks(this.word, links, present).catch(() => undefined); // a failed save only keeps stale links
    return new Map([...links].filter(([id]) => present.has(id)));
  }
}

const sessions = new WeakMap<object, WeakMap<DocumentHost, ReviewSession>>();

/**
 * The review session of a document host within a scope that lives as long as the pane (see useCheck): it outlives
 * the 检查 tab's components, and a new pane (the playground mounts one for every document it opens) starts afresh.
 */
export function reviewSessionFor(word: DocumentHost, scope: object): ReviewSession {
  let byHost = sessions.get(scope);
  if (!byHost) {
    byHost = new WeakMap();
    sessions.set(scope, byHost);
  }
  let session = byHost.get(word);
  if (!session) {
    session = new ReviewSession(word);
    byHost.set(word, session);
  }
  return session;
}

/** The same findings under other stored keys (忽略, 取消忽略), the 格式 check's state kept. */
function reclassify(result: CheckResult, keys: readonly string[]): CheckResult {
  return classify(result.snapshot, [...result.open, ...result.ignored].sort(byPosition), keys, result.layoutCheck);
}

/** Where a notice about a finding goes once the finding's card is gone: its group's card, else its category's heading. */
function aroundFinding(finding: Finding | undefined): readonly string[] {
  return finding ? [AT.group(groupKey(finding)), AT.category(finding.category)] : [];
}

/** After an edit close to it (its key holds the text around it), the same rule's same excerpt nearest in its paragraph. */
function sameInParagraph(findings: readonly Finding[], was: Finding): Finding | undefined {
  const candidates = findings.filter((f) => f.paragraphIndex === was.paragraphIndex && f.ruleId === was.ruleId && f.excerpt === was.excerpt);
  return candidates.sort((a, b) => Math.abs(a.range[0] - was.range[0]) - Math.abs(b.range[0] - was.range[0]))[0];
}

/** Where a walk's notice goes when its group's card is gone: the group's category, read from the list shown. */
function walkFallback(result: CheckResult, scope: WalkScope): { readonly fallback?: readonly string[] } {
  if (scope.kind !== "group") return {};
  const category = result.open.find((f) => groupKey(f) === scope.key)?.category;
  return category ? { fallback: [AT.category(category)] } : {};
}

export function inWalkScope(finding: Finding, scope: WalkScope): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "category") return finding.category === scope.category;
  return groupKey(finding) === scope.key;
}

/** The main text as read with the cursor, compared with the checked snapshot's main text (parts follow it). */
function sameMainText(fresh: readonly { readonly text: string }[], checked: readonly { readonly text: string; readonly part?: unknown }[]): boolean {
  const main = checked.filter((p) => p.part === undefined);
  return fresh.length === main.length && fresh.every((p, i) => p.text === main[i].text);
}

/** Errors and warnings are what must be dealt with; info hints are advice and get no comment in the document. */
export function isBlocking(finding: Finding): boolean {
  return finding.severity !== "info";
}

export function byPosition(a: Finding, b: Finding): number {
  return a.paragraphIndex - b.paragraphIndex || a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

function inMainText(snapshot: DocSnapshot, finding: Finding): boolean {
  return snapshot.paragraphs[finding.paragraphIndex]?.part === undefined;
}
