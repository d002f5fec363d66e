// A page's front matter: the YAML block between `---` lines at the top, checked key by key.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace nietpluis {

// Pages whose main part is made from site.toml rather than written by hand.
enum class GeneratedKind { kNone, kPrivacy, kAccessibility, kKioskLocations, kReport };

struct FrontMatter {
  std::string title;
  int title_line = 1;  // the line of `title:`, where the language check points for the title
  std::string description;
  std::optional<int> menu;  // order in the main menu; absent = not in the menu
  int menu_line = 0;        // the line of `menu:` in the file
  std::string menu_title;   // shorter label for the menu; "" = title
  std::string slug;         // "" = from the file name
  GeneratedKind generate = GeneratedKind::kNone;
  int slug_line = 1;  // where to point when the slug clashes
};

struct SplitPage {
  FrontMatter front;
  std::string_view body;  // the Markdown after the closing ---
  int body_first_line = 1;
};

// Splits and checks `text`, the whole page file named `file`. Every problem goes to `diagnostics`, so
// a writer sees them all at once; the result is an error only when the page cannot be read at all,
// and that error is the one already in `diagnostics` (do not add it again).
Result<SplitPage> ParsePage(std::string_view text, const std::string& file, Diagnostics* diagnostics);

// The name used in front matter and templates: "privacy", "toegankelijkheid", "kiosk-locaties".
std::string_view GeneratedKindName(GeneratedKind kind);

}  // namespace nietpluis
