// Tests of the pronunciation list: its file format, its messages and how entries are found.
#include "speech/pronunciations.h"

#include <catch2/catch.hpp>

#include "base/mem_env.h"
#include "test_support.h"

namespace nietpluis {
namespace {

TEST_CASE("pronunciations: each line is written = spoken, comments and blank lines skipped") {
  Diagnostics diagnostics;
  const Pronunciations list = ParsePronunciations("# kop\n\nGGD = gee gee dee\n  o.a. = onder andere  \n", "u.txt", &diagnostics);
  CHECK(diagnostics.all().empty());
  REQUIRE(list.entries().size() == 2);
  CHECK(list.entries()[0].written == "o.a.");  // longest first
  CHECK(list.LongestAt("GGD-arts")->spoken == "gee gee dee");
  CHECK(list.LongestAt("O.a. hier")->spoken == "Onder andere");
  CHECK(!list.LongestAt("ggd"));
}

TEST_CASE("pronunciations: a bad line is named with its file and line, the good ones are kept") {
  Diagnostics diagnostics;
  const Pronunciations list =
      ParsePronunciations("GGD = gee gee dee\nWMO wee em oo\nGGD = ggd\nAVG = \n", "templates/voorlezen/uitspraak.txt",
                          &diagnostics);
  CHECK(testing::Messages(diagnostics) ==
        std::vector<std::string>{
            "templates/voorlezen/uitspraak.txt:2: regel \"WMO wee em oo\" heeft geen \" = \"; schrijf het woord, dan "
            "\" = \" en dan hoe de stem het zegt, zoals \"GGD = gee gee dee\"",
            "templates/voorlezen/uitspraak.txt:3: \"GGD\" staat al op regel 1; laat \xc3\xa9\xc3\xa9n van de twee regels staan",
            "templates/voorlezen/uitspraak.txt:4: regel \"AVG =\" heeft geen \" = \"; schrijf het woord, dan \" = \" en "
            "dan hoe de stem het zegt, zoals \"GGD = gee gee dee\"",
        });
  CHECK(list.entries().size() == 1);
}

TEST_CASE("pronunciations: a missing list file is an error that says where to get it") {
  MemEnv env;
  Diagnostics diagnostics;
  Result<Pronunciations> list = LoadPronunciations(&env, "t/voorlezen/uitspraak.txt", &diagnostics);
  REQUIRE(!list.ok());
  CHECK(list.error().ToString() ==
        "t/voorlezen/uitspraak.txt: de uitspraaklijst voor het voorlezen ontbreekt; zet het bestand terug uit de map "
        "templates/voorlezen/ van Nietpluis");
}

TEST_CASE("pronunciations: the shipped list loads without problems") {
  Diagnostics diagnostics;
  Result<Pronunciations> list =
      LoadPronunciations(Env::Default(), PronunciationsFile(testing::SourceDir() / "templates"), &diagnostics);
  REQUIRE(list.ok());
  CHECK(diagnostics.all().empty());
  CHECK(list.value().entries().size() > 20);
}

}  // namespace
}  // namespace nietpluis
