/** The one error type the reader throws: callers (CLI, playground) show `message` to the writer as is. */

export type DocxErrorCode = "not-zip" | "old-doc" | "encrypted" | "no-document" | "bad-xml";

export class DocxReadError extends Error {
  readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, detail?: string) {
    super(`无法读取该文件：${REASONS[code]}${detail === undefined ? "" : `（${detail}）`}`);
    this.name = "DocxReadError";
    this.code = code;
  }
}

const REASONS: Record<DocxErrorCode, string> = {
  "not-zip": "不是有效的 .docx 文档，请确认文件未损坏，或在 Word 中“另存为”.docx 格式后重试",
  "old-doc": "这是旧版 .doc 格式，请在 Word 中“另存为”.docx 格式后重试",
  encrypted:
    "文档设有打开密码，内容已加密，无法读取。请在 Word 中打开，点“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码并保存后再检查",
  "no-document": "文件中没有 Word 正文部分，可能不是 Word 文档（.xlsx、.pptx 等请另存为 .docx）",
  "bad-xml": "文档内容已损坏，请在 Word 中打开并另存为新的 .docx 文件后重试",
};
