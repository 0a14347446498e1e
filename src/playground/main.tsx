/**
 * The playground page: the real task pane beside a simulated Word document. office.js is never loaded; the pane
 * gets the same Word layer as in Word, running over the simulated host. `?api=1.3` simulates an older Word.
 */
import { createRoot } from "react-dom/client";
import { createSimulatedWord } from "./fakeWord/host";
import type { ApiVersion } from "./fakeWord/host";
import { createWordGateway } from "../word/officeGateway";
import { browserStore } from "../taskpane/services";
import { playgroundDocument } from "./bridge";
import { PlaygroundPage } from "./PlaygroundPage";
import { SAMPLE_PARAGRAPHS } from "./sample";

const apiVersion: ApiVersion = new URLSearchParams(window.location.search).get("api") === "1.3" ? "1.3" : "1.4";
const simulated = createSimulatedWord({ apiVersion, paragraphs: SAMPLE_PARAGRAPHS });
const services = { word: createWordGateway(simulated.host), store: browserStore("gongwen-playground") };

// Paragraphs typed with Enter become <p>, like the ones the page draws.
document.execCommand("defaultParagraphSeparator", false, "p");

const container = document.getElementById("root");
if (!container) throw new Error("playground.html has no #root");
createRoot(container).render(
  <PlaygroundPage
    doc={playgroundDocument(simulated.doc)}
    services={services}
    apiVersion={apiVersion}
    roundTrips={simulated.syncCount}
  />,
);
