/**
 * Where a notice of 模板 or 常用语 is shown (Notice.at, ./ErrorBar.tsx): under the list entry whose action it reports,
 * not at the top of a long tab out of the writer's sight (issue 11: "after 插入 … low in a long pane, the message sits
 * at the top"). An entry's id is enough to name it: own ids ("own-phrase-7") are never a built-in id
 * (../../core/content/library.ts, newOwnId), and favourites refer to entries by id alone.
 */
export const NOTICE_AT = {
  /** The 整篇框架 panel's 插入整篇框架 button. */
  skeleton: "skeleton",
  section: (id: string) => `section:${id}`,
  phrase: (id: string) => `phrase:${id}`,
} as const;
