/** Comments and per-document settings: both kept in the document, both behind capabilities in older hosts. */
import { setUpAndRead } from "./body";
import { all, ordered, same, skipped, spanOf } from "./expect";
import type { ContractCheck } from "./types";

const LINE = "联系人：【请填写】，电话：【请填写】。";
/** A key no real setting uses, so the check never disturbs a writer's ignored findings. */
const KEY = "contractSelfTest";

export const STORE_CHECKS: readonly ContractCheck[] = [
  {
    id: "comments.add",
    title: "添加批注：批注挂在指定文字上",
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
    id: "settings.persist",
    title: "文档设置（已忽略的问题）：写入后读回，再次写入覆盖，删除后读不到",
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
