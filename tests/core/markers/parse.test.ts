import { formatMarker, parseHeadingMarker, parseListString, parseTextMarker } from "../../../src/core/markers/parse";

function read(text: string) {
  const m = parseTextMarker(text);
  return m && { level: m.level, value: m.value, form: m.form, raw: m.raw };
}

describe("parseTextMarker: standard forms (GB/T 9704—2012 7.3.3)", () => {
  it.each([
    ["一、突出以文辅政", 1, 1, "一、"],
    ["十二、加强自身建设", 1, 12, "十二、"],
    ["（一）紧扣中心，着力提高参谋服务水平。坚持……", 2, 1, "（一）"],
    ["（二十一）其他", 2, 21, "（二十一）"],
    ["1.经济运行稳中有进", 3, 1, "1."],
    ["12.一窗受理", 3, 12, "12."],
    ["（1）参与重要问题的讨论", 4, 1, "（1）"],
    ["（10）协助有关部门", 4, 10, "（10）"],
  ])("%s → level %i", (text, level, value, raw) => {
    expect(read(text)).toEqual({ level, value, form: "standard", raw });
  });
});

describe("parseTextMarker: practice and malformed forms keep their intended level", () => {
  it.each([
    ["1、经济保持平稳运行", 3, "practice"],
    ["二", 1, "practice"],
    ["一.突出调查研究", 1, "malformed"],
    ["一．突出调查研究", 1, "malformed"],
    ["一，突出调查研究", 1, "malformed"],
    ["一 突出调查研究", 1, "malformed"],
    ["一:突出调查研究", 1, "malformed"],
    ["一：突出调查研究", 1, "malformed"],
    ["（一）、紧扣中心", 2, "malformed"],
    ["（一）.紧扣中心", 2, "malformed"],
    ["(一)紧扣中心", 2, "malformed"],
    ["(一）紧扣中心", 2, "malformed"],
    ["（一)紧扣中心", 2, "malformed"],
    ["一)紧扣中心", 2, "malformed"],
    ["五)注重统筹兼顾，全面推进城镇化进程", 2, "malformed"],
    ["（ 一）紧扣中心", 2, "malformed"],
    ["1．经济运行", 3, "practice"],
    ["1，经济运行", 3, "malformed"],
    ["1 经济运行", 3, "malformed"],
    ["１.经济运行", 3, "malformed"],
    ["(1)参与讨论", 4, "malformed"],
    ["（1）、参与讨论", 4, "malformed"],
    ["1）参与讨论", 4, "malformed"],
  ])("%s", (text, level, form) => {
    const m = parseTextMarker(text);
    expect(m?.level).toBe(level);
    expect(m?.form).toBe(form);
  });

  it("ignores leading half- and full-width spaces and keeps offsets on the original text", () => {
    const text = "　　二、尽职尽责，服务市域发展大局";
    const m = parseTextMarker(text)!;
    expect([m.level, m.value, m.start, m.end]).toEqual([1, 2, 2, 4]);
    expect(text.slice(m.start, m.end)).toBe("二、");
    expect(text.slice(m.bodyStart, m.bodyStart + 4)).toBe("尽职尽责");
  });
});

describe("parseTextMarker: not headings (false-positive guards)", () => {
  it.each([
    "1.5亿元的投资全部到位。",
    "2023年以来，在市委的正确领导下……",
    "2001 年工作回顾",
    "5 年来，我们坚持……",
    "1、2月份全市工业增加值增长。",
    "一、二线城市房价继续上涨。",
    "一是以文辅政创精品，精心当好参谋助手。",
    "三 是改革开放取得重要进展。",
    "一方面要加强学习，另一方面要……",
    "一年来，在市委的正确领导下……",
    "十四五规划开局良好。",
    "“十二五”时期，是全面建设小康社会的关键时期。",
    "（1992年10月9日中央顾问委员会第九次全体会议通过）",
    "（一九八七年十月三十日）",
    "第一，抢机遇。",
    "一 年来，我们……",
    "一，这是一个很长的句子而不是标题因为它一直写下去没有停顿也没有句号还在继续写着写着写着写着写着。",
  ])("%s", (text) => {
    expect(parseTextMarker(text)).toBeUndefined();
  });
});

describe("parseTextMarker: two numerals of one list (review 2026-11-22)", () => {
  it.each([
    "一、二季度，全市经济平稳运行。",
    "三、四季度，工业生产加快。",
    "一、二年级学生全部完成体质测试。",
    "一、二审案件审结率均超过95%。",
    "一、二等奖各评出5名。",
    "一、二月份全市进出口增长。",
    "一、二线城市房价继续上涨。",
    "九、十月份降雨偏多。",
    "十、十一月份完成全部招标。",
    "一，二年级学生全部完成体质测试。",
    "一、二、三产业协调发展。",
    "一、二、三、四季度均完成目标。",
  ])("%s is prose", (text) => {
    expect(parseTextMarker(text)).toBeUndefined();
  });

  it.each([
    ["二、三大攻坚战取得决定性进展", 2],
    ["三、四个意识进一步增强", 3],
    ["三、三、四季度工作安排", 3],
    ["三、二季度重点工作", 3],
    ["一、二十年来的主要成就", 1],
    ["二、主要工作", 2],
  ] as const)("%s is heading %i", (text, value) => {
    expect(parseTextMarker(text)?.value).toBe(value);
  });
});

describe("Word automatic numbering", () => {
  it("reads the marker from listString; the text holds no number", () => {
    const m = parseHeadingMarker({ text: "突出以文辅政", listString: "三、" })!;
    expect([m.level, m.value, m.source, m.start, m.end]).toEqual([1, 3, "listString", 0, 0]);
  });
  it("reads malformed list strings too", () => {
    expect(parseListString("(2)")?.form).toBe("malformed");
    expect(parseListString("1.")?.level).toBe(3);
    expect(parseListString("•")).toBeUndefined();
  });
});

describe("formatMarker", () => {
  it("formats the standard marker of each level", () => {
    expect(formatMarker(1, 3)).toBe("三、");
    expect(formatMarker(2, 12)).toBe("（十二）");
    expect(formatMarker(3, 4)).toBe("4.");
    expect(formatMarker(4, 10)).toBe("（10）");
  });
  it("formats in a given shape", () => {
    expect(formatMarker(3, 4, "1、")).toBe("4、");
  });
});
