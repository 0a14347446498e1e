/** Every contract check, in the order a report lists them. */
import { EDIT_CHECKS } from "./editChecks";
import { INSERT_CHECKS } from "./insertChecks";
import { LAYOUT_CHECKS } from "./layoutChecks";
import { READ_CHECKS } from "./readChecks";
import { STORE_CHECKS } from "./storeChecks";
import type { ContractCheck } from "./types";

export const CONTRACT_CHECKS: readonly ContractCheck[] = [...READ_CHECKS, ...EDIT_CHECKS, ...INSERT_CHECKS, ...LAYOUT_CHECKS, ...STORE_CHECKS];
