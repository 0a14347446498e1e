/**
 * Text boxes inside a run: DrawingML (w:drawing … wps:txbx/w:txbxContent, groups included) and VML (w:pict …
 * v:textbox/w:txbxContent). Word writes most text boxes twice, as mc:AlternateContent with the DrawingML shape in
 * mc:Choice and a VML copy in mc:Fallback; only one alternative is visited, so each box is read once.
 */
import { childElements, isW, MC_NAMESPACE, type XmlElement } from "./xml";

/** Appends every w:txbxContent under `el` (itself included), without descending into them: nested boxes are found
 * when the box's own content is walked. */
export function findTextBoxes(el: XmlElement, out: XmlElement[]): void {
  if (isW(el, "txbxContent")) out.push(el);
  else if (isAlternateContent(el)) findTextBoxes(chooseAlternative(el), out);
  else for (const child of childElements(el)) findTextBoxes(child, out);
}

export function isAlternateContent(el: XmlElement): boolean {
  return el.localName === "AlternateContent" && el.namespaceURI === MC_NAMESPACE;
}

/** Markup compatibility: the first mc:Choice is what a current Word shows; mc:Fallback otherwise. */
export function chooseAlternative(el: XmlElement): XmlElement {
  const options = childElements(el).filter((child) => child.namespaceURI === MC_NAMESPACE);
  return options.find((child) => child.localName === "Choice") ?? options.find((c) => c.localName === "Fallback") ?? el;
}
