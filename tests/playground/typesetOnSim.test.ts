/**
 * 一键排版 end to end on the simulated Word, as the playground runs it: the Word layer reads the layout sample's
 * wrong layout (through getOoxml, and Font/PageSetup where WordApiDesktop 1.3 is claimed), writes the plan, and a
 * second read finds nothing left to change. Without WordApiDesktop 1.3 the page cannot be set and says so.
 */
import { planTypesetting } from "../../src/core/layout/plan";
import { resolveOptions } from "../../src/core/options";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { LAYOUT_SAMPLE_PARAGRAPHS } from "../../src/playground/sample";
import { createWordGateway } from "../../src/word/officeGateway";

describe.each([
  { desktop: undefined, pageSet: false },
  { desktop: "1.3" as const, pageSet: true },
])("typesetting the layout sample (WordApiDesktop $desktop)", ({ desktop, pageSet }) => {
  it("leaves no paragraph to change after one 一键排版, in a fixed number of round trips", async () => {
    const sim = createSimulatedWord({ paragraphs: LAYOUT_SAMPLE_PARAGRAPHS, desktopApiVersion: desktop });
    const gateway = createWordGateway(sim.host);
    const options = resolveOptions({});
    const plan = planTypesetting(await gateway.readSnapshot({ layout: true }), options);
    expect(plan.changes).toHaveLength(LAYOUT_SAMPLE_PARAGRAPHS.length);
    expect(plan.page).toBeDefined();

    const syncs = sim.syncCount();
    const report = await gateway.applyLayout({ paragraphs: plan.changes, page: plan.page });
    expect(sim.syncCount() - syncs).toBeLessThanOrEqual(4);
    expect(report.skipped).toEqual([]);
    expect(report.notApplied).toEqual(pageSet ? [] : ["page"]);

    const again = planTypesetting(await gateway.readSnapshot({ layout: true }), options);
    expect(again.changes).toEqual([]);
    expect(again.page === undefined).toBe(pageSet);
    // The title is 方正小标宋简体 二号 now, in the document itself.
    expect(sim.doc.paragraph(0).runs?.[0].format).toMatchObject({ fontEastAsia: "方正小标宋简体", sizeHalfPoints: 44 });
  });
});
