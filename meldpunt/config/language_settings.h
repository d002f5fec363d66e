// What site.toml's [taalcheck] says about the B1 check: its limits and the names it leaves alone.
// A header of its own, so the language layer can take it without the rest of the site's settings.
#pragma once

#include <string>
#include <vector>

namespace nietpluis {

// All optional in site.toml.
struct LanguageCheckSettings {
  int sentence_warning = 15;
  int sentence_error = 20;
  int long_word_syllables = 4;
  std::vector<std::string> names;
};

}  // namespace nietpluis
