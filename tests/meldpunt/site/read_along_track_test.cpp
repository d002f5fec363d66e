// Tests of the read-along track: one WebVTT cue per spoken line, from its start to the next line's,
// holding the text as the page shows it, escaped.
#include "site/read_along_track.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("read-along track: one cue per line, to the next line's start or the audio's end, text as shown",
          "[speech]") {
  PreparedSpeech speech;
  speech.lines = {{"Wie helpt er?", kPauseAfterHeadingMs, "Wie helpt er?"},
                  {"Bel \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee.", kPauseAfterParagraphMs, "Bel 112 <nu> & snel"},
                  {"Wij gaan langs.", kPauseAfterListItemMs, "Wij gaan langs."}};
  CHECK(ReadAlongTrack(speech, {0, 1850, 62400}, 64.5) ==
        "WEBVTT\n"
        "\n1\n00:00:00.000 --> 00:00:01.850\nWie helpt er?\n"
        "\n2\n00:00:01.850 --> 00:01:02.400\nBel 112 &lt;nu&gt; &amp; snel\n"
        "\n3\n00:01:02.400 --> 00:01:04.500\nWij gaan langs.\n");
}

TEST_CASE("read-along track: times past an hour, and no cue for lines without a start", "[speech]") {
  CHECK(VttTime(0) == "00:00:00.000");
  CHECK(VttTime(3723456) == "01:02:03.456");
  PreparedSpeech speech;
  speech.lines = {{"Een.", 450, "Een"}, {"Twee.", 450, "Twee"}};
  CHECK(ReadAlongTrack(speech, {0}, 1.0) == "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nEen\n");
  CHECK(ReadAlongTrack(speech, {}, 1.0) == "WEBVTT\n");
}

}  // namespace
}  // namespace nietpluis
