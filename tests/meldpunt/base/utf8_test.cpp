// Unit tests for meldpunt/base/utf8: checking, repairing and counting UTF-8, and marking what is invisible.
#include "base/utf8.h"

#include <catch2/catch.hpp>

#include <string>

namespace nietpluis {
namespace {

TEST_CASE("IsValidUtf8 accepts well-formed text and refuses broken, overlong and surrogate forms", "[text]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("melding"));
  CHECK(IsValidUtf8("\xc3\xa9\xc3\xa9n"));              // één
  CHECK(IsValidUtf8("\xe2\x82\xac"));                    // €
  CHECK(IsValidUtf8("\xf0\x9f\x98\x80"));                // an emoji
  CHECK_FALSE(IsValidUtf8("\xc3"));                      // cut off
  CHECK_FALSE(IsValidUtf8("\xc3\x28"));                  // bad continuation
  CHECK_FALSE(IsValidUtf8("\xc0\xaf"));                  // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xe0\x80\xaf"));              // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xed\xa0\x80"));              // a surrogate
  CHECK_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));          // beyond U+10FFFF
  CHECK_FALSE(IsValidUtf8("\xff"));
}

TEST_CASE("ReplaceInvalidUtf8 keeps well-formed text and marks each broken byte", "[text]") {
  CHECK(ReplaceInvalidUtf8("\xc3\xa9\xc3\xa9n") == "\xc3\xa9\xc3\xa9n");
  CHECK(ReplaceInvalidUtf8("teken: \xc3") == "teken: \xef\xbf\xbd");
  CHECK(ReplaceInvalidUtf8("\xc0\xaf/") == "\xef\xbf\xbd\xef\xbf\xbd/");
  CHECK(ReplaceInvalidUtf8("\xf0\x9f\x98") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

TEST_CASE("CountCharacters counts code points, not bytes", "[text]") {
  CHECK(CountCharacters("") == 0);
  CHECK(CountCharacters("abc") == 3);
  CHECK(CountCharacters("\xc3\xa9\xc3\xa9n") == 3);
  CHECK(CountCharacters("\xf0\x9f\x98\x80!") == 2);
}

TEST_CASE("MarkInvisible shows what would hide or turn text around, and keeps what reads normally", "[text]") {
  CHECK(MarkInvisible("Gewoon tekst, met één é.", LineBreaks::kMark) == "Gewoon tekst, met één é.");
  CHECK(MarkInvisible("a\tb", LineBreaks::kMark) == "a\tb");
  CHECK(MarkInvisible(std::string("a\0b\x7f" "c", 5), LineBreaks::kMark) == "a[U+0000]b[U+007F]c");
  CHECK(MarkInvisible("regel 1\nregel 2\r\n", LineBreaks::kMark) == "regel 1[U+000A]regel 2[U+000D][U+000A]");
  CHECK(MarkInvisible("regel 1\nregel 2\r\n", LineBreaks::kKeep) == "regel 1\nregel 2\r\n");
  // A right-to-left override makes "txt.exe" display as "exe.txt"; isolates, marks, zero-width
  // characters, the byte order mark, C1 controls and the Unicode line separators are shown too.
  CHECK(MarkInvisible("naam\u202Etxt.exe", LineBreaks::kKeep) == "naam[U+202E]txt.exe");
  CHECK(MarkInvisible("a\u2066b\u2069c\u200Fd\u061Ce", LineBreaks::kKeep) == "a[U+2066]b[U+2069]c[U+200F]d[U+061C]e");
  CHECK(MarkInvisible("ki\u200Bk\u200Cu\u200Dr\u2060t\uFEFF", LineBreaks::kKeep) ==
        "ki[U+200B]k[U+200C]u[U+200D]r[U+2060]t[U+FEFF]");
  CHECK(MarkInvisible("a\u0085b\u2028c\u2029d", LineBreaks::kKeep) == "a[U+0085]b[U+2028]c[U+2029]d");
  CHECK(MarkInvisible("half \xC3 letter", LineBreaks::kKeep) == "half \uFFFD letter");
}

}  // namespace
}  // namespace nietpluis
