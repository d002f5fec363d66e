// Speech as MP3, in memory, through LAME: the format every browser plays (Chromium, Firefox, Safari
// on iOS). Mono at a constant bit rate, so a player knows the length from the file's size at once.
#pragma once

#include <string>

#include "base/status.h"
#include "speech/voice.h"

namespace nietpluis {

// 40 kbit/s mono at the voice's own rate (22,050 Hz for espeak-ng) is clear speech at 5 kB a second.
constexpr int kMp3KilobitsPerSecond = 40;

Result<std::string> EncodeMp3(const Pcm& pcm);

}  // namespace nietpluis
