// The results page for campaign staff (resultaten/): each chart's numbers are the numbers of the
// table beside it, every chart has a title and a description, small numbers show as "minder dan 5",
// and the page works without JavaScript. Screenshots at 1280x800 and 375x740. (axe, vnu, 320 px and
// 200% text come from the visits and the Nu Html Checker, which see every page of the site.)
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";

import { axeViolations, formatViolations } from "../lib/checkers.mjs";

export function register(world) {
  describe("results page: charts, tables and small numbers", () => {
    test("every chart matches its table, and is described", (t) =>
      world.browser.withPage("results", { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false }, async (page) => {
        const response = await page.goto(world.staff.url + "resultaten/");
        assert.equal(response.status(), 200);
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll("svg[data-grafiek]")].map((svg) => {
            const name = svg.getAttribute("data-grafiek");
            const table = document.querySelector(`table[data-tabel="${name}"]`);
            const labelled = (svg.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean);
            return {
              name,
              role: svg.getAttribute("role"),
              title: svg.querySelector("title")?.textContent ?? "",
              desc: svg.querySelector("desc")?.textContent ?? "",
              labelledByTitleAndDesc: labelled.length === 2 && labelled.every((id) => document.getElementById(id)),
              bars: [...svg.querySelectorAll("rect[data-waarde]")].map((r) => r.getAttribute("data-waarde")),
              cells: table ? [...table.querySelectorAll("td[data-waarde]")].map((c) => c.getAttribute("data-waarde")) : null,
              cellTexts: table ? [...table.querySelectorAll("td[data-waarde]")].map((c) => c.textContent.trim()) : [],
            };
          }),
        );
        // The example content has two campaigns, each with three charts.
        assert.equal(charts.length, 6, `charts: ${charts.map((c) => c.name).join(", ")}`);
        for (const chart of charts) {
          await t.test(chart.name, () => {
            assert.equal(chart.role, "img");
            assert.ok(chart.title.length > 10, "a title");
            assert.ok(chart.desc.length > 20, "a description");
            assert.ok(chart.labelledByTitleAndDesc, "aria-labelledby names the title and the description");
            assert.ok(chart.cells, `no table for ${chart.name}`);
            assert.ok(chart.bars.length > 0);
            assert.deepEqual(chart.bars, chart.cells, "the chart's numbers are the table's");
            chart.cells.forEach((value, i) => {
              if (value === "klein") assert.equal(chart.cellTexts[i], "minder dan 5");
              else if (value === "verborgen") assert.equal(chart.cellTexts[i], "niet getoond");
              else assert.equal(chart.cellTexts[i], value);
            });
          });
        }
        const small = charts.flatMap((c) => c.cells).filter((v) => v === "klein").length;
        assert.ok(small > 0, "the example season has weeks with fewer than 5 reports");
        assert.equal(await page.locator("script").count(), 0, "the page needs no script");
      }));

    // axe-core runs as a script in the page, so it needs a page with JavaScript on; with it off,
    // axe's injection waits forever.
    test("no axe violations", () =>
      world.browser.withPage("results axe", { viewport: { width: 1280, height: 800 } }, async (page) => {
        await page.goto(world.staff.url + "resultaten/");
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, formatViolations("resultaten/", violations));
      }));

    for (const [width, height] of [
      [1280, 800],
      [375, 740],
    ]) {
      test(`screenshot at ${width}x${height}`, () =>
        world.browser.withPage("results shot", { viewport: { width, height } }, async (page) => {
          await page.goto(world.staff.url + "resultaten/");
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: path.join(world.screenshots, `resultaten-${width}x${height}.png`), fullPage: true });
          await page.screenshot({ path: path.join(world.screenshots, `resultaten-${width}x${height}-boven.png`) });
        }));
    }
  });
}
