// Prepared text to MP3: from the cache when it was made before, else spoken by the voice, encoded and
// stored. Counts what it made and reused, for the build's summary, the benchmark and the tests.
#pragma once

#include <atomic>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "speech/audio_cache.h"
#include "speech/voice.h"

namespace nietpluis {

struct SpokenAudio {
  std::string mp3;
  double seconds = 0;  // from the MP3's own frames
  bool from_cache = false;
  std::vector<int> line_starts_ms;  // where each spoken line begins
};

class AudioMaker {
 public:
  AudioMaker(Voice& voice, AudioCache cache) : voice_(voice), cache_(std::move(cache)) {}

  // Thread-safe. A failure to store in the cache is not an error: the cache is only a shortcut.
  Result<SpokenAudio> Make(const PreparedSpeech& speech);

  std::size_t made() const { return made_; }
  std::size_t reused() const { return reused_; }
  // Seconds of audio the voice spoke (not those from the cache).
  double seconds_spoken() const;
  // The cache keys used since the start, to keep when the cache is pruned.
  std::set<std::string> used_keys() const;
  const AudioCache& cache() const { return cache_; }

 private:
  Voice& voice_;
  const AudioCache cache_;
  std::atomic<std::size_t> made_{0}, reused_{0};
  mutable std::mutex mutex_;
  std::set<std::string> used_;
  double seconds_spoken_ = 0;
};

}  // namespace nietpluis
