/**
 * Word's list counters, advanced paragraph by paragraph in document order, producing `listString` as Office.js
 * reports it (the number without the tab that follows it).
 */
import { formatNumber } from "./numfmt";
import { MAX_LEVELS, type LevelDef, type ListInstance } from "./numbering";

interface CounterSet {
  /** The last number shown per level; undefined until the level is used or after it restarts. */
  readonly counts: (number | undefined)[];
  /** w:num instances already used: their startOverrides apply once, on first use (ECMA-376 17.9.28). */
  readonly usedNums: Set<number>;
}

export class ListCounter {
  private readonly sets = new Map<string, CounterSet>();

  /** Advances the list for one numbered paragraph and returns what Word shows before its text. */
  next(numId: number, instance: ListInstance, ilvl: number): string | undefined {
    const level = instance.levels[ilvl];
    if (level === undefined) return undefined;
    const set = this.counterSet(instance.abstractId);
    if (!set.usedNums.has(numId)) {
      set.usedNums.add(numId);
      for (const overridden of instance.startOverrides.keys()) set.counts[overridden] = undefined;
    }
    // A shallower level not numbered yet (a 1. before the first 一、, or after a new 一、 restarted （一）) counts as
    // shown once with its start value, so its next item shows start + 1: Word's rule (Microsoft KB Q110380, "Heading 1
    // starts with 2"), which LibreOffice follows on import and which is what a WPS or Word contents list prints.
    for (let shallower = 0; shallower < ilvl; shallower++) {
      set.counts[shallower] ??= startOf(instance, shallower);
    }
    const current = set.counts[ilvl];
    set.counts[ilvl] = current === undefined ? startOf(instance, ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      if (restartsAfter(instance.levels[deeper], deeper, ilvl)) set.counts[deeper] = undefined;
    }
    return render(level, instance, set.counts);
  }

  private counterSet(abstractId: string): CounterSet {
    let set = this.sets.get(abstractId);
    if (set === undefined) {
      set = { counts: new Array<number | undefined>(MAX_LEVELS).fill(undefined), usedNums: new Set() };
      this.sets.set(abstractId, set);
    }
    return set;
  }
}

function startOf(instance: ListInstance, ilvl: number): number {
  return instance.startOverrides.get(ilvl) ?? instance.levels[ilvl]?.start ?? 0;
}

/**
 * Whether level `deeper` restarts when level `used` (shallower) is numbered. w:lvlRestart is 1-based: 1 means
 * "after level 1 (ilvl 0)", 0 means never; a value deeper than the level itself is ignored (ECMA-376 17.9.10).
 */
function restartsAfter(level: LevelDef | undefined, deeper: number, used: number): boolean {
  const restart = level?.restart;
  if (restart === undefined || restart > deeper + 1) return true;
  return restart !== 0 && used < restart;
}

/** Fills %1…%9 in w:lvlText; every shallower counter is set by now, deeper ones (rare in patterns) show their start. */
function render(level: LevelDef, instance: ListInstance, counts: readonly (number | undefined)[]): string {
  const text = level.lvlText ?? "";
  if (level.numFmt === "bullet") return text;
  return text.replace(/%([1-9])/g, (_match, digit: string) => {
    const k = Number(digit) - 1;
    const value = counts[k] ?? startOf(instance, k);
    const numFmt = level.isLgl ? "decimal" : (instance.levels[k]?.numFmt ?? "decimal");
    return formatNumber(value, numFmt);
  });
}
