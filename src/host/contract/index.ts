/**
 * The host contract: every check, in the order a report lists them. Written against DocumentHost only, so the same
 * checks run over the simulated host in `npm test` and, through the pane's 自检, inside real Word.
 */
import { EDIT_CHECKS } from "./editChecks";
import { INSERT_CHECKS } from "./insertChecks";
import { READ_CHECKS } from "./readChecks";
import { STORE_CHECKS } from "./storeChecks";
import type { ContractCheck } from "./types";

export const CONTRACT_CHECKS: readonly ContractCheck[] = [...READ_CHECKS, ...EDIT_CHECKS, ...INSERT_CHECKS, ...STORE_CHECKS];

export { runContract, reportLine, type ContractReport, type ContractResult } from "./runner";
export type { ContractCheck, ContractDocument, ContractLine, ContractOutcome, ContractParagraph } from "./types";
