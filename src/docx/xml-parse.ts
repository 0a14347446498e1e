/**
 * A small XML parser for the parts of a .docx, in place of a DOM library: one pass with an explicit stack (no
 * recursion, so no nesting depth can overflow the stack), a compact element tree (elements only, their direct text,
 * no parent pointers), and a hook that hands over finished elements instead of keeping them, so the body of a large
 * document is walked block by block and never held whole. xmldom took ~20 s and ~120× the XML's size for 5 MB of
 * short paragraphs; this is linear.
 *
 * The parse is resumable: parseXmlSteps yields after every STEP_CHARS of source, so that the task pane can give the
 * browser a turn between steps while it reads the body's OOXML of a long document (issue 11: no task over 100 ms at
 * 4× CPU slowdown); parseXmlTree, used by the CLI's .docx reader, runs the same steps to the end at once.
 *
 * What it leaves out is what Word never writes: DTDs (refused, which also rules out entity expansion attacks) and
 * validation beyond well-formedness of tags, attributes, entities and namespaces.
 */
import { DocxReadError } from "./errors";
import { MAX_XML_DEPTH } from "./limits";
import { finish, type Steps } from "../core/steps";

export interface XmlAttribute {
  /** As written, e.g. "w:val". */
  readonly name: string;
  readonly localName: string;
  /** null for an unprefixed attribute, as in the DOM. */
  readonly namespaceURI: string | null;
  readonly value: string;
}

export interface XmlElement {
  readonly tagName: string;
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly attributes: readonly XmlAttribute[];
  /** Child elements in order (text is not a child: see `text`). */
  readonly children: readonly XmlElement[];
  /** The character data directly inside the element, e.g. a w:t's text. */
  readonly text: string;
}

/** Called when an element ends; returning true keeps it out of its parent (the caller has used it). */
export type OnElementEnd = (el: XmlElement, parent: XmlElement | undefined, depth: number) => boolean;

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const NONE: readonly never[] = [];

class Element implements XmlElement {
  attributes: readonly XmlAttribute[] = NONE;
  children: XmlElement[] | readonly never[] = NONE;
  text = "";
  constructor(readonly tagName: string, readonly localName: string, readonly namespaceURI: string | null) {}
}

/** Namespace bindings an element declared, with what they hid, restored when it ends. */
type Undo = Array<readonly [prefix: string, previous: string | undefined]>;

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Characters of source one step parses: a few milliseconds on an office PC (4× slowdown: the bench's profile showed
 * 64 KB steps of 20–70 ms once the body's blocks are walked in them), well under a task's budget, and few enough
 * steps (one per 16 KB) that stepping costs nothing measurable.
 */
const STEP_CHARS = 16 * 1024;

/** @throws DocxReadError "bad-xml" (naming the part and the position) or "too-deep". */
export function parseXmlTree(source: string, partName: string, onEnd?: OnElementEnd): XmlElement {
  return finish(parseXmlSteps(source, partName, onEnd));
}

/**
 * The same parse as steps (see the file comment); `onEnd` runs inside the step that ends the element. A step ends at
 * the first markup boundary past `stepChars` characters of source; any boundary gives the same tree.
 *
 * `shared`: tag names (as written, e.g. "w:rPr") whose elements repeat word for word; an element of one of these
 * names whose source is the same as an earlier one's, under the same namespace bindings, is that earlier element, not
 * parsed again (see Parser.reuse). The tree is the same but for identity; `onEnd` is then called for the element and
 * not for what is inside it, so a caller names only elements whose insides it does not hook.
 */
export function parseXmlSteps(source: string, partName: string, onEnd?: OnElementEnd, stepChars = STEP_CHARS, shared?: ReadonlySet<string>): Steps<XmlElement> {
  return new Parser(source, partName, onEnd, shared).steps(stepChars);
}

/**
 * Shared elements: their source at most this long (run and paragraph properties are a few hundred characters), and
 * at most this many remembered per parse (a document uses a few dozen distinct ones; a hostile one cannot grow it).
 */
const SHARED_MAX_CHARS = 2048;
const SHARED_MAX_COUNT = 5000;

interface SharedElement {
  readonly el: Element;
  /** Levels of elements in it, itself included: the depth limit holds wherever it is reused. */
  readonly height: number;
  /** The namespace bindings it was read under (Parser.bindingsVersion). */
  readonly version: number;
}

class Parser {
  private pos = 0;
  private root: Element | undefined;
  /** The open elements, and beside each the bindings it declared: two stacks, no object per element. */
  private readonly stack: Element[] = [];
  private readonly undos: (Undo | undefined)[] = [];
  /** The attributes of the start tag being read, in arrays reused for every tag; `attrCount` are valid. */
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];
  private attrCount = 0;
  private readonly bindings = new Map<string, string>();
  /** Counts changes of `bindings`: a shared element is reused only under the bindings it was read under. */
  private bindingsVersion = 0;
  private readonly names = new Map<string, readonly [string, string]>();
  /** Shared elements by their source; and, for those being read, where their source starts. */
  private readonly sharedBySource = new Map<string, SharedElement>();
  private readonly sharedStarts = new Map<Element, number>();
  private readonly closeTags = new Map<string, string>();

  constructor(
    private readonly src: string,
    private readonly partName: string,
    private readonly onEnd?: OnElementEnd,
    private readonly shared?: ReadonlySet<string>,
  ) {}

  *steps(stepChars: number): Steps<XmlElement> {
    while (!this.parseUntil(this.pos + stepChars)) yield;
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) this.fail(`元素 <${open.tagName}> 没有结束`);
    if (this.root === undefined) this.fail("没有根元素");
    return this.root;
  }

  /** Parses markup until the position passes `limit` (false) or the source ends (true). Kept out of the generator: the hot loop. */
  private parseUntil(limit: number): boolean {
    const src = this.src;
    while (this.pos < src.length) {
      if (this.pos >= limit) return false;
      const lt = src.indexOf("<", this.pos);
      const textEnd = lt === -1 ? src.length : lt;
      if (textEnd > this.pos) this.text(src.slice(this.pos, textEnd));
      if (lt === -1) break;
      this.pos = lt;
      // One look at the character after "<" for the common cases (a start or end tag), not five startsWith.
      const next = src.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) this.endTag();
      else if (next === 0x3f /* ? */) this.skipPast("?>");
      else if (next !== 0x21 /* ! */) this.startTag();
      else if (src.startsWith("<!--", lt)) this.skipPast("-->");
      else if (src.startsWith("<![CDATA[", lt)) this.cdata();
      else this.fail("含有 DTD 声明，Word 文档中不应出现");
    }
    return true;
  }

  private text(raw: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      if (raw.trim() !== "") this.fail("根元素之外有文字");
      return;
    }
    top.text += raw.includes("&") ? this.decode(raw) : raw;
  }

  private cdata(): void {
    const end = this.src.indexOf("]]>", this.pos);
    if (end === -1) this.fail("CDATA 没有结束");
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) this.fail("根元素之外有 CDATA");
    top.text += this.src.slice(this.pos + 9, end);
    this.pos = end + 3;
  }

  private skipPast(terminator: string): void {
    const end = this.src.indexOf(terminator, this.pos);
    if (end === -1) this.fail(`“${terminator}”缺失`);
    this.pos = end + terminator.length;
  }

  private endTag(): void {
    const src = this.src;
    const end = src.indexOf(">", this.pos);
    if (end === -1) this.fail("结束标记没有“>”");
    const open = this.stack.pop();
    // The open element's name read in place (no string cut out for every end tag); anything else as written, trimmed.
    const nameStart = this.pos + 2;
    if (open === undefined || !src.startsWith(open.tagName, nameStart) || !onlySpaces(src, nameStart + open.tagName.length, end)) {
      const name = src.slice(nameStart, end).trim();
      if (open === undefined || open.tagName !== name) {
        this.fail(open === undefined ? `多余的结束标记 </${name}>` : `<${open.tagName}> 与 </${name}> 不匹配`);
      }
    }
    this.pos = end + 1;
    const undo = this.undos.pop();
    if (this.sharedStarts.size > 0) this.remember(open, undo === undefined);
    this.close(open, undo);
  }

  private startTag(): void {
    const src = this.src;
    let at = this.pos + 1;
    const nameStart = at;
    while (at < src.length && !isNameEnd(src.charCodeAt(at))) at++;
    const [tagName, local] = this.qualified(src.slice(nameStart, at));
    if (tagName === "") this.fail("“<”后没有元素名");
    const sharedName = this.shared?.has(tagName) === true && this.stack.length > 0;
    if (sharedName && this.reuse(tagName)) return;
    const start = this.pos;
    this.attrCount = 0;
    let selfClosing = false;
    for (;;) {
      while (at < src.length && isSpace(src.charCodeAt(at))) at++;
      if (at >= src.length) this.fail(`<${tagName}> 没有结束`);
      const c = src[at];
      if (c === ">") break;
      if (c === "/" && src[at + 1] === ">") {
        selfClosing = true;
        at++;
        break;
      }
      const attrStart = at;
      while (at < src.length && !isNameEnd(src.charCodeAt(at)) && src[at] !== "=") at++;
      const attrName = src.slice(attrStart, at);
      while (at < src.length && isSpace(src.charCodeAt(at))) at++;
      const quote = src[at + 1] === '"' || src[at + 1] === "'" ? src[at + 1] : "";
      if (attrName === "" || src[at] !== "=" || quote === "") this.fail(`<${tagName}> 的属性写法有误`);
      const valueEnd = src.indexOf(quote, at + 2);
      if (valueEnd === -1) this.fail(`<${tagName}> 的属性值没有结束`);
      const value = src.slice(at + 2, valueEnd);
      if (value.includes("<")) this.fail(`<${tagName}> 的属性值中有“<”`);
      const normalized = normalizeAttribute(value);
      this.attrNames[this.attrCount] = attrName;
      this.attrValues[this.attrCount] = normalized.includes("&") ? this.decode(normalized) : normalized;
      this.attrCount++;
      at = valueEnd + 1;
    }
    this.pos = at + 1;
    const el = this.open(tagName, local, selfClosing);
    if (sharedName && !selfClosing && this.sharedBySource.size < SHARED_MAX_COUNT) this.sharedStarts.set(el, start);
  }

  /**
   * At the start tag of a shared element: when its source up to the first end tag of its name is the source of an
   * element read before (a complete element, so this one ends there too and reads the same), under the same
   * bindings and within the depth limit, that element goes into the tree and the parse goes on after it.
   */
  private reuse(tagName: string): boolean {
    let close = this.closeTags.get(tagName);
    if (close === undefined) {
      close = `</${tagName}>`;
      this.closeTags.set(tagName, close);
    }
    // Looked for within SHARED_MAX_CHARS only: an element never closed costs no scan to the end of the source.
    const window = this.src.slice(this.pos, this.pos + SHARED_MAX_CHARS);
    const end = window.indexOf(close);
    if (end === -1) return false;
    const known = this.sharedBySource.get(window.slice(0, end + close.length));
    if (known === undefined || known.version !== this.bindingsVersion || this.stack.length + known.height > MAX_XML_DEPTH) return false;
    this.pos += end + close.length;
    this.close(known.el, undefined);
    return true;
  }

  /**
   * A shared element has ended (endTag): remembered by its source, as read from its start tag to here, unless it
   * declared namespaces (`plain` false: what it was read under is gone once it ends).
   */
  private remember(el: Element, plain: boolean): void {
    const start = this.sharedStarts.get(el);
    if (start === undefined) return;
    this.sharedStarts.delete(el);
    if (!plain || this.pos - start > SHARED_MAX_CHARS || this.sharedBySource.size >= SHARED_MAX_COUNT) return;
    this.sharedBySource.set(this.src.slice(start, this.pos), { el, height: heightOf(el), version: this.bindingsVersion });
  }

  private open(tagName: string, local: string, selfClosing: boolean): Element {
    const names = this.attrNames;
    const values = this.attrValues;
    const count = this.attrCount;
    let undo: Undo | undefined;
    for (let i = 0; i < count; i++) {
      const name = names[i];
      const prefix = name === "xmlns" ? "" : name.startsWith("xmlns:") ? name.slice(6) : undefined;
      if (prefix === undefined) continue;
      (undo ??= []).push([prefix, this.bindings.get(prefix)]);
      this.bindings.set(prefix, values[i]);
      this.bindingsVersion++;
    }
    const el = new Element(tagName, local, this.namespace(tagName, local, true));
    if (count > 0) {
      const attributes: XmlAttribute[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const [shared, attrLocal] = this.qualified(names[i]);
        attributes[i] = { name: shared, localName: attrLocal, namespaceURI: this.namespace(shared, attrLocal, false), value: values[i] };
      }
      el.attributes = attributes;
    }
    if (this.stack.length === 0 && this.root !== undefined) this.fail("有多个根元素");
    this.root ??= el;
    if (this.stack.length >= MAX_XML_DEPTH) throw new DocxReadError("too-deep", this.partName);
    if (selfClosing) {
      // Never on the stack: ended as it opens, at the depth it would have had.
      this.close(el, undo);
      return el;
    }
    this.stack.push(el);
    this.undos.push(undo);
    return el;
  }

  private close(el: Element, undo: Undo | undefined): void {
    for (const [prefix, previous] of undo?.reverse() ?? NONE) {
      if (previous === undefined) this.bindings.delete(prefix);
      else this.bindings.set(prefix, previous);
      this.bindingsVersion++;
    }
    const parent = this.stack[this.stack.length - 1];
    if (this.onEnd?.(el, parent, this.stack.length + 1) === true || parent === undefined) return;
    if (parent.children === NONE) parent.children = [];
    (parent.children as XmlElement[]).push(el);
  }

  /** The name and its local part, as strings shared by every element with that name (millions in a big body). */
  private qualified(name: string): readonly [name: string, local: string] {
    let known = this.names.get(name);
    if (known === undefined) {
      known = [name, name.slice(name.indexOf(":") + 1)];
      this.names.set(name, known);
    }
    return known;
  }

  /** Elements take the default namespace when unprefixed, attributes none; xmlns attributes stay unresolved. */
  private namespace(name: string, local: string, isElement: boolean): string | null {
    if (local.length === name.length) return isElement ? (this.bindings.get("") ?? null) : null;
    const prefix = name.slice(0, name.length - local.length - 1);
    if (prefix === "xml") return XML_NAMESPACE;
    return this.bindings.get(prefix) ?? null;
  }

  private decode(raw: string): string {
    return raw.replace(/&([^;&<]*);?/g, (whole, entity: string) => {
      if (!whole.endsWith(";")) this.fail(`“&${entity}”缺少分号`);
      if (entity.startsWith("#")) {
        const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
        if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) this.fail(`字符引用“&${entity};”无效`);
        return String.fromCodePoint(code);
      }
      const named = ENTITIES[entity];
      if (named === undefined) this.fail(`未定义的实体“&${entity};”`);
      return named;
    });
  }

  private fail(problem: string): never {
    const line = countLines(this.src, this.pos);
    throw new DocxReadError("bad-xml", `${this.partName} 第 ${line} 行：${problem}`);
  }
}

/** Levels of elements in `el`, itself included. */
function heightOf(el: XmlElement): number {
  let below = 0;
  for (const child of el.children) below = Math.max(below, heightOf(child));
  return below + 1;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function onlySpaces(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(src.charCodeAt(i))) return false;
  return true;
}

function isNameEnd(code: number): boolean {
  return isSpace(code) || code === 0x3e /* > */ || code === 0x2f /* / */;
}

/** XML attribute-value normalisation: literal tabs and line ends read as spaces (character references stay). */
function normalizeAttribute(value: string): string {
  return /[\t\n\r]/.test(value) ? value.replace(/\r\n|[\t\n\r]/g, " ") : value;
}

function countLines(src: string, end: number): number {
  let lines = 1;
  for (let at = src.indexOf("\n"); at !== -1 && at < end; at = src.indexOf("\n", at + 1)) lines++;
  return lines;
}
