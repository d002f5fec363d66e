// Splitting and checking YAML front matter with yaml-cpp; line numbers point into the page file.
#include "content/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <vector>

#include "base/dutch_format.h"
#include "base/slug.h"
#include "base/text.h"
#include "base/utf8.h"

namespace nietpluis {
namespace {

const std::vector<std::string>& KnownKeys() {
  static const std::vector<std::string> keys = {"title", "description", "menu", "menu_title", "slug", "generate"};
  return keys;
}

const std::vector<GeneratedKind>& GeneratedKinds() {
  static const std::vector<GeneratedKind> kinds = {GeneratedKind::kPrivacy, GeneratedKind::kAccessibility,
                                                   GeneratedKind::kKioskLocations, GeneratedKind::kReport};
  return kinds;
}

// Finds the line that closes the front matter ("---" alone), starting after the opening one.
std::optional<std::size_t> FindClosingFence(std::string_view text, std::size_t from, int* lines_seen) {
  std::size_t pos = from;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    ++*lines_seen;
    if (Trim(line) == "---") return pos;
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return std::nullopt;
}

// The first line (from 1) with bytes that are not UTF-8, or 0. A UTF-8 sequence never holds a '\n',
// so checking line by line finds the line of the bad byte.
int FirstLineNotUtf8(std::string_view text) {
  if (IsValidUtf8(text)) return 0;
  int line = 1;
  for (std::size_t start = 0;; ++line) {
    std::size_t end = text.find('\n', start);
    if (!IsValidUtf8(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start))) return line;
    if (end == std::string_view::npos) return 0;
    start = end + 1;
  }
}

class FrontMatterReader {
 public:
  FrontMatterReader(const std::string& file, Diagnostics* diagnostics) : file_(file), diagnostics_(diagnostics) {}

  // YAML marks are 0-based and count from the line after the opening ---.
  int FileLine(const YAML::Node& node) const { return node.Mark().line + 2; }

  void Read(const YAML::Node& root, FrontMatter* front) {
    std::vector<std::string> seen;
    for (const auto& entry : root) {
      const int line = FileLine(entry.first);
      const std::string key = entry.first.Scalar();
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
        Add(line, "'" + key + "' staat twee keer in de front matter", "haal een van de twee weg");
        continue;
      }
      seen.push_back(key);
      ReadKey(key, entry.second, line, front);
    }
    if (Trim(front->title).empty()) {
      Add(1, "de titel ontbreekt", "voeg bovenaan toe: title: Uw titel als vraag van de lezer");
    }
    if (Trim(front->description).empty()) {
      Add(1, "de beschrijving ontbreekt",
          "voeg bovenaan toe: description: één zin over waar deze pagina over gaat (zoekmachines tonen die)");
    }
  }

 private:
  void Add(int line, std::string problem, std::string remedy) {
    diagnostics_->Add(Error(file_, line, std::move(problem), std::move(remedy)));
  }

  bool RequireText(const std::string& key, const YAML::Node& value, int line) {
    if (value.IsScalar()) return true;
    Add(line, "'" + key + "' moet tekst zijn", "schrijf de tekst achter de dubbele punt op dezelfde regel");
    return false;
  }

  void ReadKey(const std::string& key, const YAML::Node& value, int line, FrontMatter* front) {
    if (key == "title") {
      if (RequireText(key, value, line)) front->title = std::string(Trim(value.Scalar()));
      front->title_line = line;
    } else if (key == "description") {
      if (RequireText(key, value, line)) front->description = std::string(Trim(value.Scalar()));
    } else if (key == "menu_title") {
      if (RequireText(key, value, line)) front->menu_title = std::string(Trim(value.Scalar()));
    } else if (key == "menu") {
      ReadMenu(value, line, front);
    } else if (key == "slug") {
      ReadSlug(value, line, front);
    } else if (key == "generate") {
      ReadGenerate(value, line, front);
    } else {
      std::string suggestion = ClosestMatch(key, KnownKeys());
      Add(line, "onbekende sleutel '" + key + "' in de front matter",
          suggestion.empty() ? "gebruik alleen " + JoinDutch(KnownKeys()) : "bedoelt u '" + suggestion + "'?");
    }
  }

  void ReadMenu(const YAML::Node& value, int line, FrontMatter* front) {
    int order = 0;
    if (!value.IsScalar() || !YAML::convert<int>::decode(value, order) || order < 1) {
      Add(line, "menu moet een heel getal vanaf 1 zijn", "schrijf bijvoorbeeld menu: 3, of haal de regel weg");
      return;
    }
    front->menu = order;
    front->menu_line = line;
  }

  void ReadSlug(const YAML::Node& value, int line, FrontMatter* front) {
    if (!RequireText("slug", value, line)) return;
    std::string slug = value.Scalar();
    front->slug_line = line;
    if (!IsValidSlug(slug)) {
      std::string example = Slugify(slug);
      Add(line, "slug '" + slug + "' kan niet in een webadres",
          "gebruik kleine letters, cijfers en streepjes, zoals '" + (example.empty() ? "hoe-meld-ik" : example) + "'");
      return;
    }
    front->slug = slug;
  }

  void ReadGenerate(const YAML::Node& value, int line, FrontMatter* front) {
    std::vector<std::string> names;
    for (GeneratedKind kind : GeneratedKinds()) {
      names.emplace_back(GeneratedKindName(kind));
      if (value.IsScalar() && value.Scalar() == GeneratedKindName(kind)) {
        front->generate = kind;
        return;
      }
    }
    Add(line, "generate: '" + (value.IsScalar() ? value.Scalar() : std::string("?")) + "' bestaat niet",
        "kies uit " + JoinDutch(names));
  }

  const std::string& file_;
  Diagnostics* diagnostics_;
};

}  // namespace

std::string_view GeneratedKindName(GeneratedKind kind) {
  switch (kind) {
    case GeneratedKind::kPrivacy: return "privacy";
    case GeneratedKind::kAccessibility: return "toegankelijkheid";
    case GeneratedKind::kKioskLocations: return "kiosk-locaties";
    case GeneratedKind::kReport: return "melden";
    case GeneratedKind::kNone: break;
  }
  return "";
}

Result<SplitPage> ParsePage(std::string_view text, const std::string& file, Diagnostics* diagnostics) {
  auto unreadable = [diagnostics](Diagnostic error) {
    diagnostics->Add(error);
    return error;
  };
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);  // a BOM from Windows editors
  // A file saved as Windows-1252 would put broken letters on the site (and in this message).
  if (int line = FirstLineNotUtf8(text); line > 0) {
    return unreadable(Error(file, line, "op deze regel staat een teken dat geen UTF-8 is",
                            "sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8)"));
  }
  std::size_t first_end = text.find('\n');
  if (Trim(text.substr(0, first_end)) != "---") {
    return unreadable(Error(file, 1, "de pagina begint niet met front matter",
                            "zet bovenaan een regel ---, dan title: en description:, en weer een regel ---"));
  }
  int lines_seen = 1;
  std::size_t yaml_start = first_end == std::string_view::npos ? text.size() : first_end + 1;
  auto fence = FindClosingFence(text, yaml_start, &lines_seen);
  if (!fence) {
    return unreadable(Error(file, 1, "de front matter wordt niet afgesloten", "zet een regel --- onder de front matter"));
  }

  SplitPage page;
  std::size_t fence_end = text.find('\n', *fence);
  page.body = fence_end == std::string_view::npos ? std::string_view() : text.substr(fence_end + 1);
  page.body_first_line = lines_seen + 1;

  YAML::Node root;
  try {
    root = YAML::Load(std::string(text.substr(yaml_start, *fence - yaml_start)));
  } catch (const YAML::Exception& error) {
    // yaml-cpp may quote one byte of a character ("unknown escape character: \xc3").
    diagnostics->Add(Error(file, error.mark.line + 2, "de front matter klopt niet (" + ReplaceInvalidUtf8(error.msg) + ")",
                           "zet een waarde met een dubbele punt erin tussen aanhalingstekens"));
    return page;
  }
  if (!root.IsMap()) {
    diagnostics->Add(Error(file, 2, "de front matter is geen lijst van sleutels",
                           "schrijf elke regel als sleutel: waarde, zoals title: Contact"));
    return page;
  }
  FrontMatterReader(file, diagnostics).Read(root, &page.front);
  return page;
}

}  // namespace nietpluis
