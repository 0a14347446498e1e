/** What the library browser tests share: the pane, opening a library tab, the notice of its last action, and the document's paragraphs as shown. */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

export function pane(page: Page): Locator {
  return page.getByTestId("taskpane");
}

/**
 * The notice of the tab's last action, as the writer sees it (src/taskpane/shared/ErrorBar.tsx ActionNotice). The tab's
 * live region says the same words, hidden from sight: a text looked up in the whole pane is found twice.
 */
export function notice(page: Page): Locator {
  return pane(page).getByTestId("action-notice");
}

export async function openTab(page: Page, name: "模板" | "常用语"): Promise<void> {
  await pane(page).getByRole("tab", { name }).click();
  const ready = name === "模板" ? pane(page).getByTestId("skeleton-select") : pane(page).getByTestId("phrase-category");
  // The built-in content arrives as a lazily loaded chunk: on a busy machine that takes more than the default 5 s.
  await expect(ready).toBeVisible({ timeout: 20_000 });
}

export interface ShownParagraph {
  readonly text: string;
  readonly fontFamily: string;
  readonly fontSize: string;
  readonly textAlign: string;
  readonly textIndent: string;
}

/** The simulated document's paragraphs with the formatting the page gives them. */
export async function documentParagraphs(page: Page): Promise<ShownParagraph[]> {
  return page
    .getByTestId("document")
    .locator("p")
    .evaluateAll((elements) =>
      elements.map((p) => {
        const style = (p as HTMLElement).style;
        return { text: p.textContent ?? "", fontFamily: style.fontFamily, fontSize: style.fontSize, textAlign: style.textAlign, textIndent: style.textIndent };
      }),
    );
}
