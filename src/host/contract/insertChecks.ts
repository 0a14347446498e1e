/**
 * Inserting: a template goes after, before or in place of the writer's paragraph as placementFor decides, never
 * splitting it; plain paragraphs stay separate; a phrase goes in at the cursor.
 */
import { HostError } from "../errors";
import { placementFor } from "../placement";
import type { CursorPlace, DocumentHost, InsertBlock } from "../port";
import { all, same } from "./expect";
import { bodyTexts } from "./body";
import type { ContractCheck, ContractDocument, ContractOutcome } from "./types";

const SENTENCE = "坚持把政治建设摆在首位。";
const MODULE: readonly InsertBlock[] = [
  { role: "heading1", text: "一、总体要求" },
  { role: "body", text: "以习近平新时代中国特色社会主义思想为指导。" },
];
const MODULE_TEXTS = MODULE.map((b) => b.text);

/** Puts the cursor, inserts MODULE where placementFor says, and compares the cursor place and the text after. */
async function insertAt(
  host: DocumentHost,
  doc: ContractDocument,
  lines: readonly string[],
  cursor: readonly [number, number],
  expected: { readonly at: CursorPlace; readonly texts: readonly string[]; readonly plain?: boolean },
): Promise<ContractOutcome> {
  await doc.setParagraphs(lines);
  await doc.setSelection(cursor[0], cursor[1]);
  const context = await host.readInsertionContext();
  await host.insertBlocks(MODULE, { plain: expected.plain ?? false, placement: placementFor(context.cursorAt) });
  return all(
    same("光标位置", { paragraph: context.cursorParagraphIndex, at: context.cursorAt }, { paragraph: cursor[0], at: expected.at }),
    same("插入后全文", await bodyTexts(host), expected.texts),
  );
}

export const INSERT_CHECKS: readonly ContractCheck[] = [
  {
    id: "insert.middle",
    title: "光标在段落中间插入模板：放在该段之后，该段不被拆开",
    ifFails: "光标在段落中间时插入模板，可能把该段拆成两段：插入前请把光标放在段落末尾或空行。",
    readmePoint: 22,
    run: (host, doc) =>
      insertAt(host, doc, ["前文。", SENTENCE, "后文。"], [1, 4], { at: "middle", texts: ["前文。", SENTENCE, ...MODULE_TEXTS, "后文。"] }),
  },
  {
    id: "insert.start",
    title: "光标在段首插入模板：放在该段之前，该段不变",
    ifFails: "光标在段首时插入模板，模板可能落在该段之后或并入该段：插入前请把光标放在空行。",
    readmePoint: 22,
    run: (host, doc) =>
      insertAt(host, doc, ["前文。", SENTENCE, "后文。"], [1, 0], { at: "start", texts: ["前文。", ...MODULE_TEXTS, SENTENCE, "后文。"] }),
  },
  {
    id: "insert.lastParagraphEnd",
    title: "光标在全文最后一段末尾插入模板：放在其后，不并入该段",
    ifFails: "在全文末尾插入模板，模板第一段可能并入最后一段：插入前请先按回车新起一行。",
    readmePoint: 20,
    run: (host, doc) =>
      insertAt(host, doc, ["前文。", SENTENCE], [1, SENTENCE.length], { at: "end", texts: ["前文。", SENTENCE, ...MODULE_TEXTS] }),
  },
  {
    id: "insert.emptyParagraph",
    title: "光标在空段落中插入模板：就地插入，不多出空段",
    ifFails: "在空行插入模板，可能多出一个空段，需手动删除。",
    run: (host, doc) => insertAt(host, doc, ["前文。", "", "后文。"], [1, 0], { at: "empty", texts: ["前文。", ...MODULE_TEXTS, "后文。"] }),
  },
  {
    id: "insert.plainParagraphs",
    title: "以纯文本方式插入多段：每段成为单独段落",
    ifFails: "以纯文本方式插入时，多段内容可能挤在一段：请改用带格式插入，或插入后手动分段。",
    readmePoint: 5,
    run: (host, doc) =>
      insertAt(host, doc, ["前文。", SENTENCE], [1, 4], { at: "middle", plain: true, texts: ["前文。", SENTENCE, ...MODULE_TEXTS] }),
  },
  {
    id: "insertText.atCursor",
    title: "在光标处插入常用语：插在段内光标处，再次插入接在其后",
    ifFails: "常用语可能插在光标以外的位置：插入后请核对位置。",
    async run(host, doc) {
      await doc.setParagraphs([SENTENCE]);
      await doc.setSelection(0, 2);
      await host.insertText("切实");
      await host.insertText("始终");
      return same("全文", await bodyTexts(host), ["坚持切实始终把政治建设摆在首位。"]);
    },
  },
  {
    id: "insertText.lineBreak",
    title: "常用语含换行：拒绝插入并说明原因，文档不变",
    ifFails: "含换行的常用语可能被插入并拆开段落：请在“常用语”中把这类条目改为一行。",
    async run(host, doc) {
      await doc.setParagraphs([SENTENCE]);
      await doc.setSelection(0, 2);
      const error = await host.insertText("第一行\n第二行").then(
        () => undefined,
        (e: unknown) => e,
      );
      return all(
        { ok: error instanceof HostError, observed: error instanceof HostError ? `拒绝：${error.message}` : "未拒绝" },
        same("全文", await bodyTexts(host), [SENTENCE]),
      );
    },
  },
];
