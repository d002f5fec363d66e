// Unit tests for meldpunt/text: trimming, typo suggestions and Dutch formatting of dates, numbers and lists.
#include "text.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

TEST_CASE("Trim removes spaces, tabs and line ends at both ends only", "[text]") {
  CHECK(Trim("  melding \t\r\n") == "melding");
  CHECK(Trim("niet pluis") == "niet pluis");
  CHECK(Trim(" niet  pluis ") == "niet  pluis");
  CHECK(Trim("") == "");
  CHECK(Trim(" \t\r\n ") == "");
}

TEST_CASE("StartsWith and EndsWith compare whole prefixes and suffixes", "[text]") {
  CHECK(StartsWith("https://www.proef.nl/", "https://"));
  CHECK_FALSE(StartsWith("http://www.proef.nl/", "https://"));
  CHECK_FALSE(StartsWith("ht", "https://"));
  CHECK(EndsWith("https://www.proef.nl/", "/"));
  CHECK_FALSE(EndsWith("https://www.proef.nl", "/"));
  CHECK_FALSE(EndsWith("", "/"));
}

TEST_CASE("EditDistance counts insertions, deletions and substitutions", "[text]") {
  CHECK(EditDistance("telefoon", "telefoon") == 0);
  CHECK(EditDistance("telefon", "telefoon") == 1);   // one letter missing
  CHECK(EditDistance("telefoonn", "telefoon") == 1);  // one letter too many
  CHECK(EditDistance("telefaon", "telefoon") == 1);   // one letter wrong
  CHECK(EditDistance("titel", "title") == 2);         // swapped letters count twice
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "menu") == 4);
  CHECK(EditDistance("menu", "") == 4);
  CHECK(EditDistance("", "") == 0);
}

TEST_CASE("ClosestMatch suggests a key for a typo", "[text]") {
  const std::vector<std::string> keys = {"telefoon", "telefoon_uren", "email", "postadres"};
  CHECK(ClosestMatch("telefon", keys) == "telefoon");
  CHECK(ClosestMatch("emial", keys) == "email");
  CHECK(ClosestMatch("postadress", keys) == "postadres");
  CHECK(ClosestMatch("telefoon_uur", keys) == "telefoon_uren");
}

TEST_CASE("ClosestMatch suggests nothing for a word that is not a typo", "[text]") {
  const std::vector<std::string> keys = {"title", "description", "menu", "menu_title", "slug", "generate"};
  CHECK(ClosestMatch("auteur", keys) == "");
  CHECK(ClosestMatch("xyz", keys) == "");
  CHECK(ClosestMatch("titel", {}) == "");
}

TEST_CASE("JoinDutch writes lists the Dutch way", "[text]") {
  CHECK(JoinDutch({}) == "");
  CHECK(JoinDutch({"privacy"}) == "privacy");
  CHECK(JoinDutch({"privacy", "toegankelijkheid"}) == "privacy en toegankelijkheid");
  CHECK(JoinDutch({"privacy", "toegankelijkheid", "kiosk-locaties"}) == "privacy, toegankelijkheid en kiosk-locaties");
  CHECK(JoinDutch({"a", "b", "c", "d"}) == "a, b, c en d");
}

TEST_CASE("DutchDate writes the day, the month in words and the year", "[text]") {
  CHECK(DutchDate(2026, 11, 1) == "1 november 2026");
  CHECK(DutchDate(2026, 1, 31) == "31 januari 2026");
  CHECK(DutchDate(2025, 3, 15) == "15 maart 2025");
  CHECK(DutchDate(2027, 12, 24) == "24 december 2027");
}

TEST_CASE("DutchDateTime writes the local date and time the Dutch way", "[text]") {
  setenv("TZ", "Europe/Amsterdam", 1);
  tzset();
  CHECK(DutchDateTime(1764583380) == "1 december 2025 om 11.03 uur");
  CHECK(DutchDateTime(1751364000) == "1 juli 2025 om 12.00 uur");  // summer time
  unsetenv("TZ");
  tzset();
}

TEST_CASE("DutchDate falls back to the year for a month out of range", "[text]") {
  CHECK(DutchDate(2026, 0, 1) == "2026");
  CHECK(DutchDate(2026, 13, 1) == "2026");
  CHECK(DutchDate(2026, -1, 1) == "2026");
}

TEST_CASE("DutchDecimal uses a decimal comma and rounds to the given places", "[text]") {
  CHECK(DutchDecimal(1.234, 2) == "1,23");
  CHECK(DutchDecimal(3.5448, 1) == "3,5");
  CHECK(DutchDecimal(4.5422, 2) == "4,54");
  CHECK(DutchDecimal(21.0, 0) == "21");
  CHECK(DutchDecimal(7.0, 1) == "7,0");
  CHECK(DutchDecimal(-0.5, 2) == "-0,50");
}

TEST_CASE("LooksLikeEmail accepts ordinary addresses", "[text]") {
  CHECK(LooksLikeEmail("meldpunt@proef.nl"));
  CHECK(LooksLikeEmail("privacy.officer@gemeente.proef.nl"));
  CHECK(LooksLikeEmail("a+b@c.nl"));
}

TEST_CASE("LooksLikeEmail rejects text that is not an address", "[text]") {
  CHECK_FALSE(LooksLikeEmail(""));
  CHECK_FALSE(LooksLikeEmail("meldpunt"));
  CHECK_FALSE(LooksLikeEmail("meldpunt(at)proef.nl"));
  CHECK_FALSE(LooksLikeEmail("@proef.nl"));          // nothing before the @
  CHECK_FALSE(LooksLikeEmail("meldpunt@"));          // nothing after the @
  CHECK_FALSE(LooksLikeEmail("meldpunt@proef"));     // no dot in the domain
  CHECK_FALSE(LooksLikeEmail("meldpunt@.nl"));       // domain starts with the dot
  CHECK_FALSE(LooksLikeEmail("meldpunt@proef."));    // domain ends with the dot
  CHECK_FALSE(LooksLikeEmail("meld@punt@proef.nl"));  // two @
  CHECK_FALSE(LooksLikeEmail("meld punt@proef.nl"));  // a space
  CHECK_FALSE(LooksLikeEmail(" meldpunt@proef.nl"));
  CHECK_FALSE(LooksLikeEmail("meldpunt@proef.nl\t"));
  CHECK_FALSE(LooksLikeEmail("<meldpunt@proef.nl>"));
  CHECK_FALSE(LooksLikeEmail("\"meldpunt\"@proef.nl"));
}

TEST_CASE("PhoneDigits keeps the digits for a tel: link", "[text]") {
  CHECK(PhoneDigits("14 0123") == "140123");
  CHECK(PhoneDigits("0800-2000") == "08002000");
  CHECK(PhoneDigits("(020) 123 45 67") == "0201234567");
  CHECK(PhoneDigits("") == "");
  CHECK(PhoneDigits("bel ons") == "");
}

TEST_CASE("PhoneDigits keeps a leading + only", "[text]") {
  CHECK(PhoneDigits("+31 6 1234") == "+3161234");
  CHECK(PhoneDigits(" +31 20 123") == "+3120123");
  CHECK(PhoneDigits("06 + 1234") == "061234");
  CHECK(PhoneDigits("+31 +6") == "+316");
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {

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

TEST_CASE("EscapeMarkup escapes the five characters that can break out of HTML or XML", "[text]") {
  CHECK(EscapeMarkup("a <b> & \"c\" 'd'") == "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;");
  CHECK(EscapeMarkup("gewoon") == "gewoon");
}

TEST_CASE("AppendEscapedMarkup finds a character to escape at every place in long text", "[text]") {
  // The text is scanned sixteen bytes at a time, with one last block that overlaps the one before:
  // every length around those blocks, with the character at every place, must come out right.
  for (const char special : {'&', '<', '>', '"', '\''}) {
    const std::string entity = EscapeMarkup(std::string(1, special));
    for (std::size_t length = 1; length <= 49; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'x');
        text[at] = special;
        std::string out = "begin:";
        AppendEscapedMarkup(text, &out);
        CAPTURE(special, length, at);
        CHECK(out == "begin:" + std::string(at, 'x') + entity + std::string(length - at - 1, 'x'));
      }
    }
  }
  std::string plain(40, 'a');
  std::string out;
  AppendEscapedMarkup(plain, &out);
  CHECK(out == plain);
  // Two in one block, and one in the overlapping last block after an earlier one.
  CHECK(EscapeMarkup("ab<cd>ef&gh\"ij'kl<mn>op&qr") == "ab&lt;cd&gt;ef&amp;gh&quot;ij&#39;kl&lt;mn&gt;op&amp;qr");
  CHECK(EscapeMarkup("0123456789abcdef<hijklmno>") == "0123456789abcdef&lt;hijklmno&gt;");
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

}  // namespace nietpluis
