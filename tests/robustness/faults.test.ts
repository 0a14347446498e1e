/**
 * Word-layer faults through the 检查 tab's session (src/taskpane/check/session.ts) over the simulated Word: Word
 * failing at each step of fix-all (sync 1 = verify, sync 2 = apply, midway through the apply by op count) with
 * each Office.js error code, and a writer editing between the two round trips. Whatever happens: the caller gets a
 * WordError with a Chinese message or an exact report of what landed, and no fix ever lands on the wrong text.
 */
import type { Finding } from "../../src/core/finding";
import type { DocSnapshot } from "../../src/core/model";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import type { OpKind } from "../../src/playground/fakeWord/context";
import { runCheck } from "../../src/taskpane/check/session";
import { applyFindingFixes, editOf, isFixable } from "../../src/taskpane/check/fixes";
import { PartialEditError, WordError, type SpanEdit } from "../../src/word/gateway";
import { WORD_MESSAGES } from "../../src/word/messages";
import { createWordGateway } from "../../src/word/officeGateway";

const CODES = ["GeneralException", "ItemNotFound", "InvalidArgument", "AccessDenied"] as const;
const CHINESE = /[\u4e00-\u9fff]/;

/** A document whose fixes are spread over several paragraphs, replacements and removals alike. */
const LINES = [
  "某局2024年工作总结",
  "今年以来，我局紧紧围绕中心工作，较好完成了各项目标任务。现将有关情况总结如下：",
  "一、强化学习，提升能力",
  "（一）、抓好理论学习",
  "一是集中学习；二是个人自学；四是交流研讨。",
  "（三）抓好业务培训",
  "三、改进作风，狠抓落实",
  "1．深入基层。一是走访企业；二是走访群众；二是解决问题。",
  "3.建章立制。全年制定制度*项。",
  "二、存在的问题",
  "虽然取得了一定成绩，但还存在一定差距。一是学习不够深入；三 是作风还需改进。",
  "三、下一步打算",
  "下一步，我们将一是加强学习。二是改进作风。",
];

async function setup() {
  const sim = createSimulatedWord({ paragraphs: LINES });
  const gateway = createWordGateway(sim.host);
  const check = await runCheck(gateway);
  const fixable = check.open.filter(isFixable);
  const sent = fixable.flatMap((finding) => {
    const edit = editOf(check.snapshot, finding);
    return edit ? [{ finding, edit }] : [];
  });
  return { sim, gateway, snapshot: check.snapshot, fixable, sent };
}

/** The checked text of each paragraph with exactly these edits applied (back to front). */
function expectedTexts(snapshot: DocSnapshot, edits: readonly SpanEdit[]): string[] {
  return snapshot.paragraphs.map((p, i) =>
    edits
      .filter((e) => e.target.paragraphIndex === i)
      .sort((a, b) => b.target.start - a.target.start)
      .reduce((text, e) => text.slice(0, e.target.start) + e.text + text.slice(e.target.end), p.text),
  );
}

function editsOf(sent: readonly { finding: Finding; edit: SpanEdit }[], findings: readonly Finding[]): SpanEdit[] {
  return findings.map((f) => {
    const hit = sent.find((s) => s.finding === f);
    if (!hit) throw new Error(`finding ${f.ruleId} ¶${f.paragraphIndex} was not sent`);
    return hit.edit;
  });
}

/** The op kind each sent edit queues in the apply round trip. */
function opOf(edit: SpanEdit): OpKind {
  return edit.text === "" ? "delete" : "insertText";
}

describe("fix-all under Word faults", () => {
  it("the test document has fixes in several paragraphs, of both op kinds", async () => {
    const { sent } = await setup();
    expect(sent.length).toBeGreaterThanOrEqual(5);
    expect(new Set(sent.map((s) => s.edit.target.paragraphIndex)).size).toBeGreaterThanOrEqual(4);
    expect(sent.some((s) => opOf(s.edit) === "insertText")).toBe(true);
  });

  it("without faults every fix lands and the document is what the fixer predicts", async () => {
    const { sim, gateway, snapshot, fixable, sent } = await setup();
    const before = sim.syncCount();
    const outcome = await applyFindingFixes(gateway, snapshot, fixable);
    expect(sim.syncCount() - before).toBeLessThanOrEqual(2);
    expect(outcome.failure).toBeUndefined();
    // One pair of fixes in the test document overlaps: the later is left for the next check, as the fixer does.
    expect(outcome.applied.length + outcome.skipped.length).toBe(sent.length);
    expect(outcome.skipped.length).toBeLessThanOrEqual(1);
    expect(sim.doc.texts()).toEqual(expectedTexts(snapshot, editsOf(sent, outcome.applied)));
  });

  describe.each(CODES)("%s", (code) => {
    it("at sync 1 (verify): a WordError with the Chinese message, nothing changed", async () => {
      const { sim, gateway, snapshot, fixable } = await setup();
      sim.failOn({ sync: sim.syncCount() + 1, code });
      const error = await applyFindingFixes(gateway, snapshot, fixable).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WordError);
      expect(error).not.toBeInstanceOf(PartialEditError);
      expect((error as WordError).code).toBe(code);
      expect((error as WordError).message).toBe(WORD_MESSAGES.byCode[code]);
      expect((error as WordError).message).toMatch(CHINESE);
      expect(sim.doc.texts()).toEqual(LINES);
    });

    it("at sync 2 before any op (apply): PartialEditError says nothing landed", async () => {
      const { sim, gateway, snapshot, sent } = await setup();
      sim.failOn({ sync: sim.syncCount() + 2, afterOps: 0, code });
      const error = await gateway.replaceSpans(sent.map((s) => s.edit)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PartialEditError);
      const partial = error as PartialEditError;
      expect(partial.code).toBe(code);
      expect(partial.message).toMatch(CHINESE);
      expect(partial.report?.applied).toEqual([]);
      expect(partial.report?.skipped.every((s) => s.reason === "failed" || s.reason === "overlap")).toBe(true);
      expect(partial.report?.skipped).toHaveLength(sent.length);
      expect(sim.doc.texts()).toEqual(expectedTexts(snapshot, []));
    });

    it("midway through the apply, at every op: the report names exactly the fixes that landed", async () => {
      // Which edits Word is asked to apply (an overlapping one is screened out before the apply round trip).
      const probe = await setup();
      const landed = editsOf(probe.sent, (await applyFindingFixes(probe.gateway, probe.snapshot, probe.fixable)).applied);
      const kinds = [...new Set(landed.map(opOf))];
      for (const kind of kinds) {
        const ofKind = landed.filter((e) => opOf(e) === kind).length;
        for (let k = 1; k <= ofKind; k++) {
          const { sim, gateway, snapshot, fixable, sent } = await setup();
          sim.failOn({ op: kind, nth: sim.opCount(kind) + k, code });
          const outcome = await applyFindingFixes(gateway, snapshot, fixable);
          const label = `${code} at ${kind} #${k}`;
          expect({ label, failure: outcome.failure !== undefined, unknown: outcome.failure?.unknown }).toEqual({ label, failure: true, unknown: false });
          expect(outcome.failure?.message).toMatch(CHINESE);
          // Every finding is accounted for exactly once.
          const all = [...outcome.applied, ...outcome.skipped, ...(outcome.failure?.notReached ?? [])];
          expect(new Set(all).size).toBe(sent.length);
          // The document shows exactly the reported fixes, on the text they were meant for, and nothing else.
          expect({ label, texts: sim.doc.texts() }).toEqual({ label, texts: expectedTexts(snapshot, editsOf(sent, outcome.applied)) });
          expect(outcome.applied.length).toBeLessThan(landed.length);
        }
      }
    });
  });
});

describe("a writer edits between the two round trips", () => {
  // Was a known bug: the range located in round trip 1 collapses when the writer retypes the paragraph, and round
  // trip 2 wrote into it ("（一）（一）抓好理论学习（作者刚改过）", reported as applied). Round trip 2 now reads the
  // paragraph back and a third round trip takes the misplaced text out.
  it("the edited paragraph is left as the writer wrote it and its fixes are reported as skipped", async () => {
    const { sim, gateway, snapshot, fixable, sent } = await setup();
    const target = sent[0].edit.target.paragraphIndex;
    const writerText = "（一）抓好理论学习（作者刚改过）";
    const start = sim.syncCount();
    const stop = sim.beforeSync((n) => {
      if (n === start + 2) sim.doc.setParagraphText(target, writerText);
    });
    const outcome = await applyFindingFixes(gateway, snapshot, fixable);
    stop();
    expect(sim.syncCount() - start).toBe(3); // verify, apply + read back, take back (only because of the edit)
    expect(outcome.failure).toBeUndefined();
    const texts = sim.doc.texts();
    expect(texts[target]).toBe(writerText);
    const inTarget = fixable.filter((f) => f.paragraphIndex === target);
    expect(outcome.skipped.filter((f) => f.paragraphIndex === target)).toEqual(inTarget);
    expect(outcome.applied.filter((f) => f.paragraphIndex === target)).toEqual([]);
    // Other paragraphs got exactly their fixes.
    const expected = expectedTexts(snapshot, editsOf(sent, outcome.applied));
    texts.forEach((text, i) => {
      if (i !== target) expect({ i, text }).toEqual({ i, text: expected[i] });
    });
  });
});
