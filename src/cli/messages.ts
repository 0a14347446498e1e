/** Every text the CLI shows to a writer or to whoever runs it in a script. */

export const CLI_MESSAGES = {
  usage: [
    "用法：gongwen-check <文件>… [选项]",
    "",
    "检查工作总结、工作汇报、述职报告中的编号层次、“一是、二是”、未填写的占位符（*、XX 等）和文稿结构。",
    "支持 .docx（Word 文档，含自动编号）和 .txt（UTF-8 编码，每行一段）。",
    "",
    "选项：",
    "  --json           以 JSON 输出检查结果（供其他程序使用）",
    "  --no-structure   不检查文稿结构（开头段，存在的问题、下一步打算等部分，报告夹带请示）",
    "  --help, -h       显示本说明",
    "  --version, -v    显示版本号",
    "",
    "退出码：0 没有错误；1 有文件存在错误；2 用法错误或有文件无法读取。",
  ].join("\n"),
  noFiles: "请指定要检查的文件，例如：gongwen-check 工作总结.docx",
  unknownOption: (option: string) => `不认识的选项“${option}”。`,
  seeHelp: "运行 gongwen-check --help 查看用法。",
  unsupportedType: (file: string) => `无法读取“${file}”：只支持 .docx 和 .txt 文件（.doc、.wps 请先在 Word 或 WPS 中另存为 .docx）。`,
  fileNotFound: (file: string) => `找不到文件“${file}”，请检查路径和文件名。`,
  fileUnreadable: (file: string, reason: string) => `无法读取“${file}”：${reason}`,
  isFolder: "这是一个文件夹，请指定其中的 .docx 或 .txt 文件。",
  notUtf8: "不是 UTF-8 编码的文本。请在记事本中“另存为”，编码选择 UTF-8 后重试。",
  docxProblem: (file: string, message: string) => `“${file}”：${message}`,
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
  totalLine: (files: number, withErrors: number, unreadable: number) =>
    `共检查 ${files} 个文件，${withErrors} 个有错误${unreadable > 0 ? `，${unreadable} 个无法读取` : ""}。`,
} as const;

export const SEVERITY_LABELS = { error: "错误", warning: "警告", info: "提示" } as const;
