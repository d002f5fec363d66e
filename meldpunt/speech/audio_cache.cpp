// The audio cache on disk, through Env.
#include "speech/audio_cache.h"

#include <openssl/evp.h>

#include <atomic>
#include <cstdio>
#include <sstream>
#include <thread>

#include "speech/mp3_encoder.h"
#include "speech/mp3_info.h"

namespace nietpluis {
namespace {

// Raise when the cached files' meaning changes (how pauses are made, the MP3 layout).
constexpr int kFormat = 1;

std::string Hex(const unsigned char* bytes, std::size_t count) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 15];
  }
  return out;
}

}  // namespace

std::filesystem::path AudioCache::FolderFor(const std::filesystem::path& out_dir) {
  std::filesystem::path target = out_dir.lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  const std::filesystem::path parent = target.parent_path().empty() ? "." : target.parent_path();
  return parent / ("." + target.filename().string() + ".voorlezen");
}

std::string AudioCache::KeyOf(std::string_view voice_identity, const PreparedSpeech& speech) {
  const std::string input = "nietpluis-voorlezen " + std::to_string(kFormat) + "\nmp3 " +
                            std::to_string(kMp3KilobitsPerSecond) + " kbit/s\n" + std::string(voice_identity) + "\n" +
                            speech.Text();
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha256(), nullptr);
  return Hex(digest, 16);
}

std::optional<CachedAudio> AudioCache::Find(const std::string& key, std::size_t lines) const {
  if (!enabled()) return std::nullopt;
  Result<std::string> starts = env_->ReadFile(StartsFileOf(key));
  if (!starts.ok()) return std::nullopt;
  CachedAudio audio;
  std::istringstream in(starts.value());
  for (int ms = 0; in >> ms;) audio.line_starts_ms.push_back(ms);
  if (audio.line_starts_ms.size() != lines) return std::nullopt;
  Result<std::string> mp3 = env_->ReadFile(FileOf(key));
  if (!mp3.ok() || !ReadMp3Info(mp3.value())) return std::nullopt;
  audio.mp3 = std::move(mp3).value();
  return audio;
}

Status AudioCache::WriteWhole(const std::filesystem::path& file, std::string_view bytes) const {
  // A name of this thread's own: two pages with the same text may store the same key at once.
  static std::atomic<unsigned> counter{0};
  const std::filesystem::path fresh = file.string() + ".nieuw" + std::to_string(counter++);
  if (Status written = env_->WriteFile(fresh, bytes); !written.ok()) return written;
  return env_->Rename(fresh, file);
}

Status AudioCache::Store(const std::string& key, std::string_view mp3, const std::vector<int>& line_starts_ms) const {
  if (!enabled()) return Status::Ok();
  if (Status made = env_->CreateDirectories(folder_); !made.ok()) return made;
  std::string starts;
  for (int ms : line_starts_ms) starts += std::to_string(ms) + "\n";
  if (Status written = WriteWhole(StartsFileOf(key), starts); !written.ok()) return written;
  return WriteWhole(FileOf(key), mp3);
}

Status AudioCache::Prune(const std::set<std::string>& keep) const {
  if (!enabled()) return Status::Ok();
  Result<std::vector<DirEntry>> entries = env_->ListDirectory(folder_);
  if (!entries.ok()) return Status::Ok();  // no folder yet: nothing to prune
  for (const DirEntry& entry : entries.value()) {
    const std::filesystem::path name(entry.name);
    if ((name.extension() == ".mp3" || name.extension() == ".tijden") && keep.count(name.stem().string())) continue;
    if (Status removed = env_->RemoveAll(folder_ / name); !removed.ok()) return removed;
  }
  return Status::Ok();
}

}  // namespace nietpluis
