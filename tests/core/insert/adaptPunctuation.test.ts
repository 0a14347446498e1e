/**
 * Issue 12: inserting a phrase never creates a 标点 slip. Each case inserts a phrase between the text before and
 * after the cursor as the phrase action does, then checks the paragraph: no 标点 finding, and the text a writer
 * would want.
 */
import { checkDocument } from "../../../src/core/engine";
import { adaptPhrase } from "../../../src/core/insert/adaptPunctuation";
import { snapshotFromLines } from "../../../src/core/model";
import { RAW_CONTENT } from "../../../src/content";

const insertAt = (before: string, phrase: string, after: string) => before + adaptPhrase(phrase, { before, after }) + after;
const punctuationFindings = (text: string) =>
  checkDocument(snapshotFromLines(text))
    .filter((f) => f.category === "punctuation")
    .map((f) => [f.ruleId, f.excerpt]);

describe("adaptPhrase", () => {
  it.each([
    ["a sentence before an existing 。 gives up its own (no 成效。。)", "工作取得明显成效", "务求实效。", "。", "工作取得明显成效务求实效。"],
    ["a phrase ending in ；before 。", "一是加强学习", "狠抓落实；", "。", "一是加强学习狠抓落实。"],
    ["a sentence in mid-sentence after ， becomes a clause (no ，…。 run, no run-on)", "狠抓落实，", "务求实效。", "明确责任分工。", "狠抓落实，务求实效，明确责任分工。"],
    ["after ；it joins with ；", "一是加强学习；", "务求实效。", "二是狠抓落实。", "一是加强学习；务求实效；二是狠抓落实。"],
    ["a clause with marks of its own before more text ends with ，", "", "坚持问题导向，务求实效", "明确责任分工。", "坚持问题导向，务求实效，明确责任分工。"],
    ["a leading mark after an existing one goes", "要求：", "，务求实效。", "", "要求：务求实效。"],
    ["a word goes in as it is", "要", "切实", "加强学习。", "要切实加强学习。"],
    ["a sentence at the end of a paragraph keeps its 。", "工作取得明显成效。", "务求实效。", "", "工作取得明显成效。务求实效。"],
    ["a sentence between two sentences keeps its 。", "工作取得明显成效。", "务求实效。", "下一步要巩固。", "工作取得明显成效。务求实效。下一步要巩固。"],
    ["inside quotes", "提出“", "务求实效", "”的要求。", "提出“务求实效”的要求。"],
    ["in an empty paragraph", "", "现将有关情况报告如下：", "", "现将有关情况报告如下："],
  ])("%s", (_, before, phrase, after, expected) => {
    const text = insertAt(before, phrase, after);
    expect(text).toBe(expected);
    expect(punctuationFindings(text)).toEqual([]);
  });

  it("without adapting, the same insertion is a slip the check reports (the test is not vacuous)", () => {
    expect(punctuationFindings("工作取得明显成效务求实效。。")).toEqual([["punctuation-repeated", "。。"]]);
    expect(punctuationFindings("狠抓落实，，务求实效。")).toEqual([["punctuation-repeated", "，，"]]);
  });

  it("every built-in phrase, inserted at the places a writer puts one, leaves no 标点 finding", () => {
    const places: Array<[string, string]> = [
      ["工作取得明显成效", "。"],
      ["狠抓落实，", "明确责任分工。"],
      ["一是加强学习；", "二是狠抓落实。"],
      ["工作取得明显成效。", ""],
      ["", "。"],
    ];
    const phrases = RAW_CONTENT.phrases.filter((p) => !("role" in p) || p.role === undefined).map((p) => p.text);
    expect(phrases.length).toBeGreaterThan(10);
    for (const phrase of phrases)
      for (const [before, after] of places) {
        const text = insertAt(before, phrase, after);
        expect([phrase, before, after, punctuationFindings(text)]).toEqual([phrase, before, after, []]);
      }
  });
});
