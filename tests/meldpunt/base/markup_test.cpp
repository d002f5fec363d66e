// Unit tests for meldpunt/base/markup: escaping for HTML and XML.
#include "base/markup.h"

#include <catch2/catch.hpp>

#include <string>

namespace nietpluis {
namespace {

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

}  // namespace
}  // namespace nietpluis
