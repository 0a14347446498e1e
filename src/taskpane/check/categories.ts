import { CATEGORIES, type Category } from "../../core/finding";
import { CATEGORY_NAMES } from "../../core/messages";

export const CATEGORY_ORDER: readonly Category[] = CATEGORIES;

export function categoryLabel(category: Category): string {
  return CATEGORY_NAMES[category];
}
