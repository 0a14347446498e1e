/** The one-line excerpt a writer sees: a little context on each side, the finding's text marked. */
import type { Finding, Severity } from "../core/finding";
import type { DocSnapshot } from "../core/model";
import { CLI_MESSAGES } from "./messages";

const CONTEXT_CHARS = 16;

export interface Marker {
  readonly open: string;
  readonly close: string;
}

const PLAIN_MARKER: Marker = { open: "【", close: "】" };
const ANSI_RESET = "\u001b[0m";
const ANSI_BY_SEVERITY: Record<Severity, string> = { error: "\u001b[1;31m", warning: "\u001b[1;33m", info: "\u001b[1;36m" };

/** Colour only on a terminal; in a file or a pipe the excerpt is bracketed so it still stands out. */
export function markerFor(severity: Severity, colour: boolean): Marker {
  return colour ? { open: ANSI_BY_SEVERITY[severity], close: ANSI_RESET } : PLAIN_MARKER;
}

export function colourLabel(text: string, severity: Severity, colour: boolean): string {
  return colour ? `${ANSI_BY_SEVERITY[severity]}${text}${ANSI_RESET}` : text;
}

/** `paragraphLength` tells whether the context stops short of the paragraph's ends, which "……" then shows. */
export function excerptLine(finding: Finding, paragraphLength: number, marker: Marker): string {
  const before = finding.context.before.slice(-CONTEXT_CHARS);
  const after = finding.context.after.slice(0, CONTEXT_CHARS);
  const head = finding.range[0] - before.length > 0 ? `……${before}` : before;
  const tail = finding.range[1] + after.length < paragraphLength ? `${after}……` : after;
  const body = finding.excerpt === "" ? "" : `${marker.open}${printable(finding.excerpt)}${marker.close}`;
  return printable(head) + body + printable(tail);
}

/** The excerpt as the report and the CSV show it: an automatic list number first when the finding is about it. */
export function findingExcerpt(finding: Finding, snapshot: DocSnapshot, marker: Marker): string {
  const paragraph = snapshot.paragraphs[finding.paragraphIndex];
  const listString = paragraph?.listString;
  const listNote = finding.onListString && listString !== undefined ? CLI_MESSAGES.listNumber(listString) : "";
  return listNote + excerptLine(finding, paragraph?.text.length ?? 0, marker);
}

/** Tabs and Word's line/page breaks would break the report's layout. */
function printable(text: string): string {
  return Array.from(text, (char) => (char.charCodeAt(0) < 0x20 ? " " : char)).join("");
}
