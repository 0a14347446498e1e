/**
 * Run by the build (scripts/prerender-shell.js, in Node): the pane's first screen as HTML, rendered by the pane's own
 * components in the state they start in (概览 shown, its first read on the way), with the CSS Griffel collected for
 * it, for the pages to hold before any script has run (./boot.ts). React hydrates exactly this markup, so it must be
 * what the page's first render gives: each page's root element here is the one its React part mounts. The pages
 * are given by the build's entry (src/playground/prerenderPages.tsx, a composition root: the benchmark's page is
 * the playground's), so that the pane's code never imports the playground's.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { FluentProvider, RendererProvider, renderToStyleElements, webLightTheme } from "@fluentui/react-components";
import type { DocumentHost } from "../../host/port";
import { App, styleRenderer } from "../App";
import type { PaneServices } from "../services";
import { OverviewFigures } from "../overview/OverviewFigures";
import { FIGURES_TEMPLATE_ID } from "./boot";

export interface Shell {
  /** The pane, to go inside #root. */
  readonly root: string;
  /** <style> elements with the CSS of the pane's first screen and of the figures' template, for the head. */
  readonly styles: string;
  /** The <template> of 概览's figures that the boot fills (outside #root: React does not hydrate it). */
  readonly templates: string;
}

/** Never called while prerendering: the pane reads the document in effects, which the server does not run. */
export const unusedServices: PaneServices = {
  word: new Proxy({} as DocumentHost, {
    get: () => {
      throw new Error("the prerendered pane must not read the document");
    },
  }),
  store: { get: () => undefined, set: () => undefined },
};

/** The pane as its page mounts it, in the state it starts in. */
export const paneAsMounted = (): ReactElement => <App services={unusedServices} />;

/** Each page's shell, from the element its React part mounts (the pane: paneAsMounted). */
export function prerenderShells<Page extends string>(pages: Record<Page, () => ReactElement>): Record<Page, Shell> {
  const roots = Object.entries<() => ReactElement>(pages).map(([page, element]) => [page, renderToString(element())] as const);
  // The figures under a provider of the same theme: the same class names and tokens as inside the pane. Only the
  // inside of the provider's element is kept; the boot puts it inside the pane's own provider. Through the pane's
  // style renderer, so that their CSS is among the page's styles below: without it the boot's figures were painted
  // unstyled (one under the other, no background) until React inserted their CSS and they jumped into a row.
  const figures = innerOfProvider(
    renderToStaticMarkup(
      <RendererProvider renderer={styleRenderer}>
        <FluentProvider theme={webLightTheme} applyStylesToPortals={false}>
          <OverviewFigures words={0} paragraphs={0} headings={0} />
        </FluentProvider>
      </RendererProvider>,
    ),
  );
  const styles = renderToStaticMarkup(<>{renderToStyleElements(styleRenderer)}</>);
  // hidden: Internet Explorer 11 knows no <template> and would show its inside under its explanation (oldWebView.js).
  const templates = `<template id="${FIGURES_TEMPLATE_ID}" hidden>${figures}</template>`;
  return Object.fromEntries(roots.map(([page, root]) => [page, { root, styles, templates }])) as Record<Page, Shell>;
}

/** The figures' markup without the FluentProvider element (and its theme <style>) around it. */
function innerOfProvider(html: string): string {
  const start = html.indexOf("<div", html.indexOf(">") + 1);
  const end = html.lastIndexOf("</div>");
  if (start < 0 || end < 0) throw new Error("prerender: OverviewFigures not found inside its provider");
  return html.slice(start, end);
}
