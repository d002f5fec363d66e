// Shows the address register's answer on the online form while the resident types (issue 19).
// So the form says "Kerkstraat 12, Voorbeeld. Klopt dit?" before it is sent instead of one round trip
// after (docs/kiosk.md). Every word shown comes from the <template>s of partials/adres-live.mustache.
// On any failure (offline, 429, 400, no register) it shows nothing: the intake then asks after
// sending, as without JavaScript.
(function () {
  "use strict";
  var live = document.getElementById("adres-live");
  var form = live && live.closest ? live.closest("form") : null;
  var endpoint = live ? live.getAttribute("data-adres-zoeken") : "";
  if (!form || !endpoint || !window.fetch || !window.AbortController || !("content" in document.createElement("template"))) {
    return;
  }
  var fields = {
    postcode: document.getElementById("postcode"),
    huisnummer: document.getElementById("huisnummer"),
    toevoeging: document.getElementById("toevoeging"),
  };
  if (!fields.postcode || !fields.huisnummer) return;

  // Long enough that typing "1012 AB" and "12" costs one lookup, not one per key: the lookups of a
  // client are limited (ten per report the form allows).
  var DELAY_MS = 300;
  // What the intake accepts (CheckAddress); anything else it would answer with 400, so it is not asked.
  var POSTCODE = /^\s*[1-9][0-9]{3}\s*[a-zA-Z]{2}\s*$/;
  var NUMBER = /^\s*[0-9]{1,5}\s*[a-zA-Z]?\s*$/;

  var timer = null;
  var pending = null;
  var shownFor = "";

  function value(field) {
    return field ? field.value : "";
  }

  function key() {
    return [value(fields.postcode), value(fields.huisnummer), value(fields.toevoeging)]
      .map(function (part) { return part.replace(/\s+/g, "").toUpperCase(); })
      .join("|");
  }

  // The hidden field a "Ja" of the round trip posts (adres_bevestigd): with it the intake takes the
  // address without asking again. Only ever one, and only while an answer of the register is shown.
  function markConfirmed(confirmation) {
    var hidden = form.querySelector("input[type=hidden][name=adres_bevestigd]");
    if (!confirmation) {
      if (hidden) hidden.parentNode.removeChild(hidden);
      return;
    }
    if (!hidden) {
      hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = "adres_bevestigd";
      live.parentNode.insertBefore(hidden, live);
    }
    hidden.value = confirmation;
  }

  function clear() {
    live.textContent = "";
    shownFor = "";
    markConfirmed("");
  }

  function fromTemplate(id) {
    var template = document.getElementById(id);
    return template ? template.content.cloneNode(true) : null;
  }

  function wireOtherAddress(part) {
    var button = part.querySelector("[data-ander-adres]");
    if (!button) return;
    button.addEventListener("click", function () {
      clear();
      fields.postcode.focus();
    });
  }

  function showFound(label, confirmation, forKey) {
    var part = fromTemplate("adres-live-gevonden");
    if (!part) return;
    part.querySelector(".adres-gevonden strong").textContent = label;
    wireOtherAddress(part);
    live.textContent = "";
    live.appendChild(part);
    shownFor = forKey;
    markConfirmed(confirmation);
  }

  function showChoice(answer, forKey) {
    var part = fromTemplate("adres-live-kiezen");
    if (!part) return;
    var first = answer.addresses[0];
    part.querySelector("[data-nummer]").textContent = first.street + " " + answer.house_number;
    var model = part.querySelector("[data-keuze]");
    answer.addresses.forEach(function (address) {
      var button = model.cloneNode(false);
      button.removeAttribute("data-keuze");
      // As the round trip writes its buttons: "Kerkstraat 12B".
      button.textContent = address.street + " " + address.number;
      button.addEventListener("click", function () {
        if (fields.toevoeging) fields.toevoeging.value = address.form_addition;
        showFound(address.label, address.confirm, key());
        // The chosen button is gone: keep the focus where the resident can see what was chosen.
        (fields.toevoeging || fields.huisnummer).focus();
      });
      model.parentNode.insertBefore(button, model);
    });
    model.parentNode.removeChild(model);
    wireOtherAddress(part);
    live.textContent = "";
    live.appendChild(part);
    shownFor = forKey;
    markConfirmed("");
  }

  function showUnknown(forKey) {
    var part = fromTemplate("adres-live-onbekend");
    if (!part) return;
    live.textContent = "";
    live.appendChild(part);
    shownFor = forKey;
    // Not confirmed: sending it anyway stays a choice the intake asks for, with its own button.
    markConfirmed("");
  }

  function show(answer, forKey) {
    if (!answer || answer.register !== true || !Array.isArray(answer.addresses)) return;
    if (answer.question === "confirm" && answer.label && answer.confirm) showFound(answer.label, answer.confirm, forKey);
    else if (answer.question === "choose" && answer.addresses.length > 0) showChoice(answer, forKey);
    else if (answer.question === "unknown") showUnknown(forKey);
  }

  function lookUp() {
    timer = null;
    var asked = key();
    var query = new URLSearchParams();
    query.set("postcode", value(fields.postcode).trim());
    query.set("huisnummer", value(fields.huisnummer).trim());
    query.set("toevoeging", value(fields.toevoeging).trim());
    pending = new AbortController();
    // No cookies, no referrer: the intake needs neither, and the address is all it is told.
    fetch(endpoint + "?" + query.toString(), {
      signal: pending.signal,
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        if (asked === key()) show(answer, asked);
      })
      .catch(function () {
        // Offline, refused or aborted for newer typing: nothing to show; the round trip still works.
      });
  }

  function typed() {
    var now = key();
    if (now === shownFor) return;
    if (timer) clearTimeout(timer);
    if (pending) pending.abort();
    timer = null;
    pending = null;
    if (live.firstChild || shownFor) clear();
    // The intake's own question on this page was about the address as sent; it no longer holds.
    var asked = document.getElementById("adres-vraag");
    if (asked) asked.parentNode.removeChild(asked);
    if (POSTCODE.test(value(fields.postcode)) && NUMBER.test(value(fields.huisnummer))) {
      timer = setTimeout(lookUp, DELAY_MS);
    }
  }

  [fields.postcode, fields.huisnummer, fields.toevoeging].forEach(function (field) {
    if (field) field.addEventListener("input", typed);
  });
})();
