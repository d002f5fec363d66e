// A voice that turns prepared text into sound: the interface callers use, so another engine or
// voice can be added without touching them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "speech/speech_text.h"

namespace nietpluis {

// Mono 16-bit samples.
struct Pcm {
  std::vector<std::int16_t> samples;
  int sample_rate = 0;
  std::vector<int> line_starts_ms;  // where each line of the PreparedSpeech begins
  double Seconds() const { return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
};

class Voice {
 public:
  virtual ~Voice() = default;
  // Everything the sound depends on besides the text (engine and its version, its data, voice and
  // settings), so the audio cache never takes one voice's sound for another's.
  virtual std::string Identity() const = 0;
  // Says every line with its pause after it, noting where each line begins. May be called from
  // several threads at once.
  virtual Result<Pcm> Speak(const PreparedSpeech& speech) = 0;
};

}  // namespace nietpluis
