// Moving through a page with the keyboard alone, checking at every step that a sighted person can
// see where the focus is.
import { focusIndicator, probe } from "./probe.mjs";

export class KeyboardWalk {
  constructor(page) {
    this.page = page;
    this.problems = [];
    this.trace = [];
  }

  // Call after every page load: records how each focusable element looks without focus.
  async arrived() {
    const resting = await this.page.evaluate(probe, { kind: "resting" });
    this.resting = resting.looks;
    // Focus put somewhere by the page itself (the error summary): its resting look is known only
    // once the focus has left it.
    this.leaving = null;
    if (resting.active >= 0) {
      const focus = await this.focus();
      if (!focus.none) {
        this.check("on load", focus, null);
        this.leaving = focus;
      }
    }
  }

  focus() {
    return this.page.evaluate(probe, { kind: "focus" });
  }

  check(step, focus, resting) {
    if (focus.none) return;
    if (focus.hidden) this.problems.push(`${step}: focus on ${focus.what}, which cannot be seen: ${focus.hidden}`);
    if (resting && focusIndicator(focus.look, resting).length === 0) {
      this.problems.push(
        `${step}: focus on ${focus.what} looks the same as without focus\n` +
          `      focused: ${JSON.stringify(focus.look)}\n      resting: ${JSON.stringify(resting)}`,
      );
    }
  }

  // Presses `key` (Tab or Shift+Tab) and checks where the focus went.
  async press(key) {
    await this.page.keyboard.press(key);
    const focus = await this.focus();
    const step = `${key} #${this.trace.length + 1}`;
    this.trace.push(`${key} -> ${focus.none ? "(page)" : focus.what}`);
    // Still on the same element (Tab walks through an <audio> element's own buttons): it has not
    // been left yet, so its look without focus cannot be measured now.
    if (this.leaving && !focus.none && focus.index === this.leaving.index) return focus;
    if (this.leaving) {
      const after = await this.page.evaluate(probe, { kind: "look", arg: this.leaving.index });
      this.check(`leaving ${this.leaving.what}`, { ...this.leaving, hidden: null }, after);
      this.leaving = null;
    }
    let resting = focus.none ? null : this.resting[focus.index];
    if (!focus.none && !resting) {
      // Not focusable when the page loaded (shown later): compare once the focus has moved on.
      this.leaving = focus;
      this.check(step, focus, null);
    } else {
      this.check(step, focus, resting);
    }
    return focus;
  }

  // Presses `key` until the focused element's description matches `pattern`.
  async to(pattern, { key = "Tab", max = 60 } = {}) {
    for (let i = 0; i < max; i++) {
      const focus = await this.press(key);
      if (!focus.none && pattern.test(focus.what)) return focus;
    }
    throw new Error(`no ${pattern} within ${max} presses of ${key}:\n  ${this.trace.slice(-max).join("\n  ")}`);
  }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  report() {
    return `${this.problems.join("\n")}\n  path: ${this.trace.join(" | ")}`;
  }
}
