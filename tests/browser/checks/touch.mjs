// The kiosk as a touch screen (issue 17): driven with taps (Playwright `hasTouch`) at the four sizes
// meldzuilen have, and judged by geometry, never by pixels:
//  - on every text step, after tapping a field: that field and the whole on-screen keyboard inside the
//    window, the field not covered; no row of keys wraps;
//  - on every screen: every target (button, link, field, choice, summary) at least 60x60 px, at least
//    8 px between two targets, all text at least 24 px;
//  - Stoppen on every step asks once and throws the answers away: the start screen and its page
//    source hold none of them; "Nee, ga verder" keeps them;
//  - Wijzig goes to that step and Verder back to the check screen;
//  - typing as people type ("12 a", "é", "?"), and the characters-left counter;
//  - with a refused report in the outbox, no word for staff on any screen a resident sees.
// Screenshots of every screen at every size go to the screenshot folder (kiosk-touch-*).
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { before, describe, test } from "node:test";

import { startKiosk } from "../lib/kiosk.mjs";
import { listenLocal, waitFor } from "../lib/processes.mjs";
import { arrive, open } from "../lib/screens.mjs";

export const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 1024 },
  { width: 1080, height: 1920 },
];

const MIN_TARGET = 60;
const MIN_GAP = 8;
const MIN_TEXT = 24;
// Layout positions are fractions of a pixel; a target of 59.99 px is 60 px on the screen.
const ROUNDING = 0.5;

// Measured in the page (one self-contained function: page.evaluate sends only its text).
function measure({ minTarget, minGap, minText, rounding }) {
  const describe = (el) => {
    const text = (el.getAttribute("aria-label") || el.innerText || el.value || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${text ? ` "${text}"` : ""}`;
  };
  const shown = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 1;
  // Behind a modal warning the page is inert: nothing there can be tapped.
  const reachable = (el) => {
    for (let up = el; up; up = up.parentElement) if (up.inert) return false;
    return true;
  };
  // The part of a target a finger can reach: its box cut by every scrolling box around it.
  const tappable = (el) => {
    const r = el.getBoundingClientRect();
    let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const s = getComputedStyle(up);
      if (s.overflowX === "visible" && s.overflowY === "visible") continue;
      const box = up.getBoundingClientRect();
      [left, top, right, bottom] = [Math.max(left, box.left), Math.max(top, box.top), Math.min(right, box.right), Math.min(bottom, box.bottom)];
    }
    return right - left > 1 && bottom - top > 1 ? { left, top, right, bottom } : null;
  };
  const inside = (r) => r.left >= -rounding && r.top >= -rounding && r.right <= innerWidth + rounding && r.bottom <= innerHeight + rounding;

  // Targets: what a finger taps. A choice's label and its box are one target together.
  const targets = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), textarea, summary, label")]
    .filter((el) => el.tagName !== "LABEL" || (el.control && ["checkbox", "radio"].includes(el.control.type)))
    .filter((el) => shown(el) && reachable(el));
  const small = targets
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width < minTarget - rounding || r.height < minTarget - rounding)
    .map(({ el, r }) => `${describe(el)} is ${r.width.toFixed(1)}x${r.height.toFixed(1)} px`);
  const close = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i];
      const b = targets[j];
      if (a.contains(b) || b.contains(a)) continue;
      if ((a.tagName === "LABEL" && a.control === b) || (b.tagName === "LABEL" && b.control === a)) continue;
      const ra = tappable(a);
      const rb = tappable(b);
      if (!ra || !rb) continue;
      const dx = Math.max(0, rb.left - ra.right, ra.left - rb.right);
      const dy = Math.max(0, rb.top - ra.bottom, ra.top - rb.bottom);
      const gap = Math.max(dx, dy);
      if (gap < minGap - rounding) close.push(`${describe(a)} and ${describe(b)} are ${gap.toFixed(1)} px apart`);
    }
  }

  // Text: every element that holds text of its own, as it is shown.
  const smallText = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (!shown(el) || el.getBoundingClientRect().height <= 1) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const field = ["INPUT", "TEXTAREA"].includes(el.tagName) && el.type !== "checkbox" && el.type !== "radio";
    if (!own && !field) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minText - rounding) smallText.push(`${describe(el)}: ${size} px`);
  }

  // The keyboard: whole inside the window, each row on one line.
  const keyboard = document.querySelector("[data-toetsenbord]");
  let keys = null;
  if (keyboard && shown(keyboard)) {
    const r = keyboard.getBoundingClientRect();
    const wrapped = [];
    for (const row of keyboard.querySelectorAll(".toetsenbord-rij")) {
      const tops = [...row.querySelectorAll("[data-toets]")].map((k) => Math.round(k.getBoundingClientRect().top));
      if (new Set(tops).size > 1) wrapped.push(`${describe(row)}: keys at ${[...new Set(tops)].join(", ")} px`);
    }
    const outside = [...keyboard.querySelectorAll("[data-toets]")].filter((k) => !inside(k.getBoundingClientRect())).map(describe);
    keys = { rect: [r.left, r.top, r.right, r.bottom].map(Math.round), inside: inside(r), wrapped, outside };
  }

  // The focused field: inside the window, and what is at its centre is the field itself.
  const active = document.activeElement;
  let focus = null;
  if (active && active !== document.body) {
    const r = active.getBoundingClientRect();
    const hit = document.elementFromPoint((r.left + r.right) / 2, Math.min((r.top + r.bottom) / 2, r.top + 20));
    focus = {
      what: describe(active),
      inside: inside(r),
      covered: hit && hit !== active && !active.contains(hit) ? describe(hit) : null,
      rect: [r.left, r.top, r.right, r.bottom].map(Math.round),
    };
  }
  return { small, close: close.slice(0, 12), smallText: smallText.slice(0, 12), keys, focus };
}

async function geometry(page) {
  return page.evaluate(measure, { minTarget: MIN_TARGET, minGap: MIN_GAP, minText: MIN_TEXT, rounding: ROUNDING });
}

// Targets, gaps and text size on the screen as it stands.
async function assertTouchable(page, where) {
  const g = await geometry(page);
  assert.deepEqual(g.small, [], `${where}: targets below ${MIN_TARGET}x${MIN_TARGET} px`);
  assert.deepEqual(g.close, [], `${where}: targets closer than ${MIN_GAP} px`);
  assert.deepEqual(g.smallText, [], `${where}: text below ${MIN_TEXT} px`);
  return g;
}

// Taps the field, then: the field and the whole keyboard on screen together, no key row wrapped.
async function assertFieldAndKeyboard(page, selector, where) {
  await page.locator(selector).tap();
  const g = await geometry(page);
  assert.ok(g.keys, `${where}: the on-screen keyboard is not shown`);
  assert.ok(g.keys.inside, `${where}: the keyboard at ${g.keys.rect} is not all inside the window; keys outside: ${g.keys.outside.join(", ")}`);
  assert.deepEqual(g.keys.wrapped, [], `${where}: key rows wrap`);
  assert.match(g.focus?.what ?? "", new RegExp(`${selector.replace("#", "#")}\\b`), `${where}: the tapped field has no focus`);
  assert.ok(g.focus.inside, `${where}: ${selector} at ${g.focus.rect} is not inside the window with the keyboard`);
  assert.equal(g.focus.covered, null, `${where}: ${selector} is covered by ${g.focus.covered}`);
}

async function tapKeys(page, text) {
  for (const character of text) {
    const upper = character !== character.toLowerCase();
    if (upper) await page.locator('[data-toets="hoofdletter"]').tap();
    await page.locator(`[data-toets="${character.toLowerCase()}"]`).tap();
  }
}

function button(page, name) {
  return page.getByRole("button", { name, exact: true });
}

async function heading(page) {
  return page.locator("h1").first().innerText();
}

const ANSWERS = { postcode: "1012ab", huisnummer: "12 a", text: "Zo'n stilte. Oké?", naam: "Anna Touchproef", telefoon: "0612345678" };

// The answers a page must not hold once the resident has stopped.
function leftovers(html) {
  return ["1012", "Touchproef", "0612345678", "stilte"].filter((answer) => html.includes(answer));
}

export function register(world) {
  const shots = (name, size) => path.join(world.screenshots, `kiosk-touch-${name}-${size.width}x${size.height}.png`);
  const shoot = async (page, name, size) => {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: shots(name, size), animations: "disabled" });
  };
  const touch = (size) => ({ viewport: size, hasTouch: true });

  describe("touch screen at the four kiosk sizes", { concurrency: 2 }, () => {
    for (const [index, size] of SIZES.entries()) {
      const label = `${size.width}x${size.height}`;
      test(`${label}: every step by touch, keyboard and field in view, targets, text, Wijzig`, { timeout: 120000 }, () =>
        world.browser.withPage(`touch ${label}`, touch(size), async (page) => {
          const kiosk = world.kiosks.kiosk;
          await open(page, kiosk.url);
          const start = await assertTouchable(page, `${label} start`);
          assert.equal(start.keys, null);
          // The numbers for danger are on the start screen itself, in full.
          for (const number of ["112", "0900-8844", "0800-2000", "0800-1205"]) {
            const box = await page.locator(".gevaar-start").getByText(number).first().boundingBox();
            assert.ok(box && box.y >= 0 && box.y + box.height <= size.height, `${label}: ${number} is not on the start screen`);
          }
          await shoot(page, "start", size);

          await arrive(page, () => page.getByRole("link", { name: "Begin met melden" }).tap());
          assert.match(await heading(page), /Waar woont de persoon/);
          assert.match(await page.locator(".voortgang-tekst").innerText(), /^Stap 1 van 4$/);
          await assertTouchable(page, `${label} adres`);
          assert.ok(await page.locator(".privacy-kort").isVisible(), "the privacy notice is on the first step");
          for (const field of ["#postcode", "#huisnummer", "#toevoeging"]) await assertFieldAndKeyboard(page, field, `${label} adres ${field}`);
          await page.locator("#postcode").tap();
          await tapKeys(page, ANSWERS.postcode);
          await page.locator("#huisnummer").tap();
          await tapKeys(page, ANSWERS.huisnummer);
          assert.equal(await page.inputValue("#huisnummer"), "12 a");
          await shoot(page, "adres", size);
          // The other numbers open over the screen from the danger bar.
          await page.locator(".gevaar-meer summary").tap();
          const list = await page.locator(".gevaar-meer .gevaar-lijst").boundingBox();
          assert.ok(list && list.y + list.height <= size.height && list.x >= 0, `${label}: the other numbers do not fit the screen`);
          await assertTouchable(page, `${label} adres, other numbers open`);
          await shoot(page, "andere-nummers", size);
          await page.locator(".gevaar-meer summary").tap();

          await arrive(page, () => button(page, "Verder").tap());
          assert.match(await heading(page), /Waar maakt u zich zorgen over/);
          assert.match(await page.locator(".voortgang-tekst").innerText(), /^Stap 2 van 4$/);
          await page.getByText("Het gedrag van de bewoner").tap();
          await assertTouchable(page, `${label} zorg`);
          await assertFieldAndKeyboard(page, "#toelichting", `${label} zorg #toelichting`);
          await tapKeys(page, ANSWERS.text);
          assert.equal(await page.inputValue("#toelichting"), ANSWERS.text);
          assert.equal(await page.locator("#toelichting-teller").innerText(), `Nog ${1000 - ANSWERS.text.length} tekens over.`);
          await shoot(page, "zorg", size);

          await arrive(page, () => button(page, "Verder").tap());
          assert.match(await heading(page), /Wilt u uw naam geven/);
          await page.locator('label[for="contact-terugbellen"]').tap();
          await assertTouchable(page, `${label} contact`);
          for (const field of ["#naam", "#telefoon", "#email"]) await assertFieldAndKeyboard(page, field, `${label} contact ${field}`);
          await page.fill("#naam", ANSWERS.naam);
          await page.fill("#telefoon", ANSWERS.telefoon);
          await page.locator("#naam").tap();
          await shoot(page, "contact", size);

          await arrive(page, () => button(page, "Verder").tap());
          assert.match(await heading(page), /Klopt alles/);
          await assertTouchable(page, `${label} controle`);
          assert.match(await page.locator(".controle").innerText(), /1012 AB 12 A/);
          assert.ok(await page.locator(".privacy-kort").isVisible(), "the privacy notice is on the check screen");
          for (const name of ["Verstuur de melding", "Stoppen", "Wijzig adres", "Wijzig zorgen", "Wijzig naam"]) {
            const box = await button(page, name).boundingBox();
            assert.ok(box && box.y >= 0 && box.y + box.height <= size.height, `${label}: "${name}" is not on the check screen without scrolling`);
          }
          await shoot(page, "controle", size);

          // Wijzig: that step, without Terug; Verder goes straight back to the check screen.
          await arrive(page, () => button(page, "Wijzig zorgen").tap());
          assert.match(await heading(page), /Waar maakt u zich zorgen over/);
          assert.equal(await button(page, "Terug").count(), 0, "a step opened from the check screen returns there: no Terug");
          await page.getByText("Het huis", { exact: true }).tap();
          await arrive(page, () => button(page, "Verder").tap());
          assert.match(await heading(page), /Klopt alles/, "Verder after Wijzig goes back to the check screen");
          assert.match(await page.locator(".controle").innerText(), /Het huis/);
          await arrive(page, () => button(page, "Wijzig adres").tap());
          await page.fill("#toevoeging", "3 hoog");
          await arrive(page, () => button(page, "Verder").tap());
          assert.match(await heading(page), /Klopt alles/);
          assert.match(await page.locator(".controle").innerText(), /1012 AB 12 A 3 hoog/);

          // Stoppen on one step per size (all four steps over the four sizes): asked once, then gone.
          const steps = [
            { name: "adres", back: 3 },
            { name: "zorg", back: 2 },
            { name: "contact", back: 1 },
            { name: "controle", back: 0 },
          ];
          const step = steps[index];
          for (let i = 0; i < step.back; i++) await arrive(page, () => button(page, "Terug").tap());
          await arrive(page, () => button(page, "Stoppen").tap());
          assert.match(await heading(page), /Wilt u stoppen\?/);
          assert.match(await page.locator("main").innerText(), /Wat u invulde, gooien we weg\./);
          await assertTouchable(page, `${label} stoppen`);
          await shoot(page, `stoppen-na-${step.name}`, size);
          // "Nee" returns to the step, answers kept.
          await arrive(page, () => button(page, "Nee, ga verder").tap());
          assert.ok(leftovers(await page.content()).length > 0, "'Nee, ga verder' lost the answers");
          await arrive(page, () => button(page, "Stoppen").tap());
          const response = await arrive(page, () => page.getByRole("link", { name: "Ja, stoppen" }).tap());
          assert.match(await heading(page), /Maakt u zich zorgen/);
          assert.deepEqual(leftovers(await page.content()), [], `after Stoppen on ${step.name} the start screen still holds answers`);
          assert.deepEqual(leftovers(await response.text()), [], `after Stoppen on ${step.name} the page source still holds answers`);
          assert.equal(await page.locator("input").count(), 0);
        }));

      test(`${label}: the idle warning and the thank-you screen`, { timeout: 60000 }, () =>
        world.browser.withPage(`touch idle ${label}`, touch(size), async (page) => {
          const kiosk = world.kiosks.kiosk;
          await page.clock.install();
          await open(page, kiosk.url + "melden");
          await page.fill("#postcode", "1012ab");
          await page.fill("#huisnummer", "7");
          await arrive(page, () => button(page, "Verder").tap());
          // The warning comes 15 seconds before the reset. The page's clock also runs on in real time
          // while the test works (a few seconds on a busy machine), hence the margin.
          await page.clock.runFor((kiosk.idleSeconds - 25) * 1000);
          assert.equal(await page.locator("#nog-daar").isVisible(), false, "the warning came far too early");
          await page.clock.runFor(11000);
          await page.locator("#nog-daar").waitFor({ state: "visible" });
          await assertTouchable(page, `${label} nog-daar`);
          await shoot(page, "nog-daar", size);
          await page.getByRole("button", { name: "Ik ben er nog" }).tap();
          await page.locator("#nog-daar").waitFor({ state: "hidden" });
          await page.getByText("Iets anders").tap();
          await arrive(page, () => button(page, "Verder").tap());
          await arrive(page, () => button(page, "Verder").tap());
          await arrive(page, () => button(page, "Verstuur de melding").tap());
          assert.match(await heading(page), /Dank u wel/);
          await assertTouchable(page, `${label} bedankt`);
          await shoot(page, "bedankt", size);
        }));
    }
  });

  describe("touch screen: no staff text for residents", () => {
    let kiosk;
    before(async () => {
      // A receiver that refuses every report, so the outbox holds one kept apart.
      const server = http.createServer((request, response) => {
        request.resume();
        request.on("end", () => response.writeHead(422).end("geweigerd"));
      });
      const port = await listenLocal(server);
      kiosk = await startKiosk({ ...world.kioskCommon, name: "weigert", idleSeconds: 600, receiverUrl: `http://127.0.0.1:${port}/meldingen` });
    });

    test("with a refused report in the outbox, no screen a resident sees has words for staff", { timeout: 60000 }, () =>
      world.browser.withPage("touch staff", touch(SIZES[0]), async (page) => {
        await open(page, kiosk.url + "melden");
        await page.fill("#postcode", "1012ab");
        await page.fill("#huisnummer", "9");
        await arrive(page, () => button(page, "Verder").tap());
        await page.getByText("Het huis", { exact: true }).tap();
        await arrive(page, () => button(page, "Verder").tap());
        await arrive(page, () => button(page, "Verder").tap());
        await arrive(page, () => button(page, "Verstuur de melding").tap());
        await waitFor("the report refused and kept apart", async () => (await kiosk.health()).failed >= 1);

        const staffWords = /beheerder|nietpluis-kiosk|status|niet aangenomen|wachtrij/i;
        const seen = [];
        const look = async (name) => {
          const text = await page.locator("body").innerText();
          const html = await page.content();
          assert.doesNotMatch(text, staffWords, `${name}: staff text on the screen`);
          assert.doesNotMatch(html.replace(/<script[\s\S]*?<\/script>/g, ""), /beheerder|nietpluis-kiosk/i, `${name}: staff text in the page`);
          seen.push(name);
        };
        await open(page, kiosk.url);
        await look("start");
        // At most a small symbol, without words, in a corner.
        const mark = await page.locator(".aandacht").boundingBox();
        assert.ok(mark && mark.width <= 24 && mark.height <= 24, "the start screen shows staff a small symbol");
        assert.equal((await page.locator(".aandacht").innerText()).trim(), "");
        await arrive(page, () => page.getByRole("link", { name: "Begin met melden" }).tap());
        await look("adres");
        await page.fill("#postcode", "1012ab");
        await page.fill("#huisnummer", "9");
        await arrive(page, () => button(page, "Verder").tap());
        await look("zorg");
        await page.getByText("Het huis", { exact: true }).tap();
        await arrive(page, () => button(page, "Verder").tap());
        await look("contact");
        await arrive(page, () => button(page, "Verder").tap());
        await look("controle");
        await arrive(page, () => button(page, "Stoppen").tap());
        await look("stoppen");
        await arrive(page, () => page.getByRole("link", { name: "Ja, stoppen" }).tap());
        await look("start after stopping");
        assert.equal(seen.length, 7);
      }));
  });
}
