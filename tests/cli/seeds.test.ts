/** The CLI on a real reference document from ../shared/seeds (not part of the repository: skipped when absent). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runWith } from "./fake-io";

const SEEDS = join(__dirname, "..", "..", "..", "shared", "seeds");
const seed001 = existsSync(SEEDS) ? readdirSync(SEEDS).find((name) => name.startsWith("001")) : undefined;

if (seed001 === undefined) {
  console.log(`Skipped: no seed 001 in ${SEEDS} (../shared is not present in this clone).`);
}

(seed001 === undefined ? describe.skip : describe)("gongwen-check on seed 001", () => {
  it("reports the *多篇 placeholder at its line number", () => {
    const name = seed001 ?? "";
    const text = readFileSync(join(SEEDS, name), "utf8");
    const line = text.split(/\r?\n/).findIndex((l) => l.includes("*多篇")) + 1;
    expect(line).toBeGreaterThan(0);

    const run = runWith(["--json", name], { [name]: readFileSync(join(SEEDS, name)) });
    const [result] = JSON.parse(run.stdout) as Array<{ findings: Array<{ category: string; paragraph: number; excerpt: string }> }>;
    expect(result.findings).toContainEqual(expect.objectContaining({ category: "placeholder", paragraph: line, excerpt: "*" }));
    expect(run.code).toBe(1);
  });
});
