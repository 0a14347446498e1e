/** A short 通知 in the simulated Word with the format slips of a real draft: body in 宋体小四, no first-line indent. */
import { createSimulatedWord, type SimulatedWordOptions } from "../../src/playground/fakeWord/host";
import { runsOf } from "../../src/playground/fakeWord/runs";
import { effectiveRun } from "../../src/playground/fakeWord/styles";
import type { ParagraphFormat, ParagraphSpec } from "../../src/playground/fakeWord/types";
import { ReviewSession } from "../../src/taskpane/check/reviewSession";
import { createWordGateway } from "../../src/word/officeGateway";

const TNR = "Times New Roman";
const SONG_XIAOSI: ParagraphFormat = { fontEastAsia: "宋体", fontAscii: TNR, fontHAnsi: TNR, sizeHalfPoints: 24, alignment: "both", firstLineChars: 0 };
const FANGSONG: ParagraphFormat = { fontEastAsia: "仿宋_GB2312", fontAscii: TNR, fontHAnsi: TNR, sizeHalfPoints: 32, alignment: "both", firstLineChars: 200 };

export const WRONG_DRAFT: readonly ParagraphSpec[] = [
  { text: "关于做好年度总结工作的通知", format: { fontEastAsia: "方正小标宋简体", fontAscii: TNR, fontHAnsi: TNR, sizeHalfPoints: 44, alignment: "center", firstLineChars: 0 } },
  { text: "各单位：", format: { ...FANGSONG, firstLineChars: 0 } },
  { text: "为做好年度总结工作，现将有关事项通知如下。", format: SONG_XIAOSI },
  { text: "一、高度重视", format: { ...FANGSONG, fontEastAsia: "黑体" } },
  { text: "各单位要高度重视，认真组织实施，确保按时完成。", format: SONG_XIAOSI },
  { text: "二、按时报送", format: { ...FANGSONG, fontEastAsia: "黑体" } },
  { text: "请于12月20日前报送总结材料。", format: FANGSONG },
];

/** The simulated Word holding `paragraphs`, the pane's gateway to it, and a review session over that gateway. */
export function setup(paragraphs: readonly ParagraphSpec[], options: Omit<SimulatedWordOptions, "paragraphs"> = {}) {
  const sim = createSimulatedWord({ ...options, paragraphs });
  const word = createWordGateway(sim.host);
  return { sim, word, session: new ReviewSession(word) };
}

/** Each paragraph's effective East Asian font and size, as the document holds them. */
export function fonts(sim: ReturnType<typeof setup>["sim"]): string[] {
  return sim.doc.paragraphs().map((p) => {
    const run = effectiveRun(p, runsOf(p)[0]?.format ?? {});
    return `${run.fontEastAsia} ${run.sizeHalfPoints / 2}`;
  });
}
