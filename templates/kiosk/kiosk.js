// The kiosk's helpers: the on-screen keyboard, the idle reset with a warning, and focus on errors.
// Everything also works without this script: the forms post and are checked on the server.
(function () {
  "use strict";

  var body = document.body;
  var resetAfter = parseInt(body.getAttribute("data-terug-na"), 10) || 90;
  var isThankYou = body.hasAttribute("data-bedankt");

  // Idle reset. The half-filled report lives only in this page, so going to the start throws it away.
  // Fifteen seconds before, a warning lets the resident keep going (WCAG 2.2.1).
  var warningLead = Math.min(15, Math.floor(resetAfter / 2));
  var warnTimer = null;
  var resetTimer = null;
  var warning = document.getElementById("nog-daar");

  function toStart() {
    window.location.replace("./");
  }

  // While the warning shows, the page behind it is inert: a screen reader reads only the warning.
  var behind = document.querySelectorAll("body > header, body > .pagina");

  function setBehindInert(inert) {
    Array.prototype.forEach.call(behind, function (element) {
      element.inert = inert;
    });
  }

  function hideWarning() {
    if (warning && !warning.hidden) {
      warning.hidden = true;
      setBehindInert(false);
    }
  }

  function showWarning() {
    if (!warning) {
      return;
    }
    setBehindInert(true);
    warning.hidden = false;
    var button = warning.querySelector("button");
    if (button) {
      button.focus();
    }
  }

  function restartTimers() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(resetTimer);
    hideWarning();
    if (!isThankYou) {
      warnTimer = window.setTimeout(showWarning, (resetAfter - warningLead) * 1000);
    }
    resetTimer = window.setTimeout(toStart, resetAfter * 1000);
  }

  if (body.classList.contains("scherm-kiosk")) {
    ["pointerdown", "keydown", "input"].forEach(function (type) {
      document.addEventListener(type, restartTimers, true);
    });
    if (warning) {
      warning.querySelector("button").addEventListener("click", function () {
        restartTimers();
        var main = document.getElementById("inhoud");
        if (main) {
          main.focus();
        }
      });
    }
    restartTimers();
  }

  // A page shown again from the browser's memory could hold the previous resident's answers.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && body.classList.contains("scherm-kiosk")) {
      toStart();
    }
  });

  // The error summary gets focus, so a screen reader reads it first and a keyboard starts there.
  var summary = document.getElementById("fouten");
  if (summary) {
    summary.focus();
  }

  // The on-screen keyboard types into the text field the resident chose last.
  var keyboard = document.querySelector("[data-toetsenbord]");
  if (!keyboard) {
    return;
  }
  var fields = document.querySelectorAll("input[type=text], input[type=tel], input[type=email], textarea");
  if (fields.length === 0) {
    return;
  }
  var target = fields[0];
  var upperNext = false;
  var shiftKey = keyboard.querySelector("[data-toets=hoofdletter]");
  keyboard.hidden = false;

  // The text field's counter says how many characters are left; the template fills it in once.
  function updateCounter(field) {
    var counter = document.getElementById(field.id + "-teller");
    var max = parseInt(field.getAttribute("maxlength"), 10);
    if (!counter || !max) {
      return;
    }
    var left = Math.max(0, max - Array.from(field.value).length);
    counter.textContent = counter.getAttribute("data-teller").replace("{aantal}", String(left));
  }

  Array.prototype.forEach.call(fields, function (field) {
    field.addEventListener("focus", function () {
      target = field;
      // The field the keyboard types into stays in sight beside or above the keyboard.
      field.scrollIntoView({ block: "nearest" });
    });
    field.addEventListener("input", function () {
      updateCounter(field);
    });
  });

  function setUpper(on) {
    upperNext = on;
    if (shiftKey) {
      shiftKey.setAttribute("aria-pressed", on ? "true" : "false");
    }
  }

  // The field's selection as [start, end]. E-mail fields report none: their text goes at the end.
  function selectionOf(field) {
    try {
      if (typeof field.selectionStart === "number") {
        return [field.selectionStart, field.selectionEnd];
      }
    } catch (ignored) {}
    return [field.value.length, field.value.length];
  }

  function replaceSelection(start, end, text) {
    target.value = target.value.slice(0, start) + text + target.value.slice(end);
    try {
      target.setSelectionRange(start + text.length, start + text.length);
    } catch (ignored) {}
  }

  function insert(text) {
    var max = parseInt(target.getAttribute("maxlength"), 10);
    if (max && target.value.length >= max) {
      return;
    }
    var selection = selectionOf(target);
    replaceSelection(selection[0], selection[1], text);
  }

  function erase() {
    var selection = selectionOf(target);
    var start = selection[0] === selection[1] ? Math.max(0, selection[0] - 1) : selection[0];
    replaceSelection(start, selection[1], "");
  }

  // On a touch screen the field keeps focus, so its cursor stays visible while typing.
  keyboard.addEventListener("pointerdown", function (event) {
    if (event.target.closest("[data-toets]") && event.pointerType !== "mouse") {
      event.preventDefault();
    }
  });

  keyboard.addEventListener("click", function (event) {
    var key = event.target.closest("[data-toets]");
    if (!key) {
      return;
    }
    var value = key.getAttribute("data-toets");
    if (value === "hoofdletter") {
      setUpper(!upperNext);
      return;
    }
    if (value === "wis") {
      erase();
    } else {
      insert(upperNext ? value.toUpperCase() : value);
      setUpper(false);
    }
    target.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
