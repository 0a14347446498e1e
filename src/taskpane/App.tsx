import { useState } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { SelectTabData } from "@fluentui/react-components";
import type { PaneServices } from "./services";
import { UI } from "./strings";
import { OverviewTab } from "./overview/OverviewTab";
import { CheckTab } from "./check/CheckTab";
import { TemplatesTab } from "./templates/TemplatesTab";
import { PhrasesTab } from "./phrases/PhrasesTab";

type TabId = "overview" | "check" | "templates" | "phrases";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
  body: { flexGrow: 1, overflowY: "auto", padding: tokens.spacingHorizontalM },
});

/** The task pane: four tabs over one injected set of services. */
export function App({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("overview");
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang="zh-CN">
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}
        aria-label={UI.productName}
      >
        <Tab value="overview">{UI.tabs.overview}</Tab>
        <Tab value="check">{UI.tabs.check}</Tab>
        <Tab value="templates">{UI.tabs.templates}</Tab>
        <Tab value="phrases">{UI.tabs.phrases}</Tab>
      </TabList>
      {/* Tabs stay mounted so a check's results survive a look at the outline. */}
      <main className={styles.body}>
        <div hidden={tab !== "overview"}>
          <OverviewTab word={services.word} active={tab === "overview"} />
        </div>
        <div hidden={tab !== "check"}>
          <CheckTab word={services.word} />
        </div>
        {/* `active` lets the library tabs fetch their content chunk the first time they are opened, not at start. */}
        <div hidden={tab !== "templates"}>
          <TemplatesTab services={services} active={tab === "templates"} />
        </div>
        <div hidden={tab !== "phrases"}>
          <PhrasesTab services={services} active={tab === "phrases"} />
        </div>
      </main>
    </FluentProvider>
  );
}
