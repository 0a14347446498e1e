/**
 * The 标点 check side by side with the CJK linters zhlint and autocorrect (issue 12, item 4): the same lines with
 * known slips — and correct 公文 lines — go through each, and the table says, per line, whether the tool found the
 * slip (its corrected text no longer holds it, or it reported a message on it) and whether it asked for spaces
 * between Chinese and Latin letters or digits, a convention 公文 does not use.
 *
 * Not part of the product: the linters are not dependencies. Install them once outside the project's tree:
 *
 *   npm install --no-save --no-package-lock --prefix artifacts/linters zhlint@0.8.2 autocorrect-node@2.14.0
 *   npm run build:cli && node scripts/compare-linters.js            (--markdown prints the table for the README)
 *
 * autocorrect-node installs without any download step: its Linux, macOS and Windows builds are native modules
 * shipped inside registry packages (autocorrect-node-linux-x64-gnu …), chosen by npm as optional dependencies.
 * --tools=DIR looks for the linters in DIR/node_modules instead of artifacts/linters.
 */
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, "").split("=");
    return [key, value ?? true];
  }),
);
const toolsDir = path.resolve(root, typeof args.get("tools") === "string" ? args.get("tools") : path.join("artifacts", "linters"));

function load(name) {
  for (const from of [path.join(toolsDir, "node_modules"), root]) {
    try {
      return require(require.resolve(name, { paths: [from] }));
    } catch {
      /* try the next place */
    }
  }
  return undefined;
}

const { checkDocument } = require(path.join(root, "lib", "core", "engine.js"));
const { applyFindingFixes } = require(path.join(root, "lib", "core", "fixer.js"));
const { snapshotFromLines } = require(path.join(root, "lib", "core", "model.js"));

/**
 * Lines a 办公室 reviewer sends back, each with the slip as it is written (`slip`, null for a correct line) and,
 * where one exists, the correct form (`want`); and correct 公文 lines the linters' spacing conventions would change.
 */
const CASES = [
  { what: "half-width comma between Chinese", text: "今年完成了全部任务,同比增长较快。", slip: ",", want: "，同比" },
  { what: "half-width colon and semicolon", text: "主要做法是:加强学习;狠抓落实。", slip: ":", want: "是：加强学习；" },
  { what: "half-width brackets around Chinese", text: "农业总产值(包括林业)比上年增长。", slip: "(", want: "（包括林业）" },
  { what: "“……\" closed by an ASCII quote", text: "开展“平安行动\"专项整治。", slip: '"', want: "“平安行动”" },
  { what: "doubled full stop 。。 (an insertion next to 。)", text: "工作取得明显成效。。下一步要巩固。", slip: "。。", want: "成效。下一步" },
  { what: "clashing ，。", text: "务求实效，。明确责任分工。", slip: "，。", want: "实效。明确" },
  { what: "clashing ；。", text: "一是加强学习；。二是狠抓落实。", slip: "；。", want: "学习。二是" },
  { what: "doubled colon ：：", text: "基本要求是：：深入贯彻落实。", slip: "：：", want: "是：深入" },
  { what: "unclosed （", text: "开展专项整治（为期三个月，全面完成任务。", slip: "（" },
  { what: "unclosed 《", text: "认真学习《中国共产党章程，提高认识。", slip: "《" },
  { what: "mismatched pair （…】", text: "详细情况（见附件】，请查阅。", slip: "】", want: "（见附件）" },
  { what: "stray space inside a word (copied from a PDF)", text: "全 面完成年度目标任务。", slip: "全 面", want: "全面完成" },
  { what: "space before Chinese punctuation", text: "年度目标任务全面完成 。", slip: " 。", want: "完成。" },
  { what: "成文日期 with leading zeros", text: "2023年01月05日", slip: "01月05日", want: "2023年1月5日" },
  { what: "成文日期 as 2023.1.5", text: "2023.1.5", slip: "2023.1.5", want: "2023年1月5日" },
  { what: "成文日期 in Chinese numerals (a hint)", text: "二〇二三年一月五日", slip: "二〇二三年", want: "2023年1月5日" },
  { what: "发文字号 with [2024]", text: "京政发[2024]5号", slip: "[2024]", want: "〔2024〕" },
  { what: "发文字号 with （2024）", text: "依据国发（2024）12号文件办理。", slip: "（2024）", want: "〔2024〕" },
  { what: "correct: Chinese beside digits and Latin", text: "全年完成100项任务，使用Word软件办公。", slip: null },
  { what: "correct: 第一条 and a full-width space", text: "第一条\u3000为了规范公文处理工作，制定本办法。", slip: null },
  { what: "correct: 5+1 and a version", text: "推行5+1模式，升级到V2.0版本。", slip: null },
];

/** Spaces put between Chinese and Latin letters or digits: the convention 公文 does not use. */
const CJK_LATIN_SPACE = /[\u4e00-\u9fff][ \u00a0][A-Za-z0-9]|[A-Za-z0-9][ \u00a0][\u4e00-\u9fff]/g;
const countSpaces = (text) => (text.match(CJK_LATIN_SPACE) ?? []).length;

/** Each tool: its corrected text and the [start, end) spans it reported (when it says where). */
const tools = [
  {
    name: "本检查 (标点)",
    run(text) {
      const doc = snapshotFromLines(text);
      const findings = checkDocument(doc).filter((f) => f.category === "punctuation");
      const fixed = applyFindingFixes(doc, findings).paragraphs.map((p) => p.text).join("\n");
      return { fixed, spans: findings.map((f) => ({ span: f.range, spacing: f.ruleId === "punctuation-spaces" })), messages: findings.map((f) => f.message) };
    },
  },
];
const zhlint = load("zhlint");
if (zhlint)
  tools.push({
    name: "zhlint 0.8.2",
    run(text) {
      const result = zhlint.run(text, { rules: { preset: "default" } });
      const spans = result.validations.map((v) => ({ span: [v.index, v.index + Math.max(1, v.length)], spacing: /空格/.test(v.message) }));
      return { fixed: result.result, spans, messages: result.validations.map((v) => v.message) };
    },
  });
const autocorrect = load("autocorrect-node");
if (autocorrect)
  tools.push({
    name: "autocorrect 2.14.0",
    run(text) {
      const fixed = autocorrect.format(text);
      return { fixed, spans: [], messages: fixed === text ? [] : ["(changed)"] };
    },
  });
const missing = [!zhlint && "zhlint", !autocorrect && "autocorrect-node"].filter(Boolean);
if (missing.length > 0) console.error(`compare-linters: ${missing.join(", ")} not found in ${toolsDir}; see the comment at the top of this script.\n`);

/**
 * "fixed": the corrected text holds the correct form (once the spaces the tool put between Chinese and Latin or
 * digits are taken out again); "found": a message on the slip (one about spacing counts only for a slip that is a
 * space) or the slip is gone, where no fix exists; "wrong fix": the slip is gone or flagged but the correct form is
 * not what the tool wrote ((2024) for 〔2024〕); "missed".
 */
function verdictOn(c, outcome) {
  const at = c.text.indexOf(c.slip);
  const end = at + c.slip.length;
  const aboutSpace = /\s/.test(c.slip);
  const touched = outcome.spans.some(({ span: [s, e], spacing }) => s < end && e > at && (aboutSpace || !spacing));
  const fixed = outcome.fixed.replace(/([\u4e00-\u9fff]) ([A-Za-z0-9])/g, "$1$2").replace(/([A-Za-z0-9]) ([\u4e00-\u9fff])/g, "$1$2");
  if (c.want && fixed.includes(c.want)) return "fixed";
  if (touched || !fixed.includes(c.slip)) return c.want && !fixed.includes(c.slip) ? "wrong fix" : "found";
  return "missed";
}

const rows = CASES.map((c) => {
  const cells = tools.map((tool) => {
    const outcome = tool.run(c.text);
    const spaces = countSpaces(outcome.fixed) - countSpaces(c.text);
    const verdict = c.slip === null ? (outcome.messages.length === 0 && outcome.fixed === c.text ? "quiet" : "changes it") : verdictOn(c, outcome);
    return spaces > 0 ? `${verdict}, +${spaces} space${spaces > 1 ? "s" : ""}` : verdict;
  });
  return { c, cells };
});

const header = ["line", "slip", ...tools.map((t) => t.name)];
if (args.get("markdown")) {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const { c, cells } of rows) console.log(`| \`${c.text}\` | ${c.what} | ${cells.join(" | ")} |`);
} else {
  for (const { c, cells } of rows) {
    console.log(`${c.what}\n  ${c.text}`);
    tools.forEach((tool, i) => console.log(`    ${tool.name.padEnd(20)} ${cells[i]}`));
  }
}
const totals = tools.map((tool, i) => {
  const slips = rows.filter((r) => r.c.slip !== null);
  const hits = slips.filter((r) => /^(fixed|found)/.test(r.cells[i])).length;
  const spaced = rows.filter((r) => /\+\d+ space/.test(r.cells[i])).length;
  const changedCorrect = rows.filter((r) => r.c.slip === null && !r.cells[i].startsWith("quiet")).length;
  return `${tool.name}: ${hits} of ${slips.length} slips found or fixed; ${spaced} lines given spaces between Chinese and Latin or digits; ${changedCorrect} of ${rows.length - slips.length} correct lines changed`;
});
console.log(`\n${totals.join("\n")}`);
