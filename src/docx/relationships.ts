/**
 * OPC relationships (.rels parts) and the part types the reader asks for: shared by the .docx package (package.ts)
 * and the flat OPC that Word's getOoxml() returns (flatOpc.ts). Kept apart from package.ts so that the task pane's
 * layout reader does not pull in the ZIP code.
 */
import { attr, childElements, type XmlElement } from "./xml";

/** Relationship types by their last segment: Transitional and Strict differ only in the prefix. */
export type PartType = "styles" | "numbering" | "settings" | "footnotes" | "endnotes" | "theme";

/** Where Word puts a part, for files without relationships: the part type's name, except the theme's. */
const CONVENTIONAL_NAMES: Readonly<Partial<Record<PartType, string>>> = { theme: "theme/theme1.xml" };

/** A part's conventional path relative to the main document's folder. */
export function conventionalName(type: PartType): string {
  return CONVENTIONAL_NAMES[type] ?? `${type}.xml`;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly path: string;
}

/** A parsed .rels part's internal relationships, paths resolved against `baseFolder` (no leading slash). */
export function relationshipsOf(root: XmlElement, baseFolder: string): Relationship[] {
  const out: Relationship[] = [];
  for (const rel of childElements(root)) {
    const type = attr(rel, "Type") ?? "";
    const target = attr(rel, "Target");
    if (attr(rel, "TargetMode") === "External" || !target) continue;
    out.push({ id: attr(rel, "Id") ?? "", type: type.slice(type.lastIndexOf("/") + 1), path: resolvePath(baseFolder, target) });
  }
  return out;
}

function resolvePath(baseFolder: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : baseFolder + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}
