// The example site: built with the real generator into a temporary folder, served as a web host would.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";

import { listenLocal } from "./processes.mjs";

const run = promisify(execFile);

export async function buildSite({ nietpluis, sourceDir, outDir, contentDir = path.join(sourceDir, "content") }) {
  const args = ["build", "--content", contentDir, "--out", outDir];
  args.push("--templates", path.join(sourceDir, "templates"));
  try {
    await run(nietpluis, args, { cwd: sourceDir, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`nietpluis build failed (${error.code}):\n${error.stdout}\n${error.stderr}`);
  }
}

// The path of the published site below its host, from basis_url in site.toml: "/nietpluis/".
export async function basePath(contentDir) {
  const toml = await fs.readFile(path.join(contentDir, "site.toml"), "utf8");
  const match = toml.match(/^basis_url\s*=\s*"([^"]+)"/m);
  if (!match) throw new Error("site.toml has no basis_url");
  return { baseUrl: match[1], basePath: new URL(match[1]).pathname };
}

async function htmlFiles(dir, prefix = "") {
  const found = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const relative = prefix + entry.name;
    if (entry.isDirectory()) found.push(...(await htmlFiles(path.join(dir, entry.name), relative + "/")));
    else if (entry.name.endsWith(".html")) found.push(relative);
  }
  return found;
}

// Every page of the built site: each URL in sitemap.xml and each .html file in the tree, so pages that
// other branches add (print material, split language reports) are checked without a list to keep.
// Returns [{ file: "contact/index.html", visit: "contact/", status, label, inSitemap, name }] and the
// sitemap entries that have no file (which a test reports).
export async function discoverPages(siteDir, baseUrl) {
  const files = await htmlFiles(siteDir);
  const sitemap = await fs.readFile(path.join(siteDir, "sitemap.xml"), "utf8");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
  const fromSitemap = new Set();
  const missing = [];
  for (const loc of locs) {
    if (!loc.startsWith(baseUrl)) {
      missing.push(`${loc} (not below ${baseUrl})`);
      continue;
    }
    const relative = decodeURIComponent(loc.slice(baseUrl.length));
    const file = relative === "" || relative.endsWith("/") ? relative + "index.html" : relative;
    if (!files.includes(file)) missing.push(loc);
    fromSitemap.add(file);
  }
  const all = new Set([...files, ...fromSitemap].filter((file) => files.includes(file)));
  const pages = [...all].sort().map((file) => {
    // The not-found page is met at an address that does not exist, a few folders deep.
    const notFound = file === "404.html";
    const visit = notFound ? "bestaat-niet/ook-niet/" : file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
    return {
      file,
      visit,
      status: notFound ? 404 : 200,
      label: notFound ? `${visit} (404.html)` : visit || "/",
      inSitemap: fromSitemap.has(file),
      name: file === "index.html" ? "home" : file.replace(/\/index\.html$/, "").replace(/\.html$/, "").replaceAll("/", "-"),
    };
  });
  return { pages, sitemapCount: locs.length, missing };
}

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".mp3": "audio/mpeg",
  ".vtt": "text/vtt; charset=utf-8",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
};

// A plain static host: files below `prefix`, index.html for folders, 404.html for what is not there.
// Deliberately not `nietpluis serve`, which adds a reload script to every page.
export async function serveStatic(siteDir, prefix) {
  const root = path.resolve(siteDir);
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let body = null;
    let status = 200;
    let file = null;
    if (url.pathname.startsWith(prefix) && (request.method === "GET" || request.method === "HEAD")) {
      const relative = decodeURIComponent(url.pathname.slice(prefix.length));
      file = path.resolve(root, relative);
      if (!file.startsWith(root)) file = null;
    }
    if (file) {
      try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) {
          if (!url.pathname.endsWith("/")) {
            response.writeHead(301, { Location: url.pathname + "/" });
            response.end();
            return;
          }
          file = path.join(file, "index.html");
        }
        body = await fs.readFile(file);
      } catch {
        body = null;
      }
    }
    if (body === null) {
      status = 404;
      file = path.join(root, "404.html");
      body = await fs.readFile(file).catch(() => Buffer.from("niet gevonden"));
    }
    const headers = {
      "Content-Type": contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Accept-Ranges": "bytes",
    };
    // Byte ranges, as every web host serves them: a browser seeks in audio with them.
    const range = status === 200 ? /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "") : null;
    if (range && (range[1] !== "" || range[2] !== "")) {
      const size = body.length;
      const start = range[1] === "" ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      const end = range[1] === "" || range[2] === "" ? size - 1 : Math.min(Number(range[2]), size - 1);
      if (start >= size || start > end) {
        response.writeHead(416, { "Content-Range": `bytes */${size}` });
        response.end();
        return;
      }
      body = body.subarray(start, end + 1);
      status = 206;
      headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
    }
    headers["Content-Length"] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  const port = await listenLocal(server);
  return `http://127.0.0.1:${port}${prefix}`;
}
