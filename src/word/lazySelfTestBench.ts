/**
 * The 自检's set-up in Word (./selfTestBench.ts), loaded when the 自检 first runs: few writers ever run it, and its
 * code (with the OOXML it writes) is no part of the pane's start-up (issue 11: initial JavaScript ≤ 150 KB gzip).
 */
import type { SelfTestBench } from "../host/contract/selfTest";
import type { WordHost } from "./host";

export function lazyWordSelfTestBench(host: WordHost): SelfTestBench {
  let loaded: Promise<SelfTestBench> | undefined;
  const bench = () => (loaded ??= import(/* webpackChunkName: "self-test" */ "./selfTestBench").then((m) => m.wordSelfTestBench(host)));
  return {
    setParagraphs: async (lines) => (await bench()).setParagraphs(lines),
    setSelection: async (paragraphIndex, start, end) => (await bench()).setSelection(paragraphIndex, start, end),
    clear: async () => (await bench()).clear(),
  };
}
