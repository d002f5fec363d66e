// nietpluis: the generator's entry point; dispatches to build, serve and new.
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "commands.h"

namespace {

constexpr const char* kHelp =
    "Nietpluis maakt de website van uw niet-pluis meldpunt.\n"
    "\n"
    "Gebruik: nietpluis OPDRACHT [OPTIES]\n"
    "\n"
    "Opdrachten:\n"
    "  build              maak de site uit content/ in site/\n"
    "  serve              bekijk de site op uw eigen computer; ververst bij elke wijziging\n"
    "  new pagina TITEL   begin een nieuwe pagina\n"
    "  taal [PAD...]      kijk of de tekst op taalniveau B1 is\n"
    "\n"
    "Meer uitleg per opdracht: nietpluis OPDRACHT --help\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace nietpluis::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kHelp;
    return args.empty() ? kExitUsageError : kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "nietpluis " << NIETPLUIS_VERSION << "\n";
    return kExitOk;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "build") return RunBuild(args);
  if (command == "serve") return RunServe(args);
  if (command == "new") return RunNew(args);
  if (command == "taal") return RunTaal(args);
  return UsageError("", "onbekende opdracht '" + command + "'");
}
