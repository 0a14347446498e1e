/** The own-library editors' wording of the validator's problems: plain sentences, no JSON paths or field keys. */
import { editorErrors, editorMessage } from "../../src/core/content/validation/editorMessages";
import { validatePack } from "../../src/core/content/validate";
import type { ContentError, EntryKind } from "../../src/core/content/types";

function editorSays(kind: EntryKind, entry: Record<string, unknown>): string[] {
  const list = kind === "phrase" ? "phrases" : kind === "section" ? "sections" : "skeletons";
  const result = validatePack({ format: "gongwen-pack", version: 1, phrases: [], sections: [], [list]: [{ id: "own-1", ...entry }] });
  return result.ok ? [] : editorErrors(kind, result.errors).map((e) => e.message);
}

describe("editor messages", () => {
  it("phrases", () => {
    expect(editorSays("phrase", { category: "opening", text: "" })).toEqual(["请填写常用语内容。"]);
    expect(editorSays("phrase", { category: "opening" })).toEqual(["请填写常用语内容。"]);
    expect(editorSays("phrase", { category: "opening", text: "字".repeat(501) })).toEqual(["常用语不能超过 500 个字。"]);
    expect(editorSays("phrase", { category: "opening", text: "第一行\n第二行" })).toEqual(["常用语只能是一段文字，不能换行。"]);
    expect(editorSays("phrase", { category: "foo", text: "好" })).toEqual(["请选择分类。"]);
  });

  it("section templates and skeletons", () => {
    expect(editorSays("section", { title: "", blocks: [] })).toEqual(["请填写模板名称。", "请至少填写一级标题或一段正文。"]);
    expect(editorSays("section", { title: "名".repeat(61), blocks: [{ role: "body", text: "正文" }] })).toEqual(["模板名称不能超过 60 个字。"]);
    expect(editorSays("section", { title: "甲", blocks: [{ role: "body", text: "正文" }, { role: "body", text: "字".repeat(5001) }] })).toEqual([
      "第2段不能超过 5000 个字。",
    ]);
    expect(editorSays("skeleton", { title: " ", blocks: [{ role: "title", text: "标题" }] })).toEqual(["请填写框架名称。"]);
  });

  it("never shows a path or a JSON key, and says each thing once", () => {
    const all = [
      ...editorSays("phrase", { category: "opening", text: " " }),
      ...editorSays("section", { title: "", blocks: [{ role: "body", text: "" }, { role: "body", text: "" }] }),
    ];
    for (const message of all) expect(message).not.toMatch(/[[\]]|text|title|blocks|phrases|sections/);
    expect(editorSays("section", { title: "甲", blocks: [{ role: "body", text: "" }, { role: "body", text: "" }] })).toEqual([
      "请填写第1段的内容。",
      "请填写第2段的内容。",
    ]);
  });

  it("a message without a structured problem is passed through", () => {
    const error: ContentError = { path: "", message: "这条常用语已经在库中了。" };
    expect(editorMessage("phrase", error)).toBe("这条常用语已经在库中了。");
  });
});
