/** The phrase editor's line joining and the delete confirmation's wording. */
import { cleanPasted, joinLines } from "../../../src/taskpane/phrases/phraseText";
import { LIB_UI } from "../../../src/taskpane/library/strings";

describe("joinLines", () => {
  it("joins a pasted two-line phrase into one line and says it did", () => {
    expect(joinLines("第一行\r\n  第二行\n第三行")).toEqual({ text: "第一行第二行第三行", joined: true });
  });

  it("leaves one line alone", () => {
    expect(joinLines("今年以来，")).toEqual({ text: "今年以来，", joined: false });
  });

  it("the editor's notice is a plain sentence", () => {
    expect(LIB_UI.phrases.joinedLines).toBe("粘贴的文字有换行，已合并为一段，请核对。");
  });
});

describe("delete confirmation", () => {
  it("puts the phrase on its own line, so its quotes are not nested in ours", () => {
    const text = "今年以来，我局紧紧围绕“三个服务”主线，";
    expect(LIB_UI.confirmDeletePhrase(text)).toBe(`删除这条常用语？删除后不能恢复（可先导出备份）。\n${text}`);
    expect(LIB_UI.confirmDeletePhrase(text).split("\n")[0]).not.toMatch(/[“”]/);
    expect(LIB_UI.deletedPhrase(text)).toBe(`已删除常用语：${text}`);
  });
});

describe("cleanPasted", () => {
  it("removes line breaks and invisible control characters from pasted text and names them", () => {
    expect(cleanPasted("特此\u000b报告\n以上\u202e")).toEqual({ text: "特此报告以上", joined: true, removed: ["U+000B", "U+202E"] });
    expect(LIB_UI.phrases.removedInvisible(["U+000B"])).toBe("粘贴的文字含有不可见的控制字符（U+000B），已删除，请核对。");
  });
});
