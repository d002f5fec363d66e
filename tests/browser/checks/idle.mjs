// Idle reset, in real time on a kiosk set to 10 seconds: the "Bent u er nog?" warning comes first
// and can be answered from the keyboard; left alone, the half-filled report is gone and the start
// screen shows. Without JavaScript the plain refresh does the same.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { axeViolations, formatViolations } from "../lib/checkers.mjs";
import { focusIndicator, probe } from "../lib/probe.mjs";
import { ADDRESS, answerAddress, open } from "../lib/screens.mjs";

// Fills step 1 and ticks a reason on step 2: a report half-way, carried in the page only.
// Returns when step 2 had loaded, the moment its reset starts counting.
async function halfFill(page, kiosk) {
  await open(page, kiosk.url + "melden");
  await answerAddress(page, ADDRESS);
  const loaded = Date.now();
  await page.check("#zorg-gedrag");
  assert.equal(await page.locator('input[type=hidden][name=postcode]').getAttribute("value"), "1012 AB");
  return loaded;
}

// Every report the kiosk ever took, wherever it is now.
async function reportsTaken(kiosk) {
  const health = await kiosk.health();
  return health.queued + health.failed + health.delivered_total;
}

async function assertBackAtStart(page, kiosk, since) {
  await page.waitForURL(kiosk.url, { timeout: (kiosk.idleSeconds + 10) * 1000 });
  const waited = (Date.now() - since) / 1000;
  assert.match(await page.locator("h1").innerText(), /Maakt u zich zorgen/);
  assert.equal(await page.locator("input").count(), 0, "the start screen still holds form fields");
  assert.ok(!(await page.content()).includes("1012"), "the postcode of the half-filled report is still in the page");
  return waited;
}

export function register(world) {
  describe("idle reset", { concurrency: 2 }, () => {
    test("with JavaScript: warning, 'Ik ben er nog' keeps the report, then the reset throws it away", { timeout: 60000 }, () =>
      world.browser.withPage("idle js", {}, async (page) => {
        const kiosk = world.kiosks.idle;
        const takenBefore = await reportsTaken(kiosk);
        await halfFill(page, kiosk);
        // A keyboard user: the warning's button must then show its focus.
        await page.keyboard.press("Tab");
        const warning = page.locator("#nog-daar");
        await warning.waitFor({ state: "visible", timeout: kiosk.idleSeconds * 1000 });
        const focus = await page.evaluate(probe, { kind: "focus" });
        assert.match(focus.what ?? "", /"Ik ben er nog"/, "the warning's button has the focus");
        assert.equal(focus.hidden, null, `the warning's button cannot be seen: ${focus.hidden}`);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, formatViolations("the idle warning", violations));
        // A modal warning: the page behind it cannot be reached, by screen readers either.
        const inertBehind = () => page.evaluate(() => [...document.querySelectorAll("body > header, body > .pagina")].map((e) => e.inert));
        assert.deepEqual(await inertBehind(), [true, true], "the page behind the warning is not inert");

        await page.keyboard.press("Enter");
        await warning.waitFor({ state: "hidden" });
        assert.deepEqual(await inertBehind(), [false, false], "the page stays inert after the warning went");
        const resting = await page.evaluate(probe, { kind: "look", arg: focus.index });
        assert.notDeepEqual(focusIndicator(focus.look, resting), [], `no visible focus on the warning's button: ${JSON.stringify(focus.look)}`);
        assert.equal(await page.isChecked("#zorg-gedrag"), true, "'Ik ben er nog' kept the answers");

        await warning.waitFor({ state: "visible", timeout: kiosk.idleSeconds * 1000 });
        const since = Date.now();
        const waited = await assertBackAtStart(page, kiosk, since);
        assert.ok(waited < kiosk.idleSeconds, `the reset came ${waited} s after the warning`);
        assert.equal(await reportsTaken(kiosk), takenBefore, "the reset stored something");
      }));

    test("without JavaScript: the page refreshes to the start", { timeout: 60000 }, () =>
      world.browser.withPage("idle no-js", { javaScriptEnabled: false }, async (page) => {
        const kiosk = world.kiosks.idle;
        const loaded = await halfFill(page, kiosk);
        const waited = await assertBackAtStart(page, kiosk, loaded);
        assert.ok(waited >= kiosk.idleSeconds - 1, `the reset came after ${waited} s, before the ${kiosk.idleSeconds} s set`);
      }));
  });
}
