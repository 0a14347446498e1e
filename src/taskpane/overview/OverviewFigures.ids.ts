/** Where each of 概览's figures shows its number, by test id: the boot fills the shell's copy through them (no React here). */
export const FIGURE_TEST_IDS = { words: "stat-words", paragraphs: "stat-paragraphs", headings: "stat-headings" } as const;

export interface FigureValues {
  readonly words: number;
  readonly paragraphs: number;
  readonly headings: number;
}
