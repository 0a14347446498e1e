/** The pane's house style over the simulated Word: the writer's own in the store, a pinned one in the document wins. */
import { createSimulatedWord } from "../../../src/playground/fakeWord";
import { createWordGateway } from "../../../src/word/officeGateway";
import { EMPTY_HOUSE_STYLE, setRule, setForm, houseStyleToOptions } from "../../../src/core/houseStyle";
import { HOUSE_STYLE_KEY, HouseStyleStore } from "../../../src/taskpane/settings/houseStyleStore";
import { checkDocument } from "../../../src/core/engine";
import { memoryStore } from "../memoryStore";

const MOU_OFF = setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false);

function setUp(initial: Record<string, string> = {}) {
  const sim = createSimulatedWord();
  sim.doc.setParagraphs(["一、主要工作", "某某单位完成任务。"]);
  const word = createWordGateway(sim.host);
  const kv = memoryStore(initial);
  return { word, kv, store: new HouseStyleStore(kv, word) };
}

async function ruleIds(word: ReturnType<typeof setUp>["word"], store: HouseStyleStore): Promise<string[]> {
  const { style } = await store.effective();
  return checkDocument(await word.readSnapshot(), houseStyleToOptions(style)).map((f) => f.ruleId);
}

describe("HouseStyleStore", () => {
  it("keeps the writer's own style in the store and reads it back in a new pane", async () => {
    const { word, kv, store } = setUp();
    expect(await ruleIds(word, store)).toContain("placeholder-name");
    store.setUser(MOU_OFF);
    expect(kv.data.get(HOUSE_STYLE_KEY)).toContain('"placeholder-name": false');
    const again = new HouseStyleStore(kv, word);
    expect(again.getState().user).toEqual(MOU_OFF);
    expect(await ruleIds(word, again)).not.toContain("placeholder-name");
  });

  it("a pinned style wins over the writer's own, and unpinning gives the writer's back", async () => {
    const { word, store } = setUp();
    store.setUser(MOU_OFF);
    await store.pin();
    store.setUser(setForm(EMPTY_HOUSE_STYLE, "structureHints", false));
    expect(store.getState().pinned).toEqual(MOU_OFF);
    expect(await store.effective()).toEqual({ style: MOU_OFF, pinned: true });
    expect(await ruleIds(word, store)).not.toContain("placeholder-name");
    await store.unpin();
    expect(store.getState().pinned).toBeUndefined();
    expect(await ruleIds(word, store)).toContain("placeholder-name");
  });

  it("a refused save stays in the pane, marked unsaved; a damaged stored style checks as built and says so", () => {
    const { word, kv, store } = setUp();
    kv.failWrites = true;
    store.setUser(MOU_OFF);
    expect(store.getState()).toMatchObject({ user: MOU_OFF, unsaved: true });
    const damaged = new HouseStyleStore(memoryStore({ [HOUSE_STYLE_KEY]: "{ broken" }), word);
    expect(damaged.getState()).toMatchObject({ user: EMPTY_HOUSE_STYLE, damaged: "user" });
  });

  it("a damaged pinned style is said and the writer's own is used", async () => {
    const { word, store } = setUp();
    await word.writeDocumentSetting(HOUSE_STYLE_KEY, '{"format":"gongwen-house-style","version":9}');
    store.setUser(MOU_OFF);
    expect(await store.effective()).toEqual({ style: MOU_OFF, pinned: false });
    expect(store.getState().damaged).toBe("pinned");
  });
});
