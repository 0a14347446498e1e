/** 帮助与自检: where to read more, the privacy promise, and the 自检 for IT staff. */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneServices } from "../services";
import { SelfTestSection } from "./SelfTestSection";
import { ABOUT } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, lineHeight: tokens.lineHeightBase300 },
});

export function AboutView({ services }: { services: PaneServices }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h2 id="about-title" tabIndex={-1}>{ABOUT.title}</h2>
      <p>{ABOUT.helpIntro}</p>
      <p>
        <Link href="help.html" target="_blank" rel="noopener">{ABOUT.helpLink}</Link>
      </p>
      <p>{ABOUT.privacy}</p>
      <SelfTestSection host={services.word} bench={services.selfTest} />
    </div>
  );
}
