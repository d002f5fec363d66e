// Tests of meldpunt/address/address_register: lookups by postcode and number, every letter and
// addition at a number, and the register's age.
#include "address/address_register.h"

#include <catch2/catch.hpp>

#include "address/address_import.h"
#include "test_support.h"

namespace nietpluis {
namespace {

constexpr std::int64_t kNow = 1706745600;  // 2024-02-01

std::unique_ptr<AddressRegister> SampleRegister(const testing::TempDir& dir) {
  testing::WriteText(dir / "a.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n"
                                    "1012AB,12,,,Kerkstraat,Voorbeeld\n1012AB,14,A,,Kerkstraat,Voorbeeld\n"
                                    "1012AB,14,B,,Kerkstraat,Voorbeeld\n1012AB,14,,1,Kerkstraat,Voorbeeld\n"
                                    "1012AB,14,A,2,Kerkstraat,Voorbeeld\n1013CD,2,,,Dorpsweg,Klein Dorp\n");
  REQUIRE(ImportAddresses(dir / "a.csv", dir / "adressen.db", Env::Default(), kNow).ok());
  Result<std::unique_ptr<AddressRegister>> opened = AddressRegister::Open(dir / "adressen.db");
  REQUIRE(opened.ok());
  return std::move(opened).value();
}

std::vector<std::string> Labels(const std::vector<RegisterAddress>& addresses) {
  std::vector<std::string> labels;
  for (const RegisterAddress& a : addresses) labels.push_back(a.street + " " + a.NumberLabel() + ", " + a.place);
  return labels;
}

TEST_CASE("Address register: one number gives its street and woonplaats", "[address]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  AddressMatch match = addresses->Find(*ParsePostcode("1012ab"), 12, "").value();
  CHECK(match.found());
  CHECK(Labels(match.exact) == std::vector<std::string>{"Kerkstraat 12, Voorbeeld"});
  CHECK(match.place_of_postcode == "Voorbeeld");
}

TEST_CASE("Address register: every letter and addition at a number, and the one the typed addition names", "[address]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  AddressMatch none = addresses->Find(*ParsePostcode("1012 AB"), 14, "").value();
  CHECK_FALSE(none.found());
  CHECK(Labels(none.at_number) == std::vector<std::string>{"Kerkstraat 14-1, Voorbeeld", "Kerkstraat 14A, Voorbeeld",
                                                           "Kerkstraat 14A-2, Voorbeeld", "Kerkstraat 14B, Voorbeeld"});
  CHECK(Labels(addresses->Find(*ParsePostcode("1012 AB"), 14, "A2").value().exact) ==
        std::vector<std::string>{"Kerkstraat 14A-2, Voorbeeld"});
  CHECK(addresses->Find(*ParsePostcode("1012 AB"), 14, "B").value().exact.front().FormAddition() == "B");
}

TEST_CASE("Address register: an unknown number still gives the woonplaats of its postcode, an unknown postcode nothing",
          "[address]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  AddressMatch new_house = addresses->Find(*ParsePostcode("1013 CD"), 4, "").value();
  CHECK_FALSE(new_house.found());
  CHECK(new_house.at_number.empty());
  CHECK(new_house.place_of_postcode == "Klein Dorp");
  CHECK(addresses->Find(*ParsePostcode("9999 ZZ"), 1, "").value().place_of_postcode.empty());
}

TEST_CASE("Address register: postcodes with their woonplaats and count, and its age", "[address]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  std::vector<RegisterPostcode> postcodes = addresses->Postcodes().value();
  REQUIRE(postcodes.size() == 2);
  CHECK(postcodes[0].postcode == "1012 AB");
  CHECK(postcodes[0].addresses == 5);
  CHECK(postcodes[1].place == "Klein Dorp");
  RegisterInfo info = addresses->Info().value();
  CHECK(info.addresses == 6);
  CHECK(info.source == "CSV a.csv");
  CHECK_FALSE(RegisterIsStale(info, 3, kNow + 88 * 86400));  // 29 April
  CHECK(RegisterIsStale(info, 3, kNow + 91 * 86400));        // 2 May: more than three months
}

TEST_CASE("Address register: a missing or foreign file is refused with what to do", "[address]") {
  testing::TempDir dir;
  Result<std::unique_ptr<AddressRegister>> missing = AddressRegister::Open(dir / "adressen.db");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString() == (dir / "adressen.db").string() +
                                          ": er is geen adressenbestand; maak het met: nietpluis-kiosk adressen "
                                          "importeer BESTAND --config kiosk.toml");
  testing::WriteText(dir / "ander.db", "geen database");
  Result<std::unique_ptr<AddressRegister>> foreign = AddressRegister::Open(dir / "ander.db");
  REQUIRE_FALSE(foreign.ok());
  CHECK_THAT(foreign.error().ToString(), Catch::StartsWith((dir / "ander.db").string() + ": het adressenbestand is niet te lezen ("));
}

}  // namespace
}  // namespace nietpluis
