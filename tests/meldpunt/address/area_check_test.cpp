// Tests of meldpunt/address/area_check: against the register, an address served by two organisations is
// refused and one served by none is named; PC6 exceptions settle a split PC4.
#include "address/area_check.h"

#include <catch2/catch.hpp>

#include "address/address_import.h"
#include "test_support.h"

namespace nietpluis {
namespace {

constexpr std::int64_t kNow = 1706745600;  // 2024-02-01

struct Setup {
  testing::TempDir dir;
  KioskConfig config;
  std::unique_ptr<AddressRegister> addresses;

  Setup() {
    testing::WriteText(dir / "a.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n"
                                      "1050AB,1,,,Kerkstraat,Voorbeeld\n1050AB,3,,,Kerkstraat,Voorbeeld\n"
                                      "1050AC,1,,,Kerkstraat,Voorbeeld\n1050XY,2,,,Dijk,Klein Dorp\n"
                                      "1060AA,1,,,Veldweg,Klein Dorp\n1070AA,1,,,Laan,Buiten\n1070AA,2,,,Laan,Buiten\n");
    REQUIRE(ImportAddresses(dir / "a.csv", dir / "adressen.db", Env::Default(), kNow).ok());
    addresses = std::move(AddressRegister::Open(dir / "adressen.db")).value();
    config.file = "kiosk.toml";
    config.addresses.file = dir / "adressen.db";
    KioskOrganisation noord;
    noord.id = "noord";
    noord.name = "Welzijn Noord";
    noord.postcodes.ranges = {{1050, 1050}};
    noord.postcodes.ranges_line = 10;
    KioskOrganisation dorp;
    dorp.id = "dorp";
    dorp.name = "Team Klein Dorp";
    dorp.postcodes.places = {"Klein Dorp"};
    dorp.postcodes.places_line = 20;
    dorp.postcodes.pc6_line = 21;
    config.organisations = {noord, dorp};
  }

  std::vector<std::string> Check(std::int64_t now = kNow) {
    Diagnostics diagnostics;
    CheckAreasAgainstRegister(config, addresses.get(), now, &diagnostics);
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all()) {
      std::string text = d.ToString();
      const std::string prefix = dir.path().string() + "/";
      if (text.rfind(prefix, 0) == 0) text.erase(0, prefix.size());
      out.push_back((d.is_error() ? "fout " : "let op ") + text);
    }
    return out;
  }
};

TEST_CASE("Area check: a woonplaats inside another's PC4 is refused with the exact addresses", "[address][routing]") {
  Setup s;
  CHECK(s.Check() == std::vector<std::string>{
                         "fout kiosk.toml:10: postcode 1050 XY (Klein Dorp) hoort bij 'Team Klein Dorp' (woonplaats "
                         "Klein Dorp) en bij 'Welzijn Noord' (postcode 1050); geef ze aan één organisatie, of zet ze bij "
                         "één van beide onder uitzonderingen (zoals \"1050 XY\")",
                         "let op kiosk.toml: waarschuwing: 2 adressen in postcode 1070 (Buiten) horen bij geen organisatie; voeg de "
                         "postcode of woonplaats toe aan een organisatie, of laat het zo als die adressen buiten uw gebied liggen"});
}

TEST_CASE("Area check: a PC6 exception settles a PC4 split between two teams", "[address][routing]") {
  Setup s;
  s.config.organisations[1].postcodes.pc6 = {"1050 XY"};
  s.config.organisations[0].postcodes.ranges.push_back({1070, 1070});
  CHECK(s.Check().empty());
  CHECK(s.config.OrganisationFor(*ParsePostcode("1050XY"), "Klein Dorp")->id == "dorp");
  CHECK(s.config.OrganisationFor(*ParsePostcode("1050AB"), "Voorbeeld")->id == "noord");
  CHECK(s.config.OrganisationFor(*ParsePostcode("1060AA"), "Klein Dorp")->id == "dorp");
}

TEST_CASE("Area check: a woonplaats not in the register is refused with the closest name", "[address][routing]") {
  Setup s;
  s.config.organisations[1].postcodes.places = {"Klein Dorp", "Klein Drop"};
  s.config.organisations[1].postcodes.pc6 = {"1050 XY"};
  std::vector<std::string> found = s.Check();
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "fout kiosk.toml:20: woonplaats 'Klein Drop' van 'Team Klein Dorp' staat niet in het adressenbestand; "
                    "bedoelt u 'Klein Dorp'? Schrijf de naam zoals de BAG hem schrijft");
}

TEST_CASE("Area check: woonplaatsen without a register are refused; a stale register is named", "[address][routing]") {
  Setup s;
  Diagnostics diagnostics;
  CheckAreasAgainstRegister(s.config, nullptr, kNow, &diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == "kiosk.toml:20: 'Team Klein Dorp' werkt in woonplaatsen, maar er is geen "
                                           "adressenbestand (" + (s.dir / "adressen.db").string() +
                                           "); maak het eerst met: nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml");
  s.config.organisations[1].postcodes.pc6 = {"1050 XY"};
  s.config.organisations[0].postcodes.ranges.push_back({1070, 1070});
  CHECK(s.Check(kNow + 120 * 86400) ==
        std::vector<std::string>{"let op adressen.db: waarschuwing: het adressenbestand is van 01-02-2024, ouder dan 3 maanden; importeer "
                                 "een nieuw BAG-extract met: nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml"});
}

}  // namespace
}  // namespace nietpluis
