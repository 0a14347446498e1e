/**
 * example-rule — <the clause this rule enforces, e.g. "GB/T 9704—2012 7.3.3" or "惯例 (domain primer §3)">.
 * One sentence on what is wrong and why a writer would care.
 *
 * This file is a commented skeleton for new rules; it is not registered. To add a rule: copy it to <id>.ts, rename,
 * move the strings into messages.ts, list the rule in registry.ts, and write tests/core/rules/<id>.test.ts.
 */
import type { Finding } from "../finding";
import { BASIS } from "../messages";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "example-rule", // = the file name
  category: "structure", // one of numbering / enumeration / placeholder / structure
  title: "示例规则", // in real rules: ruleText.<name>.title from messages.ts
  description: "说明这条规则要求什么。", // shown in the UI
  defaultSeverity: "info", // error: certainly wrong; warning: probably wrong; info: a hint
  fixable: false, // true when findings carry a fix
  basis: BASIS.practice,
};

/** Data belongs in src/core/patterns/: a table the rule reads, so adding a pattern needs no code. */
const EXAMPLE_PHRASE = "示例短语";

export const exampleRule: Rule = {
  meta,
  check(doc, options) {
    // Read-only: never change `doc` or `options`; return new findings.
    if (!options.categories[meta.category]) return [];
    const findings: Finding[] = [];
    doc.paragraphs.forEach((paragraph, paragraphIndex) => {
      // Scan each paragraph once (indexOf, one regular expression, or an anchor-character loop): the engine's budget
      // is 20 ms for 150,000 characters. Shared analyses (analyzeOutline, analyzeEnumerations) are memoised.
      const at = paragraph.text.indexOf(EXAMPLE_PHRASE);
      if (at < 0) return;
      findings.push(
        makeFinding(meta, doc, {
          paragraphIndex,
          range: [at, at + EXAMPLE_PHRASE.length], // UTF-16 offsets in paragraph.text; excerpt is derived from it
          message: `发现"${EXAMPLE_PHRASE}"。请改为……。`, // in real rules: msg.<name>(…) from messages.ts
          // fix: { range: [at, at + EXAMPLE_PHRASE.length], text: "替换文字" }, // one small fix per finding
        }),
      );
    });
    return findings;
  },
};
