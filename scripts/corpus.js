/**
 * `npm run corpus`: the checker over the real public texts in ../shared/corpus (lawtext/, reports/) and
 * ../shared/seeds, as a working tool for reading what it flags (issue 8). Prints per group the documents with an
 * error finding, per rule the findings by severity, and the longest chains (one rule firing many times in one
 * document, the sign of a cascade) with their lines. Writes the per-document summary a review compares against.
 *
 *   npm run corpus                      summary on the terminal, docs/corpus/summary.tsv rewritten
 *   npm run corpus -- --list            also every error finding, file:line, excerpt in context, message
 *   npm run corpus -- --list=warning    the same for warnings
 *   npm run corpus -- --sample=150      a seeded random sample of the flagged documents (for classification)
 *   npm run corpus -- --check           exits 1 when docs/corpus/summary.tsv or punctuation.tsv differs (no rewrite)
 *   npm run corpus -- --punctuation     also every 标点 finding (--punctuation=punctuation-width: one rule's)
 *
 * The 标点 category (issue 12) is reported on its own: the figures above it and summary.tsv are those of the
 * numbering, enumeration, placeholder and structure checks, as before; docs/corpus/punctuation.tsv counts the 标点
 * findings per document and rule.
 *
 * It uses the compiled core in lib/ (npm run build:cli, which `npm run corpus` runs first): plain Node, no ts-node.
 */
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const shared = path.resolve(root, "..", "shared");
const summaryFile = path.join(root, "docs", "corpus", "summary.tsv");
const punctuationFile = path.join(root, "docs", "corpus", "punctuation.tsv");
const PUNCTUATION = "punctuation";
const { checkDocument } = require(path.join(root, "lib", "core", "engine.js"));
const { snapshotFromLines } = require(path.join(root, "lib", "core", "model.js"));

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, "").split("=");
    return [key, value ?? true];
  }),
);

/** The groups the issue measures: work reports (government and Party congress) and the other official genres. */
function groupOf(relative) {
  if (relative.startsWith("seeds/")) return "seeds";
  if (relative.startsWith("reports/")) return "reports (18)";
  if (/^lawtext\/(gov\/政府工作报告-|cpc\/党代会报告)/.test(relative)) return "work reports";
  return "other genres";
}

function listTexts(folder, prefix) {
  if (!fs.existsSync(folder)) return [];
  const out = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listTexts(full, relative));
    else if (entry.name.endsWith(".txt")) out.push({ full, relative });
  }
  return out.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

const files = [
  ...listTexts(path.join(shared, "corpus", "lawtext"), "lawtext"),
  ...listTexts(path.join(shared, "corpus", "reports"), "reports"),
  ...listTexts(path.join(shared, "seeds"), "seeds"),
];
if (files.length === 0) {
  console.error(`corpus: ${shared} holds no texts (the shared reference texts live outside the repository).`);
  process.exit(2);
}

const started = process.hrtime.bigint();
const results = [];
let characters = 0;
for (const file of files) {
  const text = fs.readFileSync(file.full, "utf8");
  characters += text.length;
  const doc = snapshotFromLines(text);
  const all = checkDocument(doc);
  results.push({
    ...file,
    group: groupOf(file.relative),
    doc,
    findings: all.filter((f) => f.category !== PUNCTUATION),
    punctuation: all.filter((f) => f.category === PUNCTUATION),
  });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const pad = (s, n) => String(s).padStart(n);
console.log(`${files.length} documents, ${(characters / 1e6).toFixed(1)} M characters, checked in ${seconds.toFixed(1)} s\n`);

console.log("documents with an error finding");
for (const group of [...new Set(results.map((r) => r.group))]) {
  const own = results.filter((r) => r.group === group);
  const flagged = own.filter((r) => r.findings.some((f) => f.severity === "error")).length;
  const errors = own.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
  const share = ((100 * flagged) / own.length).toFixed(1);
  console.log(`  ${group.padEnd(14)} ${pad(flagged, 5)} / ${pad(own.length, 5)} (${pad(share, 4)} %)   error findings ${pad(errors, 5)}`);
}

console.log("\nfindings per rule        error  warning     info");
const perRule = new Map();
for (const r of results)
  for (const f of r.findings) {
    const row = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    perRule.set(f.ruleId, row);
  }
for (const [rule, row] of [...perRule].sort()) console.log(`  ${rule.padEnd(22)} ${pad(row.error, 6)} ${pad(row.warning, 8)} ${pad(row.info, 8)}`);

const context = (r, f) => {
  const text = r.doc.paragraphs[f.paragraphIndex].text;
  const before = text.slice(Math.max(0, f.range[0] - 12), f.range[0]);
  const after = text.slice(f.range[1], f.range[1] + 16);
  return `${before}【${f.excerpt}】${after}`;
};
const line = (r, f) => `    ${r.relative}:${f.paragraphIndex + 1}  ${context(r, f)}  — ${f.message}`;

console.log("\nlongest chains (error and warning findings of one rule in one document)");
const chains = [];
for (const r of results) {
  const byRule = new Map();
  for (const f of r.findings.filter((x) => x.severity !== "info")) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const [rule, list] of byRule) chains.push({ r, rule, list });
}
chains.sort((a, b) => b.list.length - a.list.length);
for (const { r, rule, list } of chains.slice(0, Number(args.get("chains") ?? 8))) {
  console.log(`  ${list.length} × ${rule} in ${r.relative}`);
  for (const f of list.slice(0, 4)) console.log(line(r, f));
  if (list.length > 4) console.log(`    … ${list.length - 4} more`);
}

console.log("\n标点 (punctuation, issue 12)   documents with a finding   error  warning     info");
for (const group of [...new Set(results.map((r) => r.group))]) {
  const own = results.filter((r) => r.group === group);
  const flagged = own.filter((r) => r.punctuation.length > 0).length;
  const count = (s) => own.reduce((n, r) => n + r.punctuation.filter((f) => f.severity === s).length, 0);
  console.log(`  ${group.padEnd(14)} ${pad(flagged, 5)} / ${pad(own.length, 5)}            ${pad(count("error"), 6)} ${pad(count("warning"), 8)} ${pad(count("info"), 8)}`);
}
const punctuationPerRule = new Map();
for (const r of results)
  for (const f of r.punctuation) {
    const row = punctuationPerRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    punctuationPerRule.set(f.ruleId, row);
  }
for (const [rule, row] of [...punctuationPerRule].sort()) console.log(`  ${rule.padEnd(41)} ${pad(row.error, 6)} ${pad(row.warning, 8)} ${pad(row.info, 8)}`);

const listed = args.get("list");
if (listed) {
  const severity = listed === true ? "error" : listed;
  console.log(`\nevery ${severity} finding`);
  for (const r of results) for (const f of r.findings.filter((x) => x.severity === severity)) console.log(line(r, f));
}

const punctuationListed = args.get("punctuation");
if (punctuationListed) {
  const only = punctuationListed === true ? undefined : punctuationListed;
  console.log(`\nevery 标点 finding${only ? ` of ${only}` : ""}`);
  for (const r of results) for (const f of r.punctuation.filter((x) => !only || x.ruleId === only)) console.log(`${line(r, f)}  [${f.ruleId}, ${f.severity}]`);
}

const sampleSize = Number(args.get("sample") ?? 0);
if (sampleSize > 0) {
  // A seeded shuffle (mulberry32) so that a classification can be redone on the same documents.
  let seed = Number(args.get("seed") ?? 20261201) >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const flagged = results.filter((r) => r.relative.startsWith("lawtext/") && r.findings.some((f) => f.severity === "error"));
  for (let i = flagged.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [flagged[i], flagged[j]] = [flagged[j], flagged[i]];
  }
  console.log(`\nsample of ${Math.min(sampleSize, flagged.length)} of ${flagged.length} flagged documents: their error findings`);
  for (const r of flagged.slice(0, sampleSize)) for (const f of r.findings.filter((x) => x.severity === "error")) console.log(line(r, f));
}

// The summary a review diffs: one line per document with an error or warning finding, each as rule@line.
const summary = [
  "# file\terrors\twarnings\tfindings (rule@line, errors and warnings; written by npm run corpus)",
  ...results
    .filter((r) => r.findings.some((f) => f.severity !== "info"))
    .map((r) => {
      const blocking = r.findings.filter((f) => f.severity !== "info");
      const errors = blocking.filter((f) => f.severity === "error").length;
      const list = blocking.map((f) => `${f.severity === "error" ? "" : "w:"}${f.ruleId}@${f.paragraphIndex + 1}`).join(" ");
      return `${r.relative}\t${errors}\t${blocking.length - errors}\t${list}`;
    }),
].join("\n") + "\n";
// The 标点 counts a review diffs: one line per document with a 标点 finding, the count of each rule's findings.
const punctuationRules = [...new Set(results.flatMap((r) => r.punctuation.map((f) => f.ruleId)))].sort();
const punctuationSummary = [
  `# file\t${punctuationRules.join("\t")}\t(标点 findings per rule, any severity; written by npm run corpus)`,
  ...results
    .filter((r) => r.punctuation.length > 0)
    .map((r) => [r.relative, ...punctuationRules.map((rule) => r.punctuation.filter((f) => f.ruleId === rule).length)].join("\t")),
].join("\n") + "\n";

const outputs = [
  [summaryFile, summary],
  [punctuationFile, punctuationSummary],
];
if (args.get("check")) {
  for (const [file, content] of outputs) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (committed !== content) {
      console.error(`\ncorpus: ${path.relative(root, file)} is not what this run finds; run npm run corpus and review the diff.`);
      process.exit(1);
    }
    console.log(`\n${path.relative(root, file)} matches this run.`);
  }
} else {
  for (const [file, content] of outputs) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`\nwrote ${path.relative(root, file)}`);
  }
}
