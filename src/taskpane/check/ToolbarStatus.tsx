import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, InfoRegular } from "@fluentui/react-icons";
import { NoticeHere } from "./NoticeHere";
import type { PlacedNotice } from "./reviewSession";

const useStyles = makeStyles({
  // One line kept under the toolbar while there are results, whether a notice is in it or not: the walk's 第 2 处，
  // 共 7 处 comes and goes at each 上一处 / 下一处, and a notice pushed in above the verdict moved the whole list down
  // by 52 px each time (found in the 340 px walk).
  // As high as a check's progress (its 取消 button), shown there too.
  // Close under the toolbar: the tab's grid puts a larger gap between its rows.
  status: {
    minHeight: "24px",
    marginTop: `calc(${tokens.spacingVerticalXS} - ${tokens.spacingVerticalM})`,
    display: "grid",
    gap: tokens.spacingVerticalXS,
    alignContent: "start",
  },
  line: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    fontSize: tokens.fontSizeBase200,
    lineHeight: "24px",
    color: tokens.colorNeutralForeground2,
  },
  textLine: { display: "block" },
  icon: { flexShrink: 0, fontSize: "16px", marginTop: "4px" },
  info: { color: tokens.colorBrandForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * The toolbar's notices, in the line kept for them. A plain one (the walk's place, 没有可以自动修正的问题) is a line of
 * text there, so the list below does not move; one with a title or a button (撤消排版), a warning or an error keeps
 * its bar, which may then take more room: it follows an action that changed the document, whose re-check redraws
 * the list anyway. Not a live region itself: the tab's Announcer speaks each notice once.
 */
export function ToolbarStatus({ notice, children }: { notice: PlacedNotice | undefined; children?: ReactNode }) {
  const styles = useStyles();
  const plain = notice && (notice.intent === "info" || notice.intent === "success") && !notice.title && !notice.action;
  return (
    <div className={styles.status} data-testid="toolbar-status">
      {children}
      {notice && !plain ? <NoticeHere notice={notice} /> : null}
      {notice && plain ? (
        <div className={styles.line} data-testid="notice">
          {notice.intent === "success" ? (
            <CheckmarkCircleRegular className={`${styles.icon} ${styles.success}`} aria-hidden />
          ) : (
            <InfoRegular className={`${styles.icon} ${styles.info}`} aria-hidden />
          )}
          <span>
            {notice.text.split("\n").map((line, index) => (
              <span key={index} className={styles.textLine}>
                {line}
              </span>
            ))}
          </span>
        </div>
      ) : null}
    </div>
  );
}
