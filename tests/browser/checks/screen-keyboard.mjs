// The kiosk's on-screen keyboard: tapping its keys types into the field chosen last, with capitals,
// erasing and the field's length limit, and the field keeps the focus while a finger types.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { arrive, open } from "../lib/screens.mjs";

export function register(world) {
  describe("on-screen keyboard", () => {
    test("taps type into the chosen field", () =>
      world.browser.withPage("screen keyboard", { hasTouch: true }, async (page) => {
        await open(page, world.kiosks.kiosk.url);
        await arrive(page, () => page.getByRole("link", { name: "Begin met melden" }).click());
        const keyboard = page.locator("[data-toetsenbord]");
        assert.ok(await keyboard.isVisible(), "the keyboard shows when JavaScript runs");
        const key = (value) => page.locator(`[data-toets="${value}"]`);

        await page.locator("#postcode").tap();
        for (const value of ["1", "0", "1", "2", " "]) await key(value).tap();
        await key("hoofdletter").tap();
        assert.equal(await key("hoofdletter").getAttribute("aria-pressed"), "true");
        await key("a").tap();
        assert.equal(await key("hoofdletter").getAttribute("aria-pressed"), "false", "a capital is for one letter");
        await key("b").tap();
        assert.equal(await page.inputValue("#postcode"), "1012 Ab");
        assert.equal(await page.evaluate(() => document.activeElement.id), "postcode", "the field keeps the focus");
        await key("wis").tap();
        assert.equal(await page.inputValue("#postcode"), "1012 A");

        // The house number takes at most 5 characters, from the screen too.
        await page.locator("#huisnummer").tap();
        for (const value of ["1", "2", "3", "4", "5", "6", "7"]) await key(value).tap();
        assert.equal(await page.inputValue("#huisnummer"), "12345");
        assert.equal(await page.inputValue("#postcode"), "1012 A", "typing went to the field chosen last");

        // What was typed on the screen is what the server gets.
        await key("b").tap();  // still the house number: at its limit, nothing changes
        await page.locator("#postcode").tap();
        await key("b").tap();
        const response = await arrive(page, () => page.getByRole("button", { name: "Verder", exact: true }).tap());
        assert.equal(response.status(), 200);
        assert.match(await page.locator("h1").innerText(), /Waar maakt u zich zorgen over/);
        assert.equal(await page.locator("input[type=hidden][name=postcode]").inputValue(), "1012 Ab");
      }));
  });
}
