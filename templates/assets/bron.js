// Copies the campaign tag of a poster's QR code (?bron=...) from the address into the report form,
// so the meldpunt can count reports per placement. Nothing else is read, and nothing is stored.
(function () {
  "use strict";
  var match = /[?&]bron=([a-z0-9-]{1,40})(?:&|$)/.exec(window.location.search);
  var form = document.querySelector("form.meldformulier");
  if (!match || !form || form.querySelector("input[name=bron]")) {
    return;
  }
  var field = document.createElement("input");
  field.type = "hidden";
  field.name = "bron";
  field.value = match[1];
  form.appendChild(field);
})();
