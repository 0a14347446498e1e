/**
 * The assistant's own Word comments: how they are written, recognised and linked to the finding they are about.
 *
 * Recognised by their text: every comment the assistant adds starts with COMMENT_MARKER and ends with COMMENT_TAIL,
 * a frame a writer's own comment does not have by chance; a writer who edits one of ours so that the frame is gone
 * has made it theirs, and it is left alone. Linked by id: the id Word gives each comment (Word.Comment.id) is stored
 * in the document with its finding's occurrence key, so that fixing that finding deletes exactly that comment.
 */
import type { DocumentComment, DocumentHost } from "../../host/port";

export const COMMENT_MARKER = "【公文助手】";
export const COMMENT_TAIL = "（助手批注）";
/** Where the links from comment ids to findings are kept: in the document, beside the ignored findings. */
export const COMMENT_LINKS_SETTING = "gongwen.assistantComments";

/** What the assistant writes in a comment about a finding. */
export function assistantCommentText(message: string): string {
  return `${COMMENT_MARKER}${message}${COMMENT_TAIL}`;
}

export function isAssistantComment(comment: DocumentComment): boolean {
  const text = comment.text.trim();
  return text.startsWith(COMMENT_MARKER) && text.endsWith(COMMENT_TAIL);
}

/** Comment id → the occurrence key of the finding it is about. */
export type CommentLinks = ReadonlyMap<string, string>;

export async function readCommentLinks(word: DocumentHost): Promise<Map<string, string>> {
  const stored = await word.readDocumentSetting(COMMENT_LINKS_SETTING);
  if (!stored) return new Map();
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return new Map();
    const pairs = parsed.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "string");
    return new Map(pairs);
  } catch {
    return new Map(); // a damaged setting only loses the links; the comments are still recognised by their text
  }
}

/** Stores the links, keeping only those whose comment is still in the document (when that is known). */
export async function writeCommentLinks(word: DocumentHost, links: CommentLinks, present?: ReadonlySet<string>): Promise<void> {
  const kept = [...links].filter(([id]) => !present || present.has(id));
  if (kept.length === 0) {
    if ((await word.readDocumentSetting(COMMENT_LINKS_SETTING)) !== undefined) await word.removeDocumentSetting(COMMENT_LINKS_SETTING);
    return;
  }
  await word.writeDocumentSetting(COMMENT_LINKS_SETTING, JSON.stringify(kept));
}

/** The assistant's comments in the document: one round trip; none where the host has no comments. */
export async function listAssistantComments(word: DocumentHost): Promise<readonly DocumentComment[] | undefined> {
  if (!word.capabilities.comments) return undefined;
  return (await word.listComments()).filter(isAssistantComment);
}
