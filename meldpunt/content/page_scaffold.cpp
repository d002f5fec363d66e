// Creating new page files.
#include "content/page_scaffold.h"

#include "base/slug.h"
#include "base/text.h"

namespace nietpluis {
namespace {

// YAML needs quotes when a title holds a colon, a hash or starts with a quote; quoting always is simplest.
std::string YamlQuoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

// The scaffold's example lines: written by NewPageText, and looked for by WarnScaffoldLeftovers.
constexpr std::string_view kExampleLines[] = {
    "Schrijf hier de tekst van de pagina. Gebruik korte zinnen en spreek de lezer aan met u.",
    "## Een kop als vraag van de lezer",
    "Meer uitleg. [Terug naar de startpagina](/).",
};

std::string NewPageText(std::string_view title) {
  return "---\n"
         "title: " + YamlQuoted(title) + "\n"
         "description: \"\"\n"
         "# menu: 10\n"
         "---\n" +
         std::string(kExampleLines[0]) + "\n\n" + std::string(kExampleLines[1]) + "\n\n" + std::string(kExampleLines[2]) +
         "\n";
}

void WarnScaffoldLeftovers(const std::string& file, std::string_view text, Diagnostics* diagnostics) {
  int line = 1;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    std::string_view content = Trim(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    for (std::string_view example : kExampleLines) {
      if (content != example) continue;
      diagnostics->Add(Warning(file, line, "hier staat nog voorbeeldtekst van 'nietpluis new pagina'",
                               "vervang de regel door uw eigen tekst"));
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

Result<std::filesystem::path> CreatePage(Env* env, const std::filesystem::path& content_dir, std::string_view title) {
  std::string slug = Slugify(Trim(title));
  const std::filesystem::path pages_dir = content_dir / "pages";
  if (slug.empty()) {
    return Error(pages_dir.string(), 0, "van de titel '" + std::string(title) + "' kan geen bestandsnaam gemaakt worden",
                 "gebruik letters of cijfers in de titel");
  }
  const std::filesystem::path file = pages_dir / (slug + ".md");
  if (std::filesystem::exists(file)) {
    return Error(file.string(), 0, "deze pagina bestaat al", "kies een andere titel of pas de bestaande pagina aan");
  }
  if (Status s = env->CreateDirectories(pages_dir); !s.ok()) return s.error();
  if (Status s = env->WriteFile(file, NewPageText(Trim(title))); !s.ok()) return s.error();
  return file;
}

}  // namespace nietpluis
