// The kiosk's "Lees voor" button: plays this screen's audio, made by the kiosk when it started; a
// second tap stops it. Leaving the screen stops it too. Volume is the system's.
(function () {
  "use strict";

  var button = document.querySelector("[data-voorlezen]");
  if (!button) {
    return;
  }
  var label = button.querySelector(".knop-voorlezen-tekst");
  var readText = label.textContent;
  var stopText = button.getAttribute("data-tekst-stop");
  var audio = new Audio(button.getAttribute("data-voorlezen"));
  audio.preload = "auto";

  function showPlaying(playing) {
    label.textContent = playing ? stopText : readText;
    button.classList.toggle("speelt", playing);
  }

  function stop() {
    audio.pause();
    audio.currentTime = 0;
    showPlaying(false);
  }

  button.addEventListener("click", function () {
    if (!audio.paused) {
      stop();
      return;
    }
    showPlaying(true);
    var started = audio.play();
    if (started && started.catch) {
      started.catch(function () {
        showPlaying(false);
      });
    }
  });
  audio.addEventListener("ended", function () {
    showPlaying(false);
  });
  // Moving on (a form posted, a link followed, the idle reset) ends the reading with the screen.
  window.addEventListener("pagehide", stop);
  document.addEventListener("submit", stop);
  button.hidden = false;
})();
