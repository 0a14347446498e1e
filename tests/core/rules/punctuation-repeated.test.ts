import { punctuationMsg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("punctuation-repeated", {
  valid: [
    { text: "这是为什么？！我们必须回答。", note: "？！ together: a question asked with feeling" },
    { text: "他说：“……”。等等……。", note: "…… is one mark" },
    { text: "一是——二是——。", note: "—— is one mark" },
    { text: "1.5、2.5和3.5。", note: "decimal points are not marks" },
    { text: "访问http://www.gov.cn:8080/，查看。", note: "a URL's colon" },
  ],
  invalid: [
    {
      name: "issue 12: 。。 ，。 ；。 ：： each keep the strongest mark",
      text: "工作取得成效。。下一步，。明确责任；。分工：：落实",
      errors: [
        { paragraph: 0, excerpt: "。。", severity: "error", message: punctuationMsg.repeated("。。", "。"), fix: "。" },
        { paragraph: 0, excerpt: "，。", fix: "。" },
        { paragraph: 0, excerpt: "；。", fix: "。" },
        { paragraph: 0, excerpt: "：：", fix: "：" },
      ],
      output: "工作取得成效。下一步。明确责任。分工：落实",
    },
    {
      // lawtext/gov/政府工作报告-省自治区/青海省/2015.txt:11
      name: "a real slip: 8.49％。。",
      text: "人口自然增长率控制在8.49％。。文化惠民成效显著。",
      errors: [{ paragraph: 0, excerpt: "。。", fix: "。" }],
      output: "人口自然增长率控制在8.49％。文化惠民成效显著。",
    },
    {
      // reports/005.txt:14 (发放率达到 100%.。) and lawtext/gov/政府工作报告-省自治区/松原市/2021.txt:22 (。 。)
      name: "a half-width mark or a space inside the run: one finding, one fix",
      text: "发放率达到100%.。\n还相对滞后。 。一些干部",
      errors: [
        { paragraph: 0, excerpt: ".。", fix: "。" },
        { paragraph: 1, excerpt: "。 。", fix: "。" },
      ],
      output: "发放率达到100%。\n还相对滞后。一些干部",
    },
    {
      // reports/012.txt:10
      name: "6.32%。；: the full stop is kept",
      text: "人口自然增长率6.32%。；居民消费价格总水平上涨。",
      errors: [{ paragraph: 0, excerpt: "。；", fix: "。" }],
      output: "人口自然增长率6.32%。居民消费价格总水平上涨。",
    },
  ],
});
