/**
 * Serves the built dist/ folder on 127.0.0.1 over plain http: for the browser tests and the benchmark (a production
 * build, exactly as an intranet server would serve it). Not a production server: intranets use IIS or nginx.
 */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function serveDist(root, port, host = "127.0.0.1") {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = path.join(base, urlPath === "/" ? "index.html" : urlPath);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (require.main === module) {
  const port = Number(process.env.PORT || 3100);
  serveDist(path.join(__dirname, "..", "dist"), port).then(() => {
    console.log(`dist/ served at http://127.0.0.1:${port}/`);
  });
}

module.exports = { serveDist };
