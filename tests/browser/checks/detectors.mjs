// The suite's own detectors, shown failing on pages made to be wrong, so that a green run means
// something: a lost focus indicator, focus on something hidden, clipped text, sideways overflow,
// an image without alt text for axe, an outside request. (vnu's is in checks/html.mjs.)
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { axeViolations } from "../lib/checkers.mjs";
import { focusIndicator, probe } from "../lib/probe.mjs";

const BROKEN = `<!DOCTYPE html><html lang="nl"><head><title>Fout</title><style>
  body { font-size: 20px; margin: 0; }
  #kaal:focus { outline: none; }
  #goed:focus-visible { outline: 3px solid #000; }
  .verborgen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  #smal { width: 6rem; height: 1.5em; overflow: hidden; white-space: nowrap; }
  #breed { width: 700px; }
  #veld { width: 4rem; font-size: 20px; }
</style></head><body>
  <button id="kaal">Zonder rand</button> <button id="goed">Met rand</button>
  <span class="verborgen"><a id="weg" href="#x">Onzichtbaar</a></span>
  <div id="smal">Deze tekst past niet in zijn vak</div>
  <input id="veld" type="text" value="Een lange waarde in een smal vak">
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">
</body></html>`;

async function focusOn(page, id) {
  const resting = await page.evaluate(probe, { kind: "resting" });
  await page.keyboard.press("Tab");
  for (let i = 0; i < 10; i++) {
    const focus = await page.evaluate(probe, { kind: "focus" });
    if (focus.what?.includes(`#${id}`)) return { focus, resting: resting.looks[focus.index] };
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not Tab to #${id}`);
}

export function register(world) {
  describe("the suite's detectors catch what they look for", () => {
    test("focus without an indicator, focus on a hidden link, clipped text, axe, a too wide page", () =>
      world.browser.withPage("detectors", { viewport: { width: 320, height: 640 } }, async (page) => {
        await page.setContent(BROKEN);
        const bare = await focusOn(page, "kaal");
        assert.deepEqual(focusIndicator(bare.focus.look, bare.resting), [], "an outline: none button counts as visible focus");
        const good = await focusOn(page, "goed");
        assert.notDeepEqual(focusIndicator(good.focus.look, good.resting), [], "a 3px outline is not seen as a focus indicator");
        const hidden = await focusOn(page, "weg");
        assert.ok(hidden.focus.hidden, "focus on a link in a 1px clipped box counts as visible");

        const clipped = await page.evaluate(probe, { kind: "clipped" });
        assert.ok(clipped.some((p) => p.startsWith("div#smal")), `clipped text not found: ${clipped}`);
        assert.ok(clipped.some((p) => p.startsWith("input#veld")), `overfull text field not found: ${clipped}`);
        assert.ok(!clipped.some((p) => p.includes("Onzichtbaar")), "the visually-hidden pattern counts as cut off");

        const violations = await axeViolations(page);
        assert.ok(violations.some((v) => v.id === "image-alt"), `axe missed the image without alt: ${violations.map((v) => v.id)}`);

        await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div id="breed">x</div>'));
        const overflow = await page.evaluate(probe, { kind: "overflow" });
        assert.ok(overflow.scrollWidth > overflow.width, "a 700 px box does not make a 320 px page scroll");
        assert.ok(overflow.culprits.some((c) => c.startsWith("div#breed")), `culprit not named: ${overflow.culprits}`);
      }));

    test("a request to another host is recorded and reaches the trap proxy", () =>
      world.browser.withPage("detector-trap", {}, async (page) => {
        const url = "http://trap-selftest.invalid/";
        await page.goto(url).catch(() => null);
        const browser = world.browser;
        assert.ok(browser.trap.attempts.some((a) => a.startsWith(`GET ${url} `)), `the trap saw: ${browser.trap.attempts}`);
        assert.ok(browser.privacyProblems.some((p) => p.startsWith("detector-trap: request to another host")));
        // Proven; now take this deliberate request out so the privacy checks judge the real run.
        browser.trap.attempts.splice(0, browser.trap.attempts.length, ...browser.trap.attempts.filter((a) => !a.includes(url)));
        browser.privacyProblems.splice(0, browser.privacyProblems.length, ...browser.privacyProblems.filter((p) => !p.startsWith("detector-trap:")));
      }));
  });
}
