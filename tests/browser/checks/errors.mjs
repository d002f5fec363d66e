// Error handling as a person meets it: after a wrong answer the error summary has the focus, links
// to each field, and each field is marked invalid and described by its own message.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { probe } from "../lib/probe.mjs";
import { reach, SCREENS } from "../lib/screens.mjs";

// What the page says about its errors, read from the DOM.
function readErrors() {
  const summary = document.getElementById("fouten");
  const text = (el) => el.textContent.replace(/^\s*Fout:\s*/, "").replace(/\s+/g, " ").trim();
  const links = summary
    ? [...summary.querySelectorAll("a")].map((a) => {
        const id = decodeURIComponent(a.getAttribute("href").replace(/^#/, ""));
        const field = document.getElementById(id);
        return {
          id,
          text: text(a),
          field: field ? field.tagName.toLowerCase() : null,
          invalid: field?.getAttribute("aria-invalid") ?? null,
          described: field ? (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean) : [],
        };
      })
    : [];
  const invalid = [...document.querySelectorAll('[aria-invalid="true"]')].map((el) => {
    const ids = (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    return {
      what: `${el.tagName.toLowerCase()}#${el.id}`,
      name: el.getAttribute("name"),
      messages: ids.map((id) => document.getElementById(id)).filter((m) => m && m.classList.contains("veldfout")).map(text),
    };
  });
  return {
    summary: summary
      ? { role: summary.getAttribute("role"), focused: document.activeElement === summary, heading: text(summary.querySelector("h2")) }
      : null,
    links,
    invalid,
  };
}

async function checkErrorScreen(world, screen, javaScriptEnabled) {
  await world.browser.withPage(`errors ${javaScriptEnabled ? "js" : "no-js"}`, { javaScriptEnabled }, async (page) => {
    await reach(page, screen, world.kiosks);
    const found = await page.evaluate(readErrors);
    assert.ok(found.summary, "there is no error summary (#fouten)");
    assert.ok(found.summary.focused, "the error summary does not have the focus");
    assert.equal(found.summary.role, "alert");
    assert.deepEqual(found.links.map((l) => l.id), screen.errors, "the summary links to these fields, in this order");
    for (const link of found.links) {
      assert.ok(["input", "textarea", "select"].includes(link.field), `#${link.id} is not a form field (${link.field})`);
      assert.equal(link.invalid, "true", `#${link.id} has no aria-invalid="true"`);
    }
    for (const field of found.invalid) {
      const link = found.links.find((l) => l.id === field.name || l.id === field.what.split("#")[1]);
      assert.ok(link, `${field.what} is marked invalid but the summary does not link to its question`);
      assert.deepEqual(field.messages, [link.text], `${field.what}: aria-describedby must point at its own message`);
    }
    if (!javaScriptEnabled) return;
    // Follow each link with the keyboard: the field gets the focus and can be seen.
    for (let i = 0; i < found.links.length; i++) {
      await page.locator("#fouten").focus();
      for (let tab = 0; tab <= i; tab++) await page.keyboard.press("Tab");
      const onLink = await page.evaluate(() => document.activeElement.getAttribute("href"));
      assert.equal(onLink, `#${found.links[i].id}`, "Tab from the summary reaches its links in order");
      await page.keyboard.press("Enter");
      const focus = await page.evaluate(probe, { kind: "focus" });
      assert.match(focus.what ?? "", new RegExp(`#${found.links[i].id}\\b`), `the link to #${found.links[i].id} moves the focus there`);
      assert.equal(focus.hidden, null, `#${found.links[i].id} is focused but cannot be seen: ${focus.hidden}`);
    }
  });
}

export function register(world) {
  describe("error handling", { concurrency: 2 }, () => {
    for (const screen of SCREENS.filter((s) => s.errors)) {
      test(`kiosk ${screen.name}, with JavaScript`, () => checkErrorScreen(world, screen, true));
      test(`kiosk ${screen.name}, without JavaScript`, () => checkErrorScreen(world, screen, false));
    }
  });
}
