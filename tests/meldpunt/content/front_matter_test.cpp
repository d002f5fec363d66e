// Unit tests for meldpunt/front_matter: splitting a page into front matter and body, and each front matter message.
#include "base/utf8.h"
#include "content/front_matter.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

const std::string kFile = "content/pages/contact.md";

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) out.push_back(d.ToString());
  return out;
}

// "content/pages/contact.md:<line>: "
std::string At(int line) { return kFile + ":" + std::to_string(line) + ": "; }

const std::string kNoTitle = "de titel ontbreekt; voeg bovenaan toe: title: Uw titel als vraag van de lezer";
const std::string kNoDescription =
    "de beschrijving ontbreekt; voeg bovenaan toe: description: één zin over waar deze pagina over gaat "
    "(zoekmachines tonen die)";

TEST_CASE("ParsePage fills every front matter field and splits off the body", "[front_matter]") {
  const std::string text =
      "---\n"
      "title: Wat is niet pluis?\n"
      "description: Uitleg over het gevoel dat er iets niet klopt.\n"
      "menu: 3\n"
      "menu_title: Niet pluis\n"
      "slug: wat-is-niet-pluis\n"
      "generate: privacy\n"
      "---\n"
      "## Een kop\n"
      "\n"
      "Tekst.\n";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  CHECK(Messages(diagnostics).empty());
  REQUIRE(page.ok());
  const FrontMatter& front = page.value().front;
  CHECK(front.title == "Wat is niet pluis?");
  CHECK(front.description == "Uitleg over het gevoel dat er iets niet klopt.");
  REQUIRE(front.menu.has_value());
  CHECK(*front.menu == 3);
  CHECK(front.menu_title == "Niet pluis");
  CHECK(front.slug == "wat-is-niet-pluis");
  CHECK(front.slug_line == 6);
  CHECK(front.generate == GeneratedKind::kPrivacy);
  CHECK(page.value().body == "## Een kop\n\nTekst.\n");
  CHECK(page.value().body_first_line == 9);
}

TEST_CASE("ParsePage leaves optional fields at their defaults", "[front_matter]") {
  const std::string text = "---\ntitle: Contact\ndescription: Hoe u ons bereikt.\n---\nTekst.\n";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  CHECK(Messages(diagnostics).empty());
  REQUIRE(page.ok());
  CHECK(page.value().front.title == "Contact");
  CHECK_FALSE(page.value().front.menu.has_value());
  CHECK(page.value().front.menu_title == "");
  CHECK(page.value().front.slug == "");
  CHECK(page.value().front.generate == GeneratedKind::kNone);
  CHECK(page.value().body == "Tekst.\n");
  CHECK(page.value().body_first_line == 5);
}

TEST_CASE("ParsePage reads each generate value", "[front_matter]") {
  auto generate = [](const std::string& value) {
    const std::string text = "---\ntitle: T\ndescription: D\ngenerate: " + value + "\n---\n";
    Diagnostics diagnostics;
    auto page = ParsePage(text, kFile, &diagnostics);
    CHECK(Messages(diagnostics).empty());
    REQUIRE(page.ok());
    return page.value().front.generate;
  };
  CHECK(generate("privacy") == GeneratedKind::kPrivacy);
  CHECK(generate("toegankelijkheid") == GeneratedKind::kAccessibility);
  CHECK(generate("kiosk-locaties") == GeneratedKind::kKioskLocations);
}

TEST_CASE("GeneratedKindName gives the name used in front matter", "[front_matter]") {
  CHECK(GeneratedKindName(GeneratedKind::kPrivacy) == "privacy");
  CHECK(GeneratedKindName(GeneratedKind::kAccessibility) == "toegankelijkheid");
  CHECK(GeneratedKindName(GeneratedKind::kKioskLocations) == "kiosk-locaties");
  CHECK(GeneratedKindName(GeneratedKind::kNone) == "");
}

TEST_CASE("ParsePage trims spaces around text values and accepts quoted values", "[front_matter]") {
  const std::string text = "---\ntitle: \"  Let op: niet pluis  \"\ndescription: 'Een zin.'\n---\n";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  CHECK(Messages(diagnostics).empty());
  REQUIRE(page.ok());
  CHECK(page.value().front.title == "Let op: niet pluis");
  CHECK(page.value().front.description == "Een zin.");
}

TEST_CASE("ParsePage keeps an empty body when the closing --- ends the file", "[front_matter]") {
  const std::string text = "---\ntitle: T\ndescription: D\n---";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  CHECK(Messages(diagnostics).empty());
  REQUIRE(page.ok());
  CHECK(page.value().body == "");
}

TEST_CASE("ParsePage reads a page with Windows line ends", "[front_matter]") {
  const std::string text = "---\r\ntitle: Contact\r\ndescription: D\r\nmenu: 2\r\n---\r\nTekst.\r\n";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  CHECK(Messages(diagnostics).empty());
  REQUIRE(page.ok());
  CHECK(page.value().front.title == "Contact");
  CHECK(page.value().front.menu == 2);
  CHECK(page.value().body == "Tekst.\r\n");
  CHECK(page.value().body_first_line == 6);
}

TEST_CASE("ParsePage accepts a UTF-8 byte order mark", "[front_matter]") {
  const std::string text = "\xEF\xBB\xBF---\ntitle: Contact\ndescription: D\nmenu: 0\n---\nTekst.\n";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  REQUIRE(page.ok());
  CHECK(page.value().front.title == "Contact");
  CHECK(page.value().body == "Tekst.\n");
  CHECK(page.value().body_first_line == 6);
  // The mark takes no line: the problem on the file's fourth line is reported there.
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(4) + "menu moet een heel getal vanaf 1 zijn; schrijf bijvoorbeeld menu: 3, of haal "
                                         "de regel weg"});
}

TEST_CASE("A page that is not UTF-8 is refused on the line of the first bad byte", "[front_matter]") {
  // Found by the page fuzzer: a Latin-1 byte in the front matter went into the title, or into a
  // YAML error message that was then not UTF-8 itself.
  const std::string kNotUtf8 = "op deze regel staat een teken dat geen UTF-8 is; sla het bestand op als UTF-8 (in "
                               "Kladblok: Opslaan als, Codering: UTF-8)";
  for (const std::string text : {"---\ntitle: Caf\xe9\ndescription: D\n---\nTekst.\n",
                                 "\xEF\xBB\xBF---\ntitle: \"Hoe meld \xc0\xaf\"\ndescription: D\n---\nTekst.\n"}) {
    Diagnostics diagnostics;
    CHECK_FALSE(ParsePage(text, kFile, &diagnostics).ok());
    CHECK(Messages(diagnostics) == std::vector<std::string>{At(2) + kNotUtf8});
  }
  Diagnostics diagnostics;
  CHECK_FALSE(ParsePage("---\ntitle: T\ndescription: D\n---\n\nEen \xed\xa0\x80 in de tekst.", kFile, &diagnostics).ok());
  CHECK(Messages(diagnostics) == std::vector<std::string>{At(6) + kNotUtf8});
}

TEST_CASE("Line numbers count from the file's first line", "[front_matter]") {
  const std::string text =
      "---\n"                      // 1
      "# Een opmerking\n"          // 2
      "title: Contact\n"           // 3
      "\n"                         // 4
      "description: D\n"           // 5
      "slug: Contact Opnemen\n"    // 6
      "---\n"                      // 7
      "Tekst.\n";                  // 8
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  REQUIRE(page.ok());
  CHECK(page.value().body_first_line == 8);
  CHECK(page.value().front.slug_line == 6);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(6) + "slug 'Contact Opnemen' kan niet in een webadres; gebruik kleine letters, "
                                         "cijfers en streepjes, zoals 'contact-opnemen'"});
}

TEST_CASE("A page without front matter is refused", "[front_matter]") {
  const std::string text = "# Contact\n\ntitle: Contact\n";
  Diagnostics diagnostics;
  CHECK_FALSE(ParsePage(text, kFile, &diagnostics).ok());
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(1) + "de pagina begint niet met front matter; zet bovenaan een regel ---, dan "
                                         "title: en description:, en weer een regel ---"});
}

TEST_CASE("ParsePage returns the error that stopped it, which is the one it reported", "[front_matter]") {
  Diagnostics diagnostics;
  Result<SplitPage> page = ParsePage("# Contact\n", kFile, &diagnostics);
  REQUIRE_FALSE(page.ok());
  CHECK(Messages(diagnostics) == std::vector<std::string>{page.error().ToString()});
  CHECK(page.error().ToString() == At(1) + "de pagina begint niet met front matter; zet bovenaan een regel ---, dan "
                                           "title: en description:, en weer een regel ---");
}

TEST_CASE("An empty page is refused as having no front matter", "[front_matter]") {
  Diagnostics diagnostics;
  CHECK_FALSE(ParsePage("", kFile, &diagnostics).ok());
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(1) + "de pagina begint niet met front matter; zet bovenaan een regel ---, dan "
                                         "title: en description:, en weer een regel ---"});
}

TEST_CASE("Front matter that is never closed is refused", "[front_matter]") {
  const std::string expected = At(1) + "de front matter wordt niet afgesloten; zet een regel --- onder de front matter";
  SECTION("with text after it") {
    Diagnostics diagnostics;
    CHECK_FALSE(ParsePage("---\ntitle: Contact\ndescription: D\n\nTekst.\n", kFile, &diagnostics).ok());
    CHECK(Messages(diagnostics) == std::vector<std::string>{expected});
  }
  SECTION("with only the opening line") {
    Diagnostics diagnostics;
    CHECK_FALSE(ParsePage("---", kFile, &diagnostics).ok());
    CHECK(Messages(diagnostics) == std::vector<std::string>{expected});
  }
}

TEST_CASE("A YAML syntax error is reported on its line with a hint about colons", "[front_matter]") {
  const std::string text =
      "---\n"
      "description: D\n"
      "title: Let op: dit is niet pluis\n"
      "---\n";
  Diagnostics diagnostics;
  auto page = ParsePage(text, kFile, &diagnostics);
  CHECK(page.ok());
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(3) + "de front matter klopt niet (illegal map value); zet een waarde met een "
                                         "dubbele punt erin tussen aanhalingstekens"});
}

TEST_CASE("A YAML error that quotes part of a character still gives a UTF-8 message", "[front_matter]") {
  // Found by the page fuzzer: yaml-cpp quoted only the first byte of the "é" after the backslash.
  const std::string text = "---\ntitle: \"Caf\\\xc3\xa9\"\ndescription: D\n---\n";
  Diagnostics diagnostics;
  ParsePage(text, kFile, &diagnostics);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(2) + "de front matter klopt niet (unknown escape character: \xef\xbf\xbd); zet een "
                                         "waarde met een dubbele punt erin tussen aanhalingstekens"});
}

TEST_CASE("Front matter that is not a list of keys is reported", "[front_matter]") {
  const std::string expected = At(2) +
                               "de front matter is geen lijst van sleutels; schrijf elke regel als sleutel: waarde, "
                               "zoals title: Contact";
  SECTION("a YAML list") {
    Diagnostics diagnostics;
    CHECK(ParsePage("---\n- title\n- description\n---\n", kFile, &diagnostics).ok());
    CHECK(Messages(diagnostics) == std::vector<std::string>{expected});
  }
  SECTION("plain text") {
    Diagnostics diagnostics;
    CHECK(ParsePage("---\nContact\n---\n", kFile, &diagnostics).ok());
    CHECK(Messages(diagnostics) == std::vector<std::string>{expected});
  }
}

TEST_CASE("An unknown front matter key close to a known one is reported with a suggestion", "[front_matter]") {
  SECTION("titel") {
    Diagnostics diagnostics;
    ParsePage("---\ntitel: Contact\ndescription: D\n---\n", kFile, &diagnostics);
    CHECK(Messages(diagnostics) ==
          std::vector<std::string>{At(2) + "onbekende sleutel 'titel' in de front matter; bedoelt u 'title'?",
                                   At(1) + kNoTitle});
  }
  SECTION("menutitle") {
    Diagnostics diagnostics;
    ParsePage("---\ntitle: T\ndescription: D\nmenutitle: Kort\n---\n", kFile, &diagnostics);
    CHECK(Messages(diagnostics) ==
          std::vector<std::string>{At(4) +
                                   "onbekende sleutel 'menutitle' in de front matter; bedoelt u 'menu_title'?"});
  }
}

TEST_CASE("An unknown front matter key far from any known one is reported with the known keys", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ntitle: T\ndescription: D\nauteur: Piet\n---\n", kFile, &diagnostics);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(4) + "onbekende sleutel 'auteur' in de front matter; gebruik alleen title, "
                                         "description, menu, menu_title, slug en generate"});
}

TEST_CASE("A key given twice is reported on its second line and the first value is kept", "[front_matter]") {
  Diagnostics diagnostics;
  auto page = ParsePage("---\ntitle: Contact\ndescription: D\ntitle: Contact opnemen\n---\n", kFile, &diagnostics);
  REQUIRE(page.ok());
  CHECK(page.value().front.title == "Contact");
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(4) + "'title' staat twee keer in de front matter; haal een van de twee weg"});
}

TEST_CASE("A missing title is reported on line 1", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ndescription: D\n---\n", kFile, &diagnostics);
  CHECK(Messages(diagnostics) == std::vector<std::string>{At(1) + kNoTitle});
}

TEST_CASE("A title of only spaces counts as missing", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ntitle: \"   \"\ndescription: D\n---\n", kFile, &diagnostics);
  CHECK(Messages(diagnostics) == std::vector<std::string>{At(1) + kNoTitle});
}

TEST_CASE("A missing description is reported on line 1", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ntitle: T\n---\n", kFile, &diagnostics);
  CHECK(Messages(diagnostics) == std::vector<std::string>{At(1) + kNoDescription});
}

TEST_CASE("A title that is not text is reported", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ntitle:\n  - Contact\ndescription: D\n---\n", kFile, &diagnostics);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{
            At(2) + "'title' moet tekst zijn; schrijf de tekst achter de dubbele punt op dezelfde regel",
            At(1) + kNoTitle});
}

TEST_CASE("menu must be a whole number from 1", "[front_matter]") {
  const std::string expected =
      "menu moet een heel getal vanaf 1 zijn; schrijf bijvoorbeeld menu: 3, of haal de regel weg";
  for (const std::string value : {"0", "-2", "drie", "1.5", "[1]"}) {
    INFO("menu: " << value);
    Diagnostics diagnostics;
    auto page = ParsePage("---\ntitle: T\ndescription: D\nmenu: " + value + "\n---\n", kFile, &diagnostics);
    REQUIRE(page.ok());
    CHECK_FALSE(page.value().front.menu.has_value());
    CHECK(Messages(diagnostics) == std::vector<std::string>{At(4) + expected});
  }
}

TEST_CASE("A slug that cannot be in a web address is reported with a suggestion", "[front_matter]") {
  Diagnostics diagnostics;
  auto page = ParsePage("---\ntitle: T\ndescription: D\nslug: Wat is niet-pluis?\n---\n", kFile, &diagnostics);
  REQUIRE(page.ok());
  CHECK(page.value().front.slug == "");
  CHECK(page.value().front.slug_line == 4);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(4) + "slug 'Wat is niet-pluis?' kan niet in een webadres; gebruik kleine letters, "
                                         "cijfers en streepjes, zoals 'wat-is-niet-pluis'"});
}

TEST_CASE("A slug with no letters at all still gets a usable example", "[front_matter]") {
  Diagnostics diagnostics;
  auto page = ParsePage("---\ntitle: T\ndescription: D\nslug: \"!!!\"\n---\n", kFile, &diagnostics);
  REQUIRE(page.ok());
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{At(4) + "slug '!!!' kan niet in een webadres; gebruik kleine letters, cijfers en "
                                         "streepjes, zoals 'hoe-meld-ik'"});
}

TEST_CASE("An unknown generate value is reported with the choices", "[front_matter]") {
  const std::string remedy = "; kies uit privacy, toegankelijkheid, kiosk-locaties en melden";
  SECTION("a misspelt name") {
    Diagnostics diagnostics;
    auto page = ParsePage("---\ntitle: T\ndescription: D\ngenerate: kiosk\n---\n", kFile, &diagnostics);
    REQUIRE(page.ok());
    CHECK(page.value().front.generate == GeneratedKind::kNone);
    CHECK(Messages(diagnostics) == std::vector<std::string>{At(4) + "generate: 'kiosk' bestaat niet" + remedy});
  }
  SECTION("a list") {
    Diagnostics diagnostics;
    ParsePage("---\ntitle: T\ndescription: D\ngenerate: [privacy]\n---\n", kFile, &diagnostics);
    CHECK(Messages(diagnostics) == std::vector<std::string>{At(4) + "generate: '?' bestaat niet" + remedy});
  }
}

TEST_CASE("Every front matter problem is reported in one pass", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ntitel: T\nmenu: nul\nslug: A B\n---\n", kFile, &diagnostics);
  CHECK(diagnostics.error_count() == 5);  // titel, menu, slug, no title, no description
}


// Found by the page fuzzer: an unknown key holding control bytes was echoed as it was, so the message
// held a NUL and a DEL. Every message shows what a user wrote as it reads (MarkInvisible).
TEST_CASE("An unknown front matter key with control characters is shown with them marked", "[front_matter]") {
  Diagnostics diagnostics;
  ParsePage("---\ntitle: T\ndescription: D\n\"dm\\0s\\x7Fcrime\\u202E\": 1\n---\n", kFile, &diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  const std::string shown = diagnostics.all()[0].ToString();
  CHECK(shown.rfind(At(4) + "onbekende sleutel 'dm[U+0000]s[U+007F]crime[U+202E]' in de front matter;", 0) == 0);
  CHECK(IsValidUtf8(shown));
}

}  // namespace
}  // namespace nietpluis
