// Tests of read-aloud in the site build with the real voice: every page with text gets its MP3 and
// player, a rebuild takes the audio from the cache, a changed page alone is spoken again.
#include "site/build_speech.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "meldpunt/speech/mp3_decode.h"
#include "site/page_speech.h"
#include "speech/audio_cache.h"
#include "speech/espeak_voice.h"
#include "speech/html_speech.h"
#include "speech/mp3_info.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::ReadText;
using testing::WriteText;

struct SpeechFixture {
  testing::TempDir dir;
  BuildOptions options;

  SpeechFixture() {
    testing::WriteMinimalContent(dir / "content");
    WriteText(dir / "content/site.toml", testing::MinimalSiteToml() + "\n[voorlezen]\naan = true\n");
    options.content_dir = dir / "content";
    options.out_dir = dir / "site";
    options.templates_dir = testing::TemplatesDir();
    options.check_language = false;
  }
  std::string Out(const std::string& file) const { return ReadText(dir / ("site/" + file)); }
  // The MP3s in the cache; each has its line starts beside it.
  std::size_t CachedFiles() const {
    std::size_t mp3 = 0, starts = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir / ".site.voorlezen")) {
      if (entry.path().extension() == ".mp3") ++mp3;
      if (entry.path().extension() == ".tijden") ++starts;
    }
    CHECK(starts == mp3);
    return mp3;
  }
};

// The page's words as the voice says them: its main text without the player, then the danger box.
std::size_t SpokenWords(const std::string& html) {
  const std::string without_player = std::regex_replace(html, std::regex("<div class=\"voorlezen\">[\\s\\S]*?</div>"), "");
  std::vector<SpeechBlock> blocks = SpeechBlocksFromHtml(HtmlSection(without_player, "<main", "</main>"));
  for (SpeechBlock& block : SpeechBlocksFromHtml(HtmlSection(without_player, "<aside class=\"gevaar", "</aside>"))) {
    blocks.push_back(block);
  }
  return PrepareSpeech(blocks, Pronunciations()).WordCount();
}

TEST_CASE("read aloud: every page with text gets an MP3 that decodes, fits its words and has a player", "[build][speech]") {
  SpeechFixture f;
  const BuildSummary summary = BuildSite(f.options);
  for (const std::string& message : testing::Messages(summary.diagnostics, f.dir.path())) INFO(message);
  REQUIRE(summary.written);
  CHECK(summary.diagnostics.all().empty());
  // Four content pages and four generated ones (melden, privacy, toegankelijkheid, kiosk-locaties).
  CHECK(summary.audio_made == 8);
  for (const std::string page : {"", "over/", "hoe-meld-ik/", "iemand-anders-bellen/", "privacy/", "melden/"}) {
    INFO("page /" << page);
    const std::string html = f.Out(page + "index.html");
    CHECK(html.find("<audio class=\"voorlezen-speler\" controls preload=\"none\" src=\"voorlezen.mp3\" "
                    "aria-labelledby=\"voorlezen-uitleg\">") != std::string::npos);
    CHECK(html.find("<strong>Lees voor:</strong>") != std::string::npos);
    // Under the title, before the page's own text.
    CHECK(html.find("class=\"voorlezen\"") > html.find("<h1>"));
    const std::string mp3 = f.Out(page + "voorlezen.mp3");
    const testing::DecodedMp3 decoded = testing::DecodeMp3(mp3);
    REQUIRE(decoded.ok);
    CHECK(decoded.channels == 1);
    const double per_word = decoded.Seconds() / static_cast<double>(SpokenWords(html));
    INFO(decoded.Seconds() << " s for " << SpokenWords(html) << " words");
    CHECK(per_word > 0.25);
    CHECK(per_word < 0.8);
    // The read-along track: a cue for every spoken line, in order, the last ending with the audio.
    CHECK(html.find("<track kind=\"metadata\" src=\"voorlezen.vtt\" srclang=\"nl\">") != std::string::npos);
    CHECK(html.find("<script src=\"" + std::string(page.empty() ? "" : "../") + "assets/meelezen.js\" defer></script>") !=
          std::string::npos);
    const std::string track = f.Out(page + "voorlezen.vtt");
    CHECK(track.rfind("WEBVTT\n", 0) == 0);
    const std::regex cue_times("(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})");
    std::vector<std::pair<int, int>> cues;
    for (auto it = std::sregex_iterator(track.begin(), track.end(), cue_times); it != std::sregex_iterator(); ++it) {
      auto ms = [&](int first) {
        return std::stoi((*it)[first]) * 3600000 + std::stoi((*it)[first + 1]) * 60000 +
               std::stoi((*it)[first + 2]) * 1000 + std::stoi((*it)[first + 3]);
      };
      cues.emplace_back(ms(1), ms(5));
    }
    REQUIRE(cues.size() >= 3);
    CHECK(cues.front().first == 0);
    for (std::size_t c = 1; c < cues.size(); ++c) CHECK(cues[c].first == cues[c - 1].second);
    CHECK(std::abs(cues.back().second - decoded.Seconds() * 1000) < 300);
    // The length shown is the file's own, as a machine reads it.
    const int seconds = static_cast<int>(ReadMp3Info(mp3)->Seconds() + 0.5);
    CHECK(html.find("datetime=\"PT" + std::to_string(seconds / 60) + "M" + std::to_string(seconds % 60) + "S\"") !=
          std::string::npos);
  }
  CHECK(f.Out("404.html").find("voorlezen") == std::string::npos);
  CHECK(f.CachedFiles() == 8);
}

TEST_CASE("read aloud: a rebuild takes all audio from the cache, a changed page alone is spoken again", "[build][speech]") {
  SpeechFixture f;
  REQUIRE(BuildSite(f.options).written);
  const std::string before = f.Out("over/voorlezen.mp3");
  const BuildSummary again = BuildSite(f.options);
  REQUIRE(again.written);
  CHECK(again.audio_made == 0);
  CHECK(again.audio_reused == 8);
  CHECK(f.Out("over/voorlezen.mp3") == before);

  WriteText(f.dir / "content/pages/over.md",
            "---\ntitle: Over ons\ndescription: Wie wij zijn.\nmenu: 2\n---\n## Wie zijn wij?\n\nWij zijn de GGD. "
            "Terug naar [start](/).\n");
  const BuildSummary changed = BuildSite(f.options);
  REQUIRE(changed.written);
  CHECK(changed.audio_made == 1);
  CHECK(changed.audio_reused == 7);
  CHECK(f.Out("over/voorlezen.mp3") != before);
  // The old audio of "over" is gone from the cache: no page reads it any more.
  CHECK(f.CachedFiles() == 8);
}

TEST_CASE("read aloud: a page with only a title gets no player, and turned off no page has one", "[build][speech]") {
  SpeechFixture f;
  WriteText(f.dir / "content/pages/leeg.md", "---\ntitle: Nog leeg\ndescription: Komt nog.\nmenu: 3\n---\n");
  const BuildSummary empty = BuildSite(f.options);
  for (const std::string& message : testing::Messages(empty.diagnostics, f.dir.path())) INFO(message);
  REQUIRE(empty.written);
  CHECK(f.Out("leeg/index.html").find("voorlezen") == std::string::npos);
  CHECK(!std::filesystem::exists(f.dir / "site/leeg/voorlezen.mp3"));

  WriteText(f.dir / "content/site.toml", testing::MinimalSiteToml() + "\n[voorlezen]\naan = false\n");
  const BuildSummary off = BuildSite(f.options);
  REQUIRE(off.written);
  CHECK(off.audio_made + off.audio_reused == 0);
  CHECK(f.Out("index.html").find("voorlezen") == std::string::npos);
  CHECK(!std::filesystem::exists(f.dir / "site/voorlezen.mp3"));
  CHECK(!std::filesystem::exists(f.dir / "site/over/voorlezen.mp3"));
}

TEST_CASE("read aloud: with the B1 check on, each page speaks exactly the blocks the check read", "[build][speech][taal]") {
  SpeechFixture f;
  f.options.check_language = true;
  WriteText(f.dir / "content/pages/over.md",
            "---\ntitle: Over ons\ndescription: Wie wij zijn.\nmenu: 2\n---\n## Wie zijn wij?\n\n"
            "Wij zijn de buren\nvan het buurthuis.\n\n- Wij luisteren.\n- Wij helpen. Terug naar [start](/).\n");
  const BuildSummary summary = BuildSite(f.options);
  for (const std::string& message : testing::Messages(summary.diagnostics, f.dir.path())) INFO(message);
  REQUIRE(summary.written);
  // The check dropped no text that the voice needed: every page still has its audio.
  CHECK(summary.audio_made == 8);

  // The audio in the cache is the one made from the check's blocks, under the key of that text.
  Diagnostics diagnostics;
  std::optional<Page> page = LoadPage(Env::Default(), f.dir / "content/pages/over.md", "over.md", &diagnostics);
  REQUIRE(page);
  const std::string html = f.Out("over/index.html");
  const std::vector<SpeechBlock> blocks =
      PageSpeechBlocks(*page, "", HtmlSection(html, "<aside class=\"gevaar", "</aside>"));
  REQUIRE(blocks.size() >= 6);
  CHECK(blocks[2] == SpeechBlock{SpeechBlockKind::kParagraph, "Wij zijn de buren van het buurthuis."});
  CHECK(blocks[4] == SpeechBlock{SpeechBlockKind::kListItem, "Wij helpen. Terug naar start."});
  Result<Pronunciations> pronunciations =
      LoadPronunciations(Env::Default(), PronunciationsFile(f.options.templates_dir), &diagnostics);
  REQUIRE(pronunciations.ok());
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  REQUIRE(voice.ok());
  const std::string key = AudioCache::KeyOf(voice.value()->Identity(), PrepareSpeech(blocks, pronunciations.value()));
  CHECK(std::filesystem::exists(f.dir / ".site.voorlezen" / (key + ".mp3")));
  CHECK(ReadText(f.dir / ".site.voorlezen" / (key + ".mp3")) == f.Out("over/voorlezen.mp3"));
}

TEST_CASE("read aloud: the danger box is read last, links by their text, numbers as they are dialled", "[speech]") {
  const std::string page =
      "<aside class=\"gevaar gevaar-site\"><h2>Direct gevaar?</h2><p><a href=\"tel:112\">Bel 112</a></p></aside>"
      "<main id=\"inhoud\"><h1>Contact</h1><p>Bel <a href=\"tel:140123\">14 0123</a> of lees "
      "<a href=\"../hoe-meld-ik/\">hoe u meldt</a>.</p></main>";
  std::vector<SpeechBlock> blocks = SpeechBlocksFromHtml(HtmlSection(page, "<main", "</main>"));
  for (SpeechBlock& block : SpeechBlocksFromHtml(HtmlSection(page, "<aside class=\"gevaar", "</aside>"))) {
    blocks.push_back(block);
  }
  CHECK(PrepareSpeech(blocks, Pronunciations(std::vector<Pronunciation>{{"112", "\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee"}})).Text() ==
        "[700] Contact.\n[450] Bel \xc3\xa9\xc3\xa9n vier, nul \xc3\xa9\xc3\xa9n twee drie of lees hoe u meldt.\n"
        "[700] Direct gevaar?\n[450] Bel \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee.\n");
}

}  // namespace
}  // namespace nietpluis
