/** Renders manifest.xml for a deployment: every development URL is rewritten to the production base URL. */
const DEV_BASE_URL = "https://localhost:3000";

function renderManifest(xml, baseUrl) {
  if (!/^https:\/\/[^\s"<>]+$/.test(baseUrl)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office refuses plain http): got "${baseUrl}"`);
  }
  const base = baseUrl.replace(/\/+$/, "");
  // An AppDomain is an origin, not a URL with a path: https://oa.example.gov.cn, not …/gongwen.
  return xml
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(base).origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(base);
}

module.exports = { DEV_BASE_URL, renderManifest };
