// `nietpluis taal`: the B1 language check on its own, as lines for a person or JSON for a tool.
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "site/page_language.h"

namespace nietpluis::cli {
namespace {

constexpr const char* kTaalHelp =
    "Gebruik: nietpluis taal [--json] [--content MAP] [PAD...]\n"
    "\n"
    "Kijkt of de tekst op taalniveau B1 is: te lange zinnen, lange of moeilijke\n"
    "woorden (met een eenvoudiger woord als dat bekend is), de lijdende vorm,\n"
    "naamwoordstijl en het mengen van u en je. Zonder PAD: alle pagina's in\n"
    "content/pages. Per pagina volgt een score.\n"
    "\n"
    "  --json           uitvoer als JSON, voor andere programma's\n"
    "  --content MAP    map met site.toml en taal/woorden.toml\n"
    "\n"
    "Moeilijke en gewone woorden staan in content/taal/woorden.toml; grenzen en\n"
    "namen in [taalcheck] in site.toml.\n"
    "Afsluitcode: 0 geen fouten, 1 een pagina heeft een fout, 2 verkeerd gebruik.\n";

}  // namespace

int RunTaal(const std::vector<std::string>& argv) {
  Result<Args> parsed = Parse(argv, {"--content"}, {"--json"});
  if (!parsed.ok()) return UsageError("taal", UsageText(parsed.error()));
  const Args& args = parsed.value();
  if (args.help) {
    std::cout << kTaalHelp;
    return kExitOk;
  }
  std::vector<std::filesystem::path> files;
  for (const std::string& path : args.positional) {
    if (!std::filesystem::exists(path)) return UsageError("taal", "'" + path + "' bestaat niet");
    files.emplace_back(path);
  }
  LanguageRun run = CheckContentLanguage(Env::Default(), FlagOr(args, "--content", "content"), files);
  for (const Diagnostic& d : run.diagnostics.all()) std::cerr << d.ToString() << "\n";

  bool has_error = run.diagnostics.HasErrors();
  for (const CheckedPage& page : run.pages) has_error = has_error || page.language.score.errors > 0;
  if (args.flags.count("--json")) {
    std::cout << LanguageJson(run.pages).dump(2) << "\n";
    return has_error ? kExitContentError : kExitOk;
  }
  for (const CheckedPage& page : run.pages) {
    for (const Finding& finding : page.language.findings) {
      std::cout << FindingDiagnostic(page.file, finding, false).ToString() << "\n";
    }
  }
  for (const CheckedPage& page : run.pages) std::cout << ScoreLine(page.file, page.language.score) << "\n";
  return has_error ? kExitContentError : kExitOk;
}

}  // namespace nietpluis::cli
