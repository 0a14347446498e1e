/**
 * Word round trips per user action, counted by the simulated host (context.sync calls, including Word.run's final
 * flush), through the same gateway and session code the task pane runs.
 */
import { builtInContent } from "../../src/content";
import type { ParagraphLayoutChange } from "../../src/core/finding";
import type { DocSnapshot } from "../../src/core/model";
import { planInsertion } from "../../src/core/insert/planInsertion";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { startCheck, targetOf } from "../../src/taskpane/check/session";
import { joinLayout } from "../../src/taskpane/check/layoutJoin";
import { applyFindingFixes, isFixable } from "../../src/taskpane/check/fixes";
import { applyLayoutFindings } from "../../src/taskpane/check/layoutFix";
import { createWordGateway } from "../../src/word/officeGateway";

export interface RoundTrip {
  readonly action: string;
  readonly syncs: number;
  /** Budget in round trips; undefined: reported for information. */
  readonly budget?: number;
  readonly detail: string;
}

/** GB/T 9704 body text (3号仿宋, first line indented 2 characters) for every main-text paragraph with text. */
function bodyLayoutChanges(snapshot: DocSnapshot): ParagraphLayoutChange[] {
  return snapshot.paragraphs.flatMap((p, paragraphIndex) =>
    p.part === undefined && p.text !== ""
      ? [{
          paragraphIndex,
          paragraphText: p.text,
          layout: {
            alignment: "justify" as const,
            firstLineIndent: { chars: 2 },
            runs: [{ range: [0, p.text.length] as const, eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: false }],
          },
        }]
      : [],
  );
}

function open(doc: DocSnapshot) {
  const sim = createSimulatedWord({ paragraphs: doc.paragraphs });
  const gateway = createWordGateway(sim.host);
  const count = async <T>(work: () => Promise<T>): Promise<{ result: T; syncs: number }> => {
    const before = sim.syncCount();
    const result = await work();
    return { result, syncs: sim.syncCount() - before };
  };
  return { sim, gateway, count };
}

export async function benchRoundTrips(doc: DocSnapshot, label: string): Promise<RoundTrip[]> {
  const rows: RoundTrip[] = [];
  const { gateway, count, sim } = open(doc);

  // A check in its two parts (./session.ts): the text's findings from one round trip, then 格式 from one of its own.
  const textPart = await count(() => startCheck(gateway));
  const textResult = textPart.result.result;
  rows.push({ action: `check: text (startCheck: readSnapshot + analysis) ${label}`, syncs: textPart.syncs, budget: 1, detail: `${textResult.open.length} findings` });
  const layoutPart = textPart.result.layout;
  if (!layoutPart) throw new Error("the 格式 check is on by default: its part should follow");
  const joined = await count(async () => joinLayout(textResult, await layoutPart()));
  rows.push({ action: `check: 格式 (readLayout + analysis) ${label}`, syncs: joined.syncs, budget: 1, detail: `${joined.result.open.length - textResult.open.length} 格式 findings` });
  const check = { result: joined.result };
  const snapshot = check.result.snapshot;
  const findings = check.result.open;
  // The pane sends text fixes and 格式 fixes by different calls (CheckTab's 全部修正 splits them): each is timed on
  // its own, or the first fixable finding being a 格式 one would time a text fix that writes nothing.
  const textFixable = findings.filter((f) => isFixable(f) && !f.layoutFix);
  const layoutFixable = findings.filter((f) => f.layoutFix);

  if (findings.length) {
    const jump = await count(() => gateway.selectSpan(targetOf(snapshot, findings[0])));
    rows.push({ action: `jump to a finding (selectSpan) ${label}`, syncs: jump.syncs, detail: `status ${jump.result}` });
  }
  if (textFixable.length) {
    const one = await count(() => applyFindingFixes(gateway, snapshot, textFixable.slice(0, 1)));
    rows.push({ action: `fix one (text) ${label}`, syncs: one.syncs, budget: 2, detail: `${one.result.applied.length} applied` });
  }

  // Fix all on a fresh copy of the document, so every fix still matches.
  const fresh = open(doc);
  const freshCheck = await fresh.gateway.readSnapshot();
  const all = await fresh.count(() => applyFindingFixes(fresh.gateway, freshCheck, textFixable));
  rows.push({
    action: `fix all (text) ${label}`,
    syncs: all.syncs,
    budget: 2,
    detail: `${textFixable.length} fixable: ${all.result.applied.length} applied, ${all.result.skipped.length} skipped, ${all.result.superseded.length} superseded by another fix${all.result.failure ? `, failed: ${all.result.failure.message}` : ""}`,
  });
  if (layoutFixable.length) {
    const typesetFresh = open(doc);
    const layoutAll = await typesetFresh.count(() => applyLayoutFindings(typesetFresh.gateway, layoutFixable));
    rows.push({
      action: `fix all (格式) ${label}`,
      syncs: layoutAll.syncs,
      budget: 3,
      detail: `${layoutFixable.length} fixable: ${layoutAll.result.applied.length} applied, ${layoutAll.result.skipped.length} skipped`,
    });
  }

  // The 格式 check's read, and 一键排版 over every body paragraph, on a fresh copy (a body layout for each).
  const layout = open(doc);
  const withLayout = await layout.count(() => layout.gateway.readSnapshot({ layout: true }));
  const laidOut = withLayout.result.paragraphs.filter((p) => p.layout !== undefined).length;
  rows.push({ action: `read with layout (readSnapshot({layout}): the text's, then readLayout's) ${label}`, syncs: withLayout.syncs, budget: 2, detail: `${laidOut} paragraphs with a layout` });
  const typeset = await layout.count(() => layout.gateway.applyLayout({ paragraphs: bodyLayoutChanges(withLayout.result) }));
  rows.push({
    action: `typeset every paragraph (applyLayout) ${label}`,
    syncs: typeset.syncs,
    budget: 3,
    detail: `${typeset.result.applied.length} applied, ${typeset.result.skipped.length} skipped, not applied: ${typeset.result.notApplied.join(", ") || "none"}`,
  });

  const comments = open(doc);
  const commented = await comments.count(() => comments.gateway.addComments(findings.map((f) => ({ target: targetOf(snapshot, f), text: f.message }))));
  rows.push({
    action: `add comments for all ${label}`,
    syncs: commented.syncs,
    budget: 2,
    detail: `${findings.length} findings: ${commented.result.applied.length} added, ${commented.result.skipped.length} skipped`,
  });

  // Insertions at the end of the document.
  const last = doc.paragraphs.length - 1;
  sim.doc.setSelection(last, sim.doc.paragraph(last).text.length);
  const context = await count(() => gateway.readInsertionContext());
  rows.push({ action: `insertion context (readInsertionContext) ${label}`, syncs: context.syncs, detail: `cursor in paragraph ${context.result.cursorParagraphIndex}` });
  const skeleton = builtInContent().skeletons[0];
  const plan = planInsertion(context.result.snapshot, context.result.cursorParagraphIndex, skeleton.blocks, true);
  const blocks = await count(() => gateway.insertBlocks(plan.blocks, { plain: false }));
  rows.push({ action: `insert a skeleton (insertBlocks) ${label}`, syncs: blocks.syncs, budget: 1, detail: `${skeleton.id}: ${plan.blocks.length} paragraphs` });
  const phrase = builtInContent().phrases[0];
  const text = await count(() => gateway.insertText(phrase.text));
  rows.push({ action: `insert a phrase (insertText) ${label}`, syncs: text.syncs, budget: 1, detail: `${phrase.id}` });
  return rows;
}
