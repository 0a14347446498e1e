/**
 * A count as zh-CN writes it (600,910: groups of three digits, as `toLocaleString("zh-CN")` gives). Done by hand:
 * each `toLocaleString("zh-CN")` builds an Intl number format, and the first one loads the locale's data, which
 * took some 40 ms of the pane's start at 4× CPU slowdown for the three 概览 figures (issue 11, item 8).
 */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : "");
  return n < 0 ? `-${grouped}` : grouped;
}
