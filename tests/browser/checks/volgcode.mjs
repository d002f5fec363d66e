// The follow-up code (issue 22) as a resident and a coordinator meet it:
//  - the kiosk's thank-you screen at 1920x1080 and 1080x1920: the code large and whole in the first
//    screen, the QR code beside or under it, both in view and apart; the QR code decoded with zbarimg
//    to the status page's address;
//  - the website's thank-you page at 375x740: the code on one line, no sideways scrolling;
//  - /volg without JavaScript, by keyboard only: the code typed in lower case without its dash gives
//    "We hebben uw melding", a swapped pair "Deze code klopt niet";
//  - the coordinator's link without JavaScript: the page with one button, and after it /volg says
//    "Iemand gaat langs".
// axe finds nothing on any of them; screenshots go to the screenshot folder (volgcode-*).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";

import { axeViolations, formatViolations } from "../lib/checkers.mjs";
import { arrive, open, postFromPage } from "../lib/screens.mjs";

const run = promisify(execFile);
const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

// Where the code and the QR code are, and how large, in the window as it first shows.
function layout() {
  const box = (selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  };
  const code = document.querySelector(".volgcode-code");
  return {
    code: box(".volgcode-code"),
    text: code ? code.textContent.trim() : null,
    lines: code ? new Set([...code.getClientRects()].map((r) => Math.round(r.top))).size : 0,
    fontSize: code ? parseFloat(getComputedStyle(code).fontSize) : 0,
    qr: box(".volgcode-qr"),
    heading: box("#volgcode-titel"),
    window: { width: innerWidth, height: innerHeight },
    scrollWidth: document.documentElement.scrollWidth,
  };
}

function inWindow(r, w) {
  return r && r.left >= 0 && r.top >= 0 && r.right <= w.width + 0.5 && r.bottom <= w.height + 0.5;
}

function apart(a, b) {
  return a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
}

async function assertAxeClean(page, where) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(where, violations));
}

// A complete report, posted from the page by the browser itself; the thank-you page it lands on.
function report(page, text) {
  return postFromPage(page, "melding", [
    ["postcode", "1012 AB"],
    ["huisnummer", "12"],
    ["zorg", "huis"],
    ["toelichting", text],
    ["contact", "anoniem"],
  ]);
}

async function zbarAvailable() {
  try {
    await run("zbarimg", ["--version"]);
    return true;
  } catch {
    return false;
  }
}

export function register(world) {
  const shot = (name) => path.join(world.screenshots, `volgcode-${name}.png`);
  const answer = (page) => page.locator("#volg-antwoord h2").innerText();

  describe("follow-up code", { concurrency: 2 }, () => {
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
      const label = `${size.width}x${size.height}`;
      test(`kiosk ${label}: the code large in the first screen, with a QR code that reads as the status page`, { timeout: 60000 }, () =>
        world.browser.withPage(`volgcode kiosk ${label}`, { viewport: size, hasTouch: true }, async (page) => {
          await open(page, world.kiosks.kiosk.url);
          const response = await report(page, `volgcode browser kiosk ${label}`);
          assert.equal(response.status(), 200);
          assert.match(await page.locator("h1").innerText(), /Dank u wel/);
          await page.evaluate(() => document.fonts.ready);
          const seen = await page.evaluate(layout);
          assert.match(seen.text, CODE);
          assert.equal(await page.locator("#volgcode-titel").innerText(), "Schrijf deze code op");
          assert.ok(inWindow(seen.code, seen.window), `${label}: the code is not whole in the first screen: ${JSON.stringify(seen.code)}`);
          assert.ok(inWindow(seen.heading, seen.window), `${label}: "Schrijf deze code op" is not in the first screen`);
          assert.ok(inWindow(seen.qr, seen.window), `${label}: the QR code is not whole in the first screen: ${JSON.stringify(seen.qr)}`);
          assert.equal(seen.lines, 1, `${label}: the code breaks over ${seen.lines} lines`);
          assert.ok(seen.fontSize >= 64, `${label}: the code is ${seen.fontSize} px, less than 64`);
          assert.ok(seen.qr.width >= 200 && seen.qr.height >= 200, `${label}: the QR code is only ${seen.qr.width} px`);
          assert.ok(apart(seen.code, seen.qr), `${label}: the QR code covers the code`);
          await assertAxeClean(page, `kiosk thank-you ${label}`);
          await page.screenshot({ path: shot(`kiosk-${label}`), animations: "disabled" });
          if (await zbarAvailable()) {
            const file = shot(`qr-${label}`);
            await page.locator(".volgcode-qr").screenshot({ path: file });
            const { stdout } = await run("zbarimg", ["--raw", "-q", file]);
            assert.equal(stdout.trim(), "https://meldpunt.voorbeeld.nl/volg");
            await fs.rm(file);
          }
        }));
    }

    test("website 375x740: the code on one line, nothing sideways", { timeout: 60000 }, () =>
      world.browser.withPage("volgcode website", { viewport: { width: 375, height: 740 } }, async (page) => {
        await open(page, world.kiosks.publiek.url + "melden");
        const response = await report(page, "volgcode browser website");
        assert.equal(response.status(), 200);
        await page.evaluate(() => document.fonts.ready);
        const seen = await page.evaluate(layout);
        assert.match(seen.text, CODE);
        assert.equal(seen.lines, 1, `the code breaks over ${seen.lines} lines`);
        assert.ok(seen.code.right <= 375 && seen.code.left >= 0, `the code sticks out: ${JSON.stringify(seen.code)}`);
        assert.ok(seen.scrollWidth <= 375, `the page is ${seen.scrollWidth} px wide`);
        assert.ok(seen.fontSize >= 32, `the code is ${seen.fontSize} px, less than 32`);
        assert.equal(seen.qr, null, "the website shows a QR code to the page it is on");
        await assertAxeClean(page, "website thank-you 375");
        await page.screenshot({ path: shot("website-375x740"), fullPage: true, animations: "disabled" });
      }));

    test("/volg and the coordinator's link without JavaScript, by keyboard only", { timeout: 150000 }, async () => {
      const publiek = world.kiosks.publiek;
      // The code, from the thank-you page of a report made for this test.
      const code = await world.browser.withPage("volgcode report", {}, async (page) => {
        await open(page, publiek.url + "melden");
        await report(page, "volgcode browser volg");
        return (await page.locator(".volgcode-code").innerText()).trim();
      });
      const delivered = await world.receiver.waitForReport("volgcode browser volg", (r) => r.text === "volgcode browser volg");
      assert.ok(delivered.volgen?.token, "the report carries no follow-up token");
      const typed = (code[0] + code.slice(1, 4) + code.slice(5)).toLowerCase();
      let swapped = code.slice(0, 4) + code.slice(5);
      const at = [...swapped].findIndex((c, i) => i + 1 < swapped.length && c !== swapped[i + 1]);
      swapped = swapped.slice(0, at) + swapped[at + 1] + swapped[at] + swapped.slice(at + 2);

      for (const size of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
        const label = `${size.width}x${size.height}`;
        await world.browser.withPage(`volgcode volg ${label}`, { viewport: size, javaScriptEnabled: false }, async (page) => {
          const first = await open(page, publiek.url + "volg");
          assert.equal(first.status(), 200);
          assert.equal(await page.locator("h1").innerText(), "Hoe gaat het met mijn melding?");
          await page.screenshot({ path: shot(`volg-${label}`), fullPage: true, animations: "disabled" });
          // Tab to the field (past the skip link, the menu and the danger box), type, Enter.
          for (let i = 0; i < 60; i++) {
            await page.keyboard.press("Tab");
            if (await page.evaluate(() => document.activeElement?.id === "code")) break;
          }
          assert.equal(await page.evaluate(() => document.activeElement?.id), "code", "Tab never reached the field");
          await page.keyboard.type(size.width === 375 ? typed : swapped);
          await arrive(page, () => page.keyboard.press("Enter"));
          if (size.width === 375) {
            assert.equal(await answer(page), "We hebben uw melding");
          } else {
            assert.equal(await answer(page), "Deze code klopt niet");
            assert.equal(await page.locator("#code").inputValue(), swapped);
            assert.equal(await page.locator("#code").getAttribute("aria-invalid"), "true");
          }
          assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= size.width, `/volg ${label} scrolls sideways`);
          await page.screenshot({ path: shot(`volg-antwoord-${label}`), fullPage: true, animations: "disabled" });
        });
      }

      // axe runs in the page, so with JavaScript: the same pages, empty and with both answers.
      await world.browser.withPage("volgcode axe", { viewport: { width: 375, height: 740 } }, async (page) => {
        await open(page, publiek.url + "volg");
        await assertAxeClean(page, "/volg");
        for (const [what, value] of [["found", code], ["mistyped", swapped]]) {
          await page.fill("#code", value);
          await arrive(page, () => page.getByRole("button", { name: "Bekijk hoe het gaat" }).click());
          await assertAxeClean(page, `/volg ${what}`);
        }
        await open(page, `${publiek.url}status?token=${delivered.volgen.token}&status=iemand_is_langs_geweest`);
        await assertAxeClean(page, "status link page");
      });

      await world.browser.withPage("volgcode link", { viewport: { width: 375, height: 740 }, javaScriptEnabled: false }, async (page) => {
        const link = new URL(delivered.volgen.status_url);
        const page_response = await open(page, `${publiek.url}${link.pathname.slice(1)}?token=${delivered.volgen.token}&status=iemand_gaat_langs`);
        assert.equal(page_response.status(), 200);
        assert.equal(await page.locator("main button").count(), 1);
        await page.screenshot({ path: shot("status-link-375x740"), fullPage: true, animations: "disabled" });
        await arrive(page, () => page.getByRole("button", { name: "Ik ga langs" }).click());
        assert.match(await page.locator("main").innerText(), /Op de website staat nu: Iemand gaat langs\./);
        await page.screenshot({ path: shot("status-link-done-375x740"), fullPage: true, animations: "disabled" });
        await open(page, publiek.url + "volg");
        await page.fill("#code", code);
        await arrive(page, () => page.getByRole("button", { name: "Bekijk hoe het gaat" }).click());
        assert.equal(await answer(page), "Iemand gaat langs");
      });
    });
  });
}
