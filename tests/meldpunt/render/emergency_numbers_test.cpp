// Unit tests for meldpunt/render/emergency_numbers: the national numbers from their one text file.
#include "render/emergency_numbers.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::WriteText;

// The shipped file with `from` replaced by `to`, in a file of its own.
std::filesystem::path ChangedFile(const TempDir& dir, const std::string& from, const std::string& to) {
  std::string text = testing::ReadText(EmergencyNumbersFile(testing::TemplatesDir()));
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  const std::filesystem::path file = dir / "noodnummers.toml";
  WriteText(file, text);
  return file;
}

}  // namespace

TEST_CASE("emergency numbers: the shipped file gives 112 and the three other numbers in order", "[emergency_numbers]") {
  Result<EmergencyNumbers> numbers =
      LoadEmergencyNumbers(Env::Default(), EmergencyNumbersFile(testing::TemplatesDir()));
  REQUIRE(numbers.ok());
  const EmergencyNumbers& n = numbers.value();
  CHECK(n.urgent.number == "112");
  CHECK(n.urgent.digits == "112");
  REQUIRE(n.others.size() == 3);
  CHECK(n.others[0].id == "politie");
  CHECK(n.others[0].label == "Politie, geen spoed:");
  CHECK(n.others[0].short_label == "Politie, geen spoed:");
  CHECK(n.others[0].number == "0900-8844");
  CHECK(n.others[0].digits == "09008844");
  CHECK(n.others[0].after.empty());
  CHECK(n.others[1].id == "veilig_thuis");
  CHECK(n.others[1].label == "Geweld in huis, ook tegen kinderen: Veilig Thuis");
  CHECK(n.others[1].short_label == "Geweld in huis: Veilig Thuis");
  CHECK(n.others[1].digits == "08002000");
  CHECK(n.others[1].after == "(gratis, dag en nacht)");
  CHECK(n.others[2].id == "zorgwekkend_gedrag");
  CHECK(n.others[2].label == "Iemand is erg in de war: Meldpunt Zorgwekkend Gedrag");
  CHECK(n.others[2].short_label == "Iemand erg in de war:");
  CHECK(n.others[2].number == "0800-1205");
}

TEST_CASE("emergency numbers: a missing text is refused, naming the key", "[emergency_numbers]") {
  TempDir dir;
  const auto file = ChangedFile(dir, "kort = \"Geweld in huis: Veilig Thuis\"\n", "");
  Result<EmergencyNumbers> numbers = LoadEmergencyNumbers(Env::Default(), file);
  REQUIRE_FALSE(numbers.ok());
  CHECK(numbers.error().ToString() == file.string() +
                                          ": de tekst \"veilig_thuis.kort\" ontbreekt; zet hem terug uit de "
                                          "templates/teksten/ van Nietpluis");
}

TEST_CASE("emergency numbers: a number without digits is refused with its line", "[emergency_numbers]") {
  TempDir dir;
  const auto file = ChangedFile(dir, "nummer = \"0900-8844\"", "nummer = \"politie\"");
  Result<EmergencyNumbers> numbers = LoadEmergencyNumbers(Env::Default(), file);
  REQUIRE_FALSE(numbers.ok());
  CHECK(numbers.error().ToString() == file.string() +
                                          ":17: het nummer van [politie] heeft geen cijfers; schrijf het nummer "
                                          "zoals mensen het lezen, bijvoorbeeld nummer = \"0800-2000\"");
}

}  // namespace nietpluis
