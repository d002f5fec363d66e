// The browser suite: builds the example site, starts the kiosk, and checks both in Debian's Chromium.
// Usage: node --test-reporter=spec run.mjs [--nietpluis BIN] [--kiosk BIN] [--source DIR] [--screenshots DIR]
//                                           [--only CHECK,...]
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { launchBrowser } from "./lib/browser.mjs";
import { startKiosk, startReceiver } from "./lib/kiosk.mjs";
import { onStop, stopAll } from "./lib/processes.mjs";
import { basePath, buildSite, discoverPages, serveStatic } from "./lib/site.mjs";

import * as detectors from "./checks/detectors.mjs";
import * as visits from "./checks/visits.mjs";
import * as html from "./checks/html.mjs";
import * as keyboard from "./checks/keyboard.mjs";
import * as errors from "./checks/errors.mjs";
import * as nojs from "./checks/nojs.mjs";
import * as idle from "./checks/idle.mjs";
import * as privacy from "./checks/privacy.mjs";
import * as onlineForm from "./checks/online-form.mjs";
import * as screenKeyboard from "./checks/screen-keyboard.mjs";
import * as phone from "./checks/phone.mjs";
import * as touch from "./checks/touch.mjs";
import * as results from "./checks/results.mjs";
import * as volgcode from "./checks/volgcode.mjs";
import * as addresses from "./checks/addresses.mjs";
import * as readAloud from "./checks/read-aloud.mjs";

const started = Date.now();
const here = path.dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    nietpluis: { type: "string" },
    kiosk: { type: "string" },
    source: { type: "string" },
    screenshots: { type: "string" },
    // A comma-separated list of checks to run (detectors, visits, html, keyboard, errors, nojs,
    // idle, privacy, online-form, screen-keyboard, phone, touch), for working on one of them; all by default.
    only: { type: "string" },
  },
});
const sourceDir = path.resolve(options.source ?? path.join(here, "..", ".."));

async function setUp() {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "nietpluis-browser-"));
  onStop(() => fs.rm(work, { recursive: true, force: true }));
  // kioskHtml: each kiosk screen's HTML as the kiosk sent it, kept by the visits for vnu.
  const world = { sourceDir, work, kioskHtml: {} };

  const contentDir = path.join(sourceDir, "content");
  const { baseUrl, basePath: prefix } = await basePath(contentDir);
  const siteDir = path.join(work, "site");
  world.nietpluis = options.nietpluis ?? path.join(sourceDir, "build/bin/nietpluis");
  await buildSite({ nietpluis: world.nietpluis, sourceDir, outDir: siteDir });
  const discovered = await discoverPages(siteDir, baseUrl);
  world.site = { dir: siteDir, url: await serveStatic(siteDir, prefix), prefix, baseUrl, ...discovered };
  // The staff pages (language report, print overview, results) are built beside the site, not in it.
  const staffDir = path.join(work, "site-intern");
  world.staff = { dir: staffDir, url: await serveStatic(staffDir, "/intern/") };

  world.receiver = await startReceiver();
  const kioskBinary = options.kiosk ?? path.join(sourceDir, "build/bin/nietpluis-kiosk");
  const common = { binary: kioskBinary, sourceDir, workDir: work, receiverUrl: world.receiver.url };
  const [kiosk, publiek, short] = await Promise.all([
    // Long enough that no check is interrupted by the reset; the idle check has its own kiosk.
    startKiosk({ ...common, name: "kiosk", idleSeconds: 600 }),
    startKiosk({ ...common, name: "publiek", idleSeconds: 600, mode: "publiek" }),
    startKiosk({ ...common, name: "idle", idleSeconds: 10 }),
  ]);
  world.kiosks = { kiosk, publiek, idle: short };
  // For checks that start a kiosk of their own (touch: one whose receiver refuses every report).
  world.kioskCommon = common;

  world.browser = await launchBrowser();
  world.screenshots = path.resolve(options.screenshots ?? path.join(sourceDir, "build", "browser-screenshots"));
  await fs.mkdir(world.screenshots, { recursive: true });
  for (const old of await fs.readdir(world.screenshots)) {
    if (old.endsWith(".png")) await fs.rm(path.join(world.screenshots, old));
  }
  return world;
}

// Below ctest's time-out, so that the suite still stops everything it started.
setTimeout(() => {
  console.error("browser tests: still running after 24 minutes; stopping");
  stopAll().finally(() => process.exit(1));
}, 24 * 60 * 1000).unref();

let world;
try {
  world = await setUp();
} catch (error) {
  await stopAll();
  console.error(`browser-tests: set-up failed: ${error.stack ?? error}`);
  process.exit(1);
}

before(() => {
  console.log(
    `# Chromium ${world.browser.version()}; site ${world.site.url} (${world.site.pages.length} pages, ` +
      `${world.site.sitemapCount} in the sitemap); kiosk ${world.kiosks.kiosk.url}, online form ` +
      `${world.kiosks.publiek.url}, idle kiosk ${world.kiosks.idle.url}; screenshots in ${world.screenshots}`,
  );
});

after(async () => {
  await stopAll();
  console.log(`# browser suite took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

const checks = { detectors, visits, html, keyboard, errors, nojs, idle, privacy, "online-form": onlineForm, "screen-keyboard": screenKeyboard, phone, touch, results, volgcode, addresses, "read-aloud": readAloud };
const chosen = options.only ? options.only.split(",") : Object.keys(checks);
for (const name of chosen) {
  if (!checks[name]) {
    console.error(`browser tests: no check called ${name}; there are ${Object.keys(checks).join(", ")}`);
    process.exit(2);
  }
  checks[name].register(world);
}
