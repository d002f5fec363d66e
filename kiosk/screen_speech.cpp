// Making the screens' audio at start.
#include "screen_speech.h"

#include <vector>

#include "base/media_type.h"
#include "speech/audio_maker.h"
#include "speech/espeak_voice.h"
#include "speech/html_speech.h"
#include "speech/pronunciations.h"

namespace nietpluis::kiosk {
namespace {

// The screen as a resident first sees it: no answers, so nothing typed can be in its audio.
PreparedSpeech ScreenSpeech(KioskScreens& screens, KioskScreen screen, const Pronunciations& pronunciations) {
  const std::string html = screens.Render(ScreenView(screen));
  return PrepareSpeech(SpeechBlocksFromHtml(HtmlSection(html, "<main", "</main>")), pronunciations);
}

}  // namespace

std::filesystem::path ScreenAudioCache(const KioskConfig& config) { return config.data_dir / "voorlezen"; }

ScreenAudioSummary AddScreenAudio(const KioskConfig& config, KioskScreens& screens,
                                  const std::filesystem::path& templates_dir, AssetMap* assets) {
  ScreenAudioSummary summary;
  if (config.mode != KioskConfig::Mode::kKiosk || !config.site.read_aloud.on) return summary;
  Diagnostics diagnostics;
  Result<Pronunciations> pronunciations =
      LoadPronunciations(Env::Default(), PronunciationsFile(templates_dir), &diagnostics);
  if (!pronunciations.ok()) {
    summary.problem = pronunciations.error().ToString();
    return summary;
  }
  const std::filesystem::path script = templates_dir / "kiosk" / "voorlezen.js";
  Result<std::string> script_body = Env::Default()->ReadFile(script);
  if (!script_body.ok()) {
    summary.problem = script.string() + ": het script van de voorleesknop ontbreekt";
    return summary;
  }
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  if (!voice.ok()) {
    summary.problem = voice.error().ToString();
    return summary;
  }
  AudioMaker maker(*voice.value(), AudioCache(Env::Default(), ScreenAudioCache(config)));
  AssetMap made;
  for (KioskScreen screen : AllKioskScreens()) {
    Result<SpokenAudio> audio = maker.Make(ScreenSpeech(screens, screen, pronunciations.value()));
    if (!audio.ok()) {
      summary.problem = audio.error().ToString();
      return summary;
    }
    made["voorlezen/" + ScreenAudioName(screen) + ".mp3"] = Asset{MediaType("x.mp3"), std::move(audio.value().mp3)};
  }
  maker.cache().Prune(maker.used_keys());
  made["voorlezen.js"] = Asset{MediaType(script), std::move(script_body).value()};
  assets->merge(made);
  screens.SetReadAloud(true);
  summary.on = true;
  summary.screens = AllKioskScreens().size();
  summary.made = maker.made();
  summary.reused = maker.reused();
  return summary;
}

std::string ScreenAudioStatus(const KioskConfig& config) {
  if (config.mode != KioskConfig::Mode::kKiosk || !config.site.read_aloud.on) return "";
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  if (!voice.ok()) return "Voorlezen: werkt niet, de schermen hebben geen voorleesknop: " + voice.error().ToString() + "\n";
  std::size_t files = 0;
  Result<std::vector<DirEntry>> cached = Env::Default()->ListDirectory(ScreenAudioCache(config));
  if (cached.ok()) {
    for (const DirEntry& entry : cached.value()) files += std::filesystem::path(entry.name).extension() == ".mp3";
  }
  // Screens with the same words share a file, so the count can be below the number of screens.
  if (files == 0) return "Voorlezen: aan, maar er is nog geen geluid; start de kiosk opnieuw en kijk in zijn log\n";
  return "Voorlezen: aan, " + std::to_string(files) + " geluidsbestanden voor de schermen\n";
}

std::string DescribeScreenAudio(const ScreenAudioSummary& summary) {
  if (summary.on) {
    return "voorlezen: " + std::to_string(summary.screens) + " schermen (" + std::to_string(summary.made) +
           " gemaakt, " + std::to_string(summary.reused) + " uit de cache)";
  }
  if (!summary.problem.empty()) return "voorlezen werkt niet, de kiosk draait zonder: " + summary.problem;
  return "voorlezen: uit";
}

}  // namespace nietpluis::kiosk
