/** Every sentence the task pane shows, in one place. */
import { formatCount } from "./shared/formatCount";
export const UI = {
  productName: "公文写作助手",
  tabs: { overview: "概览", check: "检查", templates: "模板", phrases: "常用语" },
  /** The 更多 menu beside the tabs: views that are not needed while writing. */
  more: { label: "更多", about: "帮助与自检", settings: "设置" },
  overview: {
    refresh: "刷新",
    loading: "正在读取文档……",
    words: "字数",
    paragraphs: "段落数",
    headings: "标题",
    outline: "标题大纲",
    noHeadings: "文档中还没有识别到“一、”“（一）”“1.”“（1）”形式的标题。",
    emptyDocument: "文档是空的。可以在“模板”中插入一份工作总结的框架。",
    automatic: "自动编号",
    clickHint: "点击标题可在文档中选中它。",
  },
  check: {
    run: "检查",
    rerun: "重新检查",
    readingDocument: "正在读取文档……",
    analysing: (paragraphs: number) => `正在分析 ${formatCount(paragraphs)} 段……`,
    cancel: "取消",
    cancelled: "已取消检查。",
    intro: "提交前点击“检查”：标题编号、一是二是序列、未填写的占位符、文种结构和字体字号等格式，一次查清；“一键排版”按 GB/T 9704—2012 统一格式。",
    readyText: "没有发现需要处理的问题。",
    hintsOnly: (count: number) => `另有 ${count} 条提示，可酌情处理。`,
    fix: "修正",
    locate: "定位",
    fixAll: (count: number) => `全部修正（${count}）`,
    ignore: "忽略",
    undoIgnore: "取消忽略",
    ignoredCount: (count: number) => `已忽略 ${count} 处`,
    restoreIgnored: "恢复全部忽略",
    nextPlaceholder: "下一个占位符",
    addComments: "添加批注",
    addCommentsDone: (count: number) => `已为 ${count} 处问题添加批注。`,
    addCommentsConfirmTitle: "添加批注",
    addCommentsConfirmText: (count: number) =>
      `将在文档中为 ${count} 处错误和警告各添加一条 Word 批注（提示类不加），方便逐条修改或交他人审阅。已加过批注的不会重复添加。继续吗？`,
    addCommentsConfirm: "添加批注",
    allCommented: "需要处理的问题都已添加过批注。",
    selectedParagraphInstead: "无法在 Word 中精确定位这段文字，已选中它所在的段落。",
    locatedUnder: (heading: string) => `位于“${heading}”下`,
    beforeFirstHeading: "位于第一个标题之前",
    /** A finding in a heading itself: said as a place, like the others, not as a label beside 错误 ("错误 标题"). */
    isHeading: "位于标题中",
    basis: "依据",
    suggestion: "建议",
    automaticNumber: "Word 自动编号：请在“开始 → 编号”中调整",
    fixedCount: (count: number, changes: number) =>
      `已修正 ${count} 处${changes > count ? `（共改动 ${changes} 处编号或文字）` : ""}，可用 Word 的“撤消”恢复。`,
    ignoresDropped: (count: number) => `忽略的问题已达文档能保存的上限，最早忽略的 ${count} 处已重新列出。`,
    fixSuperseded: (count: number) => `另有 ${count} 处要改的文字与前面的修正重叠，未单独修改；已重新检查，仍需处理的会再列出。`,
    fixPartly: (count: number, items: string) => (count === 0 ? "" : `只改了一部分 ${count} 处：${items}。已重新检查，请再次修正。`),
    fixSkipped: (count: number) =>
      `有 ${count} 处在检查之后被修改过，为避免改错文字没有修正；已重新检查，请再看一遍。`,
    changedRechecked: "这段文字在检查之后被修改过，已重新检查。",
    notCommentedInParts: (count: number) => `页眉、页脚和脚注中的 ${count} 处不加批注（Word 不能在这些位置添加批注），请直接修改。`,
    commentsSkipped: (count: number) => `有 ${count} 处在检查之后被修改过，没有添加批注；请重新检查。`,
    showMore: (next: number, remaining: number) => `再显示 ${next} 条（还有 ${remaining} 条）`,
    commentsUnavailable: "当前 Word 版本不支持添加批注",
    fixOutcomeUnknown: "无法确认哪些修正已经生效。已重新检查，请核对文档后再修正。",
    fixApplied: (count: number, items: string) => (count === 0 ? "没有修正生效。" : `已修正 ${count} 处：${items}。`),
    fixNotApplied: (count: number, items: string) => (count === 0 ? "" : `未修正 ${count} 处：${items}。已重新检查。`),
    fixItem: (paragraph: number, from: string, to: string) => `第${paragraph}段“${from}”→“${to}”`,
    placeholdersDone: "没有未填写的占位符了。",
    /** Before a finding's context when it is outside the main text: 页眉：… */
    inPart: (part: string) => `${part}：`,
    /** The verdict's plain word on parts of the document that were not read (text boxes, notes on older Word). */
    uncheckedParts: (parts: readonly string[]) =>
      `${joinNames(parts)}未检查：加载项在此版本的 Word 中无法读取这些内容，请自行查看其中有无未填写的占位符。`,
    /** The same, quietly, for parts this Word can never read (text boxes): true at every check, whatever the document. */
    partsNeverRead: (parts: readonly string[]) => `${joinNames(parts)}未检查（此版本 Word 无法读取）`,
  },
  /** While a tab or view that loads on demand arrives (src/taskpane/lazyViews.tsx). */
  loadingView: "正在加载……",
  retryDownload: "重试",
  viewFailed: (detail: string) => `这一页没能显示（文档没有改动，这一页中尚未完成的输入可能需要重新填写）。请点“重新显示”；如反复出现，请把以下内容告知信息技术人员：${detail}`,
  viewRedraw: "重新显示",
  changedSinceRead: "文档在读取之后已被修改，请先刷新。",
  missingInDocument: "在文档中找不到这段文字了，请先刷新。",
  officeJsMissing:
    "无法加载 Office 组件（office.js），加载项不能工作。请检查本机能否访问 office.js 的地址；内网环境请联系信息化管理人员按部署说明在本单位服务器上提供 office.js。",
  notInWord: "请在 Word 中打开本加载项：在“开始”选项卡点击“公文助手”。",
  paneDidNotStart: (detail: string) => `公文写作助手没能启动（文档没有改动）。请关闭任务窗格后重新打开；如仍不行，请把以下内容告知信息技术人员：${detail}`,
  unexpectedError: (detail: string) => `操作没有完成：${detail}`,
} as const;

/** 甲、乙和丙 */
function joinNames(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join("、")}和${names[names.length - 1]}`;
}
