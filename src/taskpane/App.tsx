import { useEffect, useState } from "react";
import {
  Button,
  FluentProvider,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import type { SelectTabData } from "@fluentui/react-components";
import type { PaneServices } from "./services";
import { UI } from "./strings";
import { OverviewTab } from "./overview/OverviewTab";
import { CheckTab } from "./check/CheckTab";
import { TemplatesTab } from "./templates/TemplatesTab";
import { PhrasesTab } from "./phrases/PhrasesTab";
import { AboutView } from "./about/AboutView";
import { HouseStyleProvider } from "./settings/HouseStyleContext";
import { SETTINGS_TITLE_ID, SettingsView } from "./settings/SettingsView";

type TabId = "overview" | "check" | "templates" | "phrases";
/** Views opened from the 更多 menu rather than a tab: none of the four tabs is selected while one is shown. */
type MenuViewId = "about" | "settings";
type ViewId = TabId | MenuViewId;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  bar: { display: "flex", alignItems: "center", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
  tabs: { flexGrow: 1, minWidth: 0 },
  body: { flexGrow: 1, overflowY: "auto", padding: tokens.spacingHorizontalM },
});

/** The task pane: four tabs over one injected set of services. */
export function App({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const [tab, setTab] = useState<ViewId>("overview");
  // A view opened from the menu takes focus at its heading, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (tab === "about") document.getElementById("about-title")?.focus();
    if (tab === "settings") document.getElementById(SETTINGS_TITLE_ID)?.focus();
  }, [tab]);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang="zh-CN">
      {/* One house style (本单位规范) for the check, 设置 and the team pack. */}
      <HouseStyleProvider services={services}>
      <div className={styles.bar}>
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
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" aria-label={UI.more.label} title={UI.more.label} icon={<MoreHorizontalRegular />} />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {/* views opened from the 更多 menu */}
              <MenuItem onClick={() => setTab("settings")}>{UI.more.settings}</MenuItem>
              <MenuItem onClick={() => setTab("about")}>{UI.more.about}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
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
        {tab === "about" ? <AboutView services={services} /> : null}
        {tab === "settings" ? <SettingsView /> : null}
      </main>
      </HouseStyleProvider>
    </FluentProvider>
  );
}
