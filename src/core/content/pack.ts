/**
 * Export and import of the own library as a JSON pack.
 *
 * Id collisions on import: an incoming entry whose id is already taken (by an own entry of the same kind, or by a
 * built-in entry) is identical → skipped, so importing the same pack twice changes nothing; different → with
 * `onCollision: "rename"` (the default) it is added under a fresh id ("<id>-2", "<id>-3" …) and the writer's own
 * entry is never overwritten; with `"replace"` it replaces the own entry in place (built-in ids are always renamed,
 * built-in content cannot be replaced).
 */
import type { ContentPack, ContentSet, EntryKind, Phrase, SectionTemplate, Skeleton, UserLibrary } from "./types";
import { PACK_FORMAT, PACK_VERSION } from "./validate";

/** Serialises the own entries as a pack, pretty-printed so it can be read and edited in a text editor. */
export function exportPack(own: ContentSet, name?: string): string {
  const pack: ContentPack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(name !== undefined && name.trim() !== "" ? { name: name.trim() } : {}),
    phrases: own.phrases,
    sections: own.sections,
    skeletons: own.skeletons,
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export type CollisionPolicy = "rename" | "replace";

export interface ImportOptions {
  readonly onCollision?: CollisionPolicy;
  /** Ids of built-in entries per kind; an incoming entry may not take one of them. */
  readonly builtInIds?: Readonly<Record<EntryKind, ReadonlySet<string>>>;
}

export interface ImportReport {
  readonly added: number;
  readonly replaced: number;
  /** Identical to an entry already present. */
  readonly unchanged: number;
  readonly renamed: readonly { readonly kind: EntryKind; readonly from: string; readonly to: string }[];
}

export interface ImportResult {
  readonly library: UserLibrary;
  readonly report: ImportReport;
}

type Entry = Phrase | SectionTemplate | Skeleton;

/** Key order does not matter for "identical": compare a canonical serialisation. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort();
    const obj = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A fresh id: "<id>-2", "<id>-3" … trimmed so it stays within the id length limit. */
export function freshId(base: string, taken: (id: string) => boolean): string {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

interface MergeState {
  added: number;
  replaced: number;
  unchanged: number;
  renamed: { kind: EntryKind; from: string; to: string }[];
}

function mergeList<T extends Entry>(
  kind: EntryKind,
  existing: readonly T[],
  incoming: readonly T[],
  policy: CollisionPolicy,
  builtIn: ReadonlySet<string>,
  state: MergeState,
): T[] {
  const result = [...existing];
  const indexById = new Map(result.map((e, i) => [e.id, i]));
  const taken = (id: string): boolean => indexById.has(id) || builtIn.has(id);
  for (const entry of incoming) {
    const at = indexById.get(entry.id);
    if (at !== undefined && canonical(result[at]) === canonical(entry)) {
      state.unchanged += 1;
    } else if (at !== undefined && policy === "replace") {
      result[at] = entry;
      state.replaced += 1;
    } else if (taken(entry.id)) {
      const to = freshId(entry.id, taken);
      indexById.set(to, result.length);
      result.push({ ...entry, id: to });
      state.renamed.push({ kind, from: entry.id, to });
      state.added += 1;
    } else {
      indexById.set(entry.id, result.length);
      result.push(entry);
      state.added += 1;
    }
  }
  return result;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** Merges a validated pack into the own library. Pure: returns a new library and a report for the writer. */
export function importPack(library: UserLibrary, pack: ContentSet, options: ImportOptions = {}): ImportResult {
  const policy = options.onCollision ?? "rename";
  const ids = options.builtInIds;
  const state: MergeState = { added: 0, replaced: 0, unchanged: 0, renamed: [] };
  const own: ContentSet = {
    phrases: mergeList("phrase", library.own.phrases, pack.phrases, policy, ids?.phrase ?? NO_IDS, state),
    sections: mergeList("section", library.own.sections, pack.sections, policy, ids?.section ?? NO_IDS, state),
    skeletons: mergeList("skeleton", library.own.skeletons, pack.skeletons, policy, ids?.skeleton ?? NO_IDS, state),
  };
  return { library: { ...library, own }, report: { ...state } };
}
