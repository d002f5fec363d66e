// Addresses from the register (issue 19): a kiosk and an online form whose register is the example
// content's content/adressen.csv, imported with `nietpluis-kiosk adressen importeer` as IT does it.
// Four flows each: found ("Kerkstraat 3, Voorbeeld. Klopt dit?" then Ja), several additions at one
// number (a button each), not found then corrected, and not found but sent anyway. The kiosk at
// 1920x1080 and 1080x1920 by touch; the online form's round trip at 375x740 without JavaScript, one
// flow by keyboard only. With JavaScript the register answers while the resident types
// (assets/adres.js): on the site's page Melden, served from another origin than the intake, at
// 375x740 and 1280x800, and on the intake's own form page. Geometry: every button of the question at
// least the kiosk's 60x60 px (44x44 on the site) and inside the window. What reaches the receiver says
// whether the register knew it.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { before, describe, test } from "node:test";

import { axeViolations, formatViolations } from "../lib/checkers.mjs";
import { startKiosk } from "../lib/kiosk.mjs";
import { freePort } from "../lib/processes.mjs";
import { arrive, open } from "../lib/screens.mjs";
import { buildSite, serveStatic } from "../lib/site.mjs";

const KIOSK_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const ROUNDING = 0.5;

function button(page, name) {
  return page.getByRole("button", { name, exact: true });
}

async function heading(page) {
  return (await page.locator("h1").first().innerText()).trim();
}

// Every button and link of the address question: at least `min` px square and inside the window.
async function assertQuestionGeometry(page, where, min) {
  const found = await page.evaluate(
    ({ min, rounding }) => {
      const problems = [];
      const targets = [...document.querySelectorAll(".knoppen-adres button, .knoppen-adres a[href]")];
      for (const el of targets) {
        const r = el.getBoundingClientRect();
        const name = `"${el.innerText.trim()}"`;
        if (r.width < min - rounding || r.height < min - rounding) problems.push(`${name} is ${r.width.toFixed(1)}x${r.height.toFixed(1)} px`);
        if (r.left < -rounding || r.right > innerWidth + rounding) problems.push(`${name} sticks out sideways (${r.left.toFixed(0)}..${r.right.toFixed(0)})`);
      }
      if (document.documentElement.scrollWidth > innerWidth + 1) problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
      return { count: targets.length, problems };
    },
    { min, rounding: ROUNDING },
  );
  assert.ok(found.count > 0, `${where}: no buttons for the address question`);
  assert.deepEqual(found.problems, [], `${where}: address question buttons`);
}

// On the kiosk everything a resident must tap is on screen without scrolling.
async function assertOnScreen(page, names, where) {
  const size = page.viewportSize();
  for (const name of names) {
    const box = await button(page, name).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width,
      `${where}: "${name}" is not on screen (${JSON.stringify(box)})`);
  }
}

// The example site and a public intake with the register that know each other, as in production:
// the site's basis_url (its origin is the one the intake lets read /adres) and intake_url (what the
// site's form posts to and asks). Both on loopback, on different ports: different origins.
async function siteWithIntake(world, addresses) {
  const content = path.join(world.work, "content-adressen");
  await fs.cp(path.join(world.sourceDir, "content"), content, { recursive: true });
  const out = path.join(world.work, "site-adressen");
  const siteUrl = await serveStatic(out, world.site.prefix);
  const port = await freePort();
  const siteToml = path.join(content, "site.toml");
  let toml = await fs.readFile(siteToml, "utf8");
  assert.match(toml, /^basis_url = ".*"$/m);
  assert.match(toml, /^intake_url = ".*"$/m);
  toml = toml.replace(/^basis_url = ".*"$/m, `basis_url = "${siteUrl}"`);
  toml = toml.replace(/^intake_url = ".*"$/m, `intake_url = "http://127.0.0.1:${port}/"`);
  await fs.writeFile(siteToml, toml);
  const intake = await startKiosk({
    ...world.kioskCommon, name: "adressen-site", idleSeconds: 600, mode: "publiek", addresses, contentDir: content, port,
  });
  await buildSite({ nietpluis: world.nietpluis, sourceDir: world.sourceDir, contentDir: content, outDir: out });
  return { form: siteUrl + "melden/", intake };
}

// The register's answer while typing: shown in the live region, with no page load in between.
async function liveAnswer(page, selector) {
  await page.locator(`#adres-live ${selector}`).first().waitFor({ state: "visible", timeout: 10000 });
  return page.locator("#adres-live");
}

async function assertAxeClean(page, where) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(where, violations));
}

export function register(world) {
  let kiosk;
  let publiek;
  let site;
  before(async () => {
    const addresses = path.join(world.sourceDir, "content", "adressen.csv");
    [kiosk, publiek, site] = await Promise.all([
      startKiosk({ ...world.kioskCommon, name: "adressen-kiosk", idleSeconds: 600, addresses }),
      startKiosk({ ...world.kioskCommon, name: "adressen-publiek", idleSeconds: 600, mode: "publiek", addresses }),
      siteWithIntake(world, addresses),
    ]);
  });
  const shot = async (page, name) => {
    const size = page.viewportSize();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(world.screenshots, `adres-${name}-${size.width}x${size.height}.png`), fullPage: false });
  };

  describe("addresses at the kiosk, by touch", { concurrency: 2 }, () => {
    for (const size of KIOSK_SIZES) {
      const label = `${size.width}x${size.height}`;
      const touch = { viewport: size, hasTouch: true };
      // The rest of a report after the address step: one reason, anonymous, then the check screen.
      const toCheck = async (page) => {
        assert.match(await heading(page), /Waar maakt u zich zorgen over/);
        await page.getByText("Het huis", { exact: true }).tap();
        await arrive(page, () => button(page, "Verder").tap());
        await arrive(page, () => button(page, "Verder").tap());
        assert.match(await heading(page), /Klopt alles/);
      };
      const address = async (page, postcode, number) => {
        await open(page, kiosk.url + "melden");
        await page.fill("#postcode", postcode);
        await page.fill("#huisnummer", number);
        return arrive(page, () => button(page, "Verder").tap());
      };

      test(`${label}: found, confirmed with Ja; the check screen shows street and woonplaats`, { timeout: 90000 }, () =>
        world.browser.withPage(`adres gevonden ${label}`, touch, async (page) => {
          await address(page, "1012ab", "3");
          assert.equal(await heading(page), "Klopt dit adres?");
          assert.equal((await page.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 3, Voorbeeld. Klopt dit?");
          assert.match(await page.locator(".voortgang-tekst").innerText(), /^Stap 1 van 4$/);
          await assertQuestionGeometry(page, `${label} klopt dit`, 60);
          await assertOnScreen(page, ["Ja", "Nee, ander adres"], `${label} klopt dit`);
          assert.equal(await page.locator(".knop-keuze").count(), 0, "one address found: no choice buttons");
          await shot(page, "klopt-dit");
          // "Nee, ander adres" goes back to the fields, answers kept.
          await arrive(page, () => button(page, "Nee, ander adres").tap());
          assert.match(await heading(page), /Waar woont de persoon/);
          assert.equal(await page.inputValue("#postcode"), "1012ab");
          await arrive(page, () => button(page, "Verder").tap());
          await arrive(page, () => button(page, "Ja").tap());
          await toCheck(page);
          const check = await page.locator(".controle").innerText();
          assert.match(check, /Kerkstraat 3, Voorbeeld/);
          assert.doesNotMatch(check, /1012 AB 3/);
          await shot(page, "controle");
          await arrive(page, () => button(page, "Verstuur de melding").tap());
          assert.match(await heading(page), /Dank u wel/);
        }));

      test(`${label}: several additions become buttons; the one chosen is sent`, { timeout: 90000 }, () =>
        world.browser.withPage(`adres kiezen ${label}`, touch, async (page) => {
          await address(page, "1012 AB", "12");
          assert.equal(await heading(page), "Welk adres is het?");
          const choices = await page.locator(".knop-keuze").allInnerTexts();
          assert.deepEqual(choices.map((c) => c.trim()), ["Kerkstraat 12-1", "Kerkstraat 12A", "Kerkstraat 12B"]);
          await assertQuestionGeometry(page, `${label} kiezen`, 60);
          await assertOnScreen(page, ["Kerkstraat 12-1", "Kerkstraat 12A", "Kerkstraat 12B", "Nee, ander adres"], `${label} kiezen`);
          await shot(page, "kiezen");
          await arrive(page, () => button(page, "Kerkstraat 12B").tap());
          await toCheck(page);
          assert.match(await page.locator(".controle").innerText(), /Kerkstraat 12B, Voorbeeld/);
          const marker = `keuze ${label}`;
          await arrive(page, () => button(page, "Wijzig zorgen").tap());
          await page.fill("#toelichting", marker);
          await arrive(page, () => button(page, "Verder").tap());
          await arrive(page, () => button(page, "Verstuur de melding").tap());
          const report = await world.receiver.waitForReport(marker, (r) => r.text === marker);
          assert.deepEqual(report.address, { postcode: "1012 AB", house_number: 12, addition: "B", street: "Kerkstraat", place: "Voorbeeld", found_in_register: true });
        }));

      test(`${label}: not found, corrected, then found`, { timeout: 90000 }, () =>
        world.browser.withPage(`adres verbeterd ${label}`, touch, async (page) => {
          const response = await address(page, "1012AB", "99");
          assert.equal(response.status(), 200);
          assert.match(await heading(page), /Waar woont de persoon/);
          const notice = page.locator(".adres-onbekend");
          assert.match(await notice.innerText(), /^Dit adres kennen wij niet\.\s+Kijk het nog eens na\./);
          assert.equal(await page.evaluate(() => document.activeElement?.id), "adres-vraag", "the notice has the focus");
          await assertQuestionGeometry(page, `${label} onbekend`, 60);
          await shot(page, "onbekend");
          await page.fill("#huisnummer", "9");
          await arrive(page, () => button(page, "Verder").tap());
          assert.equal((await page.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 9, Voorbeeld. Klopt dit?");
          await arrive(page, () => button(page, "Ja").tap());
          await toCheck(page);
          assert.match(await page.locator(".controle").innerText(), /Kerkstraat 9, Voorbeeld/);
        }));

      test(`${label}: not found and sent anyway; the report says the register does not know it`, { timeout: 90000 }, () =>
        world.browser.withPage(`adres toch ${label}`, touch, async (page) => {
          await address(page, "1013CD", "40");
          assert.match(await page.locator(".adres-onbekend").innerText(), /Dit adres kennen wij niet/);
          await arrive(page, () => button(page, "Het adres klopt, ga verder").tap());
          await toCheck(page);
          const check = await page.locator(".controle").innerText();
          assert.match(check, /1013 CD 40/);
          assert.match(check, /Dit adres kennen wij niet/);
          await shot(page, "controle-onbekend");
          const marker = `toch ${label}`;
          await arrive(page, () => button(page, "Wijzig zorgen").tap());
          await page.fill("#toelichting", marker);
          await arrive(page, () => button(page, "Verder").tap());
          await arrive(page, () => button(page, "Verstuur de melding").tap());
          assert.match(await heading(page), /Dank u wel/);
          const report = await world.receiver.waitForReport(marker, (r) => r.text === marker);
          assert.deepEqual(report.address, { postcode: "1013 CD", house_number: 40, addition: "", street: "", place: "", found_in_register: false });
        }));
    }
  });

  // With JavaScript the same flows are answered while typing; see the checks below.
  describe("addresses on the online form at 375x740, the round trip without JavaScript", { concurrency: 2 }, () => {
    for (const js of [false]) {
      const label = js ? "with JavaScript" : "without JavaScript";
      const options = { viewport: PHONE, javaScriptEnabled: js };
      const fill = async (page, postcode, number, text) => {
        await open(page, publiek.url + "melden");
        await page.fill("#postcode", postcode);
        await page.fill("#huisnummer", number);
        await page.check("#zorg");
        await page.fill("#toelichting", text);
      };
      const sendButton = (page) => button(page, "Verstuur de melding");

      test(`${label}: found, by keyboard only: the intake asks "Klopt dit?" and Ja sends`, { timeout: 90000 }, () =>
        world.browser.withPage(`formulier gevonden ${label}`, options, async (page) => {
          const text = `formulier gevonden ${label}`;
          await open(page, publiek.url + "melden");
          await page.locator("#postcode").focus();
          await page.keyboard.type("1012 AB");
          await page.keyboard.press("Tab");
          await page.keyboard.type("3");
          // To the first reason and the text by Tab, as a keyboard user goes.
          while (!(await page.evaluate(() => document.activeElement?.id === "zorg"))) await page.keyboard.press("Tab");
          await page.keyboard.press("Space");
          while (!(await page.evaluate(() => document.activeElement?.id === "toelichting"))) await page.keyboard.press("Tab");
          await page.keyboard.type(text);
          while (!(await page.evaluate(() => document.activeElement?.textContent?.trim() === "Verstuur de melding"))) await page.keyboard.press("Tab");
          const asked = await arrive(page, () => page.keyboard.press("Enter"));
          assert.equal(asked.status(), 200);
          assert.equal((await page.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 3, Voorbeeld. Klopt dit?");
          assert.equal(await page.evaluate(() => document.activeElement?.id), "adres-vraag", "the question has the focus");
          assert.equal(await page.inputValue("#toelichting"), text, "the answers are kept");
          await assertQuestionGeometry(page, `${label} klopt dit`, 44);
          await shot(page, `formulier-klopt-dit-${js ? "js" : "zonder-js"}`);
          await page.keyboard.press("Tab");
          assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Ja, verstuur de melding");
          await arrive(page, () => page.keyboard.press("Enter"));
          assert.match(await heading(page), /Dank u wel/);
          const report = await world.receiver.waitForReport(text, (r) => r.text === text);
          assert.deepEqual(report.address, { postcode: "1012 AB", house_number: 3, addition: "", street: "Kerkstraat", place: "Voorbeeld", found_in_register: true });
          assert.equal(report.source, "website");
        }));

      test(`${label}: several additions become buttons; "Nee, ander adres" goes to the postcode`, { timeout: 90000 }, () =>
        world.browser.withPage(`formulier kiezen ${label}`, options, async (page) => {
          const text = `formulier kiezen ${label}`;
          await fill(page, "1012ab", "12", text);
          await arrive(page, () => sendButton(page).click());
          const choices = await page.locator(".knop-keuze").allInnerTexts();
          assert.deepEqual(choices.map((c) => c.trim()), ["Kerkstraat 12-1", "Kerkstraat 12A", "Kerkstraat 12B"]);
          await assertQuestionGeometry(page, `${label} kiezen`, 44);
          await shot(page, `formulier-kiezen-${js ? "js" : "zonder-js"}`);
          await page.getByRole("link", { name: "Nee, ander adres" }).focus();
          await page.keyboard.press("Enter");
          await page.waitForFunction(() => document.activeElement?.id === "postcode");
          await arrive(page, () => button(page, "Kerkstraat 12-1").click());
          assert.match(await heading(page), /Dank u wel/);
          const report = await world.receiver.waitForReport(text, (r) => r.text === text);
          assert.deepEqual(report.address, { postcode: "1012 AB", house_number: 12, addition: "1", street: "Kerkstraat", place: "Voorbeeld", found_in_register: true });
        }));

      test(`${label}: not found, corrected, then confirmed`, { timeout: 90000 }, () =>
        world.browser.withPage(`formulier verbeterd ${label}`, options, async (page) => {
          const text = `formulier verbeterd ${label}`;
          await fill(page, "1012 AB", "99", text);
          await arrive(page, () => sendButton(page).click());
          assert.match(await page.locator(".adres-onbekend").innerText(), /^Dit adres kennen wij niet\.\s+Kijk het nog eens na\./);
          await assertQuestionGeometry(page, `${label} onbekend`, 44);
          await shot(page, `formulier-onbekend-${js ? "js" : "zonder-js"}`);
          await page.fill("#huisnummer", "9");
          await arrive(page, () => sendButton(page).click());
          assert.equal((await page.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 9, Voorbeeld. Klopt dit?");
          await arrive(page, () => button(page, "Ja, verstuur de melding").click());
          assert.match(await heading(page), /Dank u wel/);
          const report = await world.receiver.waitForReport(text, (r) => r.text === text);
          assert.equal(report.address.house_number, 9);
          assert.equal(report.address.found_in_register, true);
        }));

      test(`${label}: not found and sent anyway`, { timeout: 90000 }, () =>
        world.browser.withPage(`formulier toch ${label}`, options, async (page) => {
          const text = `formulier toch ${label}`;
          await fill(page, "1013 CD", "40", text);
          await arrive(page, () => sendButton(page).click());
          await arrive(page, () => button(page, "Verstuur met dit adres").click());
          assert.match(await heading(page), /Dank u wel/);
          const report = await world.receiver.waitForReport(text, (r) => r.text === text);
          assert.deepEqual(report.address, { postcode: "1013 CD", house_number: 40, addition: "", street: "", place: "", found_in_register: false });
        }));
    }
  });

  describe("addresses answered while typing (JavaScript), on the site's page Melden", { concurrency: 2 }, () => {
    for (const size of [PHONE, DESKTOP]) {
      const label = `${size.width}x${size.height}`;
      const options = { viewport: size };
      // The page is loaded once: a marker in its window survives until a page load.
      const openForm = async (page) => {
        await open(page, site.form);
        await page.evaluate(() => { window.nogDezelfdePagina = true; });
      };
      const samePage = (page) => page.evaluate(() => window.nogDezelfdePagina === true);
      const confirmation = (page) =>
        page.evaluate(() => [...document.querySelectorAll("form.meldformulier input[name=adres_bevestigd]")].map((i) => i.value));
      const finish = async (page, text) => {
        await page.check("#zorg");
        await page.fill("#toelichting", text);
        const response = await arrive(page, () => button(page, "Verstuur de melding").click());
        assert.equal(response.status(), 200);
        // Straight to the thank-you page: the intake does not ask "Klopt dit adres?" again.
        assert.match(await heading(page), /Dank u wel/);
        return world.receiver.waitForReport(text, (r) => r.text === text);
      };

      test(`${label}: found while typing; "Nee, ander adres" goes to the postcode; sent without a second question`, { timeout: 90000 }, () =>
        world.browser.withPage(`live gevonden ${label}`, options, async (page) => {
          await openForm(page);
          await page.fill("#postcode", "1012 AB");
          await page.fill("#huisnummer", "3");
          const live = await liveAnswer(page, ".adres-gevonden");
          assert.equal((await live.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 3, Voorbeeld. Klopt dit?");
          assert.equal(await page.getAttribute("#adres-live", "aria-live"), "polite");
          assert.ok(await samePage(page), "the answer came without a page load");
          assert.deepEqual(await confirmation(page), ["1012 AB 3"], "what the round trip's Ja would post");
          assert.equal(await live.locator("button").count(), 1, "found: only \"Nee, ander adres\", nothing to press to send");
          assert.match(await live.innerText(), /Ja\? Ga dan verder met de vragen hieronder\./);
          await assertQuestionGeometry(page, `${label} live gevonden`, 44);
          await live.scrollIntoViewIfNeeded();
          await shot(page, "live-gevonden");
          await assertAxeClean(page, `${label} live gevonden`);
          // Keyboard: the answer's button comes right after the address fields.
          await page.locator("#toevoeging").focus();
          await page.keyboard.press("Tab");
          assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Nee, ander adres");
          await page.keyboard.press("Enter");
          assert.equal(await page.evaluate(() => document.activeElement?.id), "postcode");
          assert.equal((await live.innerText()).trim(), "", "the answer is gone");
          assert.deepEqual(await confirmation(page), [], "and so is its confirmation");
          await page.fill("#huisnummer", "3");
          await liveAnswer(page, ".adres-gevonden");
          const text = `live gevonden ${label}`;
          const report = await finish(page, text);
          assert.deepEqual(report.address, { postcode: "1012 AB", house_number: 3, addition: "", street: "Kerkstraat", place: "Voorbeeld", found_in_register: true });
          assert.equal(report.source, "website");
        }));

      test(`${label}: several additions become buttons; the one chosen fills the field and is sent`, { timeout: 90000 }, () =>
        world.browser.withPage(`live kiezen ${label}`, options, async (page) => {
          await openForm(page);
          await page.fill("#postcode", "1012ab");
          await page.fill("#huisnummer", "12");
          const live = await liveAnswer(page, ".knop-keuze");
          const choices = await live.locator(".knop-keuze").allInnerTexts();
          assert.deepEqual(choices.map((c) => c.trim()), ["Kerkstraat 12-1", "Kerkstraat 12A", "Kerkstraat 12B"]);
          assert.match(await live.innerText(), /Bij Kerkstraat 12 horen meer adressen\. Welk adres is het\?/);
          assert.deepEqual(await confirmation(page), [], "nothing chosen yet");
          for (const type of await live.locator("button").evaluateAll((all) => all.map((b) => b.type))) assert.equal(type, "button");
          await assertQuestionGeometry(page, `${label} live kiezen`, 44);
          await live.scrollIntoViewIfNeeded();
          await shot(page, "live-kiezen");
          await assertAxeClean(page, `${label} live kiezen`);
          await button(page, "Kerkstraat 12A").click();
          assert.equal(await page.inputValue("#toevoeging"), "A");
          assert.equal((await live.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 12A, Voorbeeld. Klopt dit?");
          assert.equal(await page.evaluate(() => document.activeElement?.id), "toevoeging", "the focus stays by the chosen address");
          assert.deepEqual(await confirmation(page), ["1012 AB 12 A"]);
          assert.ok(await samePage(page));
          const report = await finish(page, `live kiezen ${label}`);
          assert.deepEqual(report.address, { postcode: "1012 AB", house_number: 12, addition: "A", street: "Kerkstraat", place: "Voorbeeld", found_in_register: true });
        }));

      test(`${label}: not found while typing, then corrected`, { timeout: 90000 }, () =>
        world.browser.withPage(`live onbekend ${label}`, options, async (page) => {
          await openForm(page);
          await page.fill("#postcode", "1012 AB");
          await page.fill("#huisnummer", "99");
          const live = await liveAnswer(page, ".adres-onbekend");
          assert.match(await live.innerText(), /^Dit adres kennen wij niet\. Kijk het nog eens na\.\s+Klopt het adres toch\? Misschien is het huis nieuw\. U kunt de melding dan gewoon versturen\.$/);
          assert.deepEqual(await confirmation(page), [], "an unknown address is not taken without asking");
          await live.scrollIntoViewIfNeeded();
          await shot(page, "live-onbekend");
          await assertAxeClean(page, `${label} live onbekend`);
          await page.fill("#huisnummer", "9");
          await liveAnswer(page, ".adres-gevonden");
          assert.equal((await live.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 9, Voorbeeld. Klopt dit?");
          assert.equal(await live.locator(".adres-onbekend").count(), 0);
          const report = await finish(page, `live verbeterd ${label}`);
          assert.equal(report.address.house_number, 9);
          assert.equal(report.address.found_in_register, true);
        }));
    }

    test("375x740: not found and sent anyway: the intake asks once, as without JavaScript", { timeout: 90000 }, () =>
      world.browser.withPage("live toch", { viewport: PHONE }, async (page) => {
        await open(page, site.form);
        await page.fill("#postcode", "1013 CD");
        await page.fill("#huisnummer", "40");
        await liveAnswer(page, ".adres-onbekend");
        await page.check("#zorg");
        const text = "live toch 375x740";
        await page.fill("#toelichting", text);
        await arrive(page, () => button(page, "Verstuur de melding").click());
        assert.match(await page.locator("#adres-vraag").innerText(), /Dit adres kennen wij niet/);
        assert.equal(await page.locator("#adres-live .adres-onbekend").count(), 0, "the intake's question, not the live answer too");
        await arrive(page, () => button(page, "Verstuur met dit adres").click());
        assert.match(await heading(page), /Dank u wel/);
        const report = await world.receiver.waitForReport(text, (r) => r.text === text);
        assert.deepEqual(report.address, { postcode: "1013 CD", house_number: 40, addition: "", street: "", place: "", found_in_register: false });
      }));

    test("the lookup is read only by the site's origin, never another one", { timeout: 30000 }, async () => {
      const ask = (origin) => fetch(`${site.intake.url}adres?postcode=1012AB&huisnummer=3`, { headers: { Origin: origin } });
      const own = await ask(new URL(site.form).origin);
      assert.equal(own.headers.get("access-control-allow-origin"), new URL(site.form).origin);
      assert.equal(own.headers.get("access-control-allow-credentials"), null);
      const other = await ask("http://127.0.0.1:9");
      assert.equal(other.headers.get("access-control-allow-origin"), null);
      assert.equal(other.headers.get("vary"), "Origin");
    });
  });

  describe("addresses answered while typing on the intake's own form page", () => {
    test("375x740: found while typing and sent without a second question", { timeout: 90000 }, () =>
      world.browser.withPage("live intake", { viewport: PHONE }, async (page) => {
        await open(page, publiek.url + "melden");
        await page.fill("#postcode", "1012 AB");
        await page.fill("#huisnummer", "3");
        const live = await liveAnswer(page, ".adres-gevonden");
        assert.equal((await live.locator(".adres-gevonden").innerText()).trim(), "Kerkstraat 3, Voorbeeld. Klopt dit?");
        await page.check("#zorg");
        const text = "live op de intake 375x740";
        await page.fill("#toelichting", text);
        await arrive(page, () => button(page, "Verstuur de melding").click());
        assert.match(await heading(page), /Dank u wel/);
        const report = await world.receiver.waitForReport(text, (r) => r.text === text);
        assert.equal(report.address.found_in_register, true);
      }));
  });
}
