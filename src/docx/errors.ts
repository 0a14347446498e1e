/**
 * The one error type the reader throws: callers (CLI, playground) show `message` to the writer as is. Each code
 * names one cause in Chinese and says what to do; `detail` (the part, the sizes, a library's original text for IT
 * staff after “技术信息：”) follows in brackets.
 */
import { MAX_XML_BYTES, MAX_XML_DEPTH, megabytes } from "./limits";

export type DocxErrorCode =
  | "not-zip"
  | "damaged"
  | "old-doc"
  | "encrypted"
  | "no-document"
  | "bad-xml"
  | "too-large"
  | "zip-bomb"
  | "too-deep"
  | "unexpected";

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
  damaged: "文档已损坏（文件不完整或压缩数据出错），请在 Word 中打开并另存为新的 .docx 文件后重试",
  "old-doc": "这是旧版 .doc 格式，请在 Word 中“另存为”.docx 格式后重试",
  encrypted:
    "文档设有打开密码，内容已加密，无法读取。请在 Word 中打开，点“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码并保存后再检查",
  "no-document": "文件中没有 Word 正文部分，可能不是 Word 文档（.xlsx、.pptx 等请另存为 .docx）",
  "bad-xml": "文档内容已损坏，请在 Word 中打开并另存为新的 .docx 文件后重试",
  "too-large": `文档过大，解压后的文字内容超过 ${megabytes(MAX_XML_BYTES)}，超出本工具一次能检查的范围。请把文档拆分为几个较小的文件后分别检查`,
  "zip-bomb":
    "文档的压缩数据异常（疑似压缩炸弹：很小的文件解压后会变得极大），为保护本机已停止读取。请勿打开来历不明的文件；如确为本单位文档，请在 Word 中另存为新的 .docx 后重试",
  "too-deep": `文档的嵌套层次过深（表格、内容控件或文本框层层嵌套超过 ${MAX_XML_DEPTH} 层），Word 正常编辑不会产生这样的文件，可能已损坏或被改造过。请在 Word 中另存为新的 .docx 后重试`,
  unexpected:
    "读取时出错，可能是文档结构异常，也可能是本工具的缺陷。请在 Word 中另存为新的 .docx 后重试；仍不行请把本消息告诉信息化管理人员",
};
