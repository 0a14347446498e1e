/** The house style in the team pack, for the pack panel: what export carries, and taking over an imported one. */
import { isEmptyStyle, validateHouseStyle, PACK_PLACE, type HouseStyle } from "../../core/houseStyle";
import type { HouseStyleState, HouseStyleStore } from "./houseStyleStore";
import { SETTINGS_UI } from "./strings";

/** The writer's own style, when it changes anything and the writer wants it in the pack. */
export function exportedHouseStyle(state: HouseStyleState | undefined, wanted: boolean): HouseStyle | undefined {
  if (!state || !wanted) return undefined;
  return isEmptyStyle(state.user) && state.user.name === undefined ? undefined : state.user;
}

/** Makes an imported pack's style the writer's own; the lines say so, with notes on rules of another version. */
export function adoptHouseStyle(store: HouseStyleStore | undefined, style: HouseStyle | undefined): string[] {
  if (!store || !style) return [];
  store.setUser(style);
  const checked = validateHouseStyle(style, PACK_PLACE);
  const notes = checked.ok ? checked.notes.map((note) => note.message) : [];
  return [SETTINGS_UI.adopted(style.name), ...notes];
}
