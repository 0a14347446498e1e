/** The playground page's own Chinese text (the task pane's is in src/taskpane/strings.ts). */
export const PLAYGROUND_UI = {
  title: "公文写作助手 · 演示环境",
  subtitle: "左侧是模拟的 Word 文档，可以直接编辑；右侧是加载项的任务窗格。文档只在本页面中，不会上传。",
  documentLabel: "模拟 Word 文档",
  partReadOnly: (part: string) => `${part}（演示环境中只读）`,
  openFile: "打开文件（.txt / .docx）",
  resetSample: "恢复示例文档",
  layoutSample: "格式有误的示例",
  clear: "清空文档",
  apiVersion: (version: string) => `模拟 WordApi ${version}`,
  switchApi: (version: string) => `切换到 WordApi ${version}`,
  /** Shown after the WordApi version when the page runs with ?desktop=1.3. */
  desktopApi: " + WordApiDesktop 1.3",
  roundTrips: (count: number) => `与 Word 往返 ${count} 次`,
  comments: "批注",
  noComments: "暂无批注",
  loadedFile: (name: string, paragraphs: number) => `已打开“${name}”，共 ${paragraphs} 段。`,
  unsupportedFile: "只能打开 .txt（每行一段）或 .docx 文件。",
  unreadableFile: (detail: string) => `无法读取该文件：${detail}`,
} as const;
