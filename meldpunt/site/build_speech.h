// Read-aloud as one build runs it (docs/voorlezen.md): the pronunciation list and the voice, one MP3
// per page made from what the page shows (the text the language check reads, the part a template
// adds, then the danger box), through the audio
// cache beside the output, and the values of the page's "Lees voor" player.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "config/site_config.h"
#include "content/page.h"
#include "site/site_builder.h"
#include "site/staged_output.h"
#include "speech/audio_maker.h"
#include "speech/espeak_voice.h"
#include "speech/pronunciations.h"

namespace nietpluis {

// The player's values: the file beside the page and its length.
struct PageAudio {
  std::string file;  // relative to the page: "voorlezen.mp3"
  std::string track;  // the read-along track beside it: "voorlezen.vtt"
  double seconds = 0;
};

// The audio file's name in each page's folder.
inline constexpr const char* kPageAudioFile = "voorlezen.mp3";

// Does nothing unless [voorlezen] aan = true and BuildOptions::read_aloud. Methods in call order.
class BuildSpeech {
 public:
  explicit BuildSpeech(const BuildOptions& options) : options_(options) {}
  BuildSpeech(const BuildSpeech&) = delete;
  BuildSpeech& operator=(const BuildSpeech&) = delete;

  // Reads the pronunciation list (a broken list is an error) and starts the voice (an engine that
  // does not start is a warning: the site is built without players).
  void Start(const SiteConfig& config, Diagnostics* diagnostics);
  bool enabled() const { return maker_ != nullptr; }

  // The audio of one page, written beside the page: the text the language check read (kept in
  // `page.text`), then `generated_html`, the part a template added, then the danger box from
  // `page_html`, the page as rendered without a player (site/page_speech.h). Nothing for a page with
  // no text of its own, or when the voice failed (a warning). Thread-safe.
  std::optional<PageAudio> AudioFor(const Page& page, std::string_view generated_html, std::string_view page_html,
                                    StagedOutput& output);

  // The warnings of AudioFor, and the errors of writing its files.
  void TakeWarnings(Diagnostics* diagnostics);
  // After the new site is in place: removes cached audio that no page uses any more.
  void PruneCache();

  std::size_t made() const { return maker_ ? maker_->made() : 0; }
  std::size_t reused() const { return maker_ ? maker_->reused() : 0; }
  double seconds_spoken() const { return maker_ ? maker_->seconds_spoken() : 0; }

 private:
  const BuildOptions& options_;
  Pronunciations pronunciations_;
  std::unique_ptr<EspeakVoice> voice_;
  std::unique_ptr<AudioMaker> maker_;
  std::mutex warnings_mutex_;
  Diagnostics warnings_;
};

}  // namespace nietpluis
