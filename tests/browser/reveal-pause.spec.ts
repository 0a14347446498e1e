/**
 * While 重新检查 runs, no more of the list it is replacing is drawn (src/taskpane/shared/reveal.ts, paused): drawing
 * the rest of a long list took turns from the re-check's analysis when 重新检查 came before the last check's list was
 * all drawn (the bench's re-check after a change was 1.2–1.5× the first check). On pane-bench.html, the pane alone
 * over the simulated Word, an 800-page report's list is drawn in batches for a while after its verdict shows.
 */
import { documentLines, generateDocument } from "../support/generateDocument";
import { expect, test } from "./fixtures";

test("no card is drawn while 重新检查 runs; the list is drawn to its end afterwards", async ({ page }) => {
  test.setTimeout(120_000);
  const lines = documentLines(generateDocument({ pages: 800, seed: 20261202 }).snapshot);
  await page.goto("/pane-bench.html");
  await page.evaluate((text) => (window as unknown as { gongwenBench: { open(lines: readonly string[]): Promise<void> } }).gongwenBench.open(text), lines);
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toContainText("还有", { timeout: 60_000 });

  // Cards added to the page while the tab is busy with the re-check, seen as they are added.
  await page.evaluate(() => {
    const tab = document.querySelector('section[aria-busy]');
    const seen = { addedWhileBusy: 0, busySeen: false };
    (window as unknown as { reveal: typeof seen }).reveal = seen;
    new MutationObserver((records) => {
      const busy = tab?.getAttribute("aria-busy") === "true";
      // The drawing that turned the tab busy may hold a batch begun before the click: counted from the next one.
      const counting = busy && seen.busySeen;
      if (busy) seen.busySeen = true;
      for (const record of records)
        for (const node of record.addedNodes)
          if (counting && node instanceof HTMLElement && node.matches('[data-testid="finding"], [data-testid="finding-group"]')) seen.addedWhileBusy++;
    }).observe(tab!, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy"] });
  });
  const cards = pane.locator('[data-testid="finding"], [data-testid="finding-group"]');
  const before = await cards.count();
  await pane.getByRole("button", { name: "重新检查" }).click();
  await expect(pane.locator("section[aria-busy]")).toHaveAttribute("aria-busy", "false", { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { reveal: { addedWhileBusy: number; busySeen: boolean } }).reveal);
  expect(seen.busySeen).toBe(true);
  expect(seen.addedWhileBusy).toBe(0);
  // The test means something only if the list was not all drawn at the click, and it is drawn to its end afterwards.
  await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThan(before);
});
