// Loading the texts of templates/teksten/ and filling their placeholders.
#include "render/texts.h"

#include <toml++/toml.h>

#include "config/toml_reader.h"

namespace nietpluis {
namespace {

Status Flatten(const toml::table& table, const std::string& prefix, const std::string& file,
               std::map<std::string, std::string, std::less<>>* texts, std::map<std::string, int, std::less<>>* lines) {
  for (const auto& [name, node] : table) {
    const std::string key = prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
    if (const toml::table* inner = node.as_table()) {
      if (Status s = Flatten(*inner, key, file, texts, lines); !s.ok()) return s;
    } else if (const auto* text = node.as_string()) {
      (*texts)[key] = text->get();
      (*lines)[key] = LineOf(node);
    } else {
      return Error(file, LineOf(node), "\"" + key + "\" is geen tekst",
                   "zet de tekst tussen aanhalingstekens, bijvoorbeeld " + key.substr(key.rfind('.') + 1) +
                       " = \"Uw naam\"");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Texts> Texts::Load(Env* env, const std::filesystem::path& file, const std::vector<std::string>& needed) {
  Result<std::string> bytes = env->ReadFile(file);
  if (!bytes.ok()) return bytes.error();
  toml::table root;
  try {
    root = toml::parse(bytes.value(), file.string());
  } catch (const toml::parse_error& error) {
    return Error(file.string(), static_cast<int>(error.source().begin.line), std::string(error.description()),
                 "verbeter de TOML op deze regel");
  }
  Texts texts;
  texts.file_ = file.string();
  if (Status s = Flatten(root, "", texts.file_, &texts.texts_, &texts.lines_); !s.ok()) return s.error();
  for (const std::string& key : needed) {
    if (!texts.texts_.count(key)) {
      return Error(texts.file_, 0, "de tekst \"" + key + "\" ontbreekt",
                   "zet hem terug uit de templates/teksten/ van Nietpluis");
    }
  }
  return texts;
}

Texts Texts::FromMap(std::map<std::string, std::string> values, std::string file) {
  Texts texts;
  texts.texts_.insert(values.begin(), values.end());
  texts.file_ = std::move(file);
  return texts;
}

const std::string& Texts::Get(std::string_view key) const {
  static const std::string kNone;
  auto found = texts_.find(key);
  return found == texts_.end() ? kNone : found->second;
}

std::string Texts::Fill(std::string_view key, const std::map<std::string, std::string>& values) const {
  const std::string& text = Get(key);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close != std::string::npos) {
      auto value = values.find(text.substr(i + 1, close - i - 1));
      if (value != values.end()) {
        out += value->second;
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

int Texts::LineOf(std::string_view key) const {
  auto found = lines_.find(key);
  return found == lines_.end() ? 0 : found->second;
}

}  // namespace nietpluis
