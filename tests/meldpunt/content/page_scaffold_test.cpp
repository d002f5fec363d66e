// Unit tests for meldpunt/page_scaffold: the text of a new page and writing it without overwriting anything.
#include "content/page_scaffold.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "content/front_matter.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::ReadText;
using testing::TempDir;
using testing::WriteText;

const std::string kNoDescription =
    "new.md:1: de beschrijving ontbreekt; voeg bovenaan toe: description: één zin over waar deze pagina over gaat "
    "(zoekmachines tonen die)";

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) out.push_back(d.ToString());
  return out;
}

// The title ParsePage reads back from NewPageText(title); the only message expected is the
// description the writer still has to fill in.
std::string RoundTrip(const std::string& title) {
  INFO("title: " << title);
  const std::string text = NewPageText(title);
  Diagnostics diagnostics;
  auto page = ParsePage(text, "new.md", &diagnostics);
  REQUIRE(page.ok());
  CHECK(Messages(diagnostics) == std::vector<std::string>{kNoDescription});
  return page.value().front.title;
}

TEST_CASE("NewPageText parses back into the title it was given", "[page_scaffold]") {
  CHECK(RoundTrip("Contact") == "Contact");
  CHECK(RoundTrip("Wat is een niet-pluisgevoel?") == "Wat is een niet-pluisgevoel?");
  CHECK(RoundTrip("Café Één") == "Café Één");
}

TEST_CASE("NewPageText quotes titles that YAML would misread", "[page_scaffold]") {
  CHECK(RoundTrip("Let op: dit is niet pluis") == "Let op: dit is niet pluis");
  CHECK(RoundTrip("Het \"niet pluis\"-gevoel") == "Het \"niet pluis\"-gevoel");
  CHECK(RoundTrip("\"Niet pluis\": wat nu?") == "\"Niet pluis\": wat nu?");
  CHECK(RoundTrip("# Geen opmerking") == "# Geen opmerking");
  CHECK(RoundTrip("C:\\map\\bestand") == "C:\\map\\bestand");
  CHECK(RoundTrip("'s-Hertogenbosch") == "'s-Hertogenbosch");
  CHECK(RoundTrip("- lijst?") == "- lijst?");
  CHECK(RoundTrip("123") == "123");
  CHECK(RoundTrip("ja") == "ja");
}

TEST_CASE("NewPageText leaves the page out of the menu and gives a body to start from", "[page_scaffold]") {
  const std::string text = NewPageText("Contact");
  Diagnostics diagnostics;
  auto page = ParsePage(text, "new.md", &diagnostics);
  REQUIRE(page.ok());
  CHECK_FALSE(page.value().front.menu.has_value());
  CHECK(page.value().front.slug == "");
  CHECK(page.value().front.generate == GeneratedKind::kNone);
  CHECK(page.value().body_first_line == 6);
  CHECK(page.value().body.substr(0, 28) == "Schrijf hier de tekst van de");
}

TEST_CASE("CreatePage writes content/pages/<slug>.md", "[page_scaffold]") {
  TempDir dir;
  const std::filesystem::path content = dir / "content";
  auto result = CreatePage(Env::Default(), content, "Wat is een niet-pluisgevoel?");
  REQUIRE(result.ok());
  const std::filesystem::path expected = content / "pages" / "wat-is-een-niet-pluisgevoel.md";
  CHECK(result.value() == expected);
  REQUIRE(std::filesystem::is_regular_file(expected));
  CHECK(ReadText(expected) == NewPageText("Wat is een niet-pluisgevoel?"));
}

TEST_CASE("CreatePage trims the title before using it", "[page_scaffold]") {
  TempDir dir;
  auto result = CreatePage(Env::Default(), dir.path(), "  Contact \n");
  REQUIRE(result.ok());
  CHECK(result.value() == dir.path() / "pages" / "contact.md");
  CHECK(ReadText(result.value()) == NewPageText("Contact"));
}

TEST_CASE("CreatePage never overwrites an existing page", "[page_scaffold]") {
  TempDir dir;
  const std::filesystem::path existing = dir / "pages/contact.md";
  WriteText(existing, "---\ntitle: Contact\ndescription: Al geschreven.\n---\nNiet weggooien.\n");

  auto result = CreatePage(Env::Default(), dir.path(), "Contact!");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString() ==
        existing.string() + ": deze pagina bestaat al; kies een andere titel of pas de bestaande pagina aan");
  CHECK(ReadText(existing) == "---\ntitle: Contact\ndescription: Al geschreven.\n---\nNiet weggooien.\n");
}

TEST_CASE("CreatePage refuses a title without letters or digits", "[page_scaffold]") {
  TempDir dir;
  auto result = CreatePage(Env::Default(), dir.path(), "?!");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString() == (dir.path() / "pages").string() +
                                         ": van de titel '?!' kan geen bestandsnaam gemaakt worden; gebruik letters "
                                         "of cijfers in de titel");
  CHECK_FALSE(std::filesystem::exists(dir.path() / "pages"));
}

TEST_CASE("CreatePage refuses an empty title", "[page_scaffold]") {
  TempDir dir;
  auto result = CreatePage(Env::Default(), dir.path(), "   ");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString() == (dir.path() / "pages").string() +
                                         ": van de titel '   ' kan geen bestandsnaam gemaakt worden; gebruik letters "
                                         "of cijfers in de titel");
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {

TEST_CASE("a page left with the scaffold's example text builds with a warning per example line", "[page_scaffold]") {
  std::string text = NewPageText("Nieuw");
  text.replace(text.find("Meer uitleg."), std::string("Meer uitleg. [Terug naar de startpagina](/).").size(),
               "Eigen tekst.");
  Diagnostics diagnostics;
  WarnScaffoldLeftovers("content/pages/nieuw.md", text, &diagnostics);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.error_count() == 0);
  CHECK(diagnostics.all()[0].ToString() ==
        "content/pages/nieuw.md:6: waarschuwing: hier staat nog voorbeeldtekst van 'nietpluis new pagina'; vervang de "
        "regel door uw eigen tekst");
  CHECK(diagnostics.all()[1].ToString() ==
        "content/pages/nieuw.md:8: waarschuwing: hier staat nog voorbeeldtekst van 'nietpluis new pagina'; vervang de "
        "regel door uw eigen tekst");
}

TEST_CASE("a page of its own text gives no scaffold warning", "[page_scaffold]") {
  Diagnostics diagnostics;
  WarnScaffoldLeftovers("content/pages/eigen.md", "---\ntitle: Eigen\n---\nSchrijf ons gerust.\n", &diagnostics);
  CHECK(diagnostics.all().empty());
}

}  // namespace nietpluis
