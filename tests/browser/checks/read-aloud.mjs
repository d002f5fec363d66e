// Read-aloud (issue 18, docs/voorlezen.md): every site page with text has a "Lees voor" player that
// Chromium loads and decodes from the site itself, with an accessible name that says "Lees voor" and
// its length, reachable by keyboard; every kiosk screen has the "Lees voor" button at touch size,
// playing that screen's audio and stopping on a second tap, and the audio is the same whatever the
// resident typed.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";

import { ADDRESS, arrive, open } from "../lib/screens.mjs";

// Loads the audio element's file and waits for its length; the element was made with preload="none".
async function loadedDuration(page, selector) {
  return page.evaluate(async (selector) => {
    const audio = document.querySelector(selector);
    if (!audio) return { error: "no audio element" };
    const loaded = new Promise((resolve) => {
      audio.addEventListener("loadedmetadata", () => resolve({ duration: audio.duration }), { once: true });
      audio.addEventListener("error", () => resolve({ error: `media error ${audio.error && audio.error.code}` }), { once: true });
    });
    audio.preload = "metadata";
    audio.load();
    return Promise.race([loaded, new Promise((resolve) => setTimeout(() => resolve({ error: "no metadata in 15 s" }), 15000))]);
  }, selector);
}

// The file as the page gets it: from the same host, as audio/mpeg.
async function assertServedAsMp3(page, url) {
  const response = await page.request.get(url);
  assert.equal(response.status(), 200, `${url}: status ${response.status()}`);
  assert.equal(new URL(url).hostname, "127.0.0.1");
  assert.match(response.headers()["content-type"] ?? "", /^audio\/mpeg/, `${url}: ${response.headers()["content-type"]}`);
  return response.body();
}

// Follows the read-along track cue by cue, seeking the paused audio to each cue's start: the part
// marked must be the one that shows the cue's text. Returns what was marked per cue.
async function markedPerCue(page) {
  return page.evaluate(async () => {
    const plain = (text) => (text ?? "").replace(/\s+/g, " ").trim();
    const audio = document.querySelector("main audio.voorlezen-speler");
    const track = audio.textTracks[0];
    for (let i = 0; i < 100 && (!track.cues || track.cues.length === 0); i++) await new Promise((r) => setTimeout(r, 50));
    const cues = [];
    for (const cue of track.cues ?? []) {
      audio.currentTime = cue.startTime + 0.05;
      let marked = null;
      for (let i = 0; i < 100; i++) {
        await new Promise((r) => setTimeout(r, 20));
        marked = document.querySelector(".voorlezen-nu");
        if (marked && plain(marked.textContent) === plain(cue.text)) break;
      }
      cues.push({
        text: plain(cue.text),
        marked: marked ? plain(marked.textContent) : null,
        tag: marked ? marked.tagName.toLowerCase() : null,
        inDangerBox: marked ? Boolean(marked.closest("aside.gevaar")) : false,
      });
    }
    return cues;
  });
}

function sitePlayerChecks(world, sitePage) {
  return world.browser.withPage("read aloud site", { viewport: { width: 1280, height: 900 } }, async (page) => {
    const response = await page.goto(world.site.url + sitePage.visit);
    assert.equal(response.status(), 200);
    const player = await page.evaluate(() => {
      const audio = document.querySelector("main audio.voorlezen-speler");
      if (!audio) return null;
      const label = (audio.getAttribute("aria-labelledby") || "")
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      const h1 = document.querySelector("main h1");
      return {
        src: audio.currentSrc || audio.src,
        controls: audio.controls,
        preload: audio.getAttribute("preload"),
        label,
        // Near the title: the first thing after the h1.
        afterTitle: h1 && h1.nextElementSibling && h1.nextElementSibling.contains(audio),
      };
    });
    assert.ok(player, `${sitePage.label}: no "Lees voor" player`);
    assert.equal(player.controls, true);
    assert.equal(player.preload, "none");
    assert.ok(player.afterTitle, `${sitePage.label}: the player is not right under the title`);
    assert.match(player.label, /^Lees voor: luister naar de tekst van deze pagina\. Dat duurt (minder dan 1 minuut|ongeveer \d+ minuut|ongeveer \d+ minuten)\.$/);
    await assertServedAsMp3(page, player.src);
    const loaded = await loadedDuration(page, "main audio.voorlezen-speler");
    assert.ok(!loaded.error, `${sitePage.label}: ${loaded.error}`);
    assert.ok(Number.isFinite(loaded.duration) && loaded.duration > 1, `${sitePage.label}: duration ${loaded.duration}`);
    // The length the label says is the file's own, to the minute.
    const minutes = player.label.match(/ongeveer (\d+)/);
    if (minutes) assert.ok(Math.abs(loaded.duration / 60 - Number(minutes[1])) <= 0.51, `${loaded.duration} s vs "${player.label}"`);
    else assert.ok(loaded.duration < 60);
    // Following along: every spoken line marks the part of the page that shows it, the title first
    // and the danger box last, from the track beside the audio.
    const track = await page.evaluate(() => document.querySelector("main audio.voorlezen-speler track")?.getAttribute("src"));
    assert.equal(track, "voorlezen.vtt");
    const trackResponse = await page.request.get(new URL(track, page.url()).href);
    assert.equal(trackResponse.status(), 200);
    assert.match(trackResponse.headers()["content-type"] ?? "", /^text\/vtt/);
    const cues = await markedPerCue(page);
    assert.ok(cues.length >= 3, `${sitePage.label}: ${cues.length} cues`);
    const unmarked = cues.filter((cue) => cue.marked !== cue.text);
    assert.deepEqual(unmarked, [], `${sitePage.label}: ${unmarked.length} of ${cues.length} lines mark nothing or another part`);
    assert.equal(cues[0].tag, "h1");
    assert.ok(cues.at(-1).inDangerBox, `${sitePage.label}: the last line read is not in the danger box`);
    // By keyboard: Tab from the start of the page reaches the player.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("voorlezen-speler") ?? false);
    }
    assert.ok(reached, `${sitePage.label}: Tab never reaches the player`);
  });
}

// The button of the screen now in `page`: visible, at least 60 x 60 px, with its audio served.
async function kioskButton(page) {
  const button = page.locator("[data-voorlezen]");
  await button.waitFor({ state: "visible", timeout: 5000 });
  const box = await button.boundingBox();
  assert.ok(box.width >= 60 && box.height >= 60, `the button is ${box.width} x ${box.height} px`);
  assert.equal((await button.innerText()).trim(), "Lees voor");
  const src = await button.getAttribute("data-voorlezen");
  return { button, src: new URL(src, page.url()).href };
}

export function register(world) {
  describe("read aloud: a player on every page, a button on every kiosk screen", { concurrency: 2 }, () => {
    for (const sitePage of world.site.pages.filter((p) => p.status === 200)) {
      test(`site ${sitePage.label} has a player that loads`, () => sitePlayerChecks(world, sitePage));
    }

    const kiosk = world.kiosks.kiosk;
    test("every kiosk screen has the button at touch size, with audio of its own that decodes", () =>
      world.browser.withPage("read aloud kiosk", { viewport: { width: 1920, height: 1080 }, hasTouch: true }, async (page) => {
        const seen = new Map();
        const visit = async (name) => {
          const { src } = await kioskButton(page);
          const body = await assertServedAsMp3(page, src);
          assert.ok(body.length > 5000, `${name}: ${body.length} bytes`);
          seen.set(name, src);
        };
        await open(page, kiosk.url);
        await visit("start");
        await arrive(page, () => page.getByRole("link", { name: "Begin met melden" }).click());
        await visit("adres");
        // Tap: it plays, the label says how to stop; tap again: it stops.
        const { button } = await kioskButton(page);
        await button.tap();
        await page.waitForFunction(() => {
          const b = document.querySelector("[data-voorlezen]");
          return b.textContent.trim() === "Stop voorlezen";
        });
        // The script's Audio object is not in the document; load the file in one to read its length.
        const duration = await page.evaluate(async (src) => {
          const audio = new Audio(src);
          return new Promise((resolve) => {
            audio.addEventListener("loadedmetadata", () => resolve(audio.duration), { once: true });
            audio.addEventListener("error", () => resolve(-1), { once: true });
          });
        }, seen.get("adres"));
        assert.ok(duration > 3, `the address screen's audio is ${duration} s`);
        await button.tap();
        await page.waitForFunction(() => document.querySelector("[data-voorlezen]").textContent.trim() === "Lees voor");
        // What the resident types is never in the audio: the same file, byte for byte, after typing.
        const before = await assertServedAsMp3(page, seen.get("adres"));
        await page.fill("#postcode", ADDRESS.postcode);
        await page.fill("#huisnummer", ADDRESS.huisnummer);
        const after = await kioskButton(page);
        assert.equal(after.src, seen.get("adres"));
        await arrive(page, () => page.getByRole("button", { name: "Verder", exact: true }).click());
        await visit("zorg");
        await page.check("#zorg");
        await page.fill("#toelichting", "Geheime tekst van de bewoner");
        await arrive(page, () => page.getByRole("button", { name: "Verder", exact: true }).click());
        await visit("contact");
        await page.check("#contact");
        await arrive(page, () => page.getByRole("button", { name: "Verder", exact: true }).click());
        await visit("controle");
        assert.deepEqual(await assertServedAsMp3(page, seen.get("adres")), before);
        // Each screen reads its own text.
        assert.equal(new Set(seen.values()).size, seen.size, JSON.stringify([...seen]));
        // How the button looks at the meldzuilen's sizes, on the start screen and on a step while it plays.
        for (const { width, height } of [
          { width: 1920, height: 1080 },
          { width: 1366, height: 768 },
          { width: 1280, height: 1024 },
          { width: 1080, height: 1920 },
        ]) {
          await page.setViewportSize({ width, height });
          await open(page, kiosk.url);
          await kioskButton(page);
          await page.screenshot({ path: path.join(world.screenshots, `kiosk-voorlezen-start-${width}x${height}.png`) });
          await arrive(page, () => page.getByRole("link", { name: "Begin met melden" }).click());
          const { button: stepButton } = await kioskButton(page);
          await stepButton.tap();
          await page.screenshot({ path: path.join(world.screenshots, `kiosk-voorlezen-adres-${width}x${height}.png`) });
          await stepButton.tap();
        }
      }));
  });
}
