import type { Category } from "../../core/finding";
import { CATEGORY_NAMES } from "../../core/messages";

export const CATEGORY_ORDER: readonly Category[] = ["numbering", "enumeration", "placeholder", "structure", "punctuation", "layout"];

export function categoryLabel(category: Category): string {
  return CATEGORY_NAMES[category];
}
