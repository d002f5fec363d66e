// Unit tests for meldpunt/site/print_wording: print material's fixed wording from templates/teksten/.
#include "site/print_wording.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

Result<PieceWording> Load(const std::filesystem::path& templates_dir) {
  auto numbers = LoadEmergencyNumbers(Env::Default(), EmergencyNumbersFile(testing::TemplatesDir()));
  REQUIRE(numbers.ok());
  return LoadPieceWording(Env::Default(), templates_dir, numbers.value());
}

}  // namespace

TEST_CASE("print wording: the shipped texts give the words print always had", "[print_wording]") {
  Result<PieceWording> wording = Load(testing::TemplatesDir());
  REQUIRE(wording.ok());
  CHECK(wording.value().scan_or_call == "Scan de code of bel");
  CHECK(wording.value().web_lead == "Of kijk op");
  CHECK(wording.value().phone_lead == "Bel");
  CHECK(wording.value().danger == "Bij direct gevaar: bel 112");
  CHECK(wording.value().other_numbers ==
        "Politie, geen spoed: 0900-8844. Geweld in huis: Veilig Thuis 0800-2000. Iemand erg in de war: 0800-1205.");
}

TEST_CASE("print wording: a missing text is refused, naming the file and the key", "[print_wording]") {
  testing::TempDir dir;
  testing::WriteText(GeneratorTextsFile(dir.path()), "[drukwerk]\nscan_of_bel = \"Scan de code of bel\"\n");
  Result<PieceWording> wording = Load(dir.path());
  REQUIRE_FALSE(wording.ok());
  CHECK(wording.error().ToString() == (dir / "teksten/nietpluis.toml").string() +
                                          ": de tekst \"drukwerk.kijk_op\" ontbreekt; zet hem terug uit de "
                                          "templates/teksten/ van Nietpluis");
}

}  // namespace nietpluis
