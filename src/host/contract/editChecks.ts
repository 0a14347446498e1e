/** Replacing spans: written as checked, never over the writer's typing, groups all or nothing. */
import { all, ordered, same, skipped, spanOf } from "./expect";
import { bodyTexts, setUpAndRead } from "./body";
import type { ContractCheck } from "./types";

const LINE = "请在此处填写内容，然后提交。";

export const EDIT_CHECKS: readonly ContractCheck[] = [
  {
    id: "replace.readBack",
    title: "修正一处文字并读回：只改该处，其余不变",
    ifFails: "修正后读回的文字与预期不符：请用 Word 的“撤消”恢复，改用“定位”后手动修改，并把本报告交给信息化管理人员。",
    readmePoint: 21,
    async run(host, doc) {
      const texts = ["第一段不动。", LINE, "末段，结尾在段末"];
      await setUpAndRead(host, doc, texts);
      // One span in the middle, one ending at the last paragraph's end (the edge next to the paragraph mark).
      const report = await host.replaceSpans([
        { target: spanOf(1, LINE, "此处"), text: "这里" },
        { target: spanOf(2, texts[2], "段末"), text: "段尾。" },
      ]);
      return all(
        same("结果", ordered(report), { applied: [0, 1], skipped: [] }),
        same("全文", await bodyTexts(host), ["第一段不动。", "请在这里填写内容，然后提交。", "末段，结尾在段尾。"]),
      );
    },
  },
  {
    id: "replace.stale",
    title: "检查后段落已被改动：不修正，报告“已变化”",
    ifFails: "此项未通过时，“修正”可能改动检查之后已被改写的段落：请暂停使用“修正”和“全部修正”，改用“定位”后手动修改。",
    async run(host, doc) {
      await setUpAndRead(host, doc, ["请在那里填写内容，然后提交。"]);
      const report = await host.replaceSpans([{ target: spanOf(0, LINE, "此处"), text: "这里" }]);
      return all(
        same("结果", ordered(report), { applied: [], skipped: [{ index: 0, status: "changed" }] }),
        same("全文", await bodyTexts(host), ["请在那里填写内容，然后提交。"]),
      );
    },
  },
  {
    id: "replace.retypedBetweenRoundTrips",
    title: "两次往返之间作者重打了该段：不覆盖作者的文字",
    ifFails: "修正的同时在该段打字，打的字可能被修正覆盖：修正时请勿在文档中输入。",
    readmePoint: 18,
    async run(host, doc) {
      if (!doc.retypeBeforeRoundTrip) return skipped("此环境无法模拟作者在两次往返之间输入");
      await setUpAndRead(host, doc, [LINE, "第二段已经完成。"]);
      doc.retypeBeforeRoundTrip(2, 0, "全新的段落。");
      const report = await host.replaceSpans([
        { target: spanOf(0, LINE, "此处"), text: "这里" },
        { target: spanOf(1, "第二段已经完成。", "已经"), text: "已" },
      ]);
      return all(
        same("结果", ordered(report), { applied: [1], skipped: [{ index: 0, status: "changed" }] }),
        same("全文", await bodyTexts(host), ["全新的段落。", "第二段已完成。"]),
      );
    },
  },
  {
    id: "replace.group",
    title: "同组修正（重排序号）：一处已变化则整组都不改",
    ifFails: "重排序号时，部分标题可能改了、部分没改：请用“撤消”恢复后重新检查，再逐处修正。",
    readmePoint: 28,
    async run(host, doc) {
      const texts = ["一、总体情况", "三、主要做法", "四、下步打算"];
      await setUpAndRead(host, doc, ["一、总体情况", "三、主要做法", "四、下一步打算"]); // the third changed since the check
      const report = await host.replaceSpans([
        { target: spanOf(1, texts[1], "三"), text: "二", group: 1 },
        { target: spanOf(2, texts[2], "四"), text: "三", group: 1 },
        { target: spanOf(0, texts[0], "总体"), text: "基本", group: 2 },
      ]);
      return all(
        same("结果", ordered(report), { applied: [2], skipped: [{ index: 0, status: "changed", reason: "group" }, { index: 1, status: "changed" }] }),
        same("全文", await bodyTexts(host), ["一、基本情况", "三、主要做法", "四、下一步打算"]),
      );
    },
  },
  {
    id: "replace.widthVariants",
    title: "全角与半角标点（，与 ,）并存：只改指定的那一处，或拒绝修改",
    ifFails: "全角与半角标点并存的段落中，修正可能改到另一处：请对这类段落用“定位”后手动修改。",
    readmePoint: 3,
    async run(host, doc) {
      const text = "甲,乙和甲，乙";
      await setUpAndRead(host, doc, [text]);
      const report = await host.replaceSpans([{ target: spanOf(0, text, "甲，乙"), text: "甲、乙" }]);
      const after = (await bodyTexts(host))[0];
      // Word's Find may count both as matches; the gateway must then refuse ("changed") rather than pick one.
      const fine = after === "甲,乙和甲、乙" ? report.applied.length === 1 : after === text && report.applied.length === 0;
      return { ok: fine, observed: `结果：${JSON.stringify(report)}；段落：${JSON.stringify(after)}` };
    },
  },
];
