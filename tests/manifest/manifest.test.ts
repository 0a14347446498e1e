/**
 * Offline checks of the manifest as the build writes it (the online `npm run validate` is for releases): the
 * schema's element order, required elements, https everywhere, icons that exist at the size they claim, string
 * lengths within Office's limits, and the production URL substituted throughout.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderManifest, DEV_BASE_URL } = require("../../scripts/manifest.js") as {
  renderManifest(xml: string, baseUrl: string): string;
  DEV_BASE_URL: string;
};

const ROOT = path.join(__dirname, "..", "..");
const PROD = "https://oa.example.gov.cn/gongwen";
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const built = renderManifest(source, PROD);
const doc = new DOMParser().parseFromString(built, "text/xml");
const app = doc.documentElement as unknown as XmlElement;

function children(element: XmlElement): XmlElement[] {
  return Array.from(element.childNodes).filter((node): node is XmlElement => node.nodeType === 1);
}
function all(name: string): XmlElement[] {
  return Array.from(doc.getElementsByTagName(name)) as XmlElement[];
}
function child(element: XmlElement, name: string): XmlElement {
  const found = children(element).find((c) => c.localName === name);
  if (!found) throw new Error(`${element.localName} has no ${name}`);
  return found;
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml as built", () => {
  it("keeps the TaskPaneApp schema's element order", () => {
    const order = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "VersionOverrides",
    ];
    expect(children(app).map((c) => c.localName)).toEqual(order);
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("is a Word add-in needing WordApi 1.3 and read/write access, in Chinese with English overrides", () => {
    expect(child(child(app, "Hosts"), "Host").getAttribute("Name")).toBe("Document");
    const set = child(child(child(app, "Requirements"), "Sets"), "Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["WordApi", "1.3"]);
    expect(child(app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(child(app, "DefaultLocale").textContent).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(app, name);
      expect(element.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      expect(child(element, "Override").getAttribute("Locale")).toBe("en-US");
    }
    expect(child(app, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("puts a button with a tooltip on the Home tab that opens the task pane", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = all("Control").find((c) => c.getAttribute("xsi:type") === "Button");
    expect(button).toBeDefined();
    const action = child(button as XmlElement, "Action");
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const tooltipId = child(child(button as XmlElement, "Supertip"), "Description").getAttribute("resid");
    const tooltip = all("bt:String").find((s) => s.getAttribute("id") === tooltipId);
    expect(tooltip?.getAttribute("DefaultValue")).toContain("检查");
  });

  it("uses only https URLs, all under the production base URL, and the server's origin as AppDomain", () => {
    const urls = [...built.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${PROD}/`)).toBe(true);
    expect(all("AppDomain").map((d) => d.textContent)).toEqual(["https://oa.example.gov.cn"]);
    expect(built).not.toContain(DEV_BASE_URL);
  });

  it("refuses a production URL that is not https", () => {
    expect(() => renderManifest(source, "http://oa.example.gov.cn")).toThrow(/https/);
  });

  it("references icons that exist at the size they are declared for", () => {
    const declared: { url: string; size: number }[] = [
      { url: child(app, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: child(app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    const images = new Map(all("bt:Image").filter((i) => i.getAttribute("id")).map((i) => [i.getAttribute("id"), i.getAttribute("DefaultValue")]));
    for (const ref of all("bt:Image").filter((i) => i.getAttribute("resid"))) {
      declared.push({ url: images.get(ref.getAttribute("resid")) ?? "missing", size: Number(ref.getAttribute("size")) });
    }
    for (const { url, size } of declared) {
      const file = path.join(ROOT, "assets", path.basename(url));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("gives every ribbon icon each size the schema allows (16, 32 and 80 required), no other", () => {
    const allowed = [16, 20, 24, 32, 40, 48, 64, 80];
    const icons = all("Icon").filter((icon) => children(icon).some((c) => c.tagName === "bt:Image"));
    expect(icons.length).toBe(2);
    for (const icon of icons) {
      expect(children(icon).map((image) => Number(image.getAttribute("size")))).toEqual(allowed);
    }
  });

  it("says 任务窗格 (Office's own word), never 侧边栏, in every string a writer reads", () => {
    expect(built).toContain("任务窗格");
    expect(built).not.toContain("侧边栏");
  });

  it("resolves every resid and keeps strings and ids within Office's limits", () => {
    const resources = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) => all(tag).map((e) => e.getAttribute("id")).filter(Boolean)),
    );
    const references = Array.from(doc.getElementsByTagName("*"))
      .map((e) => (e as XmlElement).getAttribute("resid"))
      .filter((id): id is string => !!id);
    expect(references.length).toBeGreaterThan(5);
    for (const id of references) {
      expect(resources.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const shortStrings = children(all("bt:ShortStrings")[0]);
    const longStrings = children(all("bt:LongStrings")[0]);
    for (const s of shortStrings) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    for (const s of longStrings) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
    for (const s of [...shortStrings, ...longStrings]) expect(child(s, "Override").getAttribute("Locale")).toBe("en-US");
  });
});
