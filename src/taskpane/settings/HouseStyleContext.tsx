/** One HouseStyleStore for the pane, given to the check, the 设置 view and the pack panel through React context. */
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { PaneServices } from "../services";
import { HouseStyleStore, type HouseStyleState } from "./houseStyleStore";

const HouseStyleContext = createContext<HouseStyleStore | undefined>(undefined);

export function HouseStyleProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  const store = useMemo(() => new HouseStyleStore(services.store, services.word), [services]);
  return <HouseStyleContext.Provider value={store}>{children}</HouseStyleContext.Provider>;
}

/** The pane's store; undefined outside the provider (a component rendered alone checks as built). */
export function useHouseStyleStore(): HouseStyleStore | undefined {
  return useContext(HouseStyleContext);
}

const NO_STATE = () => undefined;
const NO_SUBSCRIPTION = () => () => undefined;

export function useHouseStyleState(): HouseStyleState | undefined {
  const store = useHouseStyleStore();
  return useSyncExternalStore(store?.subscribe ?? NO_SUBSCRIPTION, store?.getState ?? NO_STATE);
}
