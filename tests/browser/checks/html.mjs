// The Nu Html Checker on every generated HTML file and on the HTML of every kiosk screen, as the
// kiosk sent it to the browser during the visits.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";

import { vnuErrors } from "../lib/checkers.mjs";
import { reach, SCREENS } from "../lib/screens.mjs";

async function fetchScreen(world, screen) {
  try {
    return await world.browser.withPage("vnu kiosk", {}, async (page) => (await reach(page, screen, world.kiosks)).text());
  } catch {
    return null;
  }
}

export function register(world) {
  describe("Nu Html Checker: zero errors", () => {
    test("the sitemap lists only pages that exist", () => {
      assert.deepEqual(world.site.missing, [], `sitemap entries without a page:\n${world.site.missing.join("\n")}`);
      assert.ok(world.site.sitemapCount > 0, "the sitemap is empty");
    });

    test("every generated page and every kiosk screen", { timeout: 180000 }, async (t) => {
      const files = world.site.pages.map((page) => path.join(world.site.dir, page.file));
      const dir = path.join(world.work, "kiosk-html");
      await fs.mkdir(dir, { recursive: true });
      const missing = [];
      for (const screen of SCREENS.filter((s) => !s.domOnly)) {
        // Kept by the visits; fetched here when they did not run or did not get there.
        const html = world.kioskHtml[screen.name] ?? (await fetchScreen(world, screen));
        if (!html) {
          missing.push(screen.name);
          continue;
        }
        const file = path.join(dir, `${screen.name}.html`);
        await fs.writeFile(file, html);
        files.push(file);
      }
      // A page made to be wrong goes along in the same run, to show that vnu's errors reach us.
      const wrong = path.join(dir, "made-to-be-wrong.html");
      await fs.writeFile(wrong, '<!DOCTYPE html><html lang="nl"><title>Fout</title><p><div>blok in een alinea</p>');
      const errors = await vnuErrors([...files, wrong]);
      assert.ok(errors.some((line) => line.startsWith(wrong + ":")), `vnu found nothing in ${wrong}`);
      for (const file of files) {
        await t.test(path.relative(world.work, file), () => {
          const mine = errors.filter((line) => line.startsWith(file + ":"));
          assert.equal(mine.length, 0, `${mine.length} HTML error(s):\n${mine.join("\n")}`);
        });
      }
      const unplaced = errors.filter((line) => ![...files, wrong].some((file) => line.startsWith(file + ":")));
      assert.deepEqual(unplaced, [], "vnu errors not tied to a file");
      assert.deepEqual(missing, [], "kiosk screens that could not be reached, so their HTML was not checked");
    });
  });
}
