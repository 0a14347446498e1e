import { checkDocument, checkInSteps } from "../../src/core/engine";
import { RULES } from "../../src/core/rules/registry";
import { finish, inItemSlices, inSlices, runSlice, STEP_MS } from "../../src/core/steps";
import { generateDocument } from "../support/generateDocument";

/** A clock that moves `msPerLook` each time it is read: a machine as slow as we like, the same on every run. */
function slowClock(msPerLook: number): jest.SpyInstance {
  let now = 0;
  return jest.spyOn(performance, "now").mockImplementation(() => (now += msPerLook));
}

afterEach(() => jest.restoreAllMocks());

describe("inSlices (a long pass cut into steps by the clock)", () => {
  const paragraphs = Array.from({ length: 300 }, (_, i) => ({ text: "字".repeat(100 + (i % 7) * 400) }));

  function run(msPerLook: number): { read: Array<[number, number]>; pauses: number } {
    slowClock(msPerLook);
    const read: Array<[number, number]> = [];
    const steps = inSlices(paragraphs, (from, to) => read.push([from, to]));
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    return { read, pauses };
  }

  it("reads every paragraph once, in order, and never pauses on a machine fast enough", () => {
    const { read, pauses } = run(0);
    expect(read[0][0]).toBe(0);
    expect(read[read.length - 1][1]).toBe(paragraphs.length);
    read.forEach(([from], k) => k > 0 && expect(from).toBe(read[k - 1][1]));
    expect(pauses).toBe(0);
  });

  it("pauses once STEP_MS have passed, between paragraphs, and not after the last", () => {
    // Two looks per chunk (one after it, one when the step starts again): a pause every chunk at STEP_MS per look.
    const { read, pauses } = run(STEP_MS);
    expect(pauses).toBe(read.length - 1);
    expect(read[read.length - 1][1]).toBe(paragraphs.length);
    const slower = run(STEP_MS / 4);
    expect(slower.pauses).toBeGreaterThan(0);
    expect(slower.pauses).toBeLessThan(slower.read.length - 1);
  });

  it("runs to the end at once under finish", () => {
    slowClock(STEP_MS);
    const read: Array<[number, number]> = [];
    finish(inSlices(paragraphs, (from, to) => read.push([from, to])));
    expect(read[read.length - 1][1]).toBe(paragraphs.length);
  });
});

describe("inItemSlices (a pass over an analysis's items cut into steps by the clock)", () => {
  it("reads every item once, in order, pausing only once STEP_MS have passed and not after the last", () => {
    slowClock(STEP_MS / 2);
    const read: Array<[number, number]> = [];
    const steps = inItemSlices(5_000, (from, to) => read.push([from, to]));
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(read[0][0]).toBe(0);
    expect(read[read.length - 1][1]).toBe(5_000);
    read.forEach(([from], k) => k > 0 && expect(from).toBe(read[k - 1][1]));
    expect(pauses).toBeGreaterThan(1);
    expect(pauses).toBeLessThan(read.length);
  });

  it("never pauses on a machine fast enough", () => {
    slowClock(0);
    const steps = inItemSlices(5_000, () => undefined);
    expect(steps.next().done).toBe(true);
  });
});

describe("runSlice (steps back to back, one time budget)", () => {
  const paragraphs = Array.from({ length: 300 }, () => ({ text: "字".repeat(2_000) }));

  it("a pass that starts late in a slice yields at the slice's end, not STEP_MS later; alone it keeps STEP_MS", () => {
    let now = 0;
    jest.spyOn(performance, "now").mockImplementation(() => now);
    // A step of 28 ms, then a pass reading 2 ms per chunk.
    function* job(): Generator<void, void, void> {
      now += 28;
      yield;
      yield* inSlices(paragraphs, () => void (now += 2));
    }
    const steps = job();
    const step = runSlice(steps, 30);
    expect(step.done).toBe(false);
    expect(now).toBe(30); // the slice's 30 ms, not 28 + STEP_MS
    // Outside a slice the pass yields after STEP_MS of its own again.
    const start = now;
    steps.next();
    expect(now - start).toBeGreaterThanOrEqual(STEP_MS);
    expect(now - start).toBeLessThanOrEqual(STEP_MS + 2);
  });
});

describe("checkInSteps on a long document and a slow machine", () => {
  const long = generateDocument({ pages: 200, seed: 7 }).snapshot;
  const copy = () => ({ ...long, paragraphs: long.paragraphs.map((p) => ({ ...p })) });

  it("cuts the shared analyses and the long rules into steps and still ends with exactly checkDocument's findings", () => {
    slowClock(5);
    const steps = checkInSteps(copy());
    const names: string[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) names.push(step.value);
    // Checked after the steps: the outline of the same paragraphs is reused (../../src/core/analysis/outline.ts), so
    // checked first it would leave the steps none to build.
    const expected = checkDocument(copy());
    // The outline (numbering), the enumerations, the placeholders: each over 150,000 characters, several steps.
    // The passes over the enumeration items (thousands of them) and the punctuation passes too.
    for (const id of ["numbering-sequence", "enumeration-sequence", "placeholder", "enumeration-form", "enumeration-ending", "punctuation-pairs", "punctuation-width"])
      expect(names.filter((n) => n === id).length).toBeGreaterThan(1);
    expect(names.length).toBeGreaterThan(RULES.length);
    expect(step.value).toEqual(expected);
    expect(step.value.length).toBeGreaterThan(50);
  });
});
