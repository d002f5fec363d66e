// Follow along with "Lees voor" (docs/voorlezen.md): while the page's audio plays, the heading,
// paragraph or list item being read is marked, from the cues of the read-along track beside the
// audio (voorlezen.vtt, one cue per spoken line with the line's text as the page shows it). An
// enhancement only: without this script the player works the same. It holds no Dutch.
(function () {
  "use strict";
  var player = document.querySelector("audio.voorlezen-speler");
  var trackElement = player ? player.querySelector("track") : null;
  if (!player || !trackElement || !player.textTracks || player.textTracks.length === 0) return;
  var track = player.textTracks[0];
  track.mode = "hidden"; // cues and their events, never shown as captions
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, label, legend, td, th";
  var MARK = "voorlezen-nu";
  var elementOf = null; // cue -> element, made once the cues are there
  var marked = null;

  function plain(text) {
    return text.replace(/\s+/g, " ").trim();
  }

  // The page's blocks in the order the voice reads them: the main text, then the danger box.
  function blocksInReadingOrder() {
    var list = [];
    ["main", "aside.gevaar"].forEach(function (part) {
      document.querySelectorAll(part + " :is(" + BLOCKS + ")").forEach(function (element) {
        if (!element.closest(".voorlezen")) list.push(element);
      });
    });
    return list;
  }

  // Each cue to the next block, in order, that shows its text; a cue without one marks nothing.
  function matchCues() {
    var blocks = blocksInReadingOrder();
    var texts = blocks.map(function (element) {
      return plain(element.textContent);
    });
    var map = new Map();
    var next = 0;
    for (var i = 0; i < track.cues.length; i++) {
      var cue = track.cues[i];
      var wanted = plain(cue.text);
      for (var j = next; j < blocks.length; j++) {
        if (texts[j] === wanted) {
          map.set(cue, blocks[j]);
          next = j + 1;
          break;
        }
      }
    }
    return map;
  }

  function unmark() {
    if (marked) marked.classList.remove(MARK);
    marked = null;
  }

  function mark(element) {
    if (element === marked) return;
    unmark();
    if (!element) return;
    marked = element;
    element.classList.add(MARK);
    // Keep the part being read on the screen while it plays, without pulling a reader who scrolls away.
    var box = element.getBoundingClientRect();
    if (!player.paused && (box.top < 0 || box.bottom > window.innerHeight)) {
      var calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      element.scrollIntoView({ block: "center", behavior: calm ? "auto" : "smooth" });
    }
  }

  track.addEventListener("cuechange", function () {
    if (!track.cues || track.cues.length === 0) return;
    if (!elementOf || elementOf.size === 0) elementOf = matchCues();
    var active = track.activeCues;
    mark(active && active.length > 0 ? elementOf.get(active[0]) || null : null);
  });
  player.addEventListener("ended", unmark);
})();
