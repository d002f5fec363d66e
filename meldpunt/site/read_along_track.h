// The read-along track beside a page's audio: a WebVTT file with one cue per spoken line, from where
// the line begins to where the next one does, holding the text as the page shows it. The page's
// script (templates/assets/meelezen.js) marks that text while it is read.
#pragma once

#include <string>
#include <vector>

#include "speech/speech_text.h"

namespace nietpluis {

// The track's file in each page's folder.
inline constexpr const char* kReadAlongTrackFile = "voorlezen.vtt";

// `line_starts_ms`: where each of `speech`'s lines begins; `seconds`: the audio's length. Cue text is
// escaped for WebVTT (&, <, >).
std::string ReadAlongTrack(const PreparedSpeech& speech, const std::vector<int>& line_starts_ms, double seconds);

// "00:01:02.345".
std::string VttTime(int ms);

}  // namespace nietpluis
