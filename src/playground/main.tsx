/**
 * The playground page: the real task pane beside a simulated Word document. office.js is never loaded; the pane
 * gets the same Word layer as in Word, running over the simulated host. It simulates a current Word (WordApi 1.5:
 * comments, footnotes); `?api=1.3` an older one, `?api=1.4` one with comments but no notes API. It claims no
 * WordApiDesktop set, as Word on the web; `?desktop=1.3` adds Font.nameFarEast and PageSetup (Microsoft 365 desktop).
 * `?sample=layout` starts with the sample whose layout is wrong (格式 check, 一键排版); `?getOoxmlMs=2000` makes
 * getOoxml answer that late, as real Word does on a long document (what the pane shows meanwhile). A composition root
 * (like taskpane/main.tsx): the only playground file outside fakeWord/ that imports src/word.
 */
import { createRoot } from "react-dom/client";
import { createSimulatedWord } from "./fakeWord/host";
import type { ApiVersion } from "./fakeWord/host";
import type { OpKind } from "./fakeWord/context";
import { createWordGateway } from "../word/officeGateway";
import { wordSelfTestBench } from "../word/selfTestBench";
import { playgroundSelfTestBench } from "./selfTestBench";
import { browserStore } from "../taskpane/services";
import { playgroundDocument } from "./bridge";
import { PlaygroundPage } from "./PlaygroundPage";
import { LAYOUT_SAMPLE_PARAGRAPHS, SAMPLE_PAGE, SAMPLE_PARAGRAPHS } from "./sample";
import { pageFromLayout } from "./viewLayout";
import { splitParts } from "./splitParts";

const SIMULATED_VERSIONS: readonly ApiVersion[] = ["1.3", "1.4", "1.5"];
const query = new URLSearchParams(window.location.search);
const asked = query.get("api");
const apiVersion: ApiVersion = SIMULATED_VERSIONS.find((version) => version === asked) ?? "1.5";
const desktopApiVersion = query.get("desktop") === "1.3" ? "1.3" : undefined;
const layoutSample = query.get("sample") === "layout";
const getOoxmlMs = Number(query.get("getOoxmlMs") ?? 0) || 0;
const sample = splitParts(layoutSample ? LAYOUT_SAMPLE_PARAGRAPHS : SAMPLE_PARAGRAPHS);
const simulated = createSimulatedWord({ apiVersion, desktopApiVersion, paragraphs: sample.body, parts: sample.parts, getOoxmlMs });
// The layout sample keeps a blank document's page (Word's own margins): a 格式 finding of its own.
if (!layoutSample) simulated.doc.setPage(pageFromLayout(SAMPLE_PAGE));
// ?faults=1: browser tests make the next Word call of a kind fail (window.gongwenFailNext("insertOoxml", code)), to
// walk the pane's failure paths as a writer meets them.
if (query.get("faults") === "1") {
  const failNext = (op: OpKind, code: string, message?: string) => simulated.failOn({ op, nth: simulated.opCount(op) + 1, code, message });
  Object.assign(window, { gongwenFailNext: failNext });
}
const services = {
  word: createWordGateway(simulated.host),
  store: browserStore("gongwen-playground"),
  selfTest: playgroundSelfTestBench(simulated, wordSelfTestBench(simulated.host)),
};

// Paragraphs typed with Enter become <p>, like the ones the page draws.
document.execCommand("defaultParagraphSeparator", false, "p");

const container = document.getElementById("root");
if (!container) throw new Error("playground.html has no #root");
createRoot(container).render(
  <PlaygroundPage
    doc={playgroundDocument(simulated.doc)}
    services={services}
    apiVersion={apiVersion}
    desktopApiVersion={desktopApiVersion}
    roundTrips={simulated.syncCount}
  />,
);
