/** Entry point inside Word: wait for Office, build the real gateway, render the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserStore } from "./services";
import { createWordGateway } from "../word/officeGateway";
import { officeHost } from "../word/officeHost";
import { UI } from "./strings";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root");
const root = createRoot(container);

Office.onReady((info) => {
  if (info.host !== Office.HostType.Word) {
    container.textContent = UI.notInWord;
    return;
  }
  const services = {
    word: createWordGateway(officeHost()),
    store: browserStore(Office.context.partitionKey),
  };
  root.render(<App services={services} />);
});
