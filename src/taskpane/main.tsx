/**
 * Entry point inside Word: wait for Office, build the real DocumentHost, start reading the document and load the
 * pane (./shell/boot.ts: the page already shows the pane's prerendered first screen). One of the two composition
 * roots allowed to import src/word (lint: eslint.config.js). No React is run here: the pane's React code is imported once the read is under way.
 */
import { browserStore } from "./services";
import { bootPane } from "./shell/boot";
import { createWordGateway } from "../word/officeGateway";
import { officeHost } from "../word/officeHost";
import { lazyWordSelfTestBench } from "../word/lazySelfTestBench";
import { UI } from "./strings";

// Tells legacy/oldWebView.js that this bundle runs: web views too old to parse it (Internet Explorer 11, Edge
// Legacy) never get here, and that script then explains which Word versions work.
document.documentElement.setAttribute("data-pane-bundle", "running");

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root");

// On an intranet whose office.js source is unreachable, the script tag fails silently: say so instead of
// leaving the pane at "正在加载".
if (typeof Office === "undefined") {
  container.textContent = UI.officeJsMissing;
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      container.textContent = UI.notInWord;
      return;
    }
    const host = officeHost();
    const services = {
      word: createWordGateway(host),
      store: browserStore(Office.context.partitionKey),
      selfTest: lazyWordSelfTestBench(host),
    };
    const mounted = bootPane(services.word, () =>
      import(/* webpackMode: "eager" */ "./shell/paneApp").then((m) => m.mountTaskpane(container, services)),
    );
    // A pane that cannot start says so, instead of leaving the shell at 正在读取文档 for good (found in review).
    mounted.catch((error: unknown) => {
      console.error("公文写作助手: the pane did not start", error);
      container.textContent = UI.paneDidNotStart(error instanceof Error ? error.message : String(error));
    });
    // Set only in the build of `npm run test:word` (webpack --env testServer). Tested right in the condition so
    // that webpack sees "" there and leaves the module out of every other build.
    if (process.env.GONGWEN_TEST_SERVER_URL) {
      const url = process.env.GONGWEN_TEST_SERVER_URL;
      void mounted.then(() => import("./testServerReport")).then((m) => m.reportToTestServer(services.word, services.selfTest, url));
    }
  });
}
