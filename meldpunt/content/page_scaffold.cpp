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

std::string NewPageText(std::string_view title) {
  return "---\n"
         "title: " + YamlQuoted(title) + "\n"
         "description: \"\"\n"
         "# menu: 10\n"
         "---\n"
         "Schrijf hier de tekst van de pagina. Gebruik korte zinnen en spreek de lezer aan met u.\n"
         "\n"
         "## Een kop als vraag van de lezer\n"
         "\n"
         "Meer uitleg. [Terug naar de startpagina](/).\n";
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
