// The online form of the public site (issue 7): the generated page Melden, built with intake_url set to
// the running public intake, submitted in Chromium with JavaScript on and off.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { before, describe, test } from "node:test";

import { arrive, open } from "../lib/screens.mjs";
import { buildSite, serveStatic } from "../lib/site.mjs";

// The example content with intake_url pointing at the test's public intake.
async function formSite(world) {
  const content = path.join(world.work, "content-met-formulier");
  await fs.cp(path.join(world.sourceDir, "content"), content, { recursive: true });
  const siteToml = path.join(content, "site.toml");
  const toml = await fs.readFile(siteToml, "utf8");
  assert.match(toml, /^intake_url = ".*"$/m, "the example site.toml sets intake_url");
  await fs.writeFile(siteToml, toml.replace(/^intake_url = ".*"$/m, `intake_url = "${world.kiosks.publiek.url}"`));
  const out = path.join(world.work, "site-met-formulier");
  await buildSite({ nietpluis: world.nietpluis, sourceDir: world.sourceDir, contentDir: content, outDir: out });
  return (await serveStatic(out, world.site.prefix)) + "melden/";
}

async function fillForm(page, { postcode, huisnummer, reason, text }) {
  await page.fill("#postcode", postcode);
  await page.fill("#huisnummer", huisnummer);
  await page.check(reason === "huis" ? "#zorg" : `#zorg-${reason}`);
  await page.fill("#toelichting", text);
}

function sendButton(page) {
  return page.getByRole("button", { name: "Verstuur de melding", exact: true });
}

export function register(world) {
  describe("online form on the site", { concurrency: 2 }, () => {
    let formUrl;
    before(async () => {
      formUrl = await formSite(world);
    });

    test("with JavaScript: the report reaches the receiver as from the website, with the poster's bron", () =>
      world.browser.withPage("online form js", {}, async (page) => {
        await open(page, formUrl + "?bron=huisarts-centrum");
        assert.equal(await page.locator("form.meldformulier input[name=bron]").inputValue(), "huisarts-centrum");
        await fillForm(page, { postcode: "1044 KL", huisnummer: "21", reason: "huis", text: "Van de site, met script." });
        const response = await arrive(page, () => sendButton(page).click());
        assert.equal(response.status(), 200);
        assert.equal(new URL(page.url()).origin, new URL(world.kiosks.publiek.url).origin, "the thank-you comes from the intake");
        assert.match(await page.locator("h1").innerText(), /Dank u wel/);
        const report = await world.receiver.waitForReport("text 'Van de site, met script.'", (r) => r.text === "Van de site, met script.");
        assert.equal(report.source, "website");
        assert.equal(report.location, "de website");
        assert.equal(report.campaign, "huisarts-centrum");
        assert.deepEqual(report.address, { postcode: "1044 KL", house_number: 21, addition: "", street: "", place: "", found_in_register: null });
        assert.deepEqual(report.contact, { wanted: false });
      }));

    test("without JavaScript: the report still arrives, counted as website without a bron", () =>
      world.browser.withPage("online form no-js", { javaScriptEnabled: false }, async (page) => {
        await open(page, formUrl + "?bron=huisarts-centrum");
        assert.equal(await page.locator("form.meldformulier input[name=bron]").count(), 0);
        await fillForm(page, { postcode: "1045 KL", huisnummer: "22", reason: "gedrag", text: "Van de site, zonder script." });
        await page.check("#contact-terugbellen");
        await page.fill("#naam", "Els");
        await page.fill("#telefoon", "06 12345678");
        const response = await arrive(page, () => sendButton(page).click());
        assert.equal(response.status(), 200);
        assert.match(await page.locator("h1").innerText(), /Dank u wel/);
        const report = await world.receiver.waitForReport("text 'Van de site, zonder script.'", (r) => r.text === "Van de site, zonder script.");
        assert.equal(report.source, "website");
        assert.equal(report.campaign, null);
        assert.deepEqual(report.contact, { wanted: true, name: "Els", phone: "06 12345678", email: "" });
      }));

    test("a mistake comes back from the intake as the same form, answers kept, with status 422", () =>
      world.browser.withPage("online form mistake", {}, async (page) => {
        await open(page, formUrl + "?bron=bibliotheek");
        await page.fill("#postcode", "12");
        await page.fill("#huisnummer", "5");
        await page.fill("#toelichting", "bewaard na een fout");
        const response = await arrive(page, () => sendButton(page).click());
        assert.equal(response.status(), 422);
        assert.equal(await page.evaluate(() => document.activeElement.id), "fouten", "the error summary gets the focus");
        const links = await page.locator("#fouten a").allInnerTexts();
        assert.deepEqual(links, ["Vul een postcode in zoals 1234 AB.", "Kies minstens één ding waar u zich zorgen over maakt."]);
        assert.equal(await page.inputValue("#postcode"), "12");
        assert.equal(await page.inputValue("#toelichting"), "bewaard na een fout");
        assert.equal(await page.locator("input[name=bron]").inputValue(), "bibliotheek", "the bron travels on with the answers");
        assert.equal(await page.getAttribute("#postcode", "aria-invalid"), "true");
      }));
  });
}
