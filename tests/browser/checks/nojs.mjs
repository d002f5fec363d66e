// Without JavaScript: the kiosk report and the online form can still be sent, and the site can be
// read and navigated.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { ADDRESS, answerAddress, answerContact, answerReasons, arrive, open, send } from "../lib/screens.mjs";

const NO_JS = { javaScriptEnabled: false };


export function register(world) {
  describe("without JavaScript", { concurrency: 2 }, () => {
    test("kiosk: the report can be completed", () =>
      world.browser.withPage("no-js kiosk", NO_JS, async (page) => {
        await open(page, world.kiosks.kiosk.url);
        await arrive(page, () => page.getByRole("link", { name: "Begin met melden" }).click());
        assert.equal(await page.locator("[data-toetsenbord]").isVisible(), false, "the on-screen keyboard needs JavaScript: it must stay hidden");
        await answerAddress(page, { ...ADDRESS, postcode: "1050 XY" });
        await answerReasons(page, { reasons: ["anders"], text: "" });
        await answerContact(page, { callBack: true, naam: "Piet", telefoon: "", email: "piet@voorbeeld.nl" });
        assert.match(await page.locator("h1").innerText(), /Klopt alles/);
        const response = await send(page);
        assert.equal(response.status(), 200);
        assert.match(await page.locator("h1").innerText(), /Dank u wel/);
        const report = await world.receiver.waitForReport("postcode 1050 XY", (r) => r.address.postcode === "1050 XY");
        assert.deepEqual(report.contact, { wanted: true, name: "Piet", phone: "", email: "piet@voorbeeld.nl" });
      }));

    test("online form: the report can be sent", () =>
      world.browser.withPage("no-js online form", NO_JS, async (page) => {
        await open(page, world.kiosks.publiek.url + "melden");
        await page.fill("#postcode", "1099 ZZ");
        await page.fill("#huisnummer", "7");
        await page.check("#zorg-gedrag");
        await send(page);
        assert.match(await page.locator("h1").innerText(), /Dank u wel/);
        const report = await world.receiver.waitForReport("postcode 1099 ZZ", (r) => r.address.postcode === "1099 ZZ");
        assert.equal(report.source, "website");
      }));

    for (const sitePage of world.site.pages) {
      test(`site ${sitePage.label} can be read`, () =>
        world.browser.withPage("no-js site", NO_JS, async (page) => {
          await page.goto(world.site.url + sitePage.visit);
          const main = page.locator("main");
          assert.ok(await main.isVisible(), "main is not shown");
          assert.ok(await page.locator("main h1").isVisible(), "the page has no visible h1 in main");
          const text = await main.innerText();
          assert.ok(text.trim().length >= 80, `main holds only ${text.trim().length} characters`);
          // The skip link works without a script: it moves the focus into the text.
          await page.keyboard.press("Tab");
          assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Direct naar de tekst");
          await page.keyboard.press("Enter");
          assert.equal(await page.evaluate(() => document.activeElement.id), "inhoud", "the skip link does not move the focus to main");
        }));
    }

    test("site: every link in the menu and the footer leads to a page", () =>
      world.browser.withPage("no-js navigation", NO_JS, async (page) => {
        await page.goto(world.site.url);
        // Only the menu the reader sees: on a wide window the full menu, not the folded one of phones.
        const links = await page.$$eval("nav a[href]", (as) =>
          as.filter((a) => a.getClientRects().length > 0).map((a) => ({ href: a.getAttribute("href"), label: a.textContent.trim() })));
        assert.ok(links.length >= 5, `only ${links.length} navigation links`);
        for (const link of links) {
          await page.goto(world.site.url);
          const nav = page.locator("nav:visible").getByRole("link", { name: link.label, exact: true }).first();
          const response = await arrive(page, () => nav.click());
          assert.equal(response.status(), 200, `${link.label} (${link.href}) gives ${response.status()}`);
          assert.ok(await page.locator("main h1").isVisible(), `${link.label}: no heading`);
        }
      }));
  });
}
