/** The 更多 menu itself, loaded by MoreMenu.tsx at the first click and shown open (that click asked for it). */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { MoreButton, type MoreMenuProps } from "./MoreMenu";
import { UI } from "./strings";

export function MoreMenuLoaded({ onOpenView }: MoreMenuProps) {
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <MoreButton />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {/* views opened from the 更多 menu */}
          <MenuItem onClick={() => onOpenView("about")}>{UI.more.about}</MenuItem>
          <MenuItem onClick={() => onOpenView("settings")}>{UI.more.settings}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
