// The public site as a resident meets it on a phone, a tablet and a desktop (issue 20): the h1 in
// the first screen, every phone number a tel: link on one line, the share preview and icon with
// their files, the privacy notice on the form, the online form's answers in the site's own layout,
// and no staff pages in the published folder. Screenshots at every size.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";

import { open } from "../lib/screens.mjs";

export const SIZES = [
  { width: 375, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

// Runs in the page: every text that reads as a Dutch phone number (0800-2000, 14 0123, 112,
// 020 123 4567) and where it stands. A number must be inside a tel: link that the browser lays
// out on one line.
function phoneNumbers() {
  const pattern = /(?<![\d.,:])(?:0\d{2,3}[- ]?\d{3,7}(?:[- ]\d{2,4})?|14 ?0\d{2,3}|112)(?![\d.,:]\d)/g;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, .verborgen, [hidden], input, textarea")) continue;
    const style = getComputedStyle(parent);
    if (style.display === "none" || style.visibility === "hidden" || parent.getClientRects().length === 0) continue;
    for (const match of node.textContent.matchAll(pattern)) {
      const link = parent.closest('a[href^="tel:"]');
      const lines = link ? new Set([...link.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size : 0;
      found.push({ number: match[0], link: link ? link.getAttribute("href") : null, lines });
    }
  }
  return found;
}

function assertNumbersLinked(found, where) {
  // At least Bel 112 and the meldpunt's own number in the footer: the search must find them.
  assert.ok(found.length >= 2, `${where}: only ${found.length} phone numbers found`);
  const wrong = found.filter((f) => !f.link || f.lines !== 1 || f.link.replace(/\D/g, "") !== f.number.replace(/\D/g, ""));
  assert.deepEqual(
    wrong.map((f) => `${f.number}: ${f.link ? `link ${f.link} on ${f.lines} lines` : "not a tel: link"}`),
    [],
    `${where}: phone numbers`,
  );
}

async function h1Top(page) {
  return page.evaluate(() => {
    const h1 = document.querySelector("h1");
    return h1 ? h1.getBoundingClientRect().top + window.scrollY : null;
  });
}

// Width and height from a PNG's IHDR chunk.
async function pngSize(file) {
  const bytes = await fs.readFile(file);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The file below the built site that a URL of the published site names.
function siteFile(world, url, baseUrl) {
  const pathname = new URL(url, baseUrl).pathname;
  assert.ok(pathname.startsWith(world.site.prefix), `${url} is not below ${world.site.prefix}`);
  return path.join(world.site.dir, decodeURIComponent(pathname.slice(world.site.prefix.length)));
}

async function checkShareTags(world, page, sitePage) {
  const tags = await page.evaluate(() => {
    const meta = (selector) => document.querySelector(selector)?.getAttribute("content") ?? null;
    return {
      title: meta('meta[property="og:title"]'),
      description: meta('meta[property="og:description"]'),
      image: meta('meta[property="og:image"]'),
      width: meta('meta[property="og:image:width"]'),
      height: meta('meta[property="og:image:height"]'),
      card: meta('meta[name="twitter:card"]'),
      icons: [...document.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]')].map((l) => ({
        rel: l.rel,
        href: l.href,
        sizes: l.getAttribute("sizes"),
      })),
      h1: document.querySelector("h1")?.innerText.trim(),
    };
  });
  assert.equal(tags.title, tags.h1, `${sitePage.label}: og:title is the page's h1`);
  assert.ok(tags.description, `${sitePage.label}: og:description`);
  assert.equal(tags.card, "summary_large_image");
  assert.ok(tags.image, `${sitePage.label}: og:image`);
  const image = await pngSize(siteFile(world, tags.image, world.site.baseUrl));
  assert.deepEqual(image, { width: Number(tags.width), height: Number(tags.height) }, "og:image has the size it claims");
  assert.deepEqual(image, { width: 1200, height: 630 }, "og:image is 1200 x 630, what WhatsApp and Facebook show large");
  assert.ok(tags.icons.length >= 2, `${sitePage.label}: icons`);
  for (const icon of tags.icons) {
    const file = siteFile(world, icon.href, icon.href);
    await fs.access(file);
    if (icon.sizes) {
      const [w, h] = icon.sizes.split("x").map(Number);
      assert.deepEqual(await pngSize(file), { width: w, height: h }, `${icon.href} is ${icon.sizes}`);
    }
    if (icon.rel === "apple-touch-icon") assert.deepEqual(await pngSize(file), { width: 180, height: 180 });
  }
}

// What makes a page look like the site: its header with the menu, the danger line and the footer.
async function siteFrame(page) {
  return page.evaluate(() => ({
    brand: document.querySelector("header.kop .merk .merk-naam")?.innerText.trim() ?? null,
    menu: [...document.querySelectorAll('nav.menu[aria-label="Hoofdmenu"] a')].map((a) => a.innerText.trim()),
    danger: document.querySelector("aside.gevaar-site .gevaar-112 a[href='tel:112']") !== null,
    footer: document.querySelector("footer.voet .voet-links a") !== null,
    h1: document.querySelector("h1")?.innerText.trim(),
    h1s: document.querySelectorAll("h1").length,
  }));
}

export function register(world) {
  describe("the site on a phone, a tablet and a desktop", { concurrency: 2 }, () => {
    test("the staff pages are not in the published site", async () => {
      for (const staff of ["_taal", "drukwerk"]) {
        await assert.rejects(fs.access(path.join(world.site.dir, staff)), `${staff}/ is in site/`);
      }
      assert.deepEqual(world.site.pages.filter((p) => /^(_taal|drukwerk)\//.test(p.file)).map((p) => p.file), []);
    });

    test("each page's share image is a 1200 x 630 PNG of its own, and differs per page", async () => {
      const byUrl = new Map();
      const ownUrls = [];  // every page's but the 404 page's, which shows the home page's
      for (const sitePage of world.site.pages) {
        const html = await fs.readFile(path.join(world.site.dir, sitePage.file), "utf8");
        const meta = (name) => html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)">`))?.[1] ?? null;
        const url = meta("og:image");
        assert.ok(url, `${sitePage.label}: og:image`);
        assert.equal(meta("twitter:image"), url, `${sitePage.label}: twitter:image is og:image`);
        assert.ok(meta("og:image:alt"), `${sitePage.label}: og:image:alt`);
        const file = siteFile(world, url, world.site.baseUrl);
        assert.deepEqual(await pngSize(file), { width: 1200, height: 630 }, `${sitePage.label}: ${url}`);
        byUrl.set(url, await fs.readFile(file));
        if (sitePage.status === 200) ownUrls.push(url);
      }
      assert.ok(ownUrls.length >= 10, `pages: ${ownUrls.length}`);
      assert.equal(new Set(ownUrls).size, ownUrls.length, `two pages share a picture: ${ownUrls.join(", ")}`);
      const distinct = new Set([...byUrl.values()].map((b) => b.toString("base64")));
      assert.equal(distinct.size, byUrl.size, "two share images with different names hold the same picture");
    });

    for (const sitePage of world.site.pages) {
      test(`site ${sitePage.label}: h1 in the first screen, numbers as tel: links on one line, share tags`, () =>
        world.browser.withPage("phone", {}, async (page) => {
          for (const size of SIZES) {
            await page.setViewportSize(size);
            const response = await page.goto(world.site.url + sitePage.visit);
            assert.equal(response.status(), sitePage.status);
            await page.evaluate(() => document.fonts.ready);
            const top = await h1Top(page);
            assert.ok(top !== null && top < size.height - 40, `${sitePage.label} at ${size.width}x${size.height}: h1 at y=${top}`);
            assertNumbersLinked(await page.evaluate(phoneNumbers), `${sitePage.label} at ${size.width}`);
            await page.screenshot({ path: path.join(world.screenshots, `telefoon-${sitePage.name}-${size.width}x${size.height}.png`) });
          }
          await checkShareTags(world, page, sitePage);
        }));
    }

    test("the menu button opens the menu without JavaScript at 375 px", () =>
      world.browser.withPage("phone menu", { javaScriptEnabled: false, viewport: SIZES[0] }, async (page) => {
        await page.goto(world.site.url);
        const wide = page.locator("nav.menu");
        assert.equal(await wide.isVisible(), false, "the full menu is folded away on a phone");
        await page.getByText("Menu", { exact: true }).click();
        const link = page.locator(".menu-klein-lijst a").nth(1);
        assert.equal(await link.isVisible(), true);
        await page.screenshot({ path: path.join(world.screenshots, "telefoon-menu-open-375x740.png") });
        const response = await Promise.all([page.waitForNavigation(), link.click()]).then(([r]) => r);
        assert.equal(response.status(), 200);
      }));

    test("the digits have a zero without a slash: 0-9 come from the digit face", () =>
      world.browser.withPage("digits", { viewport: SIZES[0] }, async (page) => {
        await page.goto(world.site.url);
        const loaded = await page.evaluate(async () => {
          await document.fonts.ready;
          return document.fonts.check('20px "Nietpluis Cijfers"', "0800") && [...document.fonts].some((f) => f.family.includes("Nietpluis Cijfers") && f.status === "loaded");
        });
        assert.ok(loaded, "the digit font is loaded for the page's numbers");
        // As tall as Atkinson's own digits, so "2 of 3 hoog" does not look set in a bigger size.
        const heights = await page.evaluate(() => {
          const context = document.createElement("canvas").getContext("2d");
          const height = (family) => {
            context.font = `100px ${family}`;
            return context.measureText("0").actualBoundingBoxAscent;
          };
          return { digits: height('"Nietpluis Cijfers"'), atkinson: height('"Atkinson Hyperlegible"') };
        });
        assert.ok(Math.abs(heights.digits / heights.atkinson - 1) < 0.02,
          `digit face ${heights.digits.toFixed(1)} px against Atkinson's ${heights.atkinson.toFixed(1)} px at 100 px`);
      }));

    test("the form page carries the privacy notice: who receives it, how long, and the full statement", () =>
      world.browser.withPage("privacy notice", { viewport: SIZES[0] }, async (page) => {
        const form = world.site.pages.find((p) => p.visit === "melden/");
        assert.ok(form, "the site has melden/");
        await page.goto(world.site.url + form.visit);
        const notice = page.locator(".privacy-kort");
        const text = await notice.innerText();
        assert.match(text, /organisatie voor buurtwerk/);
        assert.match(text, /bewaart uw melding/);
        assert.equal(await notice.locator('a[href$="privacy/"]').count(), 1);
      }));

    for (const size of SIZES) {
      test(`the online form's answers look like the site at ${size.width}x${size.height}`, () =>
        world.browser.withPage("intake answers", { viewport: size }, async (page) => {
          await page.goto(world.site.url + "melden/");
          const site = await siteFrame(page);
          const intake = world.kiosks.publiek.url;
          const answers = [
            { name: "formulier", url: intake + "melden", status: 200, h1: site.h1 },
            { name: "bedankt", url: intake + "bedankt", status: 200, h1: /Dank u wel/ },
            { name: "niet-gevonden", url: intake + "bestaat-niet", status: 404, h1: /Deze pagina bestaat niet/ },
          ];
          for (const answer of answers) {
            const response = await open(page, answer.url);
            assert.equal(response.status(), answer.status, answer.name);
            const frame = await siteFrame(page);
            if (typeof answer.h1 === "string") assert.equal(frame.h1, answer.h1, `${answer.name}: the same h1 as the site's form page`);
            else assert.match(frame.h1, answer.h1, answer.name);
            assert.equal(frame.h1s, 1, `${answer.name}: one h1`);
            assert.equal(frame.brand, site.brand, `${answer.name}: the site's header`);
            assert.deepEqual(frame.menu, site.menu, `${answer.name}: the site's menu`);
            assert.ok(frame.danger && frame.footer, `${answer.name}: the danger line and the footer`);
            const top = await h1Top(page);
            assert.ok(top < size.height - 40, `${answer.name}: h1 at y=${top}`);
            assertNumbersLinked(await page.evaluate(phoneNumbers), `intake ${answer.name} at ${size.width}`);
            await page.screenshot({ path: path.join(world.screenshots, `telefoon-intake-${answer.name}-${size.width}x${size.height}.png`), fullPage: true });
          }
          await page.goto(intake + "melden");
          assert.equal(await page.locator(".privacy-kort a[href$='privacy/']").count(), 1, "the intake's form has the notice too");
        }));
    }
  });
}
