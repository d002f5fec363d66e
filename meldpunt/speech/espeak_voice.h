// The Dutch voice of espeak-ng, through its C library, synthesising into memory. See
// docs/voorlezen.md for why these settings.
#pragma once

#include <memory>
#include <string>

#include "base/env.h"
#include "base/status.h"
#include "speech/voice.h"

namespace nietpluis {

struct EspeakSettings {
  std::string voice = "nl";  // espeak-ng's Dutch; its own default variant
  int words_per_minute = 135;  // espeak-ng's default is 175
  int pitch = 45;             // 0-100, espeak-ng's default 50
  int pitch_range = 50;       // 0-100: keep the normal rise and fall, it carries the sentence
  int word_gap_10ms = 1;      // an extra 10 ms between words
};

// espeak-ng keeps one engine per process: every EspeakVoice shares it, one Speak at a time.
class EspeakVoice : public Voice {
 public:
  // Starts the engine and chooses the voice; an error when the library or its Dutch data is missing.
  static Result<std::unique_ptr<EspeakVoice>> Create(const EspeakSettings& settings, Env* env);

  std::string Identity() const override { return identity_; }
  Result<Pcm> Speak(const PreparedSpeech& speech) override;

 private:
  EspeakVoice(EspeakSettings settings, std::string identity, int sample_rate)
      : settings_(std::move(settings)), identity_(std::move(identity)), sample_rate_(sample_rate) {}

  EspeakSettings settings_;
  std::string identity_;
  int sample_rate_;
};

}  // namespace nietpluis
