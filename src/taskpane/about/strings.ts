/** What the 帮助与自检 view says. */
export const ABOUT = {
  title: "帮助与自检",
  helpIntro: "公文写作助手检查标题编号、一是二是序列和未填写的占位符，并从任务窗格插入模板和常用语。",
  helpLink: "打开使用帮助",
  privacy: "文档内容只在本机 Word 中处理，不发送到任何服务器。",
  selfTestTitle: "自检",
  selfTestIntro:
    "自检检查本机 Word 是否按助手依赖的方式工作（读取编号、定位、修正、插入、批注、文档设置），供信息化管理人员部署后核对。" +
    "自检会在文档中写入测试文字和批注，结束后全部删除，因此只能在空白文档中运行。",
  start: "开始自检",
  again: "重新自检",
  running: (done: number, total: number) => `正在自检（${done}/${total}）……`,
  unavailable: "此环境不提供自检。",
  summary: (passed: number, failed: number, skipped: number) =>
    `自检完成：通过 ${passed} 项` + (failed ? `，未通过 ${failed} 项` : "") + (skipped ? `，未运行 ${skipped} 项` : "") + "。",
  allPassed: "本机 Word 的表现与助手的设计一致。",
  someFailed: "未通过的项目下方写明了写作者会遇到的情况。请复制报告发给信息化管理人员或助手的维护人员。",
  status: { passed: "通过", failed: "未通过", skipped: "未运行" },
  consequence: "影响：",
  copy: "复制报告",
  copied: "报告已复制到剪贴板。",
  copyFallback: "无法直接写入剪贴板，已选中报告全文，请按 Ctrl+C（Mac 上按 ⌘C）复制。",
  reportLabel: "自检报告全文",
  reportHeader: "公文写作助手 自检报告",
  reportTime: (time: string) => `时间：${time}`,
  reportEnvironment: (agent: string) => `环境：${agent}`,
} as const;
