/** Every text the CLI shows to a writer or to whoever runs it in a script. The --help text is in help.ts. */
import type { TextEncoding } from "./decode";

import { USAGE } from "./help";

export const CLI_MESSAGES = {
  usage: USAGE,
  noFiles: "请指定要检查的文件或文件夹，例如：gongwen-check 工作总结.docx",
  unknownOption: (option: string) => `不认识的选项“${option}”。`,
  missingValue: (option: string) => `选项“${option}”后面缺少取值。`,
  badFormat: (value: string) => `不认识的输出格式“${value}”，可选 text、json、csv、sarif。`,
  seeHelp: "运行 gongwen-check --help 查看用法。",
  unsupportedType: (file: string) =>
    `无法读取“${file}”：只支持 .docx（含 .docm、.dotx）和 .txt 文件（.doc、.wps 请先在 Word 或 WPS 中另存为 .docx）。`,
  fileNotFound: (file: string) => `找不到文件“${file}”，请检查路径和文件名。`,
  noMatch: (pattern: string) => `没有与“${pattern}”匹配的 .docx 或 .txt 文件，请检查文件夹和文件名。`,
  emptyFolder: (folder: string) => `文件夹“${folder}”中没有 .docx 或 .txt 文件。`,
  folderUnreadable: (folder: string, detail: string) => `无法读取文件夹“${folder}”（${detail}）。`,
  fileUnreadable: (file: string, reason: string) => `无法读取“${file}”：${reason}`,
  isFolder: "这是一个文件夹，请指定其中的 .docx 或 .txt 文件。",
  noPermission: "没有读取该文件的权限。",
  busy: "文件正被其他程序占用，请关闭后重试。",
  readFailed: (detail: string) => `读取失败（${detail}）。`,
  notText: {
    binary: "内容不是可识别的文字（可能不是文本文件，或编码无法识别）。请在记事本中打开，“另存为”时编码选择 UTF-8 后重试。",
    zip: "这其实是 Word 文档（.docx）或其他压缩文件，却以 .txt 结尾。请把扩展名改回 .docx 后重试。",
    ole: "这其实是旧版 Word 文档（.doc）或加密的 Office 文件，却以 .txt 结尾。请在 Word 中打开并另存为 .docx 后重试。",
    pdf: "这其实是 PDF 文件，却以 .txt 结尾。请使用原始的 Word 文档检查。",
  },
  docxProblem: (file: string, message: string) => `“${file}”：${message}`,
  /** The original error for IT staff, after a Chinese sentence: "RangeError: Maximum call stack size exceeded". */
  internal: (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  internalError: (file: string, detail: string) => `“${file}”：检查时出现内部错误，已跳过此文件（${detail}）`,
  crash: (detail: string) => `gongwen-check 出现内部错误，检查未完成（${detail}）。请把这条信息转告信息化管理人员。`,
  stdinName: "（标准输入）",
  encodingNote: { "utf-16le": "（按 UTF-16 LE 编码读取）", "utf-16be": "（按 UTF-16 BE 编码读取）", gb18030: "（按 GB18030 编码读取）" } satisfies Record<
    Exclude<TextEncoding, "utf-8">,
    string
  >,
  fileHeading: (file: string) => `【${file}】`,
  paragraph: (n: number) => `第${n}段`,
  /** A paragraph outside the main text, numbered within its part: 页眉第1段, 文本框第2段. */
  partParagraph: (partName: string, n: number) => `${partName}第${n}段`,
  listNumber: (listString: string) => `（自动编号“${listString}”）`,
  basis: (basis: string) => `依据：${basis}`,
  noFindings: "未发现问题。",
  emptyDocument: "文件中没有文字。",
  countsBySeverity: (errors: number, warnings: number, infos: number) => `错误 ${errors} 处，警告 ${warnings} 处，提示 ${infos} 处`,
  summary: (byCategory: string, bySeverity: string, verdict: string) => `合计：${byCategory}；${bySeverity}。结论：${verdict}。`,
  categoryCount: (name: string, n: number) => `${name} ${n} 处`,
  /** 格式 of a file whose layout was not read: a .txt has none; a .docx whose layout could not be read says so. */
  categoryUnchecked: (name: string, docx: boolean) => `${name}未检查（${docx ? "未能读取格式" : "纯文本"}）`,
  totalLine: (files: number, withErrors: number, unreadable: number) =>
    `共检查 ${files} 个文件，${withErrors} 个有错误${unreadable > 0 ? `，${unreadable} 个无法读取` : ""}。`,
  /** Said after the total (text) or on stderr (other formats), only when something was left out. */
  skipped: (skipped: number, otherTypes: number) =>
    [
      skipped > 0 ? `已跳过 ${skipped} 个 Word 临时文件（~$ 开头）或隐藏文件` : "",
      otherTypes > 0 ? `${skipped > 0 ? "；" : ""}另有 ${otherTypes} 个其他类型的文件未检查` : "",
    ].join("") + "。",
  progress: (done: number, total: number) => `已检查 ${done}/${total} 个文件…`,
  outputWritten: (file: string) => `检查结果已写入“${file}”。`,
  outputFailed: (file: string, detail: string) => `无法写入“${file}”（${detail}），请检查路径以及文件是否正在 Excel 或 WPS 中打开。`,
  csvHeader: ["文件", "段", "类别", "级别", "原文", "说明"],
  csvUnreadable: "无法读取",
  configMissing: "找不到这个文件，请检查路径和文件名。",
  configUnusable: (file: string, problems: readonly string[]) =>
    `无法使用规范文件“${file}”，未进行检查：\n${problems.map((p) => `  ${p}`).join("\n")}`,
  configUsed: (file: string, name?: string) => `按本单位规范${name ? `“${name}”` : ""}（${file}）检查。`,
} as const;

export const SEVERITY_LABELS = { error: "错误", warning: "警告", info: "提示" } as const;
