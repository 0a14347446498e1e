/**
 * Listing and deleting comments (WordApi 1.4, like insertComment): what the verdict counts and what 删除助手批注 and
 * a fix remove. Body.getComments lists the main text's comments (Word has none in headers, footers and notes).
 */
import { HostError } from "../host/errors";
import type { DocumentComment } from "../host/port";
import type { WordHost } from "./host";
import { WORD_MESSAGES } from "./messages";

/** One round trip: every comment's id and plain-text content. */
export async function listComments(host: WordHost, supported: boolean): Promise<readonly DocumentComment[]> {
  if (!supported) throw new HostError(WORD_MESSAGES.commentsUnavailable, "ApiNotFound");
  return host.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load("items/id,items/content");
    await context.sync();
    return comments.items.map((c) => ({ id: c.id, text: c.content }));
  });
}

/**
 * Two round trips: find the comments by id, then delete them. Office.js has no lookup by id in WordApi 1.4, so the
 * ids are loaded and compared here; an id not found is a comment the writer already deleted.
 */
export async function deleteComments(host: WordHost, ids: readonly string[], supported: boolean): Promise<readonly string[]> {
  if (!supported) throw new HostError(WORD_MESSAGES.commentsUnavailable, "ApiNotFound");
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return host.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load("items/id");
    await context.sync();
    const doomed = comments.items.filter((c) => wanted.has(c.id));
    if (doomed.length === 0) return [];
    for (const c of doomed) c.delete();
    await context.sync();
    return doomed.map((c) => c.id);
  });
}
