// LAME in memory: one encoder per call, so calls on several threads do not share state.
#include "speech/mp3_encoder.h"

#include <lame/lame.h>

#include <memory>
#include <vector>

namespace nietpluis {
namespace {

struct LameCloser {
  void operator()(lame_global_flags* flags) const { lame_close(flags); }
};

Diagnostic EncoderError(const std::string& problem) {
  return Error("LAME", 0, problem, "installeer het Debian-pakket libmp3lame0 opnieuw");
}

}  // namespace

Result<std::string> EncodeMp3(const Pcm& pcm) {
  if (pcm.sample_rate <= 0) return EncoderError("geluid zonder samplefrequentie");
  std::unique_ptr<lame_global_flags, LameCloser> lame(lame_init());
  if (!lame) return EncoderError("de MP3-maker start niet");
  lame_set_num_channels(lame.get(), 1);
  lame_set_mode(lame.get(), MONO);
  lame_set_in_samplerate(lame.get(), pcm.sample_rate);
  lame_set_out_samplerate(lame.get(), pcm.sample_rate);
  lame_set_brate(lame.get(), kMp3KilobitsPerSecond);
  lame_set_VBR(lame.get(), vbr_off);
  lame_set_quality(lame.get(), 7);
  // No Xing/Info frame: LAME 3.100 writes none at a constant rate at these settings, and a player
  // reads a constant-rate file's length from its size.
  lame_set_bWriteVbrTag(lame.get(), 0);
  if (lame_init_params(lame.get()) < 0) return EncoderError("de MP3-instellingen worden niet aangenomen");

  std::string mp3;
  constexpr int kChunk = 8192;
  std::vector<unsigned char> buffer(kChunk * 5 / 4 + 7200);
  for (std::size_t at = 0; at < pcm.samples.size(); at += kChunk) {
    const int count = static_cast<int>(std::min<std::size_t>(kChunk, pcm.samples.size() - at));
    // LAME's input is not const, but it does not write to it.
    short* samples = const_cast<short*>(pcm.samples.data() + at);
    const int bytes = lame_encode_buffer(lame.get(), samples, samples, count, buffer.data(), static_cast<int>(buffer.size()));
    if (bytes < 0) return EncoderError("de MP3-maker faalde met code " + std::to_string(bytes));
    mp3.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(bytes));
  }
  const int tail = lame_encode_flush(lame.get(), buffer.data(), static_cast<int>(buffer.size()));
  if (tail < 0) return EncoderError("de MP3-maker faalde met code " + std::to_string(tail));
  mp3.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(tail));
  return mp3;
}

}  // namespace nietpluis
