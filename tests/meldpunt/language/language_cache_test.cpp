// Tests of the language cache: where it lives, what its entries keep, and that anything foreign,
// outdated or damaged is never used.
#include "language/language_cache.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

std::vector<TextBlock> Text(const std::string& first, const std::string& second, bool heading = false) {
  TextBlock block;
  block.kind = heading ? TextBlockKind::kHeading : TextBlockKind::kParagraph;
  block.runs.push_back(TextRun{first, 3});
  block.runs.push_back(TextRun{second, 4});
  return {block};
}

LanguageScore SomeScore() {
  LanguageScore score;
  score.sentences = 3;
  score.words = 27;
  score.scored_words = 25;
  score.syllables = 41;
  score.long_words = 2;
  score.average_sentence_length = 27.0 / 3;
  score.long_word_share = 2.0 / 25;
  score.flesch_douma = 206.84 - 0.77 * (100.0 * 41 / 25) - 0.93 * 9.0;
  score.counts = {1, 2, 0, 0, 1, 1};
  score.errors = 2;
  score.warnings = 3;
  return score;
}

std::vector<Finding> SomeFindings() {
  return {Finding{FindingKind::kLongSentence, Diagnostic::Level::kError, 3, "zin van 21 woorden (B1: hoogstens 15): \"Als ...\"",
                  "Als u ...", "maak er twee of meer korte zinnen van"},
          Finding{FindingKind::kAddressForm, Diagnostic::Level::kError, 4, "\"je\" naast \"u\" op deze pagina", "je", ""},
          Finding{FindingKind::kHardWord, Diagnostic::Level::kWarning, 4, "moeilijk woord \"indien\"", "indien",
                  "schrijf: als"}};
}

// A whole entry as the file holds it: its head, then its text.
std::string WholeEntry(LanguageCacheKey key, const LanguageScore& score, const std::vector<Finding>& findings,
                       const std::string& text) {
  return LanguageCache::EntryHead(key, score, findings, text) + text;
}

// Entries to save, each given whole as its "head".
std::vector<LanguageCache::Stored> AsStored(const std::vector<std::string>& entries) {
  std::vector<LanguageCache::Stored> stored;
  for (const std::string& entry : entries) stored.push_back({entry, ""});
  return stored;
}

LanguageConfig Config() {
  LanguageConfig config;
  config.hard_words = {{"indien", "als"}, {"ten behoeve van", "voor"}};
  config.longest_hard_phrase = 3;
  config.plain_words = {"buurman", "melding"};
  config.names = {{"Gemeente", "Proef"}};
  return config;
}

TEST_CASE("The language cache lives beside the output folder", "[taal][cache]") {
  CHECK(LanguageCache::FileFor("site") == std::filesystem::path("./.site.taalcheck"));
  CHECK(LanguageCache::FileFor("/srv/www/site/") == std::filesystem::path("/srv/www/.site.taalcheck"));
  CHECK(LanguageCache::FileFor("uit/./np-out") == std::filesystem::path("uit/.np-out.taalcheck"));
}

TEST_CASE("A cache entry gives back the score, findings and text exactly", "[taal][cache]") {
  const LanguageCacheKey key{0x0123456789ABCDEFull, 42};
  const std::string html = "<div class=\"taal-tekst\">\n<p>Wij &amp; u.</p>\n</div>\n";
  const std::string entry = WholeEntry(key, SomeScore(), SomeFindings(), html);
  CHECK(LanguageCache::KeyOfEntry(entry) == key);
  LanguageScore score;
  std::vector<Finding> findings;
  std::string text;
  REQUIRE(LanguageCache::Read(entry, &score, &findings, &text));
  const LanguageScore expected = SomeScore();
  CHECK(score.sentences == expected.sentences);
  CHECK(score.words == expected.words);
  CHECK(score.scored_words == expected.scored_words);
  CHECK(score.syllables == expected.syllables);
  CHECK(score.long_words == expected.long_words);
  CHECK(score.average_sentence_length == expected.average_sentence_length);  // bit for bit
  CHECK(score.long_word_share == expected.long_word_share);
  CHECK(score.flesch_douma == expected.flesch_douma);
  CHECK(score.counts == expected.counts);
  CHECK(score.errors == expected.errors);
  CHECK(score.warnings == expected.warnings);
  const std::vector<Finding> expected_findings = SomeFindings();
  REQUIRE(findings.size() == expected_findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    CAPTURE(i);
    CHECK(findings[i].kind == expected_findings[i].kind);
    CHECK(findings[i].level == expected_findings[i].level);
    CHECK(findings[i].line == expected_findings[i].line);
    CHECK(findings[i].problem == expected_findings[i].problem);
    CHECK(findings[i].text == expected_findings[i].text);
    CHECK(findings[i].suggestion == expected_findings[i].suggestion);
  }
  CHECK(text == html);
}

TEST_CASE("A damaged cache entry is refused", "[taal][cache]") {
  const std::string entry = WholeEntry(LanguageCacheKey{1, 2}, SomeScore(), SomeFindings(), "<p>tekst</p>");
  LanguageScore score;
  std::vector<Finding> findings;
  std::string text;
  for (std::size_t at = 0; at < entry.size(); at += 7) {
    std::string damaged = entry;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    CAPTURE(at);
    CHECK_FALSE(LanguageCache::Read(damaged, &score, &findings, &text));
  }
  for (std::size_t size : {std::size_t{0}, std::size_t{20}, entry.size() / 2, entry.size() - 1}) {
    CAPTURE(size);
    CHECK_FALSE(LanguageCache::Read(entry.substr(0, size), &score, &findings, &text));
  }
}

TEST_CASE("The key of a page's text changes with its words, lines and headings", "[taal][cache]") {
  TempDir dir;
  const LanguageCache cache = LanguageCache::Open(Env::Default(), dir / "site", Config());
  REQUIRE(cache.enabled());  // the test program has a build ID, as every program the linker makes here
  const LanguageCacheKey key = cache.KeyOf(Text("Wij bellen u.", " Dan praten wij."));
  CHECK(cache.KeyOf(Text("Wij bellen u.", " Dan praten wij.")) == key);
  CHECK_FALSE(cache.KeyOf(Text("Wij bellen u!", " Dan praten wij.")) == key);
  CHECK_FALSE(cache.KeyOf(Text("Wij bellen u.", " Dan praten wij.", true)) == key);
  CHECK_FALSE(cache.KeyOf(Text("Wij bellen u. Dan praten wij.", "")) == key);
  std::vector<TextBlock> moved = Text("Wij bellen u.", " Dan praten wij.");
  moved[0].runs[1].line = 5;
  CHECK_FALSE(cache.KeyOf(moved) == key);
}

TEST_CASE("A saved cache is found again, but not with other settings", "[taal][cache]") {
  TempDir dir;
  const std::filesystem::path out = dir / "site";
  const LanguageCache empty = LanguageCache::Open(Env::Default(), out, Config());
  CHECK(empty.size() == 0);
  const LanguageCacheKey first = empty.KeyOf(Text("Wij bellen u.", ""));
  const LanguageCacheKey second = empty.KeyOf(Text("Dan praten wij.", ""));
  const std::vector<std::string> entries = {WholeEntry(first, SomeScore(), SomeFindings(), "<p>een</p>"),
                                            WholeEntry(second, LanguageScore{}, {}, "<p>twee</p>")};
  CHECK_FALSE(empty.Holds(AsStored(entries)));
  // A head and its text given apart are written as one entry; a second entry with the same key is not.
  const std::string head = LanguageCache::EntryHead(first, SomeScore(), SomeFindings(), "<p>een</p>");
  REQUIRE(empty.Save(Env::Default(), {{head, "<p>een</p>"}, {entries[1], ""}, {entries[0], ""}}).ok());
  CHECK(std::filesystem::is_regular_file(dir / ".site.taalcheck"));

  const LanguageCache again = LanguageCache::Open(Env::Default(), out, Config());
  CHECK(again.size() == 2);
  CHECK(again.Holds(AsStored(entries)));
  CHECK_FALSE(again.Holds(AsStored({entries[0]})));  // the second text is gone: write again
  REQUIRE(again.Find(first));
  CHECK(*again.Find(first) == entries[0]);
  REQUIRE(again.Find(second));
  CHECK(*again.Find(second) == entries[1]);
  CHECK_FALSE(again.Find(LanguageCacheKey{first.high, first.low + 1}));

  // Any setting the check depends on makes the old entries unusable.
  LanguageConfig stricter = Config();
  stricter.sentence_warning = 12;
  CHECK(LanguageCache::Open(Env::Default(), out, stricter).size() == 0);
  LanguageConfig more_words = Config();
  more_words.hard_words["middels"] = "met";
  CHECK(LanguageCache::Open(Env::Default(), out, more_words).size() == 0);
  LanguageConfig other_names = Config();
  other_names.names.push_back({"Buurthuis", "De", "Kroon"});
  CHECK(LanguageCache::Open(Env::Default(), out, other_names).size() == 0);
  LanguageConfig plainer = Config();
  plainer.plain_words.insert("traject");
  CHECK(LanguageCache::Open(Env::Default(), out, plainer).size() == 0);
}

TEST_CASE("A foreign or damaged cache file is read as far as it holds whole entries", "[taal][cache]") {
  TempDir dir;
  const std::filesystem::path out = dir / "site";
  const std::filesystem::path file = dir / ".site.taalcheck";
  const LanguageCache empty = LanguageCache::Open(Env::Default(), out, Config());
  const LanguageCacheKey first = empty.KeyOf(Text("Wij bellen u.", ""));
  const LanguageCacheKey second = empty.KeyOf(Text("Dan praten wij.", ""));
  const std::vector<std::string> entries = {WholeEntry(first, SomeScore(), SomeFindings(), "<p>een</p>"),
                                            WholeEntry(second, SomeScore(), {}, "<p>twee</p>")};
  REQUIRE(empty.Save(Env::Default(), AsStored(entries)).ok());
  const std::string whole = testing::ReadText(file);

  testing::WriteText(file, "geen cache, maar een ander bestand met dezelfde naam\n");
  CHECK(LanguageCache::Open(Env::Default(), out, Config()).size() == 0);
  testing::WriteText(file, whole.substr(0, 10));
  CHECK(LanguageCache::Open(Env::Default(), out, Config()).size() == 0);
  // Cut off in the second entry: the first is still there, the second is not.
  testing::WriteText(file, whole.substr(0, whole.size() - 5));
  const LanguageCache cut = LanguageCache::Open(Env::Default(), out, Config());
  CHECK(cut.size() == 1);
  CHECK(cut.Find(first));
  CHECK_FALSE(cut.Find(second));
}

}  // namespace
}  // namespace nietpluis
