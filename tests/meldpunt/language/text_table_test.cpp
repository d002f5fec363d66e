// Tests of the word caches' hash table: found again by text, made once, entries that never move.
#include "language/text_table.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

struct Entry {
  std::string text;
  int made = 0;
};

TEST_CASE("SameText compares texts of every length up to past sixteen bytes", "[taal]") {
  const std::string base = "abcdefghijklmnopqrstuvwxyz";
  for (std::size_t n = 0; n <= base.size(); ++n) {
    const std::string a = base.substr(0, n);
    CHECK(SameText(a, std::string(a)));
    for (std::size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = '#';
      CHECK_FALSE(SameText(a, b));
    }
    if (n < base.size()) CHECK_FALSE(SameText(a, base.substr(0, n + 1)));
  }
}

TEST_CASE("HashText is the same for the same text wherever it lies", "[taal]") {
  const std::string one = "buurtwerker", two = "de buurtwerker";
  CHECK(HashText(one) == HashText(std::string_view(two).substr(3)));
  CHECK(HashText("buurtwerker") != HashText("buurtwerkers"));
}

TEST_CASE("A TextTable makes each entry once and its entries stay put while it grows", "[taal]") {
  TextTable<Entry> table;
  int made = 0;
  auto make = [&made](std::string_view text) { return Entry{std::string(text), ++made}; };
  Entry& first = table.FindOrAdd("buurman", make);
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("woord" + std::to_string(i));
  for (const std::string& word : words) table.FindOrAdd(word, make);
  CHECK(table.size() == 5001);
  CHECK(&table.FindOrAdd("buurman", make) == &first);
  CHECK(first.made == 1);
  CHECK(table.FindOrAdd("woord4999", make).made == 5001);
  CHECK(made == 5001);
}

}  // namespace
}  // namespace nietpluis
