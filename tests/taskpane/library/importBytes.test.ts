/** Issue 9, item 5: the pane imports a pack file from its bytes, saying which encoding it used when not UTF-8. */
import { builtInContent, builtInIds } from "../../../src/content";
import { emptyLibrary } from "../../../src/core/content";
import type { BuiltIn } from "../../../src/taskpane/library/libraryModel";
import { runImportBytes } from "../../../src/taskpane/library/importFlow";

const builtIn: BuiltIn = { content: builtInContent(), ids: builtInIds() };
const ascii = (s: string) => [...Buffer.from(s, "latin1")];

describe("import from a file's bytes", () => {
  it("a GBK pack is decoded as GB18030 and says so", () => {
    // {"format":"gongwen-pack","version":1,"phrases":[{"id":"p1","category":"closing","text":"常用"}],"sections":[]} in GBK
    const bytes = new Uint8Array([
      ...ascii('{"format":"gongwen-pack","version":1,"phrases":[{"id":"p1","category":"closing","text":"'),
      0xb3, 0xa3, 0xd3, 0xc3,
      ...ascii('"}],"sections":[]}'),
    ]);
    const outcome = runImportBytes(emptyLibrary(), bytes, builtIn);
    expect(outcome.ok && outcome.library.own.phrases[0].text).toBe("常用");
    expect(outcome.ok && outcome.lines).toEqual(["已导入 1 条常用语。", "文件不是 UTF-8 编码，已按 GB18030 编码读取，请核对导入的文字。"]);
  });

  it("garbage is refused with one Chinese line and nothing imported", () => {
    const outcome = runImportBytes(emptyLibrary(), new Uint8Array([0x7b, 0x80, 0xff, 0x81, 0x7d]), builtIn);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^无法识别文件的编码/)]);
  });
});
