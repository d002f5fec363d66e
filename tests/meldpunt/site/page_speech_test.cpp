// Tests that read-aloud speaks the text the B1 check reads: block for block, so a sentence the check
// measures is one spoken line, on a made page and on every page of the example content.
#include "site/page_speech.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file_list.h"
#include "base/text.h"
#include "language/language_check.h"
#include "language/syllables.h"
#include "meldpunt/language/language_test_text.h"
#include "speech/html_speech.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::WriteText;

using language_test::ExampleConfig;

Page LoadOne(const std::filesystem::path& file) {
  Diagnostics diagnostics;
  std::optional<Page> page = LoadPage(Env::Default(), file, file.filename().string(), &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) INFO(d.problem);
  REQUIRE(page);
  return *page;
}

TEST_CASE("page speech: the title, then every heading, paragraph and list item the check reads, one block each",
          "[speech][taal]") {
  TempDir dir;
  WriteText(dir / "hulp.md",
            "---\ntitle: Wie helpt er?\ndescription: Hulp.\n---\n"
            "## Wat doen wij?\n\n"
            "Wij bellen u\nterug. Lees [hoe u meldt](/hoe-meld-ik/).\n\n"
            "- een buurman\n- een **vriendin**\n\n"
            "![Een foto](/beeld/a.jpg)\n");
  const Page page = LoadOne(dir / "hulp.md");
  const std::vector<SpeechBlock> expected = {
      {SpeechBlockKind::kHeading, "Wie helpt er?"},
      {SpeechBlockKind::kHeading, "Wat doen wij?"},
      {SpeechBlockKind::kParagraph, "Wij bellen u terug. Lees hoe u meldt."},
      {SpeechBlockKind::kListItem, "een buurman"},
      {SpeechBlockKind::kListItem, "een vriendin"},
  };
  CHECK(SpeechBlocksFromText(page.text) == expected);
  CHECK(PageSpeechBlocks(page, "", "") == expected);
}

TEST_CASE("page speech: a template's part comes after the text, then the danger box; a made page starts with its title",
          "[speech]") {
  TempDir dir;
  WriteText(dir / "melden.md", "---\ntitle: Melden\ndescription: Melden.\n---\nVul dit in.\n");
  const Page page = LoadOne(dir / "melden.md");
  const std::vector<SpeechBlock> blocks = PageSpeechBlocks(
      page, "<form><label for=\"a\">Wat ziet u?</label><textarea id=\"a\">getypt</textarea></form>",
      "<h2>Direct gevaar?</h2><p>Bel 112.</p>");
  const std::vector<SpeechBlock> expected = {
      {SpeechBlockKind::kHeading, "Melden"},       {SpeechBlockKind::kParagraph, "Vul dit in."},
      {SpeechBlockKind::kParagraph, "Wat ziet u?"}, {SpeechBlockKind::kHeading, "Direct gevaar?"},
      {SpeechBlockKind::kParagraph, "Bel 112."},
  };
  CHECK(blocks == expected);

  Page made;  // a generated page from site.toml: no file, no text of its own
  made.title = "Privacy";
  CHECK(PageSpeechBlocks(made, "<p>Wij bewaren niets.</p>", "") ==
        std::vector<SpeechBlock>{{SpeechBlockKind::kHeading, "Privacy"}, {SpeechBlockKind::kParagraph, "Wij bewaren niets."}});
}

TEST_CASE("page speech: a sentence the check calls too long is one spoken line, word for word", "[speech][taal]") {
  TempDir dir;
  const std::string sentence =
      "Als u twijfelt over een buurvrouw die al weken niet meer buiten komt en ook de post niet meer uit de bus haalt, "
      "dan kunt u dat altijd aan ons laten weten.";
  WriteText(dir / "lang.md", "---\ntitle: Twijfel\ndescription: Twijfel.\n---\n- Als u twijfelt over een buurvrouw\n"
                             "  die al weken niet meer buiten komt en ook de post niet meer uit de bus haalt,\n"
                             "  dan kunt u dat [altijd](/contact/) aan ons laten weten.\n");
  const Page page = LoadOne(dir / "lang.md");
  SyllableCounter syllables;
  const PageLanguage checked = CheckLanguage(page.text, ExampleConfig(), syllables);
  const auto long_sentence = std::find_if(checked.findings.begin(), checked.findings.end(),
                                          [](const Finding& f) { return f.kind == FindingKind::kLongSentence; });
  REQUIRE(long_sentence != checked.findings.end());
  CHECK(long_sentence->line == 5);
  CHECK(CollapseSpaces(long_sentence->text) == sentence);

  const PreparedSpeech spoken = PrepareSpeech(PageSpeechBlocks(page, "", ""), Pronunciations());
  REQUIRE(spoken.lines.size() == 2);
  CHECK(spoken.lines[1].text == sentence);
  CHECK(spoken.lines[1].pause_ms == kPauseAfterListItemMs);
}

TEST_CASE("page speech: every example page speaks the blocks its check reads, and they are the text it shows",
          "[speech][taal][voorbeeld]") {
  Diagnostics diagnostics;
  const std::filesystem::path content = testing::SourceDir() / "content";
  Result<std::vector<TreeFile>> files = FilesBelow(content, content / "pages");
  REQUIRE(files.ok());
  std::size_t pages = 0;
  SyllableCounter syllables;
  for (const TreeFile& file : files.value()) {
    if (file.path.extension() != ".md") continue;
    INFO(file.path.filename().string());
    const Page page = LoadOne(file.path);
    ++pages;
    const std::vector<SpeechBlock> spoken = SpeechBlocksFromText(page.text);
    // One spoken block for each block the check reads, the title first.
    REQUIRE(spoken.size() == page.text.size());
    CHECK(spoken.front() == SpeechBlock{SpeechBlockKind::kHeading, page.title});
    // What the check reads is what the page shows: the same blocks as the rendered Markdown.
    CHECK(std::vector<SpeechBlock>(spoken.begin() + 1, spoken.end()) == SpeechBlocksFromHtml(page.body_html));
    // Every sentence the check measures is heard whole, in the block it came from.
    const PageLanguage checked = CheckLanguage(page.text, ExampleConfig(), syllables);
    CHECK(checked.sentences.size() >= spoken.size());
    for (const Sentence& sentence : checked.sentences) {
      INFO(SentenceText(sentence));
      REQUIRE(sentence.block < spoken.size());
      CHECK(spoken[sentence.block].text.find(CollapseSpaces(SentenceText(sentence))) != std::string::npos);
    }
  }
  CHECK(pages >= 10);
}

}  // namespace
}  // namespace nietpluis
