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
  if (std::optional<std::string> cached = cache_.Find(key)) {
    const double seconds = ReadMp3Info(*cached)->Seconds();
    ++reused_;
    return SpokenAudio{std::move(*cached), seconds, true};
  }
  Result<Pcm> pcm = voice_.Speak(speech);
  if (!pcm.ok()) return pcm.error();
  Result<std::string> mp3 = EncodeMp3(pcm.value());
  if (!mp3.ok()) return mp3.error();
  const std::optional<Mp3Info> info = ReadMp3Info(mp3.value());
  if (!info) return Error("LAME", 0, "de MP3-maker gaf een bestand dat niet klopt", "meld dit bij de ontwikkelaars");
  cache_.Store(key, mp3.value());
  ++made_;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    seconds_spoken_ += pcm.value().Seconds();
  }
  return SpokenAudio{std::move(mp3).value(), info->Seconds(), false};
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
