/** Reading and selecting: the snapshot the check rests on, and a span selected exactly where it was found. */
import { isBodyParagraph } from "../../core/model";
import { all, same, spanOf } from "./expect";
import { bodyTexts, setUpAndRead } from "./body";
import type { ContractCheck } from "./types";

const HEADING = "工作进展";
const BODY = "今年以来，我们扎实推进各项工作。";

export const READ_CHECKS: readonly ContractCheck[] = [
  {
    id: "snapshot.listsAndTables",
    title: "读取全文：自动编号不计入正文，表格内段落标出层级",
    ifFails: "自动编号读不到时，检查把带自动编号的标题当作没有编号，可能误报“缺少编号”；表格内段落标不出时，表格里的一是、二是会与正文连在一起判断。",
    readmePoint: 1,
    async run(host, doc) {
      await setUpAndRead(host, doc, [{ text: HEADING, listString: "一、" }, BODY, { text: "单元格内容", inTable: true }]);
      const body = (await host.readSnapshot()).paragraphs.filter(isBodyParagraph);
      // The table may leave an empty paragraph after it in a real document; only the first three are ours.
      const seen = body.slice(0, 3).map((p) => ({ text: p.text, listString: p.listString ?? "", table: p.tableNestingLevel }));
      return same("段落（文字、编号、表格层级）", seen, [
        { text: HEADING, listString: "一、", table: 0 },
        { text: BODY, listString: "", table: 0 },
        { text: "单元格内容", listString: "", table: 1 },
      ]);
    },
  },
  {
    id: "select.span",
    title: "定位并选中一处文字：选区恰为该文字（随后输入即替换它）",
    ifFails: "点击“定位”后选中的文字可能有偏移，需在该段中自行查找；修正前仍会再次核对原文，不会改错地方。",
    readmePoint: 21,
    async run(host, doc) {
      await setUpAndRead(host, doc, ["第一段。", BODY]);
      const status = await host.selectSpan(spanOf(1, BODY, "扎实推进"));
      const context = await host.readInsertionContext();
      // Typing over the selection shows exactly what was selected, through the port alone.
      await host.insertText("〔选〕");
      return all(
        same("定位结果", status, "ok"),
        same(
          "选区",
          { paragraph: context.cursorParagraphIndex, last: context.selectionLastParagraphIndex, selected: context.hasSelectedText, at: context.cursorAt },
          { paragraph: 1, last: 1, selected: true, at: "part" },
        ),
        same("替换选区后第 2 段", (await bodyTexts(host))[1], BODY.replace("扎实推进", "〔选〕")),
      );
    },
  },
  {
    id: "select.changed",
    title: "定位一处已被改动的文字：报告“已变化”，不选错位置",
    ifFails: "检查后改过的文字可能被定位到别处；修正前仍会再次核对原文，不会改错地方。",
    async run(host, doc) {
      await setUpAndRead(host, doc, [BODY]);
      const stale = spanOf(0, "今年以来，我们稳步推进各项工作。", "稳步推进");
      return same("定位结果", await host.selectSpan(stale), "changed");
    },
  },
  {
    id: "select.paragraph",
    title: "选中整段（大纲跳转）：选区覆盖整段",
    ifFails: "在“概览”中点击标题时，可能只跳到标题所在位置而不选中整段。",
    readmePoint: 20,
    async run(host, doc) {
      await setUpAndRead(host, doc, [HEADING, BODY, "结尾。"]);
      const status = await host.selectParagraph(1, BODY);
      const context = await host.readInsertionContext();
      return all(
        same("定位结果", status, "ok"),
        // A whole paragraph selected may end after its mark, at the next paragraph's start: it still ends in this one.
        same("选区", { paragraph: context.cursorParagraphIndex, last: context.selectionLastParagraphIndex, at: context.cursorAt }, { paragraph: 1, last: 1, at: "whole" }),
      );
    },
  },
];
