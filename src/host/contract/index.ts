/**
 * The host contract: checks written against DocumentHost only, so the same checks run over the simulated host in
 * `npm test` and, through the pane's 自检 (runSelfTest), inside real Word.
 */
export { CONTRACT_CHECKS } from "./checks";
export { runContract, reportLine, type ContractReport, type ContractResult } from "./runner";
export { runSelfTest, isBlankDocument, SELF_TEST_MESSAGES, type SelfTestBench, type SelfTestOutcome } from "./selfTest";
export type { ContractCheck, ContractDocument, ContractFormat, ContractLine, ContractOutcome, ContractParagraph } from "./types";
