import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ViewComment, ViewParagraph } from "./playgroundDocument";
import { PLAYGROUND_UI } from "./strings";

const useStyles = makeStyles({
  list: { margin: "0 auto 24px", width: "min(794px, 100%)", display: "grid", gap: tokens.spacingVerticalXS },
  item: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalS,
  },
});

/** Word shows comments in the margin; the playground lists them under the page. */
export function CommentList({ comments, paragraphs }: { comments: readonly ViewComment[]; paragraphs: readonly ViewParagraph[] }) {
  const styles = useStyles();
  return (
    <section className={styles.list} aria-label={PLAYGROUND_UI.comments} data-testid="comments">
      <Text weight="semibold">
        {PLAYGROUND_UI.comments}（{comments.length}）
      </Text>
      {comments.length === 0 ? <Text size={200}>{PLAYGROUND_UI.noComments}</Text> : null}
      {comments.map((comment, index) => (
        <div key={index} className={styles.item} data-testid="comment">
          <Text size={200}>
            「{paragraphs[comment.paragraphIndex]?.text.slice(comment.start, comment.end)}」{comment.text}
          </Text>
        </div>
      ))}
    </section>
  );
}
