/** Chinese messages of the Word layer (what the writer reads when Word refuses or the document moved on). */

export const WORD_MESSAGES = {
  commentsUnavailable:
    "添加批注需要 WordApi 1.4（Word 2021 / Microsoft 365）。当前 Word 版本较旧，无法由助手添加批注；可在文中直接修改，或升级 Word 后再试。",
  byCode: {
    GeneralException: "Word 处理请求时出错。请稍后重试；如果一直出错，请保存文档后重新打开。",
    ItemNotFound: "在文档中找不到要处理的位置，文档可能已被修改。请重新检查后再试。",
    InvalidArgument: "Word 不接受这次请求的内容（例如查找的文字过长或含特殊字符）。请重新检查后再试。",
    SearchStringInvalidOrTooLong: "要查找的文字过长或含 Word 不支持的特殊字符。请重新检查后再试。",
    AccessDenied: "Word 拒绝修改：文档可能处于只读、受保护或限制编辑状态。请解除保护后再试。",
    NotAllowed: "Word 当前不允许这项操作（文档可能正在被其他操作占用）。请稍后重试。",
    SearchDialogIsOpen: "Word 的“查找和替换”对话框正在打开。请先关闭它再试。",
    ApiNotFound: "当前 Word 版本不支持这项功能，请升级到 Word 2021 或 Microsoft 365。",
    NotImplemented: "当前 Word 版本不支持这项功能，请升级到 Word 2021 或 Microsoft 365。",
    RequestAborted: "与 Word 的通信被中断。请稍后重试。",
  } as Readonly<Record<string, string>>,
  unknown: (code: string, detail: string) =>
    `与 Word 通信时出错，请稍后重试。若反复出现，请把这条信息告诉信息化管理人员：错误代码 ${code}${detail ? `，${detail}` : ""}`,
  partialEdit: (applied: number, total: number) =>
    `Word 在修改途中出错：已完成 ${applied} 处，其余 ${total - applied} 处未修改。请重新检查文档。`,
  partialEditUnknown: "Word 在修改途中出错，无法确认哪些修改已完成。请重新检查文档，确认修改结果。",
  /** The writer edited a paragraph while it was being fixed, and taking our edit back could not be confirmed. */
  repairUnconfirmed: (paragraphs: readonly string[], applied: number, what: "修改" | "批注" = "修改") =>
    `${what}途中，${paragraphs.join("、")}被同时改动，助手未能确认已撤回在这些段落中的${what}。请查看这些段落，必要时用“撤消”恢复；其他 ${applied} 处${what}已完成。请重新检查文档。`,
  settingsSaveFailed: (detail: string) => `无法把设置保存到文档中：${detail}。`,
  lineBreakInText: "插入的短语不能包含换行。",
  /** Word failed while 排版 was writing: what it did stays (Word does not roll a batch back). */
  layoutPartial: "Word 在排版途中出错，部分段落的格式可能已经改变。可用 Word 的“撤消”恢复，然后重新检查。",
} as const;
