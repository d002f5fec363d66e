// Loading and rendering Mustache templates.
#include "render/templates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

#include "base/content_path.h"
#include "base/file_list.h"

namespace nietpluis {
namespace {

constexpr const char* kExtension = ".mustache";

constexpr int kMaxPartialDepth = 8;

// Replaces every {{> name}} by the partial's text, recursively; reports unknown partials.
std::string InlinePartials(const std::string& text, const std::map<std::string, std::string>& partials,
                           const std::filesystem::path& file, int depth, Diagnostics* diagnostics) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    std::string name(text.substr(open + 3, close - open - 3));
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    auto partial = partials.find(name);
    if (partial == partials.end()) {
      diagnostics->Add(Error(file.string(), 0, "het deelsjabloon '" + name + "' bestaat niet",
                             "zet partials/" + name + ".mustache in de map met sjablonen"));
    } else if (depth >= kMaxPartialDepth) {
      diagnostics->Add(Error(file.string(), 0, "deelsjablonen roepen elkaar steeds opnieuw aan ('" + name + "')",
                             "haal de kring van {{> ...}} weg"));
    } else {
      out += InlinePartials(partial->second, partials, file, depth + 1, diagnostics);
    }
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

// Finds {{root}}slug/ links in a template's text.
void CollectPageLinks(const std::string& text, const std::filesystem::path& file, std::vector<TemplateLink>* links) {
  const std::string marker = "{{root}}";
  for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
    std::size_t start = at + marker.size(), end = start;
    while (end < text.size() && (std::islower(static_cast<unsigned char>(text[end])) ||
                                 std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '-')) {
      ++end;
    }
    if (end == start || end >= text.size() || text[end] != '/') continue;  // assets/x.css is a file, not a page
    std::string slug = text.substr(start, end - start);
    if (slug == "assets" || slug == "beeld") continue;
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    links->push_back(TemplateLink{file.string(), line, slug});
  }
}

// Finds {{root}}beeld/<file> in a template's text, with the sizes="WxH" of the tag it stands in.
void CollectImages(const std::string& text, const std::filesystem::path& file, std::vector<TemplateImage>* images) {
  const std::string marker = "{{root}}beeld/";
  for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
    std::size_t start = at + marker.size() - 6, end = at + marker.size();
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
                                 text[end] == '_' || text[end] == '.')) {
      ++end;
    }
    if (end == at + marker.size()) continue;
    TemplateImage image{file.string(), 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')),
                        text.substr(start, end - start)};
    const std::size_t tag_start = text.rfind('<', at), tag_end = text.find('>', at);
    if (tag_start != std::string::npos && tag_end != std::string::npos) {
      const std::string tag = text.substr(tag_start, tag_end - tag_start);
      if (std::size_t sizes = tag.find("sizes=\""); sizes != std::string::npos) {
        int width = 0, height = 0;
        if (std::sscanf(tag.c_str() + sizes + 7, "%dx%d", &width, &height) == 2) {
          image.width = width;
          image.height = height;
        }
      }
    }
    images->push_back(std::move(image));
  }
}

Diagnostic TemplateError(const std::filesystem::path& file, const std::string& message) {
  return Error(file.string(), 0, "sjabloon klopt niet (" + message + ")",
               "kijk of elke {{#sectie}} een {{/sectie}} heeft");
}

}  // namespace

Result<TemplateSet> TemplateSet::Load(Env* env, const std::filesystem::path& dir, Diagnostics* diagnostics) {
  TemplateSet set;
  set.dir_ = dir;
  const std::size_t size_before = diagnostics->all().size();
  auto read = [&](const std::filesystem::path& file) -> std::optional<std::string> {
    if (Status inside = CheckInside(dir, file); !inside.ok()) {
      diagnostics->Add(inside);
      return std::nullopt;
    }
    Result<std::string> text = env->ReadFile(file);
    if (!text.ok()) {
      diagnostics->Add(text.error());
      return std::nullopt;
    }
    return std::move(text).value();
  };
  std::map<std::string, std::string> partials;
  for (const auto& file : FilesIn(dir, dir / "partials", {kExtension}, diagnostics)) {
    if (auto text = read(file)) {
      CollectPageLinks(*text, file, &set.page_links_);
      CollectImages(*text, file, &set.images_);
      partials[file.stem().string()] = std::move(*text);
    }
  }
  std::vector<std::pair<std::string, std::filesystem::path>> templates;
  for (const char* required : {"layout", "404"}) templates.emplace_back(required, dir / (std::string(required) + kExtension));
  // Only a site with campaigns needs the print overview; asking for it then reports it missing.
  if (std::filesystem::is_regular_file(dir / "drukwerk.mustache")) templates.emplace_back("drukwerk", dir / "drukwerk.mustache");
  // The index of the staff folder (site-intern/); without it that folder has no index page.
  if (std::filesystem::is_regular_file(dir / "intern.mustache")) templates.emplace_back("intern", dir / "intern.mustache");
  if (std::filesystem::is_regular_file(dir / "resultaten.mustache")) {
    templates.emplace_back("resultaten", dir / "resultaten.mustache");
  }
  for (const char* folder : {"generated", "kiosk"}) {
    for (const auto& file : FilesIn(dir, dir / folder, {kExtension}, diagnostics)) {
      templates.emplace_back(std::string(folder) + "/" + file.stem().string(), file);
    }
  }
  for (const auto& [name, file] : templates) {
    auto text = read(file);
    if (!text) continue;
    CollectPageLinks(*text, file, &set.page_links_);
    CollectImages(*text, file, &set.images_);
    std::string expanded = InlinePartials(*text, partials, file, 0, diagnostics);
    kainjow::mustache::mustache parsed(expanded);
    if (!parsed.is_valid()) {
      diagnostics->Add(TemplateError(file, parsed.error_message()));
      continue;
    }
    set.texts_[name] = std::move(expanded);
  }
  const std::filesystem::path numbers_file = EmergencyNumbersFile(dir);
  if (Status inside = CheckInside(dir, numbers_file); !inside.ok()) {
    diagnostics->Add(inside);
  } else if (Result<EmergencyNumbers> numbers = LoadEmergencyNumbers(env, numbers_file); numbers.ok()) {
    set.emergency_numbers_ = std::move(numbers).value();
  } else {
    diagnostics->Add(numbers.error());
  }
  if (auto first = diagnostics->FirstErrorFrom(size_before)) return *first;
  return set;
}

Renderer::Renderer(const TemplateSet& set) : set_(set) {}

Result<std::string> Renderer::Render(const std::string& name, const TemplateData& data, const TemplateData* base) {
  // Parsed on first use: a kiosk renders a dozen of the set's templates, and each parsed template
  // costs memory in every renderer.
  auto it = parsed_.find(name);
  if (it == parsed_.end()) {
    auto text = set_.texts_.find(name);
    if (text == set_.texts_.end()) {
      return Error((set_.dir() / (name + kExtension)).string(), 0, "sjabloon ontbreekt",
                   "zet het terug uit de templates/ van Nietpluis");
    }
    it = parsed_.emplace(name, kainjow::mustache::mustache(text->second)).first;
  }
  kainjow::mustache::context<std::string> context(base ? base : &data);
  if (base) context.push(&data);
  std::string html = it->second.render(context);
  if (!it->second.is_valid()) return TemplateError(set_.dir() / (name + kExtension), it->second.error_message());
  return html;
}

}  // namespace nietpluis
