/**
 * 自检: the contract suite run inside the writer's own host, from the pane. It writes test text, comments and a
 * document setting, so it runs only in a blank document and empties it again afterwards; the report says whether
 * the document is blank again, because a self-test that leaves text behind in someone's file is worse than none.
 */
import { isBodyParagraph, type DocSnapshot } from "../../core/model";
import type { DocumentHost } from "../port";
import { CONTRACT_CHECKS } from "./checks";
import { runContract, type ContractReport } from "./runner";
import { SELF_TEST_SETTING_KEY } from "./storeChecks";
import type { ContractCheck, ContractDocument } from "./types";

/** What a host offers the 自检 besides the port: the contract's set-up, and emptying the document again. */
export interface SelfTestBench extends ContractDocument {
  /** Empties the main text (text, tables, comments); the document was blank before the 自检 began. */
  clear(): Promise<void>;
}

export type SelfTestOutcome =
  | { readonly kind: "refused"; readonly reason: string }
  | { readonly kind: "done"; readonly report: ContractReport; readonly cleanedUp: boolean; readonly cleanUpNote: string };

/** Blank: no text and no table in the main text (headers and footers are not touched, so they may hold text). */
export function isBlankDocument(snapshot: DocSnapshot): boolean {
  return snapshot.paragraphs.filter(isBodyParagraph).every((p) => p.text.trim() === "" && !p.listString && p.tableNestingLevel === 0);
}

export const SELF_TEST_MESSAGES = {
  notBlank: "自检会在文档中写入测试文字和批注，结束后全部删除。为不影响您的文稿，请新建一个空白文档，在其中打开任务窗格后再运行自检。",
  cleanedUp: "测试内容已全部删除，文档恢复为空白。",
  notCleanedUp: (what: string) => `未能完全删除测试内容（${what}），请关闭此文档且不要保存。`,
} as const;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runSelfTest(
  host: DocumentHost,
  bench: SelfTestBench,
  onProgress?: (done: number, total: number) => void,
  checks: readonly ContractCheck[] = CONTRACT_CHECKS,
): Promise<SelfTestOutcome> {
  if (!isBlankDocument(await host.readSnapshot())) return { kind: "refused", reason: SELF_TEST_MESSAGES.notBlank };
  // Each check's failure is caught inside runContract; should anything else throw, the document is emptied all the same.
  const report = await runContract(host, bench, checks, onProgress).catch(async (error: unknown) => {
    await cleanUpAfter(host, bench);
    throw error;
  });
  return { kind: "done", report, ...(await cleanUpAfter(host, bench)) };
}

async function cleanUpAfter(host: DocumentHost, bench: SelfTestBench): Promise<{ cleanedUp: boolean; cleanUpNote: string }> {
  const problems: string[] = [];
  try {
    await bench.clear();
  } catch (error) {
    problems.push(`清空文档：${describe(error)}`);
  }
  try {
    await host.removeDocumentSetting(SELF_TEST_SETTING_KEY);
  } catch (error) {
    problems.push(`删除文档设置：${describe(error)}`);
  }
  try {
    if (!isBlankDocument(await host.readSnapshot())) problems.push("文档中仍有文字");
  } catch (error) {
    problems.push(`读回文档：${describe(error)}`);
  }
  return problems.length
    ? { cleanedUp: false, cleanUpNote: SELF_TEST_MESSAGES.notCleanedUp(problems.join("；")) }
    : { cleanedUp: true, cleanUpNote: SELF_TEST_MESSAGES.cleanedUp };
}
