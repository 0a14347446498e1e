/**
 * The 更多 menu (views opened from it rather than a tab). Fluent's Menu brings its popup positioning with it (about
 * 20 KB gzip), so the pane starts with a plain button of the same look and loads the menu at its first click, opened.
 */
import { Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import type { ButtonProps } from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { UI } from "./strings";
import { onDemandComponent } from "./shared/onDemandComponent";

/** Views opened from the 更多 menu rather than a tab: none of the four tabs is selected while one is shown. */
export type MenuViewId = "about" | "settings";

export interface MoreMenuProps {
  onOpenView(view: MenuViewId): void;
}

// The tab bar has no room for the explanation: the button says it (its label and tooltip) and a click tries again.
const LoadedMenu = onDemandComponent(
  () => import(/* webpackChunkName: "menu" */ "./MoreMenuLoaded").then((m) => m.MoreMenuLoaded),
  (_, { error, retry }) => <MoreButton aria-label={`${UI.more.label}：${error.message}`} title={error.message} onClick={retry} />,
);

/** The button, alone or as the menu's trigger (which hands it its ref, handlers and aria-expanded). */
export function MoreButton(props: ButtonProps) {
  return <Button appearance="subtle" aria-label={UI.more.label} title={UI.more.label} icon={<MoreHorizontalRegular />} {...props} />;
}

export function MoreMenu({ onOpenView }: MoreMenuProps) {
  const [wanted, setWanted] = useState(false);
  if (!wanted) return <MoreButton onClick={() => setWanted(true)} />;
  return (
    <Suspense fallback={<MoreButton />}>
      <LoadedMenu onOpenView={onOpenView} />
    </Suspense>
  );
}
