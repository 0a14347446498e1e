/**
 * A phrase is one paragraph: a line break would split the writer's paragraph in Word. Text pasted from a PDF or a
 * web page often breaks mid-sentence, so the editor joins the lines as they are pasted (Chinese needs no space
 * between them) and says so under the field, rather than refusing or joining silently on save.
 */
export function joinLines(text: string): { readonly text: string; readonly joined: boolean } {
  if (!/[\r\n\u2028\u2029]/.test(text)) return { text, joined: false };
  return { text: text.replace(/[ \t\u3000]*[\r\n\u2028\u2029]+[ \t\u3000]*/g, ""), joined: true };
}
