/**
 * The 自检's bench in the playground: Word's own set-up code (src/word/selfTestBench.ts) running over the simulated
 * host, plus what only a simulation can offer: playing a writer who types between two round trips, and reading the
 * comments back. In real Word those two are absent and the checks needing them say so.
 */
import type { ContractDocument, SelfTestBench } from "../host/contract";
import type { SimulatedWord } from "./fakeWord";

/** Right before the host's `roundTrip`-th round trip from now, paragraph `paragraphIndex` is retyped as `text`. Once. */
export function retypeHook(sim: SimulatedWord): NonNullable<ContractDocument["retypeBeforeRoundTrip"]> {
  return (roundTrip, paragraphIndex, text) => {
    const due = sim.syncCount() + roundTrip;
    const stop = sim.beforeSync((n) => {
      if (n !== due) return;
      sim.doc.setParagraphText(paragraphIndex, text);
      stop();
    });
  };
}

/** `wordBench`: src/word/selfTestBench.ts over `sim`'s host (built by the composition root, which may import src/word). */
export function playgroundSelfTestBench(sim: SimulatedWord, wordBench: SelfTestBench): SelfTestBench {
  return {
    ...wordBench,
    retypeBeforeRoundTrip: retypeHook(sim),
    comments: async () => sim.doc.comments().map(({ excerpt, text }) => ({ excerpt, text })),
  };
}
