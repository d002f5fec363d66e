// nietpluis-kiosk: the meldzuil's entry point; dispatches to serving, checking, status and requeue.
#include <sys/prctl.h>

#include <iostream>
#include <string>
#include <vector>

#include "kiosk_commands.h"

namespace {

constexpr const char* kHelp =
    "Nietpluis-kiosk laat bewoners een zorg melden op een aanraakscherm (meldzuil), bewaart\n"
    "elke melding veilig en stuurt hem door naar de organisatie van dat postcodegebied.\n"
    "\n"
    "Gebruik:\n"
    "  nietpluis-kiosk --config kiosk.toml           start de meldzuil (stoppen: Ctrl+C)\n"
    "  nietpluis-kiosk controleer --config kiosk.toml  kijk de instellingen na zonder te starten\n"
    "  nietpluis-kiosk status --config kiosk.toml    laat zien wat er wacht en wat er bezorgd is\n"
    "  nietpluis-kiosk opnieuw --config kiosk.toml (ID... | --alle)\n"
    "                                                zet geweigerde meldingen terug in de rij\n"
    "  nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml\n"
    "                                                lees de adressen van de gemeente in (BAG)\n"
    "  nietpluis-kiosk statistiek --config kiosk.toml [--vanaf WEEK] [--tot WEEK] [--json]\n"
    "                                                meldingen per week, bron en campagne (CSV)\n"
    "  nietpluis-kiosk it-bericht --config kiosk.toml  mail ICT als er iets mis is (anders niets)\n"
    "  nietpluis-kiosk --version\n"
    "\n"
    "Uitleg over kiosk.toml en installeren: docs/kiosk.md en de README.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace nietpluis::kiosk;
  // Memory holds reports (text, name, phone), also after delivery: no core file may keep them.
  // Non-dumpable also keeps other processes of the same user from reading that memory.
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kHelp;
    return kExitUsageError;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kHelp;
    return kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "nietpluis-kiosk " << NIETPLUIS_VERSION << "\n";
    return kExitOk;
  }
  const std::string command = args[0];
  if (command == "adressen") {
    args.erase(args.begin());
    return RunAddresses(args);
  }
  if (command == "statistiek") {
    args.erase(args.begin());
    return RunCounts(args);
  }
  if (command == "controleer" || command == "status" || command == "opnieuw" || command == "it-bericht") {
    args.erase(args.begin());
    if (command == "controleer") return RunCheck(args);
    if (command == "it-bericht") return RunItMessage(args);
    return command == "status" ? RunStatus(args) : RunRequeue(args);
  }
  return RunKiosk(args);
}
