// Writing the WebVTT read-along track.
#include "site/read_along_track.h"

#include <algorithm>
#include <cstdio>

namespace nietpluis {
namespace {

std::string EscapeCue(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '\n' || c == '\r') {
      out += ' ';  // a blank line would end the cue
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string VttTime(int ms) {
  ms = std::max(ms, 0);
  char text[32];
  std::snprintf(text, sizeof text, "%02d:%02d:%02d.%03d", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
  return text;
}

std::string ReadAlongTrack(const PreparedSpeech& speech, const std::vector<int>& line_starts_ms, double seconds) {
  std::string track = "WEBVTT\n";
  const int total_ms = static_cast<int>(seconds * 1000 + 0.5);
  const std::size_t cues = std::min(speech.lines.size(), line_starts_ms.size());
  for (std::size_t i = 0; i < cues; ++i) {
    const int start = line_starts_ms[i];
    const int end = i + 1 < cues ? line_starts_ms[i + 1] : std::max(total_ms, start + 1);
    if (end <= start) continue;
    track += "\n" + std::to_string(i + 1) + "\n" + VttTime(start) + " --> " + VttTime(end) + "\n" +
             EscapeCue(speech.lines[i].shown) + "\n";
  }
  return track;
}

}  // namespace nietpluis
