/**
 * `npm run bench`: engine speed on generated documents of 10–800 pages, the .docx reader on 60 MB of XML, Word round
 * trips per user action on the 200-page document, the production task pane's JavaScript size, and, in headless
 * Chromium at 4× CPU slowdown, the pane's load time and 检查 on an 800-page document (./paneSpeed.ts).
 * Prints a table with each budget and PASS/FAIL, writes artifacts/bench.json, exits 1 when a budget fails.
 *
 * Flags: --no-build (measure dist/ as it is), --no-browser (skip the Chromium load), --seed=<n> (document seed),
 * --profile (no budgets: CPU profiles of the pane at 4×, where its time goes; ./profilePane.ts), --steps (each step
 * of the engine's check, cold, in Node and at 4× in Chromium; ./engineSteps.ts).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateDocument } from "../../tests/support/generateDocument";
import { bundleSizes, ensureBuild, type BundleSizes } from "./bundle";
import { benchDocx, type DocxRead } from "./docx";
import { engineSteps } from "./engineSteps";
import { benchEngine, perCharacterRatio, type EngineResult, type PerCharacterRatio } from "./engine";
import { benchPaneSpeed, WRITER_PAUSE_MS, type PaneSpeed } from "./paneSpeed";
import { profilePane } from "./profilePane";
import { benchRoundTrips, type RoundTrip } from "./roundTrips";

interface Row {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  readonly verdict: "PASS" | "FAIL" | "";
}

const PAGES = [10, 50, 200, 800] as const;
const KB = 1024;

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: +(os.totalmem() / KB ** 3).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

function verdict(ok: boolean): "PASS" | "FAIL" {
  return ok ? "PASS" : "FAIL";
}

function table(rows: readonly Row[]): string {
  const headers = ["figure", "value", "budget", ""];
  const cells = rows.map((r) => [r.figure, r.value, r.budget, r.verdict]);
  // East Asian characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: readonly string[]) => c.map((s, i) => s + " ".repeat(widths[i] - width(s))).join(" | ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("-|-"), ...cells.map(line)].join("\n");
}

function engineRows(results: readonly EngineResult[]): Row[] {
  const rows: Row[] = results.map((r) => ({
    figure: `checkDocument ${r.pages} pages (${r.characters.toLocaleString("en")} chars, ${r.paragraphs} ¶, ${r.findings} findings)`,
    value: `median ${r.ms.median.toFixed(2)} ms [p10 ${r.ms.p10.toFixed(2)}, p90 ${r.ms.p90.toFixed(2)}, min ${r.ms.min.toFixed(2)}, max ${r.ms.max.toFixed(2)}; n=${r.ms.runs}], ${r.charsPerMs.toFixed(0)} chars/ms`,
    budget: r.pages === 200 ? "≤ 20 ms" : "",
    verdict: r.pages === 200 ? verdict(r.ms.median <= 20) : "",
  }));
  return rows;
}

/** 4.5× the time for 4× the text was the budget before: 1.125× the time per character. */
function scalingRow(ratio: PerCharacterRatio): Row {
  const r = ratio.ratios;
  return {
    figure: "time per character, 800 / 200 pages, checked back to back (interleaved pairs)",
    value: `median ${r.median.toFixed(2)} [p10 ${r.p10.toFixed(2)}, p90 ${r.p90.toFixed(2)}; n=${r.runs}]`,
    budget: "median ≤ 1.125",
    verdict: verdict(r.median <= 1.125),
  };
}

/** Budget: read or refused within 15 s and under 1 GB peak RSS (issue 9). */
function docxRows(reads: readonly DocxRead[]): Row[] {
  return reads.map((r) => ({
    figure: `docx ${r.label} (${r.zipKB.toFixed(0)} KB .docx)`,
    value: `${r.outcome} in ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakRssMB.toFixed(0)} MB (${(r.peakRssMB / r.xmlMB).toFixed(1)}× the XML)`,
    budget: "≤ 15 s, ≤ 1024 MB",
    verdict: verdict(r.ms <= 15000 && r.peakRssMB <= 1024),
  }));
}

function tripRows(trips: readonly RoundTrip[]): Row[] {
  return trips.map((t) => ({
    figure: `${t.action} — ${t.detail}`,
    value: `${t.syncs} round trip${t.syncs === 1 ? "" : "s"}`,
    budget: t.budget === undefined ? "" : t.budget === 1 ? "= 1" : `≤ ${t.budget}`,
    verdict: t.budget === undefined ? "" : verdict(t.budget === 1 && /^check/.test(t.action) ? t.syncs === 1 : t.syncs <= t.budget),
  }));
}

function bundleRows(b: BundleSizes): Row[] {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  return [
    {
      figure: `task pane initial JS (${b.initial.map((f) => f.file).join(", ")})`,
      value: `${kb(b.initialRaw)} raw, ${kb(b.initialGzip)} gzip`,
      budget: "≤ 150 KB gzip",
      verdict: verdict(b.initialGzip <= 150 * KB),
    },
    {
      figure: `task pane chunks loaded on demand (${b.lazy.length}: the other tabs and views, the library, pinyin, …)`,
      value: `${kb(b.lazyRaw)} raw, ${kb(b.lazyGzip)} gzip`,
      budget: "",
      verdict: "",
    },
  ];
}

/** Budgets of issue 11 (item 8), at 4× CPU slowdown. */
function speedRows(speed: PaneSpeed): Row[] {
  const at = `${speed.slowdown}× CPU slowdown`;
  const range = (s: { median: number; min: number; max: number; runs: number }) =>
    `median ${s.median.toFixed(0)} ms [min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}; n=${s.runs}]`;
  const longest = (timings: readonly { longTasks: readonly number[] }[]) => Math.max(0, ...timings.flatMap((t) => t.longTasks));
  const doc = `${speed.pages} pages, ${speed.characters.toLocaleString("en")} chars`;
  return [
    {
      figure: `pane ready: Word's document open → tabs and 概览 figures painted (pane-bench.html: the pane alone, cold context, ${at})`,
      value: range(speed.ready),
      budget: "median ≤ 800 ms",
      verdict: verdict(speed.ready.median <= 800),
    },
    {
      // Not a budget of issue 11, printed beside it so that no figure is won by a facade: the shell and the boot's
      // figures show before React; this is when the pane acts on a click (hydrated).
      figure: `pane responds: Word's document open → 检查 tab, clicked when painted, selected (React hydrated; ${at})`,
      value: range(speed.responds),
      budget: "",
      verdict: "",
    },
    {
      figure: `检查 clicked ${WRITER_PAUSE_MS / 1000} s after 概览's figures → findings shown (analysed ahead; the text's findings and verdict, 格式 pending; ${doc}, ${at})`,
      value: range(speed.pausedMs),
      budget: "median ≤ 400 ms",
      verdict: verdict(speed.pausedMs.median <= 400),
    },
    {
      figure: `检查 clicked ${WRITER_PAUSE_MS / 1000} s after the figures → 格式 done (the verdict complete; ${at})`,
      value: `${range(speed.pausedCompleteMs)}, longest task ${longest(speed.paused).toFixed(0)} ms`,
      budget: "",
      verdict: "",
    },
    {
      figure: `检查 clicked at once after one paragraph was changed in Word (not the read analysed ahead: the check analyses it) → findings shown (${at})`,
      value: range(speed.firstMs),
      budget: "median ≤ 400 ms",
      verdict: verdict(speed.firstMs.median <= 400),
    },
    {
      figure: `检查 after the change → 格式 done (${at})`,
      value: `${range(speed.firstCompleteMs)}, longest task ${longest(speed.first).toFixed(0)} ms`,
      budget: "",
      verdict: "",
    },
    {
      figure: `重新检查 after that paragraph was changed again → findings shown (same pane, ${at})`,
      value: range(speed.againMs),
      budget: "",
      verdict: "",
    },
    {
      figure: `重新检查 after the edit → 格式 done (${at})`,
      value: `${range(speed.againCompleteMs)}, longest task ${longest(speed.again).toFixed(0)} ms`,
      budget: "",
      verdict: "",
    },
    {
      figure: `longest task from any 检查 / 重新检查 click to 格式 done (${at})`,
      value: `${speed.longestTask.toFixed(0)} ms`,
      budget: "≤ 100 ms",
      verdict: verdict(speed.longestTask <= 100),
    },
    {
      figure: "重新检查 after a change / 检查 after a change (both analyse the whole text), pair by pair in one browser (interleaved)",
      value: `median ${speed.againOverFirst.median.toFixed(2)} [min ${speed.againOverFirst.min.toFixed(2)}, max ${speed.againOverFirst.max.toFixed(2)}; n=${speed.againOverFirst.runs}]`,
      budget: "median ≤ 1.00",
      verdict: verdict(speed.againOverFirst.median <= 1),
    },
  ];
}

export async function main(argv: readonly string[], root: string): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--") && !a.includes("=")));
  const seedArg = argv.find((a) => a.startsWith("--seed="));
  const seed = seedArg ? Number(seedArg.slice("--seed=".length)) : 20251122;
  if (flags.has("--profile")) {
    ensureBuild(root, !flags.has("--no-build"));
    await profilePane(root, { pages: 800, seed: seed + 800 });
    return 0;
  }
  if (flags.has("--steps")) {
    await engineSteps(root, { pages: 800, seed: seed + 800, runs: 7, browser: !flags.has("--no-browser") });
    return 0;
  }
  const info = machine();
  console.log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.platform}`);
  console.log(`documents: generated with seed ${seed} (+ pages), ~750 characters a page\n`);

  const engine = benchEngine(PAGES, seed);
  const scaling = perCharacterRatio(generateDocument({ pages: 200, seed: seed + 200 }), generateDocument({ pages: 800, seed: seed + 800 }), 31);
  const docx = benchDocx();
  const doc200 = generateDocument({ pages: 200, seed: seed + 200 }).snapshot;
  const doc10 = generateDocument({ pages: 10, seed: seed + 10 }).snapshot;
  const trips = [...(await benchRoundTrips(doc200, "[200 p]")), ...(await benchRoundTrips(doc10, "[10 p]"))];

  const built = ensureBuild(root, !flags.has("--no-build"));
  const bundle = bundleSizes(root, built);
  const speed = flags.has("--no-browser") ? undefined : await benchPaneSpeed(root, { loads: 7, pairs: 5, pages: 800, seed: seed + 800 });

  const rows = [...engineRows(engine), scalingRow(scaling), ...docxRows(docx), ...tripRows(trips), ...bundleRows(bundle), ...(speed ? speedRows(speed) : [])];
  console.log(table(rows));
  const failed = rows.filter((r) => r.verdict === "FAIL");
  console.log(`\n${failed.length === 0 ? "all budgets PASS" : `${failed.length} budget(s) FAIL: ${failed.map((r) => r.figure).join("; ")}`}`);

  const out = path.join(root, "artifacts", "bench.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: info, seed, engine, scaling, docx, roundTrips: trips, bundle, paneSpeed: speed, rows }, null, 2) + "\n");
  console.log(`written ${path.relative(root, out)}`);
  return failed.length === 0 ? 0 : 1;
}
