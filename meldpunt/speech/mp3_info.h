// What an MP3 holds, read from its frame headers: frames, samples, sample rate, mono or not, and so
// its length. For the duration shown beside the player of a cached file, and for the tests.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace nietpluis {

struct Mp3Info {
  std::size_t frames = 0;        // audio frames, the Info/Xing frame not counted
  std::size_t samples = 0;       // per channel
  int sample_rate = 0;
  bool mono = true;              // every frame is single channel
  double Seconds() const { return sample_rate > 0 ? static_cast<double>(samples) / sample_rate : 0.0; }
};

// Nothing when `mp3` is not a clean run of MPEG audio Layer III frames (an ID3v2 tag may come
// first): a cut-off or damaged file is not used.
std::optional<Mp3Info> ReadMp3Info(std::string_view mp3);

}  // namespace nietpluis
