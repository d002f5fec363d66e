// Measures read-aloud: the example site built with audio off and on, with an empty and a warm audio
// cache, and how many seconds of speech the voice and the MP3 encoder make per second on this machine.
// Usage: read_aloud_speed [CONTENT_DIR] (default: the source tree's content/)
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <vector>

#include "base/parallel.h"
#include "site/site_builder.h"
#include "speech/espeak_voice.h"
#include "speech/mp3_encoder.h"

namespace {

using Steady = std::chrono::steady_clock;
double Since(Steady::time_point start) { return std::chrono::duration<double>(Steady::now() - start).count(); }

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

struct Run {
  double seconds = 0;
  nietpluis::BuildSummary summary;
};

Run Build(const std::filesystem::path& content, const std::filesystem::path& out, bool audio) {
  nietpluis::BuildOptions options;
  options.content_dir = content;
  options.out_dir = out;
  options.templates_dir = std::filesystem::path(NIETPLUIS_SOURCE_DIR) / "templates";
  options.read_aloud = audio;
  const Steady::time_point start = Steady::now();
  Run run;
  run.summary = nietpluis::BuildSite(options);
  run.seconds = Since(start);
  if (!run.summary.written) std::cerr << "build failed\n";
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace nietpluis;
  const std::filesystem::path content = argc > 1 ? argv[1] : std::filesystem::path(NIETPLUIS_SOURCE_DIR) / "content";
  const std::filesystem::path work = std::filesystem::temp_directory_path() / "nietpluis-read-aloud-speed";
  std::filesystem::remove_all(work);
  constexpr int kRuns = 3;
  std::vector<double> off_cold, on_cold, on_warm, off_warm;
  Run last_cold, last_warm;
  for (int run = 0; run < kRuns; ++run) {
    // Cold: a fresh output folder, so neither the language cache nor the audio cache has anything.
    const std::filesystem::path off = work / ("uit-" + std::to_string(run)) / "site";
    const std::filesystem::path on = work / ("aan-" + std::to_string(run)) / "site";
    off_cold.push_back(Build(content, off, false).seconds);
    last_cold = Build(content, on, true);
    on_cold.push_back(last_cold.seconds);
    last_warm = Build(content, on, true);
    on_warm.push_back(last_warm.seconds);
    off_warm.push_back(Build(content, off, false).seconds);
  }
  std::cout << std::fixed << std::setprecision(3) << "example site, " << last_cold.summary.pages << " pages, "
            << WorkerCount() << " threads, median of " << kRuns << " runs\n"
            << "  audio off, cold:           " << Median(off_cold) << " s\n"
            << "  audio on,  cold (no cache): " << Median(on_cold) << " s  (" << last_cold.summary.audio_made
            << " MP3s made, " << last_cold.summary.audio_seconds_spoken << " s of speech)  = "
            << Median(on_cold) / Median(off_cold) << "x audio off\n"
            << "  audio off, warm:           " << Median(off_warm) << " s\n"
            << "  audio on,  warm (cache):   " << Median(on_warm) << " s  (" << last_warm.summary.audio_made
            << " made, " << last_warm.summary.audio_reused << " from the cache)  = "
            << Median(on_warm) / Median(off_warm) << "x audio off\n"
            << "  audio's cost in a cold build: " << Median(on_cold) - Median(off_cold) << " s = "
            << last_cold.summary.audio_seconds_spoken / std::max(1e-9, Median(on_cold) - Median(off_cold))
            << " s of speech per second of build time\n";

  // The voice and the encoder alone, on one thread: a page of text said 5 times.
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  if (!voice.ok()) {
    std::cerr << voice.error().ToString() << "\n";
    return 1;
  }
  std::vector<SpeechBlock> blocks;
  for (int i = 0; i < 5; ++i) {
    blocks.push_back({SpeechBlockKind::kHeading, "Wat is niet pluis?"});
    blocks.push_back({SpeechBlockKind::kParagraph,
                      "Gaat het niet goed met een buurman, buurvrouw of iemand anders? Vertel het ons. Een medewerker "
                      "uit de buurt gaat dan langs voor een gewoon gesprek. Bel 0800 1234 of kijk op de website."});
    blocks.push_back({SpeechBlockKind::kListItem, "Iemand komt niet meer buiten."});
  }
  const PreparedSpeech speech = PrepareSpeech(blocks, Pronunciations());
  Steady::time_point start = Steady::now();
  const Pcm pcm = voice.value()->Speak(speech).value();
  const double speak = Since(start);
  start = Steady::now();
  const std::string mp3 = EncodeMp3(pcm).value();
  const double encode = Since(start);
  std::cout << "  voice: " << pcm.Seconds() << " s of speech in " << speak << " s = " << pcm.Seconds() / speak
            << " s/s; MP3: " << encode << " s = " << pcm.Seconds() / encode << " s/s, " << mp3.size() / 1024
            << " KiB; together " << pcm.Seconds() / (speak + encode) << " s of audio per second on one thread\n";
  std::filesystem::remove_all(work);
  return 0;
}
