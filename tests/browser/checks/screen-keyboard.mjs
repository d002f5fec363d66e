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

        // The house number (with its addition, "12 bis") takes at most 16 characters, from the screen too.
        await page.locator("#huisnummer").tap();
        for (const value of "123456789012345678") await key(value).tap();
        assert.equal(await page.inputValue("#huisnummer"), "1234567890123456");
        assert.equal(await page.inputValue("#postcode"), "1012 A", "typing went to the field chosen last");

        // What was typed on the screen is what the server gets.
        await key("b").tap();  // still the house number: at its limit, nothing changes
        assert.equal(await page.inputValue("#huisnummer"), "1234567890123456");
        // "wis" takes it back to "12", then "12 a" as people type it.
        for (let i = 0; i < 14; i++) await key("wis").tap();
        for (const value of " a") await key(value).tap();
        assert.equal(await page.inputValue("#huisnummer"), "12 a");
        await page.locator("#postcode").tap();
        await key("b").tap();
        const response = await arrive(page, () => page.getByRole("button", { name: "Verder", exact: true }).tap());
        assert.equal(response.status(), 200);
        assert.match(await page.locator("h1").innerText(), /Waar maakt u zich zorgen over/);
        assert.equal(await page.locator("input[type=hidden][name=postcode]").inputValue(), "1012 Ab");
        assert.equal(await page.locator("input[type=hidden][name=huisnummer]").inputValue(), "12 a");
      }));
  });
}
