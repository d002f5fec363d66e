// Privacy in practice: every request the browser made, in this walk and in every other check of
// the run, went to 127.0.0.1; nothing reached the trap proxy that stands in for the outside world;
// no page set a cookie.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { answerAddress, answerContact, answerReasons, ADDRESS, open, send } from "../lib/screens.mjs";

export function register(world) {
  describe("privacy", () => {
    test("a walk through every page and a kiosk report stays on this computer and sets no cookie", async () => {
      const before = world.browser.privacyProblems.length;
      const requestsBefore = world.browser.requests.length;
      await world.browser.withPage("privacy walk", {}, async (page, context) => {
        for (const sitePage of world.site.pages) await page.goto(world.site.url + sitePage.visit);
        await open(page, world.kiosks.kiosk.url + "melden");
        await answerAddress(page, ADDRESS);
        await answerReasons(page, { reasons: ["huis"], text: "" });
        await answerContact(page, { callBack: true, naam: "Anna", telefoon: "06 12345678" });
        await send(page);
        assert.match(await page.locator("h1").innerText(), /Dank u wel/);
        assert.equal(await page.evaluate(() => document.cookie), "");
        assert.deepEqual(await context.cookies(), []);
      });
      const walked = world.browser.requests.length - requestsBefore;
      assert.ok(walked > world.site.pages.length * 3, `only ${walked} requests were recorded: the recording is broken`);
      assert.deepEqual(world.browser.privacyProblems.slice(before), []);
    });

    test("no check of this run made a request to another host or set a cookie", () => {
      assert.ok(world.browser.requests.length > 500, `only ${world.browser.requests.length} requests recorded`);
      assert.deepEqual(world.browser.privacyProblems, []);
    });

    // Chromium's spellchecker fetches its dictionary from this host when someone types in a field,
    // and no command-line switch turns that off (a policy file does, see tests/browser/README.md).
    // It carries no page content and the trap refuses it; anything else the trap sees fails.
    const SPELLCHECK_DICTIONARY = /^CONNECT redirector\.gvt1\.com:443 /;

    test("Chromium itself made no outside connection (the trap proxy saw nothing else)", (t) => {
      const attempts = world.browser.trap.attempts;
      for (const known of attempts.filter((a) => SPELLCHECK_DICTIONARY.test(a))) {
        t.diagnostic(`refused, known: Chromium's spellchecker asked for a dictionary: ${known}`);
      }
      assert.deepEqual(attempts.filter((a) => !SPELLCHECK_DICTIONARY.test(a)), []);
    });
  });
}
