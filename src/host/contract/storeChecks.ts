/** Comments and per-document settings: both kept in the document, both behind capabilities in older hosts. */
import { setUpAndRead } from "./body";
import { all, ordered, same, skipped, spanOf } from "./expect";
import type { ContractCheck } from "./types";

const LINE = "联系人：【请填写】，电话：【请填写】。";
/** A key no real setting uses, so the check never disturbs a writer's ignored findings. */
export const SELF_TEST_SETTING_KEY = "contractSelfTest";
const KEY = SELF_TEST_SETTING_KEY;

export const STORE_CHECKS: readonly ContractCheck[] = [
  {
    id: "comments.add",
    title: "添加批注：批注挂在指定文字上",
    ifFails: "“添加批注”可能挂错位置或没有添加：请用“定位”逐处查看问题。",
    readmePoint: 19,
    async run(host, doc) {
      if (!host.capabilities.comments) return skipped(host.capabilities.commentsUnavailableReason ?? "此环境不支持批注");
      await setUpAndRead(host, doc, ["第一段。", LINE]);
      const second = LINE.lastIndexOf("【请填写】");
      const report = await host.addComments([
        { target: spanOf(1, LINE, "【请填写】"), text: "联系人未填写" },
        { target: { paragraphIndex: 1, start: second, end: second + 5, paragraphText: LINE }, text: "电话未填写" },
        { target: spanOf(0, "第一段已改。", "已改"), text: "不应出现" },
      ]);
      const outcome = same("结果", ordered(report), { applied: [0, 1], skipped: [{ index: 2, status: "changed" }] });
      if (!doc.comments) return outcome;
      return all(outcome, same("文档中的批注", await doc.comments(), [
        { excerpt: "【请填写】", text: "联系人未填写" },
        { excerpt: "【请填写】", text: "电话未填写" },
      ]));
    },
  },
  {
    id: "comments.listDelete",
    title: "列出和删除批注：按添加时得到的编号列出、只删除指定的批注",
    ifFails: "“删除助手批注”和修正后自动删除批注可能不起作用：请在 Word 的“审阅 → 删除”中手动删除助手添加的批注。",
    async run(host, doc) {
      if (!host.capabilities.comments) return skipped(host.capabilities.commentsUnavailableReason ?? "此环境不支持批注");
      await setUpAndRead(host, doc, ["第一段。", LINE]);
      const second = LINE.lastIndexOf("【请填写】");
      const added = await host.addComments([
        { target: spanOf(1, LINE, "【请填写】"), text: "自检批注甲" },
        { target: { paragraphIndex: 1, start: second, end: second + 5, paragraphText: LINE }, text: "自检批注乙" },
      ]);
      const ids = [added.ids[0], added.ids[1]];
      // Only this check's comments count: the document may hold others (an earlier check's, a writer's).
      const own = async () => (await host.listComments()).filter((c) => ids.includes(c.id)).map((c) => c.text);
      const listed = await own();
      const deleted = await host.deleteComments([ids[0]]);
      const left = await own();
      await host.deleteComments([ids[1]]);
      return all(
        same("编号", ids.every((id) => typeof id === "string" && id !== "") && ids[0] !== ids[1], true),
        same("列出", listed, ["自检批注甲", "自检批注乙"]),
        same("删除", deleted, [ids[0]]),
        same("删除后", left, ["自检批注乙"]),
      );
    },
  },
  {
    id: "settings.persist",
    title: "文档设置（已忽略的问题）：写入后读回，再次写入覆盖，删除后读不到",
    ifFails: "“忽略”的问题在保存、重新打开文档后可能重新出现，需要再次忽略。",
    readmePoint: 9,
    async run(host) {
      await host.writeDocumentSetting(KEY, '["a"]');
      const first = await host.readDocumentSetting(KEY);
      await host.writeDocumentSetting(KEY, "[]");
      const second = await host.readDocumentSetting(KEY);
      await host.removeDocumentSetting(KEY);
      const removed = (await host.readDocumentSetting(KEY)) ?? null;
      return same("读回", [first, second, removed], ['["a"]', "[]", null]);
    },
  },
];
