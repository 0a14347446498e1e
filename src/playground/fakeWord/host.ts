/**
 * createSimulatedWord: an in-memory Word with Office.js semantics for tests, the benchmark and the playground.
 * Gives the WordHost src/word runs on, the observable document, the round-trip counter and fault injection.
 */
import type { WordHost, WordSettings } from "../../word/host";
import { FakeDocument } from "./body";
import { FakeContext, type FaultRule, type HostState, type OpKind } from "./context";
import { SimulatedDocument } from "./document";
import { FakeOfficeError } from "./errors";
import type { PartsSpec } from "./parts";
import type { ParagraphSpec } from "./types";

export type ApiVersion = "1.1" | "1.2" | "1.3" | "1.4" | "1.5";
export type DesktopApiVersion = "1.1" | "1.2" | "1.3";

export interface SimulatedWordOptions {
  /** Highest WordApi set the simulated Word supports. Default "1.4". */
  readonly apiVersion?: ApiVersion;
  /**
   * Highest WordApiDesktop set it claims (Word for Windows and Mac in Microsoft 365): "1.3" gives Font.nameFarEast /
   * nameAscii and Section.pageSetup. Default: none, as in Word on the web.
   */
  readonly desktopApiVersion?: DesktopApiVersion;
  readonly paragraphs?: readonly ParagraphSpec[];
  /** Headers and footers per section, footnotes, endnotes, text boxes. Default: one section, all of them empty. */
  readonly parts?: PartsSpec;
  /** false: collection loads ignore paths like items/listItemOrNullObject/listString (a stricter host). */
  readonly nestedCollectionLoads?: boolean;
  /**
   * How long getOoxml takes to answer, ms: real Word takes seconds on a long document. Default 0. The playground's
   * `?getOoxmlMs=` sets it, for tests of what the pane shows while the 格式 part of a check is on its way.
   */
  readonly getOoxmlMs?: number;
}

export interface SimulatedWord {
  readonly host: WordHost;
  readonly doc: SimulatedDocument;
  /** Round trips (context.sync calls, including the implicit one at the end of Word.run) so far. */
  syncCount(): number;
  /** How many ops of a kind were attempted so far (one that failed counts too). */
  opCount(kind: OpKind): number;
  /** How many ranges were loaded out of search results so far. */
  searchResultsLoaded(): number;
  /** Makes a future sync fail with an Office.js error code; each rule fires once. */
  failOn(rule: FaultRule): void;
  /** Runs `fn` at the start of every sync (before its queued ops), e.g. to play a writer editing between round trips. */
  beforeSync(fn: (syncNumber: number) => void): () => void;
  /** Document settings as saved (what saveAsync persisted). */
  savedSettings(): Readonly<Record<string, unknown>>;
  /** Makes the next settings.saveAsync fail. */
  failNextSettingsSave(message?: string): void;
}

function createSettings(): { settings: WordSettings; saved: Record<string, unknown>; failNext: (m: string) => void } {
  const pending: Record<string, unknown> = {};
  const saved: Record<string, unknown> = {};
  let failure: string | undefined;
  const settings: WordSettings = {
    get: (name) => pending[name] ?? null,
    set: (name, value) => {
      pending[name] = value;
    },
    remove: (name) => {
      delete pending[name];
    },
    saveAsync: (callback) => {
      setTimeout(() => {
        if (failure !== undefined) {
          const message = failure;
          failure = undefined;
          callback?.({ status: "failed", error: { code: 5001, name: "Internal Error", message } });
          return;
        }
        // Office saves the whole bag: a removed name is gone from the file too.
        for (const name of Object.keys(saved)) delete saved[name];
        Object.assign(saved, pending);
        callback?.({ status: "succeeded" });
      }, 0);
    },
  };
  return { settings, saved, failNext: (m) => (failure = m) };
}

export function createSimulatedWord(options: SimulatedWordOptions = {}): SimulatedWord {
  const apiVersion = Number(options.apiVersion ?? "1.4");
  const state: HostState = {
    doc: new SimulatedDocument(options.paragraphs ?? [""]),
    apiVersion,
    desktopApiVersion: Number(options.desktopApiVersion ?? "0"),
    nestedCollectionLoads: options.nestedCollectionLoads ?? true,
    syncs: 0,
    opCounts: new Map(),
    searchResultsLoaded: 0,
    faults: [],
    beforeSync: [],
    answered: Promise.resolve(),
    getOoxmlMs: options.getOoxmlMs ?? 0,
  };
  if (options.parts) state.doc.setParts(options.parts);
  const { settings, saved, failNext } = createSettings();

  const run: WordHost["run"] = async (batch) => {
    const context = new FakeContext(state);
    const request = Object.assign(context, { document: new FakeDocument(context) });
    try {
      // The one cast of the simulation: our context implements the subset of Word.RequestContext src/word uses.
      const result = await batch(request as unknown as Word.RequestContext);
      if (context.pending) await context.sync(); // Word.run flushes what is still queued
      return result;
    } finally {
      context.close();
    }
  };

  return {
    host: {
      run,
      isSetSupported: (name, version) =>
        (name === "WordApi" && Number(version ?? "1.1") <= apiVersion) ||
        (name === "WordApiDesktop" && Number(version ?? "1.1") <= state.desktopApiVersion),
      settings,
    },
    doc: state.doc,
    syncCount: () => state.syncs,
    opCount: (kind) => state.opCounts.get(kind) ?? 0,
    searchResultsLoaded: () => state.searchResultsLoaded,
    failOn: (rule) => {
      if (rule.sync === undefined && rule.op === undefined) throw new FakeOfficeError("InvalidArgument", "failOn needs `sync` or `op`.");
      state.faults.push(rule);
    },
    beforeSync: (fn) => {
      state.beforeSync.push(fn);
      return () => {
        const i = state.beforeSync.indexOf(fn);
        if (i >= 0) state.beforeSync.splice(i, 1);
      };
    },
    savedSettings: () => ({ ...saved }),
    failNextSettingsSave: (message = "Settings could not be saved.") => failNext(message),
  };
}
