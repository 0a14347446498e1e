/**
 * The ZIP container, inflated part by part on demand: a .docx is mostly images and fonts, and the reader needs only
 * a handful of XML parts, so nothing else is ever decompressed.
 */
import { unzipSync } from "fflate";
import { compoundFileKind } from "./compound-file";
import { DocxReadError } from "./errors";

export class ZipArchive {
  /** Lower-cased name → the name as stored: OPC part names are case-insensitive. */
  private readonly names = new Map<string, string>();

  constructor(private readonly bytes: Uint8Array) {
    try {
      // A filter that accepts nothing lists the entries without inflating any of them.
      unzipSync(bytes, {
        filter: (file) => {
          this.names.set(file.name.toLowerCase(), file.name);
          return false;
        },
      });
    } catch (error) {
      const kind = compoundFileKind(bytes);
      if (kind !== undefined) throw new DocxReadError(kind);
      throw new DocxReadError("not-zip", error instanceof Error ? error.message : String(error));
    }
  }

  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  /** Every entry's name, lower-cased. */
  entryNames(): IterableIterator<string> {
    return this.names.keys();
  }

  /** Inflates one entry; undefined when the package has no such entry. */
  read(name: string): Uint8Array | undefined {
    const stored = this.names.get(name.toLowerCase());
    if (stored === undefined) return undefined;
    try {
      return unzipSync(this.bytes, { filter: (file) => file.name === stored })[stored];
    } catch (error) {
      throw new DocxReadError("not-zip", `${stored}：${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
