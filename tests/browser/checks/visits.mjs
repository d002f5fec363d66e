// One visit per page and per kiosk screen, with every check that looks at the page as it stands:
// axe-core (WCAG 2.0, 2.1 and 2.2, A and AA: zero violations), screenshots, sideways scrolling at
// 320 px and cut-off text at 200% text size. The kiosk's HTML is kept for the Nu Html Checker.
//
// 200% text size is the reader's own setting: Chromium's default font size doubled (16 to 32 px,
// through the DevTools protocol's Page.setFontSizes), as a person with low vision sets it. The
// check first proves the page's text really doubled, then fails on any visible element that
//  - has overflow hidden or clip and content larger than its box (text cut off at a side or the
//    bottom; the 1-pixel visually-hidden pattern for screen readers is skipped),
//  - is a text field whose value no longer fits its box, sideways or in height,
//  - holds text and starts above or left of the page, where no scrolling reaches it,
// and on a page wider than the window (text pushed out sideways).
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";

import { axeViolations, formatViolations } from "../lib/checkers.mjs";
import { probe } from "../lib/probe.mjs";
import { reach, SCREENS } from "../lib/screens.mjs";

async function assertNoViolations(page, where) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(where, violations));
}

async function assertNoSidewaysScroll(page) {
  const overflow = await page.evaluate(probe, { kind: "overflow" });
  assert.ok(
    overflow.scrollWidth <= overflow.width,
    `the page is ${overflow.scrollWidth} px wide in a ${overflow.width} px window:\n  ${overflow.culprits.join("\n  ")}`,
  );
}

// Doubles the browser's default font size; the page lays itself out again at once.
async function doubleTextSize(page) {
  const session = await page.context().newCDPSession(page);
  await session.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
  await session.detach();
}

async function assertNothingCutOffAt200(page) {
  const normal = await page.evaluate(probe, { kind: "fontSize" });
  await doubleTextSize(page);
  const size = await page.evaluate(probe, { kind: "fontSize" });
  assert.equal(size, normal * 2, `the text is ${size} px, not twice ${normal} px: the 200% setting did not take`);
  const problems = await page.evaluate(probe, { kind: "clipped" });
  assert.deepEqual(problems, [], `at 200% text:\n  ${problems.join("\n  ")}`);
  await assertNoSidewaysScroll(page);
}

async function shoot(page, file) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  const { size } = await fs.stat(file);
  assert.ok(size > 1000, `${file} is only ${size} bytes`);
}

// The checks of one page that is already loaded in `page` at width `widths[0]`.
async function checkLoaded(t, world, page, { label, shotName, widths, height }) {
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    await t.test(`axe-core at ${width} px`, () => assertNoViolations(page, `${label} at ${width} px`));
    await t.test(`screenshot at ${width} px`, () => shoot(page, path.join(world.screenshots, `${shotName}-${width}.png`)));
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await t.test("no sideways scrolling at 320 px", () => assertNoSidewaysScroll(page));
  await page.setViewportSize({ width: widths[0], height });
  await t.test("no text cut off at 200% text size", () => assertNothingCutOffAt200(page));
}

export function register(world) {
  describe("every page and every kiosk screen: axe-core, screenshots, 320 px, 200% text", { concurrency: 2 }, () => {
    for (const sitePage of world.site.pages) {
      const label = `site ${sitePage.label}`;
      test(label, (t) =>
        world.browser.withPage("visit site", { viewport: { width: 1280, height: 900 } }, async (page) => {
          const response = await page.goto(world.site.url + sitePage.visit);
          assert.equal(response.status(), sitePage.status);
          await checkLoaded(t, world, page, { label, shotName: `site-${sitePage.name}`, widths: [1280, 375], height: 900 });
        }));
    }
    for (const screen of SCREENS) {
      const label = `kiosk screen ${screen.name}`;
      // The online form is also read on phones; the kiosk's screen is large.
      const widths = screen.kiosk === "publiek" ? [1280, 375] : [1280];
      test(label, (t) =>
        world.browser.withPage("visit kiosk", { viewport: { width: 1280, height: 1024 } }, async (page) => {
          const response = await reach(page, screen, world.kiosks);
          if (!screen.domOnly) world.kioskHtml[screen.name] = await response.text();
          await checkLoaded(t, world, page, { label, shotName: `kiosk-${screen.name}`, widths, height: 1024 });
        }));
    }
  });
}
