// The national numbers for help (112 and the numbers for when the meldpunt is the wrong place),
// written once in templates/teksten/noodnummers.toml for the site, the kiosk and print alike.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

struct EmergencyNumber {
  std::string id;           // its table in noodnummers.toml: "politie"
  std::string label;        // before the number on the site and the kiosk
  std::string short_label;  // before the number on the wallet card, where room is short
  std::string number;       // as people read it: "0900-8844"
  std::string after;        // after the number, "" for nothing: "(gratis, dag en nacht)"
  std::string digits;       // for a tel: link: "09008844"
};

struct EmergencyNumbers {
  EmergencyNumber urgent;               // 112, for direct danger: a number only
  std::vector<EmergencyNumber> others;  // in the order they are shown
};

// templates/teksten/noodnummers.toml of a templates folder.
std::filesystem::path EmergencyNumbersFile(const std::filesystem::path& templates_dir);

// Reads `file` (see templates/teksten/noodnummers.toml). A missing text or a number without digits
// is an error naming the file, so no page or poster goes out with a blank where a number belongs.
Result<EmergencyNumbers> LoadEmergencyNumbers(Env* env, const std::filesystem::path& file);

}  // namespace nietpluis
