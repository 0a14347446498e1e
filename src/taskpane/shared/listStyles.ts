import { tokens } from "@fluentui/react-components";
import type { GriffelStyle } from "@fluentui/react-components";

/** A bare list: the pane's outline and phrase lists. */
export const PLAIN_LIST: GriffelStyle = { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "2px" };

/** A list entry that is itself the button (a heading to select, a phrase to insert): text-like, with hover and focus. */
export const LIST_ENTRY_BUTTON: GriffelStyle = {
  textAlign: "start",
  border: "none",
  background: "none",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  borderRadius: tokens.borderRadiusMedium,
  cursor: "pointer",
  color: tokens.colorNeutralForeground1,
  font: "inherit",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
};
