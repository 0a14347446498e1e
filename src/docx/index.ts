/** The .docx reader: bytes in, DocSnapshot out. Used by the CLI (Node) and the playground (browser). */
export { readDocx } from "./read-docx";
export { DocxReadError, type DocxErrorCode } from "./errors";
export { formatNumber } from "./numfmt";
