/**
 * `node scripts/bench.js --profile`: where the pane's time goes at 4× CPU slowdown. Records Chromium CPU profiles
 * (CDP Profiler, sampled every 200 µs) of pane-bench.html loading, of 检查 on the long document and of 重新检查,
 * writes them to artifacts/profiles/pane-*.cpuprofile (DevTools → Performance → load profile), and prints for each
 * the time by source (a src/ file, or a package of node_modules) and by function, named through the build's hidden
 * source maps (artifacts/sourcemaps/), and every stretch of work over 50 ms with what it spent its time on.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { documentLines, generateDocument } from "../../tests/support/generateDocument";
import {
  benchEdit,
  helpers,
  openWithDocument,
  throttled,
  timeCheckInPage,
  waitForPaneReady,
  watchPanePaint,
  VIEWPORT,
  WRITER_PAUSE_MS,
  type BenchWindow,
} from "./paneSpeed";
import { SourceMap } from "./sourceMap";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

interface Frame {
  /** Function name and where it is: `name (src/…/file.ts:12)` or `(garbage collector)`. */
  readonly label: string;
  /** A src/ file, a node_modules package, or the engine's own `(program)`, `(garbage collector)`, `(idle)`. */
  readonly bucket: string;
  readonly idle: boolean;
  readonly ours: boolean;
}

/** Names profile nodes through the build's source maps. */
class Namer {
  private readonly maps = new Map<string, SourceMap | undefined>();

  constructor(private readonly mapDir: string) {}

  frame(callFrame: CallFrame): Frame {
    const { functionName, url, lineNumber, columnNumber } = callFrame;
    if (!url) return { label: functionName || "(anonymous)", bucket: functionName || "(native)", idle: functionName === "(idle)", ours: false };
    const file = url.replace(/^.*\//, "").replace(/[?#].*$/, "");
    let map = this.maps.get(file);
    if (!this.maps.has(file)) {
      map = SourceMap.read(path.join(this.mapDir, `${file}.map`));
      this.maps.set(file, map);
    }
    const original = map?.at(lineNumber, columnNumber);
    if (!original) return { label: `${functionName || "(anonymous)"} (${file})`, bucket: file, idle: false, ours: false };
    const source = original.source.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, "");
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    const name = functionName || original.name || "(anonymous)";
    return { label: `${name} (${pkg ? `${pkg}: ${source.replace(/^.*node_modules\/(@[^/]+\/)?[^/]+\//, "")}` : source}:${original.line})`, bucket: pkg ?? source, idle: false, ours: !pkg };
  }
}

interface Sample {
  readonly time: number;
  readonly ms: number;
  readonly node: number;
}

function samplesOf(profile: CpuProfile): Sample[] {
  const out: Sample[] = [];
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    // A sample stands for the time until the next one.
    const next = i + 1 < profile.samples.length ? profile.timeDeltas[i + 1] : 0;
    out.push({ time: time / 1000, ms: next / 1000, node: profile.samples[i] });
  }
  return out;
}

function top(totals: Map<string, number>, count: number): [string, number][] {
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

/** A text report of one profile. */
export function describeProfile(title: string, profile: CpuProfile, namer: Namer): string {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frames = new Map(profile.nodes.map((node) => [node.id, namer.frame(node.callFrame)] as const));
  const stackOf = (id: number): Frame[] => {
    const stack: Frame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = frames.get(at);
      if (frame && frame.label !== "(root)") stack.push(frame);
    }
    return stack;
  };
  const samples = samplesOf(profile);
  const busy = samples.filter((s) => !frames.get(s.node)?.idle);
  const busyMs = busy.reduce((n, s) => n + s.ms, 0);
  const byBucket = new Map<string, number>();
  const bySelf = new Map<string, number>();
  for (const s of busy) {
    const frame = frames.get(s.node);
    if (!frame) continue;
    add(byBucket, frame.bucket, s.ms);
    add(bySelf, frame.label, s.ms);
  }
  const lines = [`## ${title}: ${busyMs.toFixed(0)} ms busy of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled`];
  const pct = (ms: number) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / Math.max(busyMs, 1)).toFixed(1).padStart(5)} %`;
  lines.push("by source (self time):", ...top(byBucket, 18).map(([k, ms]) => `  ${pct(ms)}  ${k}`));
  lines.push("by function (self time):", ...top(bySelf, 20).map(([k, ms]) => `  ${pct(ms)}  ${k}`));

  // Stretches of work with no idle sample between: what the browser saw as tasks (a stretch can hold several
  // tasks back to back; a long one is the pane holding the page).
  const stretches: Sample[][] = [];
  let current: Sample[] = [];
  for (const s of samples) {
    if (frames.get(s.node)?.idle) {
      if (current.length > 0) stretches.push(current);
      current = [];
    } else current.push(s);
  }
  if (current.length > 0) stretches.push(current);
  const long = stretches
    .map((stretch) => ({ stretch, ms: stretch[stretch.length - 1].time + stretch[stretch.length - 1].ms - stretch[0].time }))
    .filter((s) => s.ms > 50);
  lines.push(`stretches of work over 50 ms: ${long.length}`);
  for (const { stretch, ms } of long) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (const s of stretch) {
      const stack = stackOf(s.node);
      if (stack[0]) add(self, stack[0].label, s.ms);
      for (const label of new Set(stack.filter((f) => f.ours).map((f) => f.label))) add(inclusive, label, s.ms);
    }
    lines.push(`  at ${(stretch[0].time - profile.startTime / 1000).toFixed(0)} ms: ${ms.toFixed(0)} ms`);
    lines.push(...top(inclusive, 8).map(([k, v]) => `      incl ${v.toFixed(0).padStart(5)} ms  ${k}`));
    lines.push(...top(self, 6).map(([k, v]) => `      self ${v.toFixed(0).padStart(5)} ms  ${k}`));
  }
  return lines.join("\n");
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ value: T; profile: CpuProfile }> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const value = await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
  return { value, profile };
}

export async function profilePane(root: string, options: { pages: number; seed: number }): Promise<void> {
  const { serveDist, chromiumLaunchOptions } = helpers(root);
  const server = await serveDist(path.join(root, "dist"), 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pane-bench.html`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const namer = new Namer(path.join(root, "artifacts", "sourcemaps"));
  const out = path.join(root, "artifacts", "profiles");
  fs.mkdirSync(out, { recursive: true });
  const report = (name: string, title: string, profile: CpuProfile) => {
    fs.writeFileSync(path.join(out, `pane-${name}.cpuprofile`), JSON.stringify(profile));
    console.log(`${describeProfile(title, profile, namer)}\n`);
  };
  try {
    // Warm Chromium and the OS file cache once, then profile a cold context's load.
    for (const warm of [true, false]) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto("about:blank");
      await watchPanePaint(page, { clickCheckTab: false });
      const cdp = await throttled(page);
      const { value: ms, profile } = await profiled(cdp, async () => {
        await page.goto(url, { waitUntil: "commit" });
        return waitForPaneReady(page);
      });
      if (!warm) report("load", `pane ready (${ms.toFixed(0)} ms after Word's document was open; the profile from navigation)`, profile);
      await context.close();
    }
    // The bench's three 检查 scenes (./paneSpeed.ts): after a change in Word, 重新检查 after another, after a pause.
    const generated = generateDocument({ pages: options.pages, seed: options.seed });
    const lines = documentLines(generated.snapshot);
    const profileCheck = async (page: Page, name: string, what: string) => {
      const cdp = await page.context().newCDPSession(page);
      const { value: timing, profile } = await profiled(cdp, () => page.evaluate(timeCheckInPage));
      const longTasks = timing.longTasks.map((ms) => ms.toFixed(0)).join(", ") || "none";
      report(name, `${what} (${options.pages} pages): findings shown ${timing.ms.toFixed(0)} ms, 格式 done ${timing.completeMs.toFixed(0)} ms, long tasks ${longTasks}`, profile);
    };
    const page = await openWithDocument(browser, url, lines, { throttle: true });
    const editInWord = (change: { paragraph: number; text: string }) =>
      page.evaluate(({ paragraph, text }) => (window as unknown as BenchWindow).gongwenBench.edit(paragraph, text), change);
    await editInWord(benchEdit(lines, 0));
    await profileCheck(page, "check", "检查 clicked at once after a change in Word");
    await editInWord(benchEdit(lines, 1));
    await profileCheck(page, "recheck", "重新检查 after another change");
    await page.context().close();
    const later = await openWithDocument(browser, url, lines, { throttle: true, pauseMs: WRITER_PAUSE_MS });
    await profileCheck(later, "paused", `检查 clicked ${WRITER_PAUSE_MS / 1000} s after the figures`);
    await later.context().close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  console.log(`profiles written to ${path.relative(root, out)}/pane-{load,check,recheck,paused}.cpuprofile`);
}
