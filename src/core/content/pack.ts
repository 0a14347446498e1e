/**
 * Export and import of the own library as a JSON pack.
 *
 * Same content on import: an incoming entry whose content (a phrase's category and text; a template's or skeleton's
 * title and blocks, see `contentKey`) equals an own entry, a built-in entry or an entry added earlier from the same
 * pack is never added again, whatever its id: importing a pack twice changes nothing even when ids were renamed the
 * first time.
 *
 * Id collisions on import: an incoming entry whose id is already taken (by an own entry of the same kind, or by a
 * built-in entry) is identical → skipped, so importing the same pack twice changes nothing; different → with
 * `onCollision: "rename"` (the default) it is added under a fresh id ("<id>-2", "<id>-3" …) and the writer's own
 * entry is never overwritten; with `"replace"` it replaces the own entry in place (built-in ids are always renamed,
 * built-in content cannot be replaced).
 */
import type { HouseStyle } from "../houseStyle/types";
import type { ContentPack, ContentSet, EntryKind, EntryRef, Phrase, SectionTemplate, Skeleton, UserLibrary } from "./types";
import { PACK_FORMAT, PACK_VERSION } from "./validate";

/**
 * Serialises the own entries as a pack, pretty-printed so it can be read and edited in a text editor; with the
 * writer's house style when one is given (the team's 本单位规范 travels with its phrases), and the favourites when
 * there are any (own and built-in entries; built-in ids are stable, so a colleague's import finds them).
 */
export function exportPack(own: ContentSet, name?: string, houseStyle?: HouseStyle, favourites: readonly EntryRef[] = []): string {
  const pack: ContentPack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(name !== undefined && name.trim() !== "" ? { name: name.trim() } : {}),
    phrases: own.phrases,
    sections: own.sections,
    skeletons: own.skeletons,
    ...(houseStyle !== undefined ? { houseStyle } : {}),
    ...(favourites.length > 0 ? { favourites: favourites.map(({ kind, id }) => ({ kind, id })) } : {}),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export type CollisionPolicy = "rename" | "replace";

export interface ImportOptions {
  readonly onCollision?: CollisionPolicy;
  /** Ids of built-in entries per kind; an incoming entry may not take one of them. */
  readonly builtInIds?: Readonly<Record<EntryKind, ReadonlySet<string>>>;
  /** The built-in entries: an incoming entry with the same content as one of them is not added. */
  readonly builtIn?: ContentSet;
}

export interface ImportReport {
  readonly added: number;
  /** Added or replaced, per kind, for "已导入 3 条常用语、1 个段落模板". */
  readonly byKind: Readonly<Record<EntryKind, number>>;
  readonly replaced: number;
  /** Same content as an entry already present (or earlier in the pack): not added. */
  readonly unchanged: number;
  /** Ids taken by another entry, so added under a fresh id. For logs and tests: writers never see ids. */
  readonly renamed: readonly { readonly kind: EntryKind; readonly from: string; readonly to: string }[];
  /** Favourites the pack carried that were not favourites yet. */
  readonly favourites: number;
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

/**
 * What makes two entries "the same" for a writer: a phrase's category and text, a template's or skeleton's title and
 * blocks (roles and texts). Ids, tags, descriptions and copiedFrom do not count; surrounding spaces do not either.
 */
export function contentKey(kind: EntryKind, entry: Phrase | Omit<Phrase, "id"> | SectionLike): string {
  if (kind === "phrase") {
    const phrase = entry as Omit<Phrase, "id">;
    return JSON.stringify(["phrase", phrase.category, phrase.text.trim()]);
  }
  const { title, blocks } = entry as SectionLike;
  return JSON.stringify([kind, title.trim(), blocks.map((b) => [b.role, b.text.trim()])]);
}

type SectionLike = Pick<SectionTemplate, "title" | "blocks">;

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
  byKind: Record<EntryKind, number>;
  replaced: number;
  unchanged: number;
  renamed: { kind: EntryKind; from: string; to: string }[];
  /** Per kind, an incoming id → the id its content has in the library after the merge (for the favourites). */
  ids: Record<EntryKind, Map<string, string>>;
}

function mergeList<T extends Entry>(
  kind: EntryKind,
  existing: readonly T[],
  incoming: readonly T[],
  policy: CollisionPolicy,
  builtIn: ReadonlySet<string>,
  builtInEntries: readonly T[],
  state: MergeState,
): T[] {
  const result = [...existing];
  const indexById = new Map(result.map((e, i) => [e.id, i]));
  const taken = (id: string): boolean => indexById.has(id) || builtIn.has(id);
  const present = new Map([...builtInEntries, ...existing].map((e) => [contentKey(kind, e), e.id]));
  const ids = state.ids[kind];
  for (const entry of incoming) {
    const at = indexById.get(entry.id);
    const key = contentKey(kind, entry);
    const same = present.get(key);
    if (at !== undefined && canonical(result[at]) === canonical(entry)) {
      state.unchanged += 1;
      ids.set(entry.id, entry.id);
    } else if (at !== undefined && policy === "replace") {
      result[at] = entry;
      present.set(key, entry.id);
      state.replaced += 1;
      state.byKind[kind] += 1;
      ids.set(entry.id, entry.id);
    } else if (same !== undefined) {
      state.unchanged += 1;
      ids.set(entry.id, same);
    } else if (taken(entry.id)) {
      const to = freshId(entry.id, taken);
      indexById.set(to, result.length);
      result.push({ ...entry, id: to });
      present.set(key, to);
      state.renamed.push({ kind, from: entry.id, to });
      state.added += 1;
      state.byKind[kind] += 1;
      ids.set(entry.id, to);
    } else {
      indexById.set(entry.id, result.length);
      result.push(entry);
      present.set(key, entry.id);
      state.added += 1;
      state.byKind[kind] += 1;
      ids.set(entry.id, entry.id);
    }
  }
  return result;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** Merges a validated pack into the own library. Pure: returns a new library and a report for the writer. */
export function importPack(library: UserLibrary, pack: ContentSet & Pick<ContentPack, "favourites">, options: ImportOptions = {}): ImportResult {
  const policy = options.onCollision ?? "rename";
  const ids = options.builtInIds;
  const b = options.builtIn;
  const state: MergeState = {
    added: 0,
    byKind: { phrase: 0, section: 0, skeleton: 0 },
    replaced: 0,
    unchanged: 0,
    renamed: [],
    ids: { phrase: new Map(), section: new Map(), skeleton: new Map() },
  };
  const own: ContentSet = {
    phrases: mergeList("phrase", library.own.phrases, pack.phrases, policy, ids?.phrase ?? NO_IDS, b?.phrases ?? [], state),
    sections: mergeList("section", library.own.sections, pack.sections, policy, ids?.section ?? NO_IDS, b?.sections ?? [], state),
    skeletons: mergeList(
      "skeleton",
      library.own.skeletons,
      pack.skeletons,
      policy,
      ids?.skeleton ?? NO_IDS,
      b?.skeletons ?? [],
      state,
    ),
  };
  const favourites = mergeFavourites(library.favourites, pack.favourites ?? [], state.ids, own, ids);
  const { ids: _ids, ...report } = state;
  return {
    library: { ...library, own, favourites: [...library.favourites, ...favourites] },
    report: { ...report, favourites: favourites.length },
  };
}

/**
 * The pack's favourites that are new to the writer, pointing where their entries now are: an own entry of the pack
 * by its id after the merge (renamed, or the writer's entry with the same content), a built-in entry by its id.
 * A favourite whose entry is neither in the library nor built in is dropped.
 */
function mergeFavourites(
  current: readonly EntryRef[],
  incoming: readonly EntryRef[],
  merged: MergeState["ids"],
  own: ContentSet,
  builtInIds: ImportOptions["builtInIds"],
): EntryRef[] {
  const ownIds: Record<EntryKind, ReadonlySet<string>> = {
    phrase: new Set(own.phrases.map((e) => e.id)),
    section: new Set(own.sections.map((e) => e.id)),
    skeleton: new Set(own.skeletons.map((e) => e.id)),
  };
  const seen = new Set(current.map((r) => `${r.kind}:${r.id}`));
  const added: EntryRef[] = [];
  for (const ref of incoming) {
    const id = merged[ref.kind].get(ref.id) ?? ref.id;
    const exists = ownIds[ref.kind].has(id) || builtInIds?.[ref.kind].has(id) === true;
    const key = `${ref.kind}:${id}`;
    if (!exists || seen.has(key)) continue;
    seen.add(key);
    added.push({ kind: ref.kind, id });
  }
  return added;
}
