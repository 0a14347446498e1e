/**
 * The simulated Word's round trip shares the pane's thread: a batch of thousands of small ops (a load per paragraph,
 * a comment per finding) must give the browser its turns (issue 11: no task over 100 ms), and answer the same.
 */
import { createSimulatedWord } from "../../src/playground/fakeWord/host";

afterEach(() => jest.restoreAllMocks());

/** Reads every paragraph's text with one op per paragraph, in one round trip; counts the turns taken meanwhile. */
async function readOneByOne(msPerLook: number): Promise<{ texts: string[]; turns: number; syncs: number }> {
  const sim = createSimulatedWord({ paragraphs: Array.from({ length: 300 }, (_, i) => `第${i + 1}段。`) });
  const count = await sim.host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items");
    await context.sync();
    return paragraphs.items.length;
  });
  const before = sim.syncCount();
  let now = 0;
  jest.spyOn(performance, "now").mockImplementation(() => (now += msPerLook));
  // Each turn (src/host/turns.ts nextTurn) posts a message through a channel of its own.
  const Channel = globalThis.MessageChannel;
  let turns = 0;
  globalThis.MessageChannel = class extends Channel {
    constructor() {
      super();
      turns++;
    }
  };
  const texts = await sim.host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items");
    await context.sync();
    for (const p of paragraphs.items) p.load("text");
    await context.sync();
    return paragraphs.items.map((p) => p.text);
  }).finally(() => (globalThis.MessageChannel = Channel));
  expect(count).toBe(texts.length);
  return { texts, turns, syncs: sim.syncCount() - before };
}

describe("simulated Word: a long batch", () => {
  it("gives the browser turns while it runs a batch of many ops, and answers exactly as at once", async () => {
    const fast = await readOneByOne(0);
    const slow = await readOneByOne(1);
    expect(slow.texts).toEqual(fast.texts);
    expect(slow.texts[299]).toBe("第300段。");
    expect(slow.syncs).toBe(fast.syncs);
    // 300 ops at a millisecond a look or more: several slices of SLICE_MS, a turn after each.
    expect(slow.turns).toBeGreaterThan(fast.turns + 5);
  });
});
