// Debian's Chromium, driven by playwright-core, with every request the suite makes written down.
import http from "node:http";

import { chromium } from "playwright-core";

import { freePort, listenLocal, onStop } from "./processes.mjs";

export const CHROMIUM = process.env.NIETPLUIS_CHROMIUM || "/usr/bin/chromium";

// Chromium's own flags against outside connections. Playwright gives every launch a fresh, empty
// user data folder of its own and removes it afterwards.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// A proxy that forwards nothing: Chromium sends it every request for a host other than loopback
// (Chromium never proxies loopback), so whatever reaches it, from a page or from the browser
// itself, is an outside connection the privacy check fails on.
// Each attempt is noted with the check that was running, to help find what caused it.
async function startTrapProxy() {
  const trap = { attempts: [], during: "start-up" };
  const note = (what) => trap.attempts.push(`${what} (during: ${trap.during})`);
  const server = http.createServer((request, response) => {
    note(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on("connect", (request, socket) => {
    note(`CONNECT ${request.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  trap.port = await listenLocal(server);
  return trap;
}

// Chromium 156 still calls three Google services with the flags above, as the trap proxy showed:
// the component updater's first check (update.googleapis.com), the sign-in's account list
// (accounts.google.com) and the autofill server (content-autofill.googleapis.com, for every form).
// Each has a switch for its address; pointing them at a closed port on loopback keeps them on
// this computer without a feature list of our own (Chromium honours only the last
// --disable-features, and Playwright passes one).
function servicesKeptHome(closedPort) {
  const nowhere = `http://127.0.0.1:${closedPort}/`;
  return [`--component-updater=url-source=${nowhere}`, `--gaia-url=${nowhere}`, `--autofill-server-url=${nowhere}`];
}

export async function launchBrowser() {
  const trap = await startTrapProxy();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, ...servicesKeptHome(await freePort()), `--proxy-server=http://127.0.0.1:${trap.port}`],
  });
  onStop(() => browser.close());
  return new Browser(browser, trap);
}

function isLocal(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

export class Browser {
  constructor(browser, trap) {
    this.browser = browser;
    this.trap = trap;
    // Every request any page made, as "label: METHOD url"; and what broke the privacy rules.
    this.requests = [];
    this.privacyProblems = [];
  }

  version() {
    return this.browser.version();
  }

  // A fresh context (no shared cookies or cache) whose requests and cookies are recorded.
  // AxeBuilder needs pages of a context made like this, not browser.newPage().
  async context(label, options = {}) {
    const context = await this.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
      reducedMotion: "reduce",
      ...options,
    });
    context.on("request", (request) => {
      const url = request.url();
      this.trap.during = label;
      this.requests.push(`${label}: ${request.method()} ${url}`);
      if (!isLocal(url)) this.privacyProblems.push(`${label}: request to another host: ${request.method()} ${url}`);
    });
    context.on("response", async (response) => {
      const cookie = await response.headerValue("set-cookie").catch(() => null);
      if (cookie) this.privacyProblems.push(`${label}: ${response.url()} sets a cookie: ${cookie}`);
    });
    const close = context.close.bind(context);
    context.close = async () => {
      const cookies = await context.cookies().catch(() => []);
      for (const cookie of cookies) {
        this.privacyProblems.push(`${label}: cookie ${cookie.name} for ${cookie.domain} was set`);
      }
      await close();
    };
    return context;
  }

  // Runs `fn(page, context)` in a fresh context and always closes it.
  async withPage(label, options, fn) {
    const context = await this.context(label, options);
    try {
      const page = await context.newPage();
      return await fn(page, context);
    } finally {
      await context.close();
    }
  }
}
