// MPEG audio frame headers (ISO 11172-3 and 13818-3), Layer III only.
#include "speech/mp3_info.h"

#include <cstdint>

namespace nietpluis {
namespace {

// kbit/s by bitrate index, for MPEG-1 and for MPEG-2/2.5 (Layer III).
constexpr int kBitratesV1[16] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
constexpr int kBitratesV2[16] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};
constexpr int kSampleRates[3] = {44100, 48000, 32000};  // MPEG-1; halved for 2, quartered for 2.5

std::uint8_t Byte(std::string_view data, std::size_t at) { return static_cast<std::uint8_t>(data[at]); }

// An ID3v2 tag's length, header included; 0 when there is none.
std::size_t Id3Length(std::string_view mp3) {
  if (mp3.size() < 10 || mp3.substr(0, 3) != "ID3") return 0;
  std::size_t size = 0;
  for (int i = 6; i < 10; ++i) size = (size << 7) | (Byte(mp3, i) & 0x7F);
  return 10 + size;
}

}  // namespace

std::optional<Mp3Info> ReadMp3Info(std::string_view mp3) {
  Mp3Info info;
  std::size_t at = Id3Length(mp3);
  bool first = true;
  while (at < mp3.size()) {
    if (mp3.size() - at < 4) return std::nullopt;
    const std::uint8_t b1 = Byte(mp3, at + 1), b2 = Byte(mp3, at + 2), b3 = Byte(mp3, at + 3);
    if (Byte(mp3, at) != 0xFF || (b1 & 0xE0) != 0xE0) return std::nullopt;
    const int version = (b1 >> 3) & 3;  // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
    const int layer = (b1 >> 1) & 3;    // 1: Layer III
    const int bitrate_index = b2 >> 4, rate_index = (b2 >> 2) & 3, padding = (b2 >> 1) & 1;
    if (version == 1 || layer != 1 || bitrate_index == 0 || bitrate_index == 15 || rate_index == 3) return std::nullopt;
    const bool v1 = version == 3;
    const int sample_rate = kSampleRates[rate_index] / (v1 ? 1 : version == 2 ? 2 : 4);
    const int bitrate = (v1 ? kBitratesV1 : kBitratesV2)[bitrate_index] * 1000;
    const std::size_t length = static_cast<std::size_t>((v1 ? 144 : 72) * bitrate / sample_rate + padding);
    if (length < 4 || mp3.size() - at < length) return std::nullopt;
    if (info.sample_rate != 0 && info.sample_rate != sample_rate) return std::nullopt;
    info.sample_rate = sample_rate;
    const bool frame_mono = (b3 >> 6) == 3;
    const std::string_view frame = mp3.substr(at, length);
    // The Info (constant rate) or Xing (variable rate) frame at the start holds no sound.
    const bool tag_frame = first && (frame.find("Info") != std::string_view::npos || frame.find("Xing") != std::string_view::npos);
    if (!tag_frame) {
      info.mono = info.mono && frame_mono;
      ++info.frames;
      info.samples += v1 ? 1152 : 576;
    }
    first = false;
    at += length;
  }
  if (info.frames == 0) return std::nullopt;
  return info;
}

}  // namespace nietpluis
