import { punctuationMsg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("punctuation-width", {
  valid: [
    { text: "全年共1,000人参加，会议于10:30开始，增长2.5%，版本V2.0，推行5+1模式。", note: "numbers, times, versions, 5+1" },
    { text: "详见https://www.gov.cn/zhengce/a.htm?id=1,2及邮箱office@example.gov.cn。", note: "URL and e-mail" },
    { text: "2023.1.5至2023.2.1期间，使用Word、Excel等软件。", note: "dates with dots, Latin words" },
    { text: "安装Microsoft Office 2016 (64-bit)版本。", note: "half-width brackets around Latin only" },
    { text: "一是（括号）和“引号”都是全角。", note: "full-width marks" },
    { text: "保证了'94广州龙舟节、国庆节的安全。", note: "lawtext/gov/政府工作报告-主要城市/广州市/1995.txt:39: '94 is an abbreviated year" },
    { text: "don't worry 的英文说法。", note: "apostrophe inside a Latin word" },
    { text: "做好尖草坪&mdash;小店&mdash;榆次轨道交通。", note: "lawtext/gov/政府工作报告-主要城市/太原市/2009.txt:56: HTML entities copied from the web" },
    { text: "* [新华网](http://www.xinhuanet.com/)", note: "lawtext/cpc/其他资料/中共中央部门机构.txt: a Markdown link" },
    { text: "依据京政发[2023]5号文件。", note: "发文字号 brackets are punctuation-doc-number's" },
    { text: "(一)加强学习", note: "a malformed heading marker is numbering-form's" },
  ],
  invalid: [
    {
      name: "issue 12: half-width comma, colon, semicolon, question and exclamation marks between Chinese",
      text: "今年完成了100项任务,同比增长5%;主要做法:一是学习?二是实践!",
      errors: [
        { paragraph: 0, excerpt: ",", severity: "error", message: punctuationMsg.halfWidth(",", "，"), fix: "，" },
        { paragraph: 0, excerpt: ";", fix: "；" },
        { paragraph: 0, excerpt: ":", fix: "：" },
        { paragraph: 0, excerpt: "?", fix: "？" },
        { paragraph: 0, excerpt: "!", fix: "！" },
      ],
      output: "今年完成了100项任务，同比增长5%；主要做法：一是学习？二是实践！",
    },
    {
      // lawtext/gov/政府工作报告-主要城市/大连市/2016.txt:66
      name: "a half-width full stop after Chinese",
      text: "换取市场活力的“乘法”.",
      errors: [{ paragraph: 0, excerpt: ".", message: punctuationMsg.halfWidth(".", "。"), fix: "。" }],
      output: "换取市场活力的“乘法”。",
    },
    {
      // lawtext/gov/国家统计局年度统计/1979.txt:68
      name: "a pair of half-width brackets is fixed as a pair",
      text: "一九七九年农业总产值(包括农业、林业)比上年增长。",
      errors: [{ paragraph: 0, excerpt: "(", message: punctuationMsg.halfWidthPair("(", "（"), fix: "（" }],
      output: "一九七九年农业总产值（包括农业、林业）比上年增长。",
    },
    {
      // lawtext/gov/国家统计局年度统计/2000.txt:4
      name: "ASCII quotes around Chinese become “ ”",
      text: "全面完成了\"九五\"计划的主要任务。",
      errors: [{ paragraph: 0, excerpt: "\"", message: punctuationMsg.halfWidthPair("\"", "“"), fix: "“" }],
      output: "全面完成了“九五”计划的主要任务。",
    },
    {
      name: "issue 12: “……\" closed by a half-width quote; （…) closed by a half-width bracket",
      text: "开展“平安行动\"和（专项整治)。",
      errors: [
        { paragraph: 0, excerpt: "\"", message: punctuationMsg.mixedPair("\"", "“", "”"), fix: "”" },
        { paragraph: 0, excerpt: ")", message: punctuationMsg.mixedPair(")", "（", "）"), fix: "）" },
      ],
      output: "开展“平安行动”和（专项整治）。",
    },
    {
      // lawtext/gov/政府工作报告-主要城市/大连市/2007.txt:105
      name: "a double prime closing “ (五五″)",
      text: "积极开展“五五″普法教育。",
      errors: [{ paragraph: 0, excerpt: "″", fix: "”" }],
      output: "积极开展“五五”普法教育。",
    },
    {
      name: "an ASCII ellipsis after Chinese",
      text: "等等...还有很多",
      errors: [{ paragraph: 0, excerpt: "...", message: punctuationMsg.halfWidthEllipsis("..."), fix: "……" }],
      output: "等等……还有很多",
    },
    {
      name: "a half-width mark next to a full-width one is punctuation-repeated's, not a width finding",
      text: "发放率达到100%.。",
      errors: [],
    },
  ],
});
