// Spoken audio from earlier builds, one MP3 per prepared text, voice and settings, in a folder of our
// own beside the output (".site.voorlezen" beside "site", like the language cache), so a rebuild
// makes only the audio whose text changed.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "speech/speech_text.h"

namespace nietpluis {

// One text's stored audio and where each of its lines begins.
struct CachedAudio {
  std::string mp3;
  std::vector<int> line_starts_ms;
};

class AudioCache {
 public:
  // A cache that finds nothing and stores nothing.
  AudioCache() = default;
  AudioCache(Env* env, std::filesystem::path folder) : env_(env), folder_(std::move(folder)) {}

  // The cache folder of an output folder: beside it.
  static std::filesystem::path FolderFor(const std::filesystem::path& out_dir);
  // 32 hex digits of SHA-256 over what the audio depends on: the cache format, the voice with all
  // its settings and data (Voice::Identity), the MP3 settings and the prepared text with its pauses.
  static std::string KeyOf(std::string_view voice_identity, const PreparedSpeech& speech);

  bool enabled() const { return env_ != nullptr; }
  // The stored MP3 for `key` when it is there and whole, with the starts of its `lines` lines
  // (a cache without them, from an older build, is made again). Thread-safe.
  std::optional<CachedAudio> Find(const std::string& key, std::size_t lines) const;
  // Stores the line starts ("<key>.tijden"), then the MP3, each through a temporary file and a
  // rename, so a crash never leaves half a file under a key, nor an MP3 without its starts.
  Status Store(const std::string& key, std::string_view mp3, const std::vector<int>& line_starts_ms) const;
  // Removes the files of every key not in `keep`: audio of texts no page has any more.
  Status Prune(const std::set<std::string>& keep) const;

 private:
  std::filesystem::path FileOf(const std::string& key) const { return folder_ / (key + ".mp3"); }
  std::filesystem::path StartsFileOf(const std::string& key) const { return folder_ / (key + ".tijden"); }
  Status WriteWhole(const std::filesystem::path& file, std::string_view bytes) const;

  Env* env_ = nullptr;
  std::filesystem::path folder_;
};

}  // namespace nietpluis
