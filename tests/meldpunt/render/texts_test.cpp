// Unit tests for meldpunt/render/texts: loading templates/teksten/*.toml, missing texts, placeholders.
#include "render/texts.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

TEST_CASE("Texts reads nested tables as dotted keys and knows their lines") {
  testing::TempDir dir;
  const auto file = dir.path() / "kiosk.toml";
  testing::WriteText(file, "[scherm.adres]\ntitel = \"Stap 1 van 4: het adres\"\n\n[veld]\nnaam = \"Uw naam\"\n");
  Result<Texts> texts = Texts::Load(Env::Default(), file, {"scherm.adres.titel", "veld.naam"});
  REQUIRE(texts.ok());
  CHECK(texts.value().Get("scherm.adres.titel") == "Stap 1 van 4: het adres");
  CHECK(texts.value().Get("veld.naam") == "Uw naam");
  CHECK(texts.value().LineOf("veld.naam") == 5);
  CHECK(texts.value().Get("niet.gevraagd").empty());
}

TEST_CASE("Texts refuses a file that misses a text the program needs, naming the key") {
  testing::TempDir dir;
  const auto file = dir.path() / "kiosk.toml";
  testing::WriteText(file, "[veld]\nnaam = \"Uw naam\"\n");
  Result<Texts> texts = Texts::Load(Env::Default(), file, {"veld.naam", "veld.telefoon"});
  REQUIRE_FALSE(texts.ok());
  CHECK(texts.error().ToString() == file.string() +
                                        ": de tekst \"veld.telefoon\" ontbreekt; zet hem terug uit de "
                                        "templates/teksten/ van Nietpluis");
}

TEST_CASE("Texts refuses a value that is not text, and TOML that does not parse, with the line") {
  testing::TempDir dir;
  const auto file = dir.path() / "kiosk.toml";
  testing::WriteText(file, "[veld]\nnaam = 12\n");
  Result<Texts> number = Texts::Load(Env::Default(), file, {});
  REQUIRE_FALSE(number.ok());
  CHECK(number.error().ToString() == file.string() +
                                         ":2: \"veld.naam\" is geen tekst; zet de tekst tussen aanhalingstekens, "
                                         "bijvoorbeeld naam = \"Uw naam\"");
  testing::WriteText(file, "[veld\nnaam = \"x\"\n");
  Result<Texts> broken = Texts::Load(Env::Default(), file, {});
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().line == 1);
}

TEST_CASE("Texts fills placeholders it knows and leaves other braces alone") {
  Texts texts = Texts::FromMap({{"fout.lang", "Gebruik hoogstens {aantal} tekens. {onbekend} blijft."}});
  CHECK(texts.Fill("fout.lang", {{"aantal", "1000"}}) == "Gebruik hoogstens 1000 tekens. {onbekend} blijft.");
}

}  // namespace
}  // namespace nietpluis
