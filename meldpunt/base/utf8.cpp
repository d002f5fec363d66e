// UTF-8 text from others.
#include "base/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace nietpluis {

namespace {

// The length of the well-formed UTF-8 sequence at text[i], or 0 when none starts there.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (c < 0x80) {
    return 1;
  } else if ((c & 0xe0) == 0xc0) {
    length = 2, code = c & 0x1f;
  } else if ((c & 0xf0) == 0xe0) {
    length = 3, code = c & 0x0f;
  } else if ((c & 0xf8) == 0xf0) {
    length = 4, code = c & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t j = 1; j < length; ++j) {
    unsigned char next = static_cast<unsigned char>(text[i + j]);
    if ((next & 0xc0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3f);
  }
  const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 0;
  return length;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string ReplaceInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = Utf8SequenceLength(text, i);
    out += length == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, length);
    i += length == 0 ? 1 : length;
  }
  return out;
}

namespace {

// The code point of the well-formed sequence of `length` bytes at `text[at]`.
char32_t DecodeUtf8(std::string_view text, std::size_t at, std::size_t length) {
  const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[at + i])); };
  switch (length) {
    case 1: return byte(0);
    case 2: return ((byte(0) & 0x1f) << 6) | (byte(1) & 0x3f);
    case 3: return ((byte(0) & 0x0f) << 12) | ((byte(1) & 0x3f) << 6) | (byte(2) & 0x3f);
    default: return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3f) << 12) | ((byte(2) & 0x3f) << 6) | (byte(3) & 0x3f);
  }
}

bool IsInvisible(char32_t c, LineBreaks line_breaks) {
  if (c == '\n' || c == '\r') return line_breaks == LineBreaks::kMark;
  if (c == '\t') return false;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f)     // C0 controls, DEL, C1 controls
         || c == 0x061c || c == 0x200e || c == 0x200f  // bidi marks
         || (c >= 0x202a && c <= 0x202e)              // bidi embeddings and overrides
         || (c >= 0x2066 && c <= 0x2069)              // bidi isolates
         || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff  // zero-width characters
         || c == 0x2028 || c == 0x2029;               // line and paragraph separators
}

}  // namespace

std::string MarkInvisible(std::string_view text, LineBreaks line_breaks) {
  // Most messages are plain printable ASCII: nothing to decode.
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; })) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char32_t c = DecodeUtf8(text, i, length);
    if (IsInvisible(c, line_breaks)) {
      char marked[16];
      std::snprintf(marked, sizeof marked, "[U+%04X]", static_cast<unsigned>(c));
      out += marked;
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

std::size_t CountCharacters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  }));
}

}  // namespace nietpluis
