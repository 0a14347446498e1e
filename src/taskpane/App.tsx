import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { FluentProvider, RendererProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { SelectTabData } from "@fluentui/react-components";
import type { PaneServices } from "./services";
import { UI } from "./strings";
import { createPaneStyleRenderer } from "./shared/styleRenderer";
import { OverviewTab } from "./overview/OverviewTab";
import { MoreMenu, type MenuViewId } from "./MoreMenu";
import { takeShellIntent } from "./shell/shellIntent";
import { ViewErrorBoundary } from "./shared/ViewErrorBoundary";
import { AboutView, CheckTab, HouseStyleProvider, Loading, PhrasesTab, prepareCheckWhenIdle, SettingsView, TemplatesTab } from "./lazyViews";
import type { DocSnapshot } from "../core/model";

const TAB_IDS = ["overview", "check", "templates", "phrases"] as const;
type TabId = (typeof TAB_IDS)[number];
type ViewId = TabId | MenuViewId;

const useStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    // Fluent gives the provider's className to the nodes its popups (menus, tooltips, dialogs) are mounted in
    // (FluentProvider applyStylesToPortals), and those nodes cover the page at z-index 1000000: with the pane's
    // full height and background they blanked the whole pane behind every tooltip, menu and dialog. The layout is
    // the pane's own element's only.
    ":not([data-portal-node])": {
      display: "flex",
      flexDirection: "column",
      height: "100%",
      minWidth: "280px",
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  bar: { display: "flex", alignItems: "center", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
  tabs: { flexGrow: 1, minWidth: 0 },
  body: { flexGrow: 1, overflowY: "auto", padding: tokens.spacingHorizontalM },
});

/**
 * One for the page: what it has inserted stays inserted (./shared/styleRenderer.ts). Exported for the build's
 * prerender of the pane's shell, which writes the CSS it collected into the page (./shell/prerender.tsx).
 */
export const styleRenderer = createPaneStyleRenderer();

/** The task pane: four tabs over one injected set of services. */
export function App({ services }: { services: PaneServices }) {
  return (
    <RendererProvider renderer={styleRenderer}>
      <Pane services={services} />
    </RendererProvider>
  );
}

function Pane({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const [tab, setTab] = useState<ViewId>("overview");
  // The check's preparation outlives 概览: the writer who opens 检查 as soon as the figures show is the one it is for.
  // Cancelled when 概览 unmounted, as it was, it never started when the tab was clicked before the browser was idle
  // (the bench's 检查 scenes: no gongwen:analysis-ahead-started mark, the check analysed anew). A newer read replaces
  // it (its idle wait, or its analysis: ./check/analyses.ts); the pane's unmount ends it.
  const preparation = useRef<() => void>(undefined);
  const prepareCheck = useCallback(
    (snapshot: DocSnapshot) => {
      preparation.current?.();
      preparation.current = prepareCheckWhenIdle(services, snapshot);
    },
    [services],
  );
  useEffect(() => () => preparation.current?.(), []);
  // Every view but 概览 shares the house style, whose code (with the rule catalogue) loads when the first of them is
  // opened, and which then stays for the pane's life.
  const [beyondOverview, setBeyondOverview] = useState(false);
  if (tab !== "overview" && !beyondOverview) setBeyondOverview(true);
  // A tab the writer clicked on the page's shell before this code had loaded (./shell/shellIntent.ts): the pane
  // opens it as soon as it responds, before the browser paints.
  useLayoutEffect(() => {
    const wanted = takeShellIntent();
    if (wanted && TAB_IDS.includes(wanted as TabId)) setTab(wanted as TabId);
  }, []);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang="zh-CN">
      <div className={styles.bar}>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}
          aria-label={UI.productName}
        >
          <Tab value="overview" data-tab="overview">{UI.tabs.overview}</Tab>
          <Tab value="check" data-tab="check">{UI.tabs.check}</Tab>
          <Tab value="templates" data-tab="templates">{UI.tabs.templates}</Tab>
          <Tab value="phrases" data-tab="phrases">{UI.tabs.phrases}</Tab>
        </TabList>
        <MoreMenu onOpenView={setTab} />
      </div>
      {/*
        Only the shown view is mounted (a hidden outline of a long report is thousands of elements); each tab reads
        what it needs again when it is shown. A check's results live in the pane's review session, not in the tab
        (check/useCheck.ts), so they survive a look at another tab.
        A view opened from the menu takes focus at its heading (lazyViews.tsx), so keyboard and screen-reader users
        land in it.
      */}
      <main className={styles.body}>
        <ViewErrorBoundary view={tab}>
          {tab === "overview" ? <OverviewTab word={services.word} onShown={prepareCheck} /> : null}
          {beyondOverview ? (
            <Loading>
              {/* One house style (本单位规范) for the check, 设置 and the team pack. */}
              <HouseStyleProvider services={services}>
                <Loading>
                  {tab === "check" ? <CheckTab word={services.word} /> : null}
                  {tab === "templates" ? <TemplatesTab services={services} active /> : null}
                  {tab === "phrases" ? <PhrasesTab services={services} active /> : null}
                  {tab === "about" ? <AboutView services={services} /> : null}
                  {tab === "settings" ? <SettingsView /> : null}
                </Loading>
              </HouseStyleProvider>
            </Loading>
          ) : null}
        </ViewErrorBoundary>
      </main>
    </FluentProvider>
  );
}
