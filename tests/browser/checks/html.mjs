// The Nu Html Checker on every generated HTML file and on the HTML of every kiosk screen, as the
// kiosk sent it to the browser during the visits.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";

import { vnuErrors } from "../lib/checkers.mjs";
import { SCREENS } from "../lib/screens.mjs";

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
      for (const screen of SCREENS.filter((s) => !s.domOnly)) {
        const html = world.kioskHtml[screen.name];
        assert.ok(html, `no HTML was collected for kiosk screen ${screen.name}`);
        const file = path.join(dir, `${screen.name}.html`);
        await fs.writeFile(file, html);
        files.push(file);
      }
      const errors = await vnuErrors(files);
      for (const file of files) {
        await t.test(path.relative(world.work, file), () => {
          const mine = errors.filter((line) => line.startsWith(file + ":"));
          assert.equal(mine.length, 0, `${mine.length} HTML error(s):\n${mine.join("\n")}`);
        });
      }
      const unplaced = errors.filter((line) => !files.some((file) => line.startsWith(file + ":")));
      assert.deepEqual(unplaced, [], "vnu errors not tied to a file");
    });
  });
}
