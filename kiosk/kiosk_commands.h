// The kiosk's commands; main() only dispatches to these.
#pragma once

#include <string>
#include <vector>

namespace nietpluis::kiosk {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitUsageError = 2;

// nietpluis-kiosk --config FILE: serves the screens and forwards reports until SIGTERM or SIGINT.
int RunKiosk(const std::vector<std::string>& argv);
// nietpluis-kiosk controleer --config FILE: loads everything the kiosk needs, then says what it found.
int RunCheck(const std::vector<std::string>& argv);
// nietpluis-kiosk status --config FILE: the queue and the last delivery, from the database.
int RunStatus(const std::vector<std::string>& argv);
// nietpluis-kiosk opnieuw --config FILE (ID... | --alle): refused reports back into the queue.
int RunRequeue(const std::vector<std::string>& argv);
// nietpluis-kiosk adressen importeer BESTAND --config FILE: a new address register from the BAG.
int RunAddresses(const std::vector<std::string>& argv);
// nietpluis-kiosk statistiek --config FILE [--vanaf WEEK] [--tot WEEK] [--json]: the weekly counts.
int RunCounts(const std::vector<std::string>& argv);
// nietpluis-kiosk it-bericht --config FILE: mails IT what is wrong; sends nothing when all is well.
int RunItMessage(const std::vector<std::string>& argv);

}  // namespace nietpluis::kiosk
