import { stripInvisible } from "../../core/content/validation/invisible";

/**
 * A phrase is one paragraph: a line break would split the writer's paragraph in Word. Text pasted from a PDF or a
 * web page often breaks mid-sentence, so the editor joins the lines as they are pasted (Chinese needs no space
 * between them) and says so under the field, rather than refusing or joining silently on save.
 */
export function joinLines(text: string): { readonly text: string; readonly joined: boolean } {
  if (!/[\r\n\u2028\u2029]/.test(text)) return { text, joined: false };
  return { text: text.replace(/[ \t\u3000]*[\r\n\u2028\u2029]+[ \t\u3000]*/g, ""), joined: true };
}

/**
 * Invisible control characters (U+000B, bidi overrides, zero-width spaces …) are refused by the library, but the
 * writer cannot see them to delete them: the editor removes them as they are pasted and names them under the field.
 */
export function cleanPasted(text: string): { readonly text: string; readonly joined: boolean; readonly removed: readonly string[] } {
  const lines = joinLines(text);
  const stripped = stripInvisible(lines.text);
  return { text: stripped.text, joined: lines.joined, removed: stripped.removed };
}
