// Strict TOML table reading with messages that name the file, line and key.
#include "config/toml_reader.h"

#include <algorithm>

#include "base/text.h"

namespace nietpluis {

int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

TomlReader::TomlReader(const toml::table& table, std::string file, std::string section, Diagnostics* diagnostics)
    : table_(table), file_(std::move(file)), section_(std::move(section)), diagnostics_(diagnostics) {}

int TomlReader::LineOf(std::string_view key) const {
  if (const toml::node* node = table_.get(key)) return nietpluis::LineOf(*node);
  int line = nietpluis::LineOf(table_);
  return line > 0 ? line : 1;
}

void TomlReader::AddError(std::string_view key, std::string problem, std::string remedy) {
  diagnostics_->Add(Error(file_, LineOf(key), std::move(problem), std::move(remedy)));
}

const toml::node* TomlReader::Find(std::string_view key, bool required, std::string_view example) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node && required) {
    std::string where = section_.empty() ? "" : section_ + " ";
    AddError(key, where + "mist '" + std::string(key) + "'",
             "voeg een regel toe zoals " + std::string(key) + " = " + std::string(example));
  }
  return node;
}

void TomlReader::WrongType(std::string_view key, std::string_view expected) {
  AddError(key, "'" + std::string(key) + "' moet " + std::string(expected) + " zijn",
           "kijk het voorbeeld na in docs/inhoud.md");
}

std::string TomlReader::String(std::string_view key, bool required) {
  const toml::node* node = Find(key, required, "\"...\"");
  if (!node) return {};
  if (auto value = node->value<std::string>(); value && node->is_string()) {
    if (required && Trim(*value).empty()) {
      AddError(key, "'" + std::string(key) + "' is leeg", "vul een waarde in tussen de aanhalingstekens");
    }
    return *value;
  }
  WrongType(key, "tekst tussen aanhalingstekens");
  return {};
}

std::optional<std::int64_t> TomlReader::Integer(std::string_view key, bool required) {
  const toml::node* node = Find(key, required, "1");
  if (!node) return std::nullopt;
  if (node->is_integer()) return node->value<std::int64_t>();
  WrongType(key, "een heel getal (zonder aanhalingstekens)");
  return std::nullopt;
}

std::optional<bool> TomlReader::Bool(std::string_view key, bool required) {
  const toml::node* node = Find(key, required, "true");
  if (!node) return std::nullopt;
  if (node->is_boolean()) return node->value<bool>();
  WrongType(key, "true of false (zonder aanhalingstekens)");
  return std::nullopt;
}

std::optional<std::vector<std::string>> TomlReader::StringArray(std::string_view key, bool required) {
  const toml::node* node = Find(key, required, "[\"...\"]");
  if (!node) return std::nullopt;
  const toml::array* array = node->as_array();
  if (!array) {
    WrongType(key, "een lijst zoals [\"a\", \"b\"]");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const toml::node& item : *array) {
    if (!item.is_string()) {
      WrongType(key, "een lijst met alleen tekst tussen aanhalingstekens");
      return std::nullopt;
    }
    out.push_back(*item.value<std::string>());
  }
  return out;
}

const toml::table* TomlReader::Table(std::string_view key, bool required) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node) {
    if (required) {
      diagnostics_->Add(Error(file_, 1, "de tabel [" + std::string(key) + "] ontbreekt",
                              "voeg [" + std::string(key) + "] toe; zie docs/inhoud.md"));
    }
    return nullptr;
  }
  if (!node->is_table()) {
    WrongType(key, "een tabel [" + std::string(key) + "]");
    return nullptr;
  }
  return node->as_table();
}

std::vector<const toml::table*> TomlReader::TableArray(std::string_view key, bool required) {
  known_.emplace_back(key);
  std::vector<const toml::table*> out;
  const toml::node* node = table_.get(key);
  if (!node) {
    if (required) {
      diagnostics_->Add(Error(file_, 1, "er staat geen [[" + std::string(key) + "]] in",
                              "voeg minstens één [[" + std::string(key) + "]] toe; zie docs/inhoud.md"));
    }
    return out;
  }
  const toml::array* array = node->as_array();
  if (!array || !array->is_array_of_tables()) {
    WrongType(key, "een lijst van tabellen, geschreven als [[" + std::string(key) + "]]");
    return out;
  }
  for (const toml::node& item : *array) out.push_back(item.as_table());
  return out;
}

std::optional<toml::date> TomlReader::Date(std::string_view key, bool required) {
  const toml::node* node = Find(key, required, "2026-11-01");
  if (!node) return std::nullopt;
  if (node->is_date()) return node->value<toml::date>();
  WrongType(key, "een datum zoals 2026-11-01 (zonder aanhalingstekens)");
  return std::nullopt;
}

void TomlReader::Finish() {
  for (const auto& [key, node] : table_) {
    std::string name(key.str());
    if (std::find(known_.begin(), known_.end(), name) != known_.end()) continue;
    std::string where = section_.empty() ? "" : " in " + section_;
    std::string suggestion = ClosestMatch(name, known_);
    std::string remedy = suggestion.empty() ? "haal de regel weg of kijk de naam na in docs/inhoud.md"
                                            : "bedoelt u '" + suggestion + "'?";
    diagnostics_->Add(Error(file_, nietpluis::LineOf(node), "onbekende sleutel '" + name + "'" + where, remedy));
  }
}

std::optional<toml::table> ParseTomlFile(const std::filesystem::path& path, const std::string& missing_remedy,
                                         Diagnostics* diagnostics) {
  const std::string file = path.string();
  try {
    return toml::parse_file(file);
  } catch (const toml::parse_error& error) {
    if (!std::filesystem::exists(path)) {
      diagnostics->Add(Error(file, 0, "bestand ontbreekt", missing_remedy));
    } else {
      diagnostics->Add(Error(file, static_cast<int>(error.source().begin.line),
                             "geen geldige TOML (" + std::string(error.description()) + ")",
                             "kijk deze regel na: tekst staat tussen aanhalingstekens, elke sleutel één keer"));
    }
    return std::nullopt;
  }
}

}  // namespace nietpluis
