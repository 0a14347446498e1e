/** What 一键排版 says (issue 13), in Word's own terms. */
export const TYPESET = {
  button: "一键排版…",
  title: "一键排版",
  reading: "正在读取文档的格式……",
  scope: "排版范围",
  scopeDocument: "整篇文档",
  scopeSelection: (from: number, to: number, start: string) =>
    from === to ? `只排选中的第 ${from} 段（“${start}”）` : `只排选中的第 ${from}—${to} 段（共 ${to - from + 1} 段，自“${start}”起）`,
  intro: (paragraphs: number) => `将按 GB/T 9704—2012 设置 ${paragraphs} 段的格式，文字不变：`,
  nothingToDo: "格式已符合 GB/T 9704—2012，无需排版。",
  paragraphs: (count: number) => `${count} 段`,
  page: "页面设置",
  pageTo: (to: string) => `改为：${to}`,
  pageFrom: (from: string) => `原为：${from}`,
  /** Said beside the page's change: the host only tells afterwards whether it could set it (LayoutReport.notApplied). */
  pageMayNotApply: "页面设置需要较新的桌面版 Word 才能由加载项完成；不能完成时，应用后会说明在哪里手动设置。",
  pageByHand: (to: string) => `此版本 Word 不能读取和设置页面，请在“布局 → 页面设置”中自行设置：${to}。`,
  leftAlone: (count: number) => `表格、引文等 ${count} 段保持原样，不改动。`,
  unreadable: (names: string) => `此版本 Word 不能读取${names}：预览中的原格式不含这些项，“撤消排版”也无法恢复它们（可用 Word 的“撤消”）。`,
  undoPromise: "应用后可点“撤消排版”恢复原来的格式。",
  apply: "应用",
  cancel: "取消",
  close: "关闭",
  done: (count: number) => `已按 GB/T 9704—2012 排版 ${count} 段。`,
  pageDone: (page: string) => `页面已设为：${page}。`,
  skipped: (count: number) => `有 ${count} 段在预览之后被修改过，为避免改错没有排版；请再点一次“一键排版”。`,
  nothingDone: "没有需要排版的段落。",
  undoHint: "可点“撤消排版”恢复排版前的格式；也可用 Word 的“撤消”，但可能要按多次（每段的格式可能各占一步）。",
  undo: "撤消排版",
  undone: (count: number) => `已恢复排版前的格式（${count} 段）。`,
  undoSkipped: (count: number) => `有 ${count} 段在排版之后被修改过，没有恢复；请用 Word 的“撤消”。`,
  pageNotRestored: "排版前的页面设置未能读取，无法自动恢复：请用 Word 的“撤消”，或在“布局 → 页面设置”中改回。",
} as const;

/** The 一键排版 button's data-action: where focus returns once 撤消排版 has run (its notice is then gone). */
export const TYPESET_ACTION = "typeset";
