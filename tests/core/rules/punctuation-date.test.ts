import { punctuationMsg, PUNCTUATION_BASIS } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("punctuation-date", {
  valid: [
    "XX市人民政府办公室\n2023年1月5日",
    { text: "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002023年12月25日\u3000", note: "a date line set right with spaces" },
    { text: "10年来，全市共新建01号楼等项目。", note: "no four-digit year: not a date" },
    { text: "二〇二三年一月五日", options: { punctuation: { chineseNumeralDate: false } }, note: "house style keeps Chinese numerals" },
    { text: "（二〇二三年一月五日在市第十六届人民代表大会第二次会议上）", note: "a 题注 in brackets is no 成文日期 line" },
  ],
  invalid: [
    {
      name: "GB/T 9704—2012 7.3.5.4: no leading zero in the 成文日期",
      text: "XX市人民政府办公室\n2023年01月05日",
      errors: [{ paragraph: 1, excerpt: "2023年01月05日", severity: "error", message: punctuationMsg.dateLeadingZero("2023年01月05日", "2023年1月5日"), fix: "2023年1月5日" }],
      output: "XX市人民政府办公室\n2023年1月5日",
    },
    {
      name: "the year in full: no fix, the century is the writer's",
      text: "23年1月5日",
      errors: [{ paragraph: 0, excerpt: "23年1月5日", message: punctuationMsg.dateShortYear("23年1月5日"), fix: null }],
    },
    {
      name: "2023.1.5 and 2023-01-05 as a 成文日期",
      text: "2023.1.5\n2023-01-05",
      errors: [
        { paragraph: 0, excerpt: "2023.1.5", message: punctuationMsg.dateForm("2023.1.5", "2023年1月5日"), fix: "2023年1月5日" },
        { paragraph: 1, excerpt: "2023-01-05", fix: "2023年1月5日" },
      ],
      output: "2023年1月5日\n2023年1月5日",
    },
    {
      name: "issue 12: 二〇二三年 in the signature is a hint",
      text: "二〇二三年十二月二十五日",
      errors: [{ paragraph: 0, excerpt: "二〇二三年十二月二十五日", severity: "info", message: punctuationMsg.dateChineseNumerals("二〇二三年十二月二十五日", "2023年12月25日"), fix: "2023年12月25日" }],
      output: "2023年12月25日",
    },
    {
      name: "a date with a leading zero in running text is a warning",
      text: "会议于2023年01月05日召开。",
      errors: [{ paragraph: 0, excerpt: "2023年01月05日", severity: "warning", fix: "2023年1月5日" }],
      output: "会议于2023年1月5日召开。",
    },
  ],
});

it("the running-text form rests on practice, the date line on GB/T 9704—2012 7.3.5.4", () => {
  expect(PUNCTUATION_BASIS.date).toBe("GB/T 9704—2012 7.3.5.4");
});
