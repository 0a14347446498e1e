import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit", borderRadius: "2px" },
});

/** The text with [start, end) marked: the part of a phrase or title the query matched. */
export function Highlighted({ text, range }: { text: string; range?: readonly [number, number] }) {
  const styles = useStyles();
  if (!range || range[0] >= range[1]) return <>{text}</>;
  return (
    <>
      {text.slice(0, range[0])}
      <mark className={styles.mark}>{text.slice(range[0], range[1])}</mark>
      {text.slice(range[1])}
    </>
  );
}
