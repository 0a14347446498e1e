/**
 * Everything but the 概览 tab loads on demand (issue 11, item 8): the pane starts with React, Fluent's basics and
 * the outline, and each other tab or view is a chunk of its own, fetched the first time the writer opens it, as is
 * the house style they share (its catalogue names every rule, so it carries the rule engine). The check's chunk is
 * prefetched once the pane is ready and idle (prepareCheckWhenIdle), so 检查 opens at once.
 *
 * A view that takes focus at its heading gets it once its chunk has arrived and it is on the page, not before. A
 * chunk that does not download shows why in the view's place, with 重试 (./shared/onDemandComponent.tsx).
 */
import { Suspense, useEffect } from "react";
import type { ComponentType, ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { UI } from "./strings";
import { onDemandComponent } from "./shared/onDemandComponent";
import type { DocSnapshot } from "../core/model";
import type { PaneServices } from "./services";

/** A named export as a component fetched on demand, optionally focusing an element of it (by id) each time it is shown. */
function lazyView<P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>, focusId?: (module: M) => string) {
  return onDemandComponent(async () => {
    const module = await load();
    const View = pick(module);
    const id = focusId?.(module);
    const Shown = (props: P) => (
      <>
        <View {...props} />
        {id ? <FocusOnShow id={id} /> : null}
      </>
    );
    return Shown;
  });
}

/** Focuses the element once it and its siblings are committed to the page. */
function FocusOnShow({ id }: { id: string }) {
  useEffect(() => document.getElementById(id)?.focus(), [id]);
  return null;
}

/** A chunk of a few bytes in front of the check's (./checkLoader.ts: so that its prefetch waits for this one). */
const checkLoader = () => import(/* webpackChunkName: "check-loader" */ "./checkLoader");

export const CheckTab = lazyView(() => checkLoader().then((m) => m.loadCheckTab()), (m) => m.CheckTab);

/** A pane kept busy (an outline drawn in turns) still prefetches within this time. */
const IDLE_TIMEOUT_MS = 3000;
const IDLE_FALLBACK_MS = 500;

/**
 * Once the pane has shown what it opens with (概览's figures, of `snapshot`) and the browser is idle: has the check's
 * code fetched in the background, not run (./checkLoader.ts), and the document 概览 read analysed ahead, in slices
 * (./check/ahead.ts), so that 检查 of the unchanged document shows its findings without analysing again. Returns a
 * cancel, for a newer read or the pane's unmount before then. Web views without requestIdleCallback (Safari's, in
 * Word on the Mac) wait a moment instead. A download that fails here costs nothing: 检查 fetches what it needs when
 * clicked.
 */
export function prepareCheckWhenIdle(services: PaneServices, snapshot: DocSnapshot): () => void {
  const prepare = () => {
    void checkLoader().catch(() => undefined);
    void import(/* webpackChunkName: "check-ahead" */ "./check/ahead").then((m) => m.analyseAhead(services, snapshot)).catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(prepare, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(prepare, IDLE_FALLBACK_MS);
  return () => clearTimeout(id);
}

export const TemplatesTab = lazyView(() => import(/* webpackChunkName: "templates" */ "./templates/TemplatesTab"), (m) => m.TemplatesTab);
export const PhrasesTab = lazyView(() => import(/* webpackChunkName: "phrases" */ "./phrases/PhrasesTab"), (m) => m.PhrasesTab);
export const AboutView = lazyView(
  () => import(/* webpackChunkName: "about" */ "./about/AboutView"),
  (m) => m.AboutView,
  () => "about-title",
);
export const SettingsView = lazyView(
  () => import(/* webpackChunkName: "settings" */ "./settings/SettingsView"),
  (m) => m.SettingsView,
  (m) => m.SETTINGS_TITLE_ID,
);

export const HouseStyleProvider = onDemandComponent(() =>
  import(/* webpackChunkName: "housestyle" */ "./settings/HouseStyleContext").then((m) => m.HouseStyleProvider),
);

/** Shown for the moment a view's chunk is on its way: plain text (Fluent's Spinner would be in the first download). */
export function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Text role="status">{UI.loadingView}</Text>}>{children}</Suspense>;
}
