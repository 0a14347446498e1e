/**
 * The document read the pane starts before its React code has loaded (../shell/boot.ts), so that Word works on it
 * while the browser downloads and compiles React and Fluent, and the shell can show 概览's figures before they run
 * (issue 11, item 8). The first useOverview of the same host takes it instead of reading again; every later refresh
 * reads anew. No React here: the boot's chunk must stay small.
 */
import type { DocumentHost } from "../../host/port";
import { overviewOf, type Overview } from "./overviewOf";

let early: { readonly word: DocumentHost; readonly overview: Promise<Overview> } | undefined;

/** Starts reading the document now; the pane's first 概览 takes this read (takeEarlyRead). */
export function startEarlyRead(word: DocumentHost): Promise<Overview> {
  const overview = word.readSnapshot().then(overviewOf);
  early = { word, overview };
  // Whoever takes it handles a failure; until then it must not be reported as unhandled.
  overview.catch(() => undefined);
  return overview;
}

/** The read started for this host at boot, once: undefined when there was none or it was taken already. */
export function takeEarlyRead(word: DocumentHost): Promise<Overview> | undefined {
  if (early?.word !== word) return undefined;
  const { overview } = early;
  early = undefined;
  return overview;
}
