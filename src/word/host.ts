/**
 * The tiny host object src/word runs on: the real Office (createOfficeHost) or the simulated Word
 * (src/playground/fakeWord). Nothing else in src/word reads the `Word` / `Office` globals.
 */

/** The part of Office.Settings we use (Office.context.document.settings: any Word version). */
export interface WordSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Office.Settings.remove: forgets the name in memory; saveAsync then writes the bag without it. */
  remove(name: string): void;
  saveAsync(callback?: (result: { status: "succeeded" | "failed"; error?: { code: number; name: string; message: string } }) => void): void;
}

export interface WordHost {
  /** Word.run: one batch, one RequestContext. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version?: string): boolean;
  readonly settings: WordSettings;
}
