// Escaping text for HTML and XML.
#include "base/markup.h"

#include <cstdint>
#include <cstring>

namespace nietpluis {

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscapedMarkup(text, &out);
  return out;
}

namespace {

// Sixteen bytes at a time (GCC vector extensions): whether text[at, at + 16) holds a byte to escape,
// and at which offset the first one is.
bool SpecialInBlock(const char* at, std::size_t* offset) {
  using Bytes = unsigned char __attribute__((vector_size(16)));
  Bytes bytes;
  std::memcpy(&bytes, at, 16);
  const Bytes special = (bytes == '&') | (bytes == '<') | (bytes == '>') | (bytes == '"') | (bytes == '\'');
  std::uint64_t low, high;
  std::memcpy(&low, &special, 8);
  std::memcpy(&high, reinterpret_cast<const char*>(&special) + 8, 8);
  if (!(low | high)) return false;
  *offset = low ? __builtin_ctzll(low) / 8 : 8 + __builtin_ctzll(high) / 8;
  return true;
}

}  // namespace

void AppendEscapedMarkup(std::string_view text, std::string* out) {
  const std::size_t size = text.size();
  std::size_t start = 0;
  for (std::size_t i = 0; i < size; ++i) {
    // The language report escapes every word of a site; most of it has nothing to escape.
    std::size_t offset = 0;
    for (; i + 16 <= size; i += 16) {
      if (SpecialInBlock(text.data() + i, &offset)) break;
    }
    if (i + 16 <= size) {
      i += offset;
    } else if (size >= 16 && !SpecialInBlock(text.data() + size - 16, &offset)) {
      break;  // the last block, ending where the text ends, holds nothing to escape
    }
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out->append(text.data() + start, i - start);
    *out += entity;
    start = i + 1;
  }
  out->append(text.data() + start, size - start);
}

}  // namespace nietpluis
