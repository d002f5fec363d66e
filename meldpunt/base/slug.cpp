// Turning Dutch titles into URL slugs.
#include "base/slug.h"

#include <cctype>

namespace nietpluis {
namespace {

// Two-byte UTF-8 sequences (U+00C0..U+017F) of letters used in Dutch text, folded to ASCII.
const char* FoldLatin(unsigned code_point) {
  switch (code_point) {
    case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE4: case 0xE5:
    case 0xC0: case 0xC1: case 0xC2: case 0xC3: case 0xC4: case 0xC5: return "a";
    case 0xE8: case 0xE9: case 0xEA: case 0xEB:
    case 0xC8: case 0xC9: case 0xCA: case 0xCB: return "e";
    case 0xEC: case 0xED: case 0xEE: case 0xEF:
    case 0xCC: case 0xCD: case 0xCE: case 0xCF: return "i";
    case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF6:
    case 0xD2: case 0xD3: case 0xD4: case 0xD5: case 0xD6: return "o";
    case 0xF9: case 0xFA: case 0xFB: case 0xFC:
    case 0xD9: case 0xDA: case 0xDB: case 0xDC: return "u";
    case 0xE7: case 0xC7: return "c";
    case 0xF1: case 0xD1: return "n";
    case 0xFD: case 0xFF: case 0xDD: return "y";
    case 0x132: case 0x133: return "ij";
    default: return nullptr;
  }
}

}  // namespace

std::string Slugify(std::string_view title) {
  std::string slug;
  bool pending_hyphen = false;
  auto append = [&](std::string_view letters) {
    if (pending_hyphen && !slug.empty()) slug += '-';
    pending_hyphen = false;
    slug += letters;
  };
  for (std::size_t i = 0; i < title.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(title[i]);
    if (std::isalnum(c)) {
      char lower = static_cast<char>(std::tolower(c));
      append(std::string_view(&lower, 1));
    } else if ((c & 0xE0) == 0xC0 && i + 1 < title.size()) {
      unsigned code_point = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(title[i + 1]) & 0x3Fu);
      ++i;
      if (const char* folded = FoldLatin(code_point)) {
        append(folded);
      } else {
        pending_hyphen = true;
      }
    } else if ((c & 0xF0) == 0xE0 && i + 2 < title.size()) {
      unsigned code_point = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(title[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(title[i + 2]) & 0x3Fu);
      i += 2;
      if (code_point != 0x2019) pending_hyphen = true;  // a typographic apostrophe joins, like '
    } else if (c == '\'' || c == 0x60) {
      // "auto's" -> "autos": an apostrophe does not split a word.
    } else {
      pending_hyphen = true;
    }
  }
  return slug;
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

}  // namespace nietpluis
