/** Build-time settings shared by webpack.config.js and the tests: where office.js comes from, and the page's CSP. */
const path = require("node:path");
const fs = require("node:fs");

const OFFICE_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Resolves the OFFICE_JS build setting.
 * @returns {{ url: string, copyFrom?: string, cspOrigins: string[] }}
 */
function officeJsSource(setting, projectDir) {
  const value = (setting || "cdn").trim();
  if (value === "cdn") return { url: OFFICE_CDN_URL, cspOrigins: [new URL(OFFICE_CDN_URL).origin] };
  const folder =
    value === "package"
      ? path.join(projectDir, "node_modules", "@microsoft", "office-js", "dist")
      : path.resolve(projectDir, value);
  if (!fs.existsSync(path.join(folder, "office.js"))) {
    throw new Error(
      value === "package"
        ? "OFFICE_JS=package: install the package first (npm install --no-save @microsoft/office-js)"
        : `OFFICE_JS=${value}: no office.js in that folder (copy the whole CDN folder there)`,
    );
  }
  return { url: "office-js/office.js", copyFrom: folder, cspOrigins: [] };
}

/**
 * The pages' Content-Security-Policy: our own origin, plus the origin office.js is loaded from.
 * Styles need 'unsafe-inline' because Fluent UI (Griffel) inserts its CSS rules at run time.
 * office.js's own host scripts load from the same folder as office.js, hence the same origin list.
 */
/** `connectOrigins`: only the test:word build adds one (office-addin-test-server on https://localhost:4201). */
function contentSecurityPolicy({ scriptOrigins, connectOrigins = [] }) {
  const scripts = ["'self'", ...scriptOrigins].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${[...scriptOrigins, ...connectOrigins].join(" ")}`.trim(),
    `frame-src 'self' ${scriptOrigins.join(" ")}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { OFFICE_CDN_URL, officeJsSource, contentSecurityPolicy };
