import { houseStyleToOptions, switchedOffLines } from "../../core/houseStyle";
import type { CheckOptionsInput } from "../../core/options";
import type { HouseStyleStore } from "../settings/houseStyleStore";

/**
 * What a check reads from the house style in force (the document's pinned one, else the writer's own:
 * ../settings/houseStyleStore.ts effective): its options, and the verdict's lines on what it turns off. One
 * derivation for 检查 (./useCheck.ts) and its analysis ahead (./ahead.ts): an analysis ahead made with other options
 * than the check's would never be used.
 */
export function checkOptionsFrom(store: HouseStyleStore): { readonly options: Promise<CheckOptionsInput>; readonly switchedOff: Promise<readonly string[]> } {
  const style = store.effective();
  const options = style.then((effective) => houseStyleToOptions(effective.style));
  const switchedOff = style.then((effective) => switchedOffLines(effective.style));
  // A caller may use one of them only (the analysis ahead): the other's failure is the one awaited's, not reported apart.
  switchedOff.catch(() => undefined);
  options.catch(() => undefined);
  return { options, switchedOff };
}
