/** Reads the text of a pack file: JSON syntax errors are reported with line and column, in Chinese. */
import { LIMITS } from "../limits";
import type { ContentPack, ValidationResult } from "../types";
import { validatePack } from "./set";

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where JSON.parse stopped, from its message (V8 says "at position N"; an early end has no position). */
export function parseErrorOffset(message: string, text: string): number | undefined {
  const match = /position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  if (/end of (JSON )?input|Unterminated/i.test(message)) return text.length;
  return undefined;
}

/** Parses and validates the text of a pack file. Never throws. */
export function parsePack(text: string): ValidationResult<ContentPack> {
  // Windows editors (Notepad) save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    return { ok: false, errors: [{ path: "", message: "文件内容为空，请选择公文写作助手导出的素材包文件（.json）" }] };
  }
  if (body.length > LIMITS.packChars) {
    const size = Math.ceil(body.length / 10000);
    return { ok: false, errors: [{ path: "", message: `文件过大（约${size}万字），素材包最多${LIMITS.packChars / 10000}万字` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = parseErrorOffset(message, body);
    const where =
      offset === undefined
        ? ""
        : (() => {
            const { line, column } = lineColumn(body, offset);
            return `第${line}行第${column}列附近`;
          })();
    return {
      ok: false,
      errors: [
        {
          path: "",
          message: `文件不是有效的 JSON 格式：${where}有语法错误。请检查是否缺少或多出逗号、括号，引号是否成对且为英文半角引号（"）`,
        },
      ],
    };
  }
  return validatePack(value);
}
