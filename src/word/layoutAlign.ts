/**
 * Pairing the paragraphs Office.js lists (body.paragraphs) with those the project's .docx reader finds in the body's
 * OOXML (src/docx/flatOpc.ts), by their text. Both walk the same body in the same order, so they normally match one
 * to one; where they do not (a field or content control whose text the two read differently, a paragraph Word adds
 * or leaves out), the paragraphs in between stay unpaired: a paragraph without a layout is "could not be told",
 * which the 格式 check never reports, whereas a layout lent from a neighbour would be a false finding.
 */

/** How far ahead either side may look to find the two lists in step again after a mismatch. */
const RESYNC_WINDOW = 24;

/** The two lists agree at (i, j), and at the pair after it too (or both end there): a pairing we trust. */
function anchored(office: readonly string[], flat: readonly string[], i: number, j: number): boolean {
  if (office[i] !== flat[j]) return false;
  const bothEnd = i + 1 === office.length && j + 1 === flat.length;
  return bothEnd || (i + 1 < office.length && j + 1 < flat.length && office[i + 1] === flat[j + 1]);
}

/** The nearest (by skipped paragraphs on both sides) trusted pairing after a mismatch at (i, j), if any. */
function resync(office: readonly string[], flat: readonly string[], i: number, j: number): [number, number] | undefined {
  for (let skipped = 1; skipped <= 2 * RESYNC_WINDOW; skipped++) {
    for (let a = Math.max(0, skipped - RESYNC_WINDOW); a <= Math.min(skipped, RESYNC_WINDOW); a++) {
      const ii = i + a;
      const jj = j + (skipped - a);
      if (ii < office.length && jj < flat.length && anchored(office, flat, ii, jj)) return [ii, jj];
    }
  }
  return undefined;
}

/**
 * For each Office.js paragraph, the index of its OOXML paragraph, or undefined when it could not be paired with
 * confidence. A pairing is never made across a mismatch unless two consecutive paragraphs agree again.
 */
export function pairParagraphs(office: readonly string[], flat: readonly string[]): (number | undefined)[] {
  const pairs: (number | undefined)[] = new Array<number | undefined>(office.length).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < office.length && j < flat.length) {
    if (office[i] === flat[j]) {
      pairs[i] = j;
      i++;
      j++;
      continue;
    }
    const next = resync(office, flat, i, j);
    if (!next) break;
    [i, j] = next;
  }
  return pairs;
}
