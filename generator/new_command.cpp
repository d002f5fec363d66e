// `nietpluis new pagina TITEL`: start a page with its front matter filled in.
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "content/page_scaffold.h"

namespace nietpluis::cli {
namespace {

constexpr const char* kNewHelp =
    "Gebruik: nietpluis new pagina \"TITEL\" [--content MAP]\n"
    "\n"
    "Maakt content/pages/<titel-als-slug>.md met de front matter al ingevuld.\n"
    "Vul daarna de beschrijving in en schrijf de tekst.\n";

}  // namespace

int RunNew(const std::vector<std::string>& argv) {
  Result<Args> parsed = Parse(argv, {"--content"}, {});
  if (!parsed.ok()) return UsageError("new", UsageText(parsed.error()));
  const Args& args = parsed.value();
  if (args.help) {
    std::cout << kNewHelp;
    return kExitOk;
  }
  if (args.positional.empty() || args.positional[0] != "pagina") {
    return UsageError("new", "wat wilt u maken? Schrijf: nietpluis new pagina \"Titel\"");
  }
  if (args.positional.size() != 2) {
    return UsageError("new", "geef één titel, tussen aanhalingstekens als er spaties in staan");
  }
  Result<std::filesystem::path> file =
      CreatePage(Env::Default(), FlagOr(args, "--content", "content"), args.positional[1]);
  if (!file.ok()) {
    std::cerr << file.error().ToString() << "\n";
    return kExitContentError;
  }
  std::cout << "nietpluis: " << file.value().string() << " gemaakt; vul de beschrijving in en schrijf de tekst\n";
  return kExitOk;
}

}  // namespace nietpluis::cli
