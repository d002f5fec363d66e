// A hash table of entries by their text, for the B1 check's word caches: a site repeats its words,
// so nearly every lookup finds an entry, and that lookup must cost little.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string_view>
#include <utility>
#include <vector>

namespace nietpluis {

// FNV-style mixing over 8 bytes at a time: words are short, and this runs once per word of a site.
inline std::uint64_t HashText(std::string_view text) {
  std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ text.size();
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t block;
    std::memcpy(&block, p, 8);
    hash = (hash ^ block) * 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 32;
  }
  // The last bytes, read in at most two overlapping loads (never past the end of the text).
  std::uint64_t tail = 0;
  if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    tail = first | (static_cast<std::uint64_t>(last) << 32);
  } else if (n > 0) {
    tail = static_cast<unsigned char>(p[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
           (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return hash ^ (hash >> 29);
}

// Whether two texts of `n` bytes agree in their first and last sizeof(Word) bytes, which for
// n <= 2 * sizeof(Word) is all of them.
template <typename Word>
inline bool SameEnds(const char* x, const char* y, std::size_t n) {
  Word x_first, x_last, y_first, y_last;
  std::memcpy(&x_first, x, sizeof(Word));
  std::memcpy(&x_last, x + n - sizeof(Word), sizeof(Word));
  std::memcpy(&y_first, y, sizeof(Word));
  std::memcpy(&y_last, y + n - sizeof(Word), sizeof(Word));
  return x_first == y_first && x_last == y_last;
}

// Equal texts, compared with at most four loads for words up to 16 bytes.
inline bool SameText(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n > 16) return std::memcmp(x, y, n) == 0;
  if (n >= 8) return SameEnds<std::uint64_t>(x, y, n);
  if (n >= 4) return SameEnds<std::uint32_t>(x, y, n);
  return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
}

// Entries by their `text`, with open addressing: std::unordered_map would hash with a slower
// function and chase a node per lookup. Entries never move, so pointers to them stay valid.
template <typename Entry>
class TextTable {
 public:
  template <typename Make>
  Entry& FindOrAdd(std::string_view text, Make make) {
    const std::uint64_t hash = HashText(text);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (!slot.entry) break;
      if (slot.hash == hash && SameText(slot.entry->text, text)) return *slot.entry;
    }
    return Add(hash, make(text));
  }

  std::size_t size() const { return entries_.size(); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Entry* entry = nullptr;
  };

  // Out of line: a site's words are nearly all found, not added.
  [[gnu::noinline]] Entry& Add(std::uint64_t hash, Entry&& made) {
    Entry& entry = entries_.emplace_back(std::move(made));
    if (2 * entries_.size() > slots_.size()) Grow();
    Insert(hash, &entry);
    return entry;
  }

  void Insert(std::uint64_t hash, Entry* entry) {
    std::size_t i = hash & mask_;
    while (slots_[i].entry) i = (i + 1) & mask_;
    slots_[i] = Slot{hash, entry};
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.entry) Insert(slot.hash, slot.entry);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  std::size_t mask_ = 1023;
  std::deque<Entry> entries_;
};

}  // namespace nietpluis
