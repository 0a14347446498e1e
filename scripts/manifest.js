/** Renders manifest.xml for a deployment: every development URL is rewritten to the production base URL. */
const DEV_BASE_URL = "https://localhost:3000";

function renderManifest(xml, baseUrl) {
  if (!/^https:\/\/[^\s"<>]+$/.test(baseUrl)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office refuses plain http): got "${baseUrl}"`);
  }
  return xml.split(DEV_BASE_URL).join(baseUrl.replace(/\/+$/, ""));
}

module.exports = { DEV_BASE_URL, renderManifest };
