import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { UI } from "../strings";
import { formatCount } from "../shared/formatCount";
import { FIGURE_TEST_IDS, type FigureValues } from "./OverviewFigures.ids";

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  figure: {
    display: "grid",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/**
 * 概览's three figures (字数, 段落数, 标题). The one drawing of them: the build also renders it once into the page's
 * shell as a template (../shell/prerender.tsx), which the boot fills with the first read's numbers before React has
 * loaded (../shell/boot.ts), so what the writer sees then is this component's own markup.
 */
export function OverviewFigures(values: FigureValues) {
  const styles = useStyles();
  return (
    <div className={styles.figures}>
      {(["words", "paragraphs", "headings"] as const).map((key) => (
        <div key={key} className={styles.figure}>
          <Text size={200}>{UI.overview[key]}</Text>
          <Text size={500} weight="semibold" data-testid={FIGURE_TEST_IDS[key]}>
            {formatCount(values[key])}
          </Text>
        </div>
      ))}
    </div>
  );
}
