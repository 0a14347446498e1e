/**
 * Where a notice of the 检查 tab is shown (src/taskpane/check/places.ts): its own place while that is drawn, else the
 * first fallback that is, else the verdict; before any check, the toolbar. A group's card is drawn for two findings
 * or more, a category's heading while the chip filter shows it.
 */
import { checkDocument } from "../../../src/core/engine";
import { createSimulatedWord } from "../../../src/playground/fakeWord/host";
import { AT, noticePlace } from "../../../src/taskpane/check/places";
import { groupKey } from "../../../src/taskpane/check/groups";
import { classify, keyOf, runCheck } from "../../../src/taskpane/check/session";
import { createWordGateway } from "../../../src/word/officeGateway";

const DOC = ["一、主要工作", "完成XX项。", "新增XX个。", "学习不够深入,调研不够。"];

async function checked(paragraphs: readonly string[]) {
  const sim = createSimulatedWord({ paragraphs: [...paragraphs] });
  return runCheck(createWordGateway(sim.host));
}

describe("where a 检查 notice is shown", () => {
  it("at its own card, else its group's card, else its category's heading, else the verdict", async () => {
    const result = await checked(DOC);
    const placeholders = result.open.filter((f) => f.category === "placeholder");
    expect(placeholders.map((f) => f.excerpt)).toEqual(["XX", "XX"]);
    const [first] = placeholders;
    const group = AT.group(groupKey(first));
    const around = { fallback: [group, AT.category("placeholder")] };
    expect(noticePlace({ at: keyOf(result, first), ...around }, result, undefined)).toBe(keyOf(result, first));
    // The finding is gone (a key no card has): its group's card, two XX left.
    expect(noticePlace({ at: "gone", ...around }, result, undefined)).toBe(group);

    // One XX left: no group card, the category's heading.
    const one = await checked(["一、主要工作", "完成5项。", "新增XX个。", "学习不够深入,调研不够。"]);
    expect(noticePlace({ at: "gone", ...around }, one, undefined)).toBe(AT.category("placeholder"));
    // The chip shows another category: the verdict.
    expect(noticePlace({ at: "gone", ...around }, one, "punctuation")).toBe("verdict");
  });

  it("the verdict when nothing is left in the category; the toolbar before any check; the ignored findings while there are some", async () => {
    const clean = await checked(["一、主要工作", "完成5项。"]);
    expect(noticePlace({ at: "gone", fallback: [AT.category("placeholder")] }, clean, undefined)).toBe("verdict");
    expect(noticePlace({ at: "verdict" }, undefined, undefined)).toBe("toolbar");
    const result = await checked(DOC);
    const ignoredNone = classify(result.snapshot, checkDocument(result.snapshot), []);
    expect(noticePlace({ at: "ignored" }, ignoredNone, undefined)).toBe("verdict");
    const placeholder = result.open.find((f) => f.category === "placeholder")!;
    const oneIgnored = classify(result.snapshot, checkDocument(result.snapshot), [keyOf(result, placeholder)]);
    expect(oneIgnored.ignored).toHaveLength(1);
    expect(noticePlace({ at: "ignored" }, oneIgnored, undefined)).toBe("ignored");
  });
});
