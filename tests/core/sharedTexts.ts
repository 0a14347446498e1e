/**
 * Access to the shared reference texts (../shared from the repository root). They are other people's texts and are
 * never copied into the repository; when the folder is absent (a clone elsewhere) the tests that need them are
 * skipped with a plain note.
 */
import * as fs from "fs";
import * as path from "path";

export const SHARED_DIR = path.resolve(__dirname, "../../../shared");
export const SEEDS_DIR = path.join(SHARED_DIR, "seeds");
export const CORPUS_DIR = path.join(SHARED_DIR, "corpus", "reports");

/** `describe` when the folder exists, otherwise `describe.skip` after printing why. */
export function describeWithFolder(folder: string, name: string, body: () => void): void {
  if (fs.existsSync(folder)) {
    describe(name, body);
  } else {
    console.log(`[skipped] ${name}: ${folder} is not present (the shared reference texts live outside the repository).`);
    describe.skip(name, body);
  }
}

export function readTexts(folder: string): Array<{ name: string; text: string }> {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(folder, name), "utf8") }));
}
