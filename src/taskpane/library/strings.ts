/** Every sentence the 模板 and 常用语 tabs show (kept apart from ../strings.ts so the two catalogues grow separately). */
export const LIB_UI = {
  tabs: { templates: "模板", phrases: "常用语" },
  loading: "正在载入素材库……",
  loadFailed: (detail: string) => `素材库没有载入：${detail}。请点“重试”，或关闭任务窗格后重新打开。`,
  retry: "重试",
  showMore: (remaining: number) => `再显示（还有 ${remaining} 条）`,
  builtIn: "内置",
  own: "我的",
  edit: "修改",
  delete: "删除",
  save: "保存",
  editorFailed: "没有保存，请修改以下问题：",
  editorWarnings: "保存前请看一下（可修改后保存，或点“仍然保存”）：",
  saveAnyway: "仍然保存",
  discardTyped: "已输入的内容还没有保存。关闭会丢失这些内容，确定放弃吗？",
  discard: "放弃",
  keepEditing: "继续编辑",
  cancel: "取消",
  copyToOwnTemplate: "复制到我的模板",
  copyToOwnPhrase: "复制到我的常用语",
  copiedTemplate: (title: string) => `已将“${title}”复制到我的模板，可以修改了。`,
  copiedPhrase: "已复制到我的常用语，可以修改了。",
  deleted: (what: string) => `已删除“${what}”。`,
  /** The text goes on its own line, not in quotes: a phrase often has quotes of its own (“三个服务”). */
  deletedPhrase: (text: string) => `已删除常用语：${text}`,
  confirmDelete: (what: string) => `删除以下内容？删除后不能恢复（可先导出备份）。\n${what}`,
  confirmDeletePhrase: (text: string) => `删除这条常用语？删除后不能恢复（可先导出备份）。\n${text}`,
  /** The browser's own text goes last, in parentheses, for IT staff; the writer reads the Chinese sentence. */
  saveFailed: (reason: "quota" | "refused", detail: string) =>
    `${
      reason === "quota"
        ? "未能保存到本机：本机为加载项保留的存储空间已满。"
        : "未能保存到本机：Word 不允许加载项在本机保存数据（可能被安全策略禁用）。"
    }刚才的修改仍显示在窗格中，但尚未保存，关闭窗格后会丢失。请先导出素材包备份${
      reason === "quota" ? "，再删除不用的内容后重试" : ""
    }。${detail ? `（${detail}）` : ""}`,
  exportNow: "导出素材包",
  exportNowHint: "如无法下载，可在下方“导入/导出我的素材”中复制素材包内容。",
  damaged: (backupKey: string | undefined) =>
    backupKey
      ? `已保存的“我的素材库”已损坏，无法读取，现以空的素材库打开。原内容已另存（${backupKey}），可在“导入/导出”中查看并复制。`
      : "已保存的“我的素材库”已损坏，无法读取，现以空的素材库打开。原内容在你修改素材库之前不会被覆盖，可在“导入/导出”中查看并复制。",
  damagedPartly: (count: number, backupKey: string | undefined) =>
    `已保存的“我的素材库”中有 ${count} 处内容无法读取，未载入；其余内容已正常载入。${
      backupKey ? `原内容已另存（${backupKey}），` : "原内容在你修改素材库之前不会被覆盖，"
    }可在“导入/导出”中查看并复制。`,
  /** A library saved by an earlier version may hold more than a limit: it is used as it is. */
  overLimit: (name: string, unit: string, count: number, max: number) =>
    `我的${name}有 ${count} ${unit}，超过上限 ${max} ${unit}。可以照常使用和导出，但要删除 ${count - max} ${unit}后才能再添加。`,
  pinyinFailed: "拼音检索没有载入，暂时只能按汉字检索。",
  searchHint: "输入汉字或拼音，如 xjyg、jiujiu",
  /** The search box's clear button (Fluent's own label is English). */
  clearSearch: "清除检索词",
  noResults: "没有找到。换个词，或用拼音首字母试试。",
  level: {
    title: "插入到哪一级",
    under: (heading: string) => `光标在“${heading.length > 24 ? `${heading.slice(0, 24)}……` : heading}”之下。请选择插入的级别：`,
    noHeading: "请选择插入的级别：",
    /** Under each choice: its level, whether it fits the cursor, and whether headings after it need renumbering. */
    detail: (level: string, fitting: boolean, renumber: boolean) =>
      `${fitting ? `按光标位置作为${level}（推荐）` : `作为${level}`}${renumber ? "；其后同级标题的编号需要顺延" : ""}`,
  },
  templates: {
    skeletonHeading: "整篇框架",
    documentType: "文档类型",
    preview: "标题大纲（插入后的编号）",
    insertSkeleton: "插入整篇框架",
    plain: "按文档原有样式插入",
    plainHint: "不勾选时按 GB/T 9704 设置字体字号（标题小标宋、一级黑体、二级楷体、正文仿宋）。",
    confirmTitle: "文档中已有标题",
    confirmText: (count: number) =>
      `文档中已有 ${count} 个标题。整篇框架将插入到光标所在段落之后（光标在段首时插在该段之前），不会拆开原有段落；框架中的标题从“一、”起编号，与原有标题各自成序，可能需要手动调整。继续插入？`,
    confirmInsert: "继续插入",
    insertedSkeleton: (title: string, paragraphs: number) =>
      `已插入“${title}”框架（${paragraphs} 段）。请把其中的 XX 换成实际内容，提交前用“检查”查一遍。`,
    sectionHeading: "段落模板",
    searchSections: "检索段落模板",
    insertSection: "插入",
    insertedSection: (title: string, marker: string | undefined) =>
      marker
        ? `已插入“${title}”，编号为“${marker}”。请把其中的 XX 换成实际内容。`
        : `已插入“${title}”。请把其中的 XX 换成实际内容。`,
    followingNeedRenumbering: "其后同级标题的编号需要顺延：请到“检查”中点击“全部修正”。",
    cursorUnknown: "无法确定光标位置，编号从“一、”起，请核对。",
    newSection: "新建段落模板",
    editSection: "修改段落模板",
    sectionTitle: "模板名称",
    sectionHeadingText: "一级标题（不写编号）",
    sectionBody: "正文（每行一段；以“（一）”开头的行作为二级标题，编号在插入时自动生成）",
    noOwnSections: "还没有自己的段落模板。",
    blocksCount: (count: number) => `${count} 段`,
  },
  phrases: {
    category: "分类",
    all: "全部",
    favourites: "收藏",
    recent: "最近使用",
    mine: "我的",
    searchPhrases: "检索常用语",
    insertHint: "点击或按 Enter 插入到光标处。",
    searchKeysHint: "按 Enter 插入选中的一条，↑↓ 切换。",
    inserted: (text: string) => `已插入：${text.length > 24 ? `${text.slice(0, 24)}……` : text}`,
    /** A phrase that is a paragraph of its own: 特此报告。 as 单独成段, XX单位 as 落款. */
    insertedParagraph: (label: string, text: string) => `已插入（${label}）：${text.length > 24 ? `${text.slice(0, 24)}……` : text}`,
    favourite: "收藏",
    unfavourite: "取消收藏",
    newPhrase: "新建常用语",
    editPhrase: "修改常用语",
    phraseText: "常用语（一段文字，不换行）",
    insertAs: "插入方式",
    insertInline: "插入到光标所在段落",
    /** Shown under the field when a paste had line breaks: they are removed as it is pasted. */
    joinedLines: "粘贴的文字有换行，已合并为一段，请核对。",
    removedInvisible: (codes: readonly string[]) => `粘贴的文字含有不可见的控制字符（${codes.join("、")}），已删除，请核对。`,
    empty: "这里还没有常用语。",
    emptyFavourites: "还没有收藏。点击常用语旁的星号收藏。",
    emptyRecent: "还没有使用过常用语。",
    emptyMine: "还没有自己的常用语。可新建，或把内置常用语复制过来修改。",
    count: (count: number) => `共 ${count} 条`,
  },
  pack: {
    heading: "导入/导出我的素材",
    exportHeading: "导出",
    exportHint: "导出“我的”常用语、段落模板和框架，连同收藏，可在另一台电脑导入。",
    download: "下载素材包（.json）",
    exportText: "素材包内容",
    copy: "复制",
    copied: "已复制到剪贴板。",
    copyFailed: "无法自动复制，请在文本框中全选（Ctrl+A）后复制（Ctrl+C）。",
    importHeading: "导入",
    chooseFile: "选择素材包文件",
    pasteText: "或粘贴素材包内容",
    importText: "导入粘贴的内容",
    importFailedTitle: (count: number) => `素材包有 ${count} 处问题，没有导入任何内容：`,
    /**
     * All or nothing, like a pack with a problem: importing part of a pack would leave the writer guessing which
     * entries came in, and a second try would then add the rest twice over under new ids.
     */
    noRoomTitle: "我的素材库放不下这个素材包，没有导入任何内容：",
    noRoomHint: "请先删除不用的内容（可先导出备份），或把素材包分成几个较小的分别导入。",
    /** After a successful import, for each kind it added. */
    roomLeft: (name: string, unit: string, room: number) => `我的${name}还可添加 ${room} ${unit}。`,
    decodedAs: (encoding: string) => `文件不是 UTF-8 编码，已按 ${encoding} 编码读取，请核对导入的文字。`,
    /** "已导入 3 条常用语、1 个段落模板；2 条与已有内容相同，未重复添加。" */
    imported: (counts: { phrase: number; section: number; skeleton: number }, unchanged: number) => {
      const parts = [
        counts.phrase > 0 ? `${counts.phrase} 条常用语` : "",
        counts.section > 0 ? `${counts.section} 个段落模板` : "",
        counts.skeleton > 0 ? `${counts.skeleton} 个文档框架` : "",
      ].filter((p) => p !== "");
      const added = `已导入 ${parts.join("、")}`;
      return unchanged > 0 ? `${added}；${unchanged} 条与已有内容相同，未重复添加。` : `${added}。`;
    },
    nothingNew: "素材包中的内容都已在素材库中，没有变化。",
    importedFavourites: (count: number) => `素材包中的 ${count} 条收藏已加入“收藏”。`,
    damagedHeading: "损坏的原内容",
    showDamaged: "查看损坏的原内容",
    fileReadFailed: (name: string) => `无法读取文件“${name}”。`,
  },
} as const;
