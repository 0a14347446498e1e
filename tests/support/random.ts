/**
 * A small seeded random source (mulberry32) for generated documents and property tests: the same seed gives the
 * same document on every machine, so a failure reproduces from the seed alone.
 */

export interface Random {
  readonly seed: number;
  /** [0, 1) */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (or all when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[int(0, items.length - 1)];
    },
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
  };
}

/**
 * The base seed of a property test: fixed by default so `npm test` is deterministic; ROBUSTNESS_SEED=<n> explores
 * other inputs (ROBUSTNESS_SEED=random picks one from the clock and the failure message prints it).
 */
export function baseSeed(fallback: number, name = "ROBUSTNESS_SEED"): number {
  const raw = process.env[name];
  if (raw === "random") return (Date.now() ^ (process.pid << 8)) >>> 0;
  if (raw !== undefined && raw !== "" && Number.isFinite(Number(raw))) return Number(raw) >>> 0;
  return fallback >>> 0;
}
