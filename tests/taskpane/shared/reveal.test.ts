import { shareOut } from "../../../src/taskpane/shared/reveal";

describe("shareOut: the units drawn so far, section by section in list order", () => {
  it("fills the first sections and gives none to the ones after the first that does not fit", () => {
    expect(shareOut(12, [[1, 1, 11], [1, 1], [1]])).toEqual([2, 0, 0]);
    expect(shareOut(13, [[1, 1, 11], [1, 1], [1]])).toEqual([3, 0, 0]);
    expect(shareOut(16, [[1, 1, 11], [1, 1], [1]])).toEqual([3, 2, 1]);
  });
  it("draws everything once the units cover the list", () => {
    expect(shareOut(1000, [[5, 5], [], [1, 1, 1]])).toEqual([2, 0, 3]);
  });
});
