/**
 * The layout of body paragraphs and of the first section, shared by readDocx (a .docx file) and readFlatOpcLayout
 * (the body's OOXML in the task pane), so both resolve a paragraph the same way.
 */
import type { PageLayout, ParagraphLayout } from "../core/layout/types";
import type { RawParagraph } from "./body";
import { LayoutResolver } from "./layout";
import { readPageLayout } from "./page";
import { StyleSheet } from "./styles";
import { readThemeFonts } from "./theme";
import type { ListLevelRef } from "./numbering";
import type { XmlElement } from "./xml";

export interface BodyLayout {
  readonly styles: StyleSheet;
  readonly resolver: LayoutResolver;
  /** `styleId` as StyleSheet.effectiveStyleId gives it; `list`, the list level the paragraph is an item of. */
  paragraph(raw: RawParagraph, styleId: string | undefined, list: ListLevelRef | undefined): ParagraphLayout;
}

export function bodyLayout(stylesRoot: XmlElement | undefined, themeRoot: XmlElement | undefined, styles?: StyleSheet): BodyLayout {
  const sheet = styles ?? new StyleSheet(stylesRoot);
  const resolver = new LayoutResolver(stylesRoot, readThemeFonts(themeRoot));
  return {
    styles: sheet,
    resolver,
    paragraph: (raw, styleId, list) =>
      resolver.paragraph(styleId, raw.pPr, raw.runs, list && { pPr: list.instance.levels[list.level]?.pPr, fromStyle: list.fromStyle }),
  };
}

/** The first section's page setup; the grid's characters per line are relative to the Normal style's size. */
export function pageLayout(context: BodyLayout, firstSection: XmlElement | undefined): PageLayout | undefined {
  return readPageLayout(firstSection, context.resolver.sizePt(context.styles.effectiveStyleId(undefined)));
}
