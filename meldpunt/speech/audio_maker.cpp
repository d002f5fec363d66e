// Making or reusing one text's audio.
#include "speech/audio_maker.h"

#include "speech/mp3_encoder.h"
#include "speech/mp3_info.h"

namespace nietpluis {

Result<SpokenAudio> AudioMaker::Make(const PreparedSpeech& speech) {
  const std::string key = AudioCache::KeyOf(voice_.Identity(), speech);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    used_.insert(key);
  }
  if (std::optional<CachedAudio> cached = cache_.Find(key, speech.lines.size())) {
    const double seconds = ReadMp3Info(cached->mp3)->Seconds();
    ++reused_;
    return SpokenAudio{std::move(cached->mp3), seconds, true, std::move(cached->line_starts_ms)};
  }
  Result<Pcm> pcm = voice_.Speak(speech);
  if (!pcm.ok()) return pcm.error();
  Result<std::string> mp3 = EncodeMp3(pcm.value());
  if (!mp3.ok()) return mp3.error();
  const std::optional<Mp3Info> info = ReadMp3Info(mp3.value());
  if (!info) return Error("LAME", 0, "de MP3-maker gaf een bestand dat niet klopt", "meld dit bij de ontwikkelaars");
  cache_.Store(key, mp3.value(), pcm.value().line_starts_ms);
  ++made_;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    seconds_spoken_ += pcm.value().Seconds();
  }
  return SpokenAudio{std::move(mp3).value(), info->Seconds(), false, pcm.value().line_starts_ms};
}

double AudioMaker::seconds_spoken() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return seconds_spoken_;
}

std::set<std::string> AudioMaker::used_keys() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return used_;
}

}  // namespace nietpluis
