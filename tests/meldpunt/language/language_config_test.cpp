// Tests loading the language check's settings and word lists, including the messages for mistakes.
#include <catch2/catch.hpp>

#include <algorithm>

#include "config/site_config.h"
#include "language/language_config.h"
#include "language/syllables.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::WriteText;

LanguageConfig Load(const TempDir& dir, Diagnostics* diagnostics) {
  SiteConfig site = LoadSiteConfig(dir / "content", diagnostics);
  return LoadLanguageConfig(dir / "content", site.LanguageSettings(), diagnostics);
}

}  // namespace

TEST_CASE("word lists, limits and names are read", "[taal][config]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  WriteText(dir / "content/taal/woorden.toml",
            "[moeilijk]\nsignaleren = \"merken\"\n\"ten behoeve van\" = \"voor\"\n\n[gewoon]\nwoorden = [\"Buurt\", "
            "\"werker\"]\n");
  Diagnostics diagnostics;
  LanguageConfig config = Load(dir, &diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(config.hard_words.at("signaleren") == "merken");
  CHECK(config.hard_words.at("ten behoeve van") == "voor");
  CHECK(config.longest_hard_phrase == 3);
  CHECK(config.plain_words.count("buurt") == 1);  // lower-cased
  CHECK(config.sentence_warning == 15);
  CHECK(config.sentence_error == 20);
  // The municipality, meldpunt, organisation and meldzuil from site.toml are names.
  CHECK(config.names.size() == 4);
}

TEST_CASE("without woorden.toml only lengths and grammar are checked", "[taal][config]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  Diagnostics diagnostics;
  LanguageConfig config = Load(dir, &diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(config.hard_words.empty());
  CHECK(config.plain_words.empty());
}

TEST_CASE("mistakes in woorden.toml name the file and line", "[taal][config]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  const std::string file = (dir / "content/taal/woorden.toml").string();
  SECTION("a hard word without a text alternative") {
    WriteText(dir / "content/taal/woorden.toml", "[moeilijk]\nsignaleren = 3\n");
    Diagnostics diagnostics;
    Load(dir, &diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].ToString() ==
          file + ":2: bij 'signaleren' hoort een eenvoudig woord; schrijf het zo: signaleren = \"eenvoudiger woord\"");
  }
  SECTION("an unknown table") {
    WriteText(dir / "content/taal/woorden.toml", "[gewone]\nwoorden = []\n");
    Diagnostics diagnostics;
    Load(dir, &diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].ToString() == file + ":1: onbekende sleutel 'gewone'; bedoelt u 'gewoon'?");
  }
  SECTION("broken TOML") {
    WriteText(dir / "content/taal/woorden.toml", "[moeilijk]\nsignaleren = merken\n");
    Diagnostics diagnostics;
    Load(dir, &diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].line == 2);
    CHECK(diagnostics.all()[0].problem.rfind("geen geldige TOML (", 0) == 0);
  }
}

TEST_CASE("[taalcheck] limits are read and checked", "[taal][config]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  SECTION("valid limits and extra names") {
    WriteText(dir / "content/site.toml", testing::MinimalSiteToml() +
                                             "\n[taalcheck]\nzin_waarschuwing = 12\nzin_fout = 18\nlang_woord = 5\n"
                                             "namen = [\"Veilig Thuis\"]\n");
    Diagnostics diagnostics;
    LanguageConfig config = Load(dir, &diagnostics);
    CHECK(diagnostics.all().empty());
    CHECK(config.sentence_warning == 12);
    CHECK(config.sentence_error == 18);
    CHECK(config.long_word_syllables == 5);
    CHECK(config.names.size() == 5);
  }
  SECTION("an error limit below the warning limit") {
    const std::string before = testing::MinimalSiteToml() + "\n[taalcheck]\n";
    WriteText(dir / "content/site.toml", before + "zin_fout = 10\n");
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    Diagnostics diagnostics;
    Load(dir, &diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].ToString() ==
          (dir / "content/site.toml").string() + ":" + std::to_string(line) +
              ": zin_fout is kleiner dan zin_waarschuwing; maak zin_fout even groot of groter, bijvoorbeeld 20 bij "
              "15");
  }
}

}  // namespace nietpluis
