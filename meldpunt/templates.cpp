// Loading and rendering Mustache templates.
#include "templates.h"

#include <algorithm>
#include <vector>

namespace nietpluis {
namespace {

constexpr const char* kExtension = ".mustache";

std::vector<std::filesystem::path> TemplatesIn(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == kExtension) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Diagnostic TemplateError(const std::filesystem::path& file, const std::string& message) {
  return Error(file.string(), 0, "sjabloon klopt niet (" + message + ")",
               "kijk of elke {{#sectie}} een {{/sectie}} heeft");
}

}  // namespace

std::optional<TemplateSet> TemplateSet::Load(Env* env, const std::filesystem::path& dir, Diagnostics* diagnostics) {
  TemplateSet set;
  set.dir_ = dir;
  const std::size_t errors_before = diagnostics->error_count();
  auto read = [&](const std::filesystem::path& file, std::map<std::string, std::string>* into, const std::string& name) {
    Result<std::string> text = env->ReadFile(file);
    if (!text.ok()) {
      diagnostics->Add(text.error());
      return;
    }
    kainjow::mustache::mustache parsed(text.value());
    if (!parsed.is_valid()) {
      diagnostics->Add(TemplateError(file, parsed.error_message()));
      return;
    }
    (*into)[name] = std::move(text).value();
  };
  for (const char* required : {"layout", "404"}) {
    read(dir / (std::string(required) + kExtension), &set.texts_, required);
  }
  for (const auto& file : TemplatesIn(dir / "generated")) {
    read(file, &set.texts_, "generated/" + file.stem().string());
  }
  for (const auto& file : TemplatesIn(dir / "partials")) {
    read(file, &set.partials_, file.stem().string());
  }
  if (diagnostics->error_count() > errors_before) return std::nullopt;
  return set;
}

Renderer::Renderer(const TemplateSet& set) : set_(set) {
  for (const auto& [name, text] : set.texts_) parsed_.emplace(name, kainjow::mustache::mustache(text));
}

Result<std::string> Renderer::Render(const std::string& name, TemplateData data) {
  auto it = parsed_.find(name);
  if (it == parsed_.end()) {
    return Error((set_.dir() / (name + kExtension)).string(), 0, "sjabloon ontbreekt",
                 "zet het terug uit de templates/ van Nietpluis");
  }
  for (const auto& [partial_name, text] : set_.partials_) {
    const std::string* partial_text = &text;
    data.set(partial_name, kainjow::mustache::partial([partial_text] { return *partial_text; }));
  }
  std::string html = it->second.render(data);
  if (!it->second.is_valid()) return TemplateError(set_.dir() / (name + kExtension), it->second.error_message());
  return html;
}

}  // namespace nietpluis
