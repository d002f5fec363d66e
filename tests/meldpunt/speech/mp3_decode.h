// Decoding MP3 in the read-aloud tests with libmpg123, a real decoder: what a player would get.
#pragma once

#include <mpg123.h>

#include <string>
#include <vector>

namespace nietpluis::testing {

struct DecodedMp3 {
  bool ok = false;
  long rate = 0;
  int channels = 0;
  std::size_t samples = 0;  // per channel
  double Seconds() const { return rate > 0 ? static_cast<double>(samples) / rate : 0.0; }
};

// Feeds the whole file to mpg123 and counts the samples it gives back.
inline DecodedMp3 DecodeMp3(const std::string& mp3) {
  DecodedMp3 result;
  mpg123_handle* handle = mpg123_new(nullptr, nullptr);
  if (handle == nullptr || mpg123_open_feed(handle) != MPG123_OK) return result;
  std::vector<unsigned char> out(1 << 16);
  std::size_t bytes = 0;
  int status = mpg123_decode(handle, reinterpret_cast<const unsigned char*>(mp3.data()), mp3.size(), out.data(),
                             out.size(), &bytes);
  std::size_t total = 0;
  while (true) {
    if (status == MPG123_NEW_FORMAT) {
      int encoding = 0;
      mpg123_getformat(handle, &result.rate, &result.channels, &encoding);
    } else if (status == MPG123_ERR) {
      mpg123_delete(handle);
      return result;
    }
    total += bytes;
    if (status == MPG123_NEED_MORE) break;
    status = mpg123_decode(handle, nullptr, 0, out.data(), out.size(), &bytes);
  }
  mpg123_delete(handle);
  if (result.channels > 0) {
    result.samples = total / 2 / static_cast<std::size_t>(result.channels);
    result.ok = result.samples > 0;
  }
  return result;
}

}  // namespace nietpluis::testing
