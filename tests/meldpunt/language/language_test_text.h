// Helpers for the B1 check's tests: the example site's configuration, the corpus pages of
// tests/taal/corpus/, hand-made text and one-line summaries of what a check found.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/env.h"
#include "config/site_config.h"
#include "content/page.h"
#include "language/language_check.h"
#include "language/language_config.h"
#include "test_support.h"

namespace nietpluis::language_test {

using Catch::Matchers::Contains;
using Level = Diagnostic::Level;

// The configuration the example site uses: its names and content/taal/woorden.toml.
inline const LanguageConfig& ExampleConfig() {
  static const LanguageConfig config = [] {
    Diagnostics diagnostics;
    const std::filesystem::path content = testing::SourceDir() / "content";
    SiteConfig site = LoadSiteConfig(content, &diagnostics);
    LanguageConfig loaded = LoadLanguageConfig(content, site.LanguageSettings(), &diagnostics);
    for (const Diagnostic& d : diagnostics.all()) FAIL(d.ToString());
    return loaded;
  }();
  return config;
}

// A checked page; the sentences point into the page's text, so both live here.
struct Checked {
  Page page;
  PageLanguage language;
};

inline std::unique_ptr<Checked> CheckCorpus(const std::string& name) {
  Diagnostics diagnostics;
  const std::filesystem::path file = testing::SourceDir() / "tests/taal/corpus" / name;
  std::optional<Page> page = LoadPage(Env::Default(), file, name, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) FAIL(d.ToString());
  REQUIRE(page);
  auto checked = std::make_unique<Checked>();
  checked->page = std::move(*page);
  SyllableCounter counter;
  checked->language = CheckLanguage(checked->page.text, ExampleConfig(), counter);
  return checked;
}

// Hand-made text: one block per paragraph, each run on its own line from `first_line`.
struct Text {
  std::vector<TextBlock> blocks;
  Text& Lines(const std::vector<std::string>& lines, int first_line) {
    TextBlock block;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      block.runs.push_back(TextRun{(i > 0 ? " " : "") + lines[i], first_line + static_cast<int>(i)});
    }
    blocks.push_back(std::move(block));
    return *this;
  }
  Text& Paragraph(const std::string& line, int at) { return Lines({line}, at); }
  Text& Heading(const std::string& line, int at) {
    Paragraph(line, at);
    blocks.back().kind = TextBlockKind::kHeading;
    return *this;
  }
};

inline std::string LevelName(Level level) { return level == Level::kError ? "fout" : "waarschuwing"; }

// "11 lange-zin waarschuwing: zin van 16 woorden ..." per finding, in the order found.
inline std::vector<std::string> Summary(const PageLanguage& language) {
  std::vector<std::string> lines;
  for (const Finding& f : language.findings) {
    lines.push_back(std::to_string(f.line) + " " + std::string(FindingKindName(f.kind)) + " " + LevelName(f.level) +
                    ": " + f.problem);
  }
  return lines;
}

inline std::vector<int> LinesOf(const PageLanguage& language, FindingKind kind) {
  std::vector<int> lines;
  for (const Finding& f : language.findings) {
    if (f.kind == kind) lines.push_back(f.line);
  }
  return lines;
}

inline std::vector<std::string> Words(const Sentence& sentence) {
  std::vector<std::string> words;
  for (const Piece& piece : sentence.pieces) {
    if (piece.is_word) words.emplace_back(piece.text);
  }
  return words;
}

inline std::string TextOf(const Sentence& sentence) {
  std::string text;
  for (const Piece& piece : sentence.pieces) text += piece.text;
  return text;
}

// The sentences after the page's title, which is checked as its first sentence, a heading.
inline std::vector<Sentence> BodySentences(const PageLanguage& language, const std::string& title) {
  REQUIRE(!language.sentences.empty());
  CHECK(TextOf(language.sentences.front()) == title);
  CHECK(language.sentences.front().is_heading);
  return std::vector<Sentence>(language.sentences.begin() + 1, language.sentences.end());
}

// "5: Wat gebeurt er met uw melding? [6, kop]" per sentence.
inline std::vector<std::string> Sentences(const PageLanguage& language) {
  std::vector<std::string> lines;
  for (const Sentence& s : language.sentences) {
    lines.push_back(std::to_string(s.line) + ": " + TextOf(s) + " [" + std::to_string(s.words) +
                    (s.is_heading ? ", kop" : "") + "]");
  }
  return lines;
}

inline LanguageConfig PlainConfig() {
  LanguageConfig config;
  config.plain_words = {"telefoon", "nummer", "buurman", "buurt", "werker", "melding"};
  config.hard_words = {{"indien", "als"}, {"ten behoeve van", "voor"}, {"verwerking", "gebruik"}};
  config.longest_hard_phrase = 3;
  return config;
}

inline PageLanguage Check(const Text& text, const LanguageConfig& config) {
  SyllableCounter counter;
  return CheckLanguage(text.blocks, config, counter);
}

}  // namespace nietpluis::language_test
