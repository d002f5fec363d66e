// The read-aloud part of a build.
#include "site/build_speech.h"

#include "site/page_speech.h"
#include "site/read_along_track.h"
#include "speech/html_speech.h"
#include "speech/speech_text.h"

namespace nietpluis {

void BuildSpeech::Start(const SiteConfig& config, Diagnostics* diagnostics) {
  if (!options_.read_aloud || !config.read_aloud.on) return;
  Result<Pronunciations> list =
      LoadPronunciations(options_.env, PronunciationsFile(options_.templates_dir), diagnostics);
  if (!list.ok()) return;  // the error is in `diagnostics`
  pronunciations_ = std::move(list).value();
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, options_.env);
  if (!voice.ok()) {
    const Diagnostic& error = voice.error();
    diagnostics->Add(Warning((options_.content_dir / "site.toml").string(), 0,
                             "voorlezen staat aan, maar " + error.problem + "; de pagina's krijgen geen voorleesknop",
                             error.remedy));
    return;
  }
  voice_ = std::move(voice).value();
  maker_ = std::make_unique<AudioMaker>(*voice_, AudioCache(options_.env, AudioCache::FolderFor(options_.out_dir)));
}

std::optional<PageAudio> BuildSpeech::AudioFor(const Page& page, std::string_view generated_html,
                                              std::string_view page_html, StagedOutput& output) {
  if (!enabled()) return std::nullopt;
  // The title alone is no text to read.
  if (PageSpeechBlocks(page, generated_html, {}).size() < 2) return std::nullopt;
  std::vector<SpeechBlock> blocks =
      PageSpeechBlocks(page, generated_html, HtmlSection(page_html, "<aside class=\"gevaar", "</aside>"));
  const PreparedSpeech speech = PrepareSpeech(blocks, pronunciations_);
  Result<SpokenAudio> audio = maker_->Make(speech);
  if (!audio.ok()) {
    std::lock_guard<std::mutex> lock(warnings_mutex_);
    warnings_.Add(Warning(page.Where(), 0,
                          "het voorlezen van deze pagina lukte niet (" + audio.error().problem +
                              "); de pagina krijgt geen voorleesknop",
                          audio.error().remedy));
    return std::nullopt;
  }
  // A disk that refuses the file refuses the pages too: that is an error, like theirs.
  const SpokenAudio& spoken = audio.value();
  Status written = output.Write(page.UrlPath() + kPageAudioFile, spoken.mp3);
  if (written.ok()) {
    written = output.Write(page.UrlPath() + kReadAlongTrackFile,
                           ReadAlongTrack(speech, spoken.line_starts_ms, spoken.seconds));
  }
  if (!written.ok()) {
    std::lock_guard<std::mutex> lock(warnings_mutex_);
    warnings_.Add(written);
    return std::nullopt;
  }
  return PageAudio{kPageAudioFile, kReadAlongTrackFile, spoken.seconds};
}

void BuildSpeech::TakeWarnings(Diagnostics* diagnostics) {
  std::lock_guard<std::mutex> lock(warnings_mutex_);
  diagnostics->Append(warnings_);
  warnings_ = Diagnostics();
}

void BuildSpeech::PruneCache() {
  if (enabled()) maker_->cache().Prune(maker_->used_keys());
}

}  // namespace nietpluis
