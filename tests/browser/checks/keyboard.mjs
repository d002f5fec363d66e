// Keyboard only: the whole kiosk report with Tab, Shift+Tab, Enter, Space and typing, and every
// site page tabbed through from start to end; at every step the focus can be seen.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { KeyboardWalk } from "../lib/keyboard.mjs";
import { arrive } from "../lib/screens.mjs";

async function heading(page) {
  return page.locator("h1").first().innerText();
}

export function register(world) {
  describe("keyboard only", { concurrency: 2 }, () => {
    test("kiosk: from start to thank-you with Tab, Shift+Tab, Enter, Space and typing", () =>
      world.browser.withPage("keyboard kiosk", { viewport: { width: 1280, height: 1024 } }, async (page) => {
        const kiosk = world.kiosks.kiosk;
        const walk = new KeyboardWalk(page);
        await page.goto(kiosk.url);
        await walk.arrived();

        await walk.to(/^a\..*"Begin met melden"/);
        await arrive(page, () => page.keyboard.press("Enter"));
        assert.match(await heading(page), /Waar woont de persoon/);
        await walk.arrived();

        await walk.to(/^input#postcode/);
        await walk.type("1012 AB");
        await walk.to(/^input#huisnummer/);
        await walk.type("12");
        await walk.to(/^button.*"Verder"/);
        await walk.to(/^input#toevoeging/, { key: "Shift+Tab" });
        await walk.type("a");
        await walk.to(/^button.*"Verder"/);
        await arrive(page, () => page.keyboard.press("Enter"));
        assert.match(await heading(page), /Waar maakt u zich zorgen over/);
        await walk.arrived();

        await walk.to(/^input#zorg\b/);
        await page.keyboard.press("Space");
        await walk.to(/^input#zorg-gedrag/);
        await page.keyboard.press("Space");
        await walk.to(/^textarea#toelichting/);
        await walk.type("Hij doet de deur niet meer open.");
        await walk.to(/^button.*"Verder"/);
        await arrive(page, () => page.keyboard.press("Space"));
        assert.match(await heading(page), /Wilt u uw naam geven/);
        await walk.arrived();

        await walk.to(/^input#contact\b/);
        await walk.to(/^button.*"Verder"/);
        await arrive(page, () => page.keyboard.press("Enter"));
        assert.match(await heading(page), /Klopt alles/);
        await walk.arrived();

        await walk.to(/^button.*"Verstuur de melding"/);
        await arrive(page, () => page.keyboard.press("Enter"));
        assert.match(await heading(page), /Dank u wel/);
        await walk.arrived();
        await walk.to(/^a\..*"Terug naar het begin"/);
        await arrive(page, () => page.keyboard.press("Enter"));
        assert.match(await heading(page), /Maakt u zich zorgen/);

        assert.deepEqual(walk.problems, [], walk.report());
        const report = await world.receiver.waitForReport("the typed text", (r) => r.text === "Hij doet de deur niet meer open.");
        assert.deepEqual(report.address, { postcode: "1012 AB", house_number: 12, addition: "A", street: "", place: "", found_in_register: null });
        assert.deepEqual(report.reasons, ["huis", "gedrag"]);
        assert.equal(report.contact.wanted, false);
      }));

    for (const sitePage of world.site.pages) {
      test(`site ${sitePage.label}: Tab through everything, focus always visible`, () =>
        world.browser.withPage("keyboard site", {}, async (page) => {
          await page.goto(world.site.url + sitePage.visit);
          const walk = new KeyboardWalk(page);
          await walk.arrived();
          const first = await walk.press("Tab");
          assert.match(first.what ?? "", /"Direct naar de tekst"/, "the first Tab goes to the skip link");
          let stops = 1;
          for (; stops < 400; stops++) {
            const focus = await walk.press("Tab");
            if (focus.none || focus.index === first.index) break;
          }
          assert.ok(stops < 400, "Tab never came back round");
          assert.deepEqual(walk.problems, [], walk.report());
        }));
    }
  });
}
