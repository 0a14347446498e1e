/**
 * Word's Find as the simulated host performs it: literal text plus Word's `^` codes (special even without
 * wildcards), a 255-character limit, and non-overlapping matches scanned left to right inside each paragraph.
 */
import { FakeOfficeError } from "./errors";

type Token = { readonly kind: "char"; readonly ch: string } | { readonly kind: "any" | "digit" | "letter" | "paragraph" };

const MAX_SEARCH_LENGTH = 255;

export function parseSearch(searchText: string): Token[] {
  if (searchText.length === 0 || searchText.length > MAX_SEARCH_LENGTH) {
    throw new FakeOfficeError("InvalidArgument", "SearchStringInvalidOrTooLong: The search string is empty or longer than 255 characters.");
  }
  const tokens: Token[] = [];
  for (let i = 0; i < searchText.length; i++) {
    const ch = searchText[i];
    if (ch !== "^") {
      tokens.push({ kind: "char", ch });
      continue;
    }
    const code = searchText[++i];
    switch (code) {
      case "^": tokens.push({ kind: "char", ch: "^" }); break;
      case "t": tokens.push({ kind: "char", ch: "\t" }); break;
      case "s": tokens.push({ kind: "char", ch: "\u00a0" }); break;
      case "?": tokens.push({ kind: "any" }); break;
      case "#": tokens.push({ kind: "digit" }); break;
      case "$": tokens.push({ kind: "letter" }); break;
      case "p": tokens.push({ kind: "paragraph" }); break;
      default:
        throw new FakeOfficeError("InvalidArgument", `SearchStringInvalidOrTooLong: '^${code ?? ""}' is not a valid special character.`);
    }
  }
  return tokens;
}

function tokenMatches(t: Token, ch: string, matchCase: boolean): boolean {
  switch (t.kind) {
    case "char": return matchCase ? t.ch === ch : t.ch.toLowerCase() === ch.toLowerCase();
    case "any": return true;
    case "digit": return /[0-9]/.test(ch);
    case "letter": return /\p{L}/u.test(ch);
    case "paragraph": return false; // paragraph marks are not inside a paragraph's text
  }
}

/** Start offsets of the matches in `text` between `from` and `to`, non-overlapping, left to right. */
export function findInText(text: string, tokens: readonly Token[], matchCase: boolean, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  let i = from;
  while (i + tokens.length <= to) {
    let ok = true;
    for (let k = 0; k < tokens.length && ok; k++) ok = tokenMatches(tokens[k], text[i + k], matchCase);
    if (ok) {
      starts.push(i);
      i += tokens.length;
    } else {
      i++;
    }
  }
  return starts;
}
