// Loading the language check's word lists.
#include "language/language_config.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "base/content_path.h"
#include "config/toml_reader.h"
#include "language/syllables.h"

namespace nietpluis {
namespace {

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

void AddName(LanguageConfig* config, const std::string& name) {
  std::vector<std::string> words = SplitWords(name);
  if (!words.empty()) config->names.push_back(std::move(words));
}

void ReadHardWords(const toml::table& hard, const std::string& file, LanguageConfig* config, Diagnostics* diagnostics) {
  for (const auto& [key, value] : hard) {
    const std::string phrase = LowerDutch(std::string(key.str()));
    if (!value.is_string()) {
      diagnostics->Add(Error(file, LineOf(value), "bij '" + phrase + "' hoort een eenvoudig woord",
                             "schrijf het zo: " + phrase + " = \"eenvoudiger woord\""));
      continue;
    }
    std::size_t words = SplitWords(phrase).size();
    config->longest_hard_phrase = std::max(config->longest_hard_phrase, words);
    config->hard_words[phrase] = *value.value<std::string>();
  }
}

// A list of words, one or more a line (the forms of one word), '#' starts a comment.
void ReadCommonWords(const std::string& text, LanguageConfig* config) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (std::size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    for (const std::string& word : SplitWords(line)) config->common_words.insert(LowerDutch(word));
  }
}

void ReadWordList(const std::filesystem::path& file, LanguageConfig* config, Diagnostics* diagnostics) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& error) {
    diagnostics->Add(Error(file.string(), static_cast<int>(error.source().begin.line),
                           "geen geldige TOML (" + std::string(error.description()) + ")",
                           "kijk deze regel na: elk woord staat tussen aanhalingstekens"));
    return;
  }
  TomlReader top(root, file.string(), "", diagnostics);
  if (const toml::table* hard = top.Table("moeilijk", false)) ReadHardWords(*hard, file.string(), config, diagnostics);
  if (const toml::table* plain = top.Table("gewoon", false)) {
    TomlReader reader(*plain, file.string(), "[gewoon]", diagnostics);
    for (const std::string& word : reader.StringArray("woorden").value_or(std::vector<std::string>{})) {
      config->plain_words.insert(LowerDutch(word));
    }
    reader.Finish();
  }
  if (const toml::table* spelling = top.Table("spelling", false)) {
    TomlReader reader(*spelling, file.string(), "[spelling]", diagnostics);
    for (const std::string& word : reader.StringArray("woorden").value_or(std::vector<std::string>{})) {
      config->spelling_exceptions.insert(LowerDutch(word));
    }
    reader.Finish();
  }
  top.Finish();
}

}  // namespace

LanguageConfig LoadLanguageConfig(const std::filesystem::path& content_dir, const LanguageCheckSettings& settings,
                                  Diagnostics* diagnostics) {
  LanguageConfig config;
  config.sentence_warning = settings.sentence_warning;
  config.sentence_error = settings.sentence_error;
  config.long_word_syllables = settings.long_word_syllables;
  for (const std::string& name : settings.names) AddName(&config, name);

  // Our lists first, the site's own woorden.toml last: its alternatives win.
  for (const char* name : {"ambtelijk.toml", "gewoon.txt", "woorden.toml"}) {
    const std::filesystem::path list = content_dir / "taal" / name;
    if (!std::filesystem::exists(list)) continue;
    if (Status inside = CheckInside(content_dir, list); !inside.ok()) {
      diagnostics->Add(inside);
    } else if (list.extension() == ".txt") {
      std::ifstream in(list, std::ios::binary);
      ReadCommonWords(std::string(std::istreambuf_iterator<char>(in), {}), &config);
    } else {
      ReadWordList(list, &config, diagnostics);
    }
  }
  return config;
}

}  // namespace nietpluis
