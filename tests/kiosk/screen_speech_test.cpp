// Tests of the kiosk's read-aloud with the real voice: every screen gets its own MP3 at start, the
// screens show the button only then, a restart takes the audio from the cache, and nothing a resident
// types can be in it; `status` says whether it works.
#include "screen_speech.h"

#include <catch2/catch.hpp>

#include <set>

#include "config/site_config.h"
#include "meldpunt/speech/mp3_decode.h"
#include "speech/html_speech.h"
#include "speech/pronunciations.h"
#include "test_support.h"

namespace nietpluis::kiosk {
namespace {

struct SpeechKiosk {
  explicit SpeechKiosk(bool on = true, KioskConfig::Mode mode = KioskConfig::Mode::kKiosk) {
    testing::WriteMinimalContent(dir.path());
    if (on) testing::WriteText(dir / "site.toml", testing::MinimalSiteToml() + "\n[voorlezen]\naan = true\n");
    Diagnostics diagnostics;
    config.site = LoadSiteConfig(dir.path(), &diagnostics);
    REQUIRE_FALSE(diagnostics.HasErrors());
    config.id = "proef-zuil";
    config.mode = mode;
    config.data_dir = dir / "data";
    Result<std::unique_ptr<KioskScreens>> loaded =
        KioskScreens::Load(config, testing::TemplatesDir(), Env::Default(), &diagnostics);
    REQUIRE(loaded.ok());
    screens = std::move(loaded).value();
  }
  ScreenAudioSummary Start() { return AddScreenAudio(config, *screens, testing::TemplatesDir(), &assets); }

  testing::TempDir dir;
  KioskConfig config;
  std::unique_ptr<KioskScreens> screens;
  AssetMap assets;
};

TEST_CASE("screen speech: every screen gets its own MP3 and its button, a restart reuses them", "[kiosk][speech]") {
  SpeechKiosk kiosk;
  CHECK(kiosk.screens->Render(ScreenView(KioskScreen::kStart)).find("data-voorlezen") == std::string::npos);
  const ScreenAudioSummary summary = kiosk.Start();
  INFO(summary.problem);
  REQUIRE(summary.on);
  CHECK(summary.screens == AllKioskScreens().size());
  CHECK(summary.made + summary.reused == AllKioskScreens().size());
  CHECK(DescribeScreenAudio(summary).rfind("voorlezen: " + std::to_string(summary.screens) + " schermen (", 0) == 0);
  std::set<std::string> sounds;
  for (KioskScreen screen : AllKioskScreens()) {
    const std::string file = "voorlezen/" + ScreenAudioName(screen) + ".mp3";
    INFO(file);
    REQUIRE(kiosk.assets.count(file) == 1);
    CHECK(kiosk.assets.at(file).content_type == "audio/mpeg");
    const testing::DecodedMp3 decoded = testing::DecodeMp3(kiosk.assets.at(file).body);
    REQUIRE(decoded.ok);
    CHECK(decoded.channels == 1);
    CHECK(decoded.Seconds() > 2);
    // Speech of a length that fits the screen's words: 0.25 to 0.8 s a word, pauses included.
    Diagnostics diagnostics;
    const Pronunciations list =
        LoadPronunciations(Env::Default(), PronunciationsFile(testing::TemplatesDir()), &diagnostics).value();
    const std::size_t words =
        PrepareSpeech(SpeechBlocksFromHtml(HtmlSection(kiosk.screens->Render(ScreenView(screen)), "<main", "</main>")), list)
            .WordCount();
    INFO(decoded.Seconds() << " s for " << words << " words");
    CHECK(decoded.Seconds() / static_cast<double>(words) > 0.25);
    CHECK(decoded.Seconds() / static_cast<double>(words) < 0.8);
    sounds.insert(kiosk.assets.at(file).body);
    // The screen now has the button, pointing at its own file.
    const std::string html = kiosk.screens->Render(ScreenView(screen));
    CHECK(html.find("data-voorlezen=\"assets/" + file + "\"") != std::string::npos);
  }
  // Each screen says something of its own.
  CHECK(sounds.size() == AllKioskScreens().size());
  CHECK(kiosk.assets.count("voorlezen.js") == 1);

  SpeechKiosk again;
  again.config.data_dir = kiosk.config.data_dir;
  const ScreenAudioSummary restart = again.Start();
  CHECK(restart.made == 0);
  CHECK(restart.reused == AllKioskScreens().size());
  CHECK(ScreenAudioStatus(kiosk.config) ==
        "Voorlezen: aan, " + std::to_string(AllKioskScreens().size()) + " geluidsbestanden voor de schermen\n");
}

TEST_CASE("screen speech: a screen's audio is made from the empty screen, never from what was typed", "[kiosk][speech]") {
  SpeechKiosk kiosk;
  REQUIRE(kiosk.Start().on);
  ReportForm typed;
  typed.postcode = "1012 AB";
  typed.text = "Geheime tekst";
  // The button of a screen with answers points at the same file as the empty screen's: the audio is
  // one file per screen, made at start.
  const std::string html = kiosk.screens->Render(ScreenView(KioskScreen::kReasons, typed));
  CHECK(html.find("data-voorlezen=\"assets/voorlezen/zorg.mp3\"") != std::string::npos);
  CHECK(html.find("Geheime tekst") != std::string::npos);  // on screen, yes
}

TEST_CASE("screen speech: off, or the public intake, adds nothing and shows no button", "[kiosk][speech]") {
  SpeechKiosk off(false);
  const ScreenAudioSummary summary = off.Start();
  CHECK(!summary.on);
  CHECK(summary.problem.empty());
  CHECK(off.assets.empty());
  CHECK(DescribeScreenAudio(summary) == "voorlezen: uit");
  CHECK(ScreenAudioStatus(off.config).empty());
  CHECK(off.screens->Render(ScreenView(KioskScreen::kStart)).find("data-voorlezen") == std::string::npos);

  SpeechKiosk intake(true, KioskConfig::Mode::kPublic);
  CHECK(!intake.Start().on);
  CHECK(intake.assets.empty());
}

TEST_CASE("screen speech: without its script the kiosk starts without audio and says why", "[kiosk][speech]") {
  SpeechKiosk kiosk;
  testing::TempDir templates;
  std::filesystem::copy(testing::TemplatesDir(), templates.path(), std::filesystem::copy_options::recursive);
  std::filesystem::remove(templates / "kiosk/voorlezen.js");
  const ScreenAudioSummary summary = AddScreenAudio(kiosk.config, *kiosk.screens, templates.path(), &kiosk.assets);
  CHECK(!summary.on);
  CHECK(summary.problem == (templates / "kiosk/voorlezen.js").string() + ": het script van de voorleesknop ontbreekt");
  CHECK(DescribeScreenAudio(summary) == "voorlezen werkt niet, de kiosk draait zonder: " + summary.problem);
  CHECK(kiosk.assets.empty());
  CHECK(kiosk.screens->Render(ScreenView(KioskScreen::kStart)).find("data-voorlezen") == std::string::npos);
  CHECK(ScreenAudioStatus(kiosk.config) ==
        "Voorlezen: aan, maar er is nog geen geluid; start de kiosk opnieuw en kijk in zijn log\n");
}

}  // namespace
}  // namespace nietpluis::kiosk
