// Tests of meldpunt/address/address_csv: the CSV a municipality exports, with commas or semicolons,
// quotes and a byte order mark; each wrong line named with what to change.
#include "address/address_csv.h"

#include <catch2/catch.hpp>

#include "address/address_import.h"
#include "meldpunt/address/register_rows.h"
#include "test_support.h"

namespace nietpluis {
namespace {

constexpr std::int64_t kNow = 1706745600;

Result<ImportSummary> ImportCsv(const testing::TempDir& dir, const std::string& text) {
  testing::WriteText(dir / "adressen.csv", text);
  return ImportAddresses(dir / "adressen.csv", dir / "adressen.db", Env::Default(), kNow);
}

std::string ErrorOf(const testing::TempDir& dir, const std::string& text) {
  Result<ImportSummary> imported = ImportCsv(dir, text);
  REQUIRE_FALSE(imported.ok());
  std::string message = imported.error().ToString();
  return message.substr(message.find("adressen.csv"));
}

TEST_CASE("Address CSV: commas, semicolons, quotes, a byte order mark and any case of the header", "[address][csv]") {
  testing::TempDir dir;
  REQUIRE(ImportCsv(dir, "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n"
                         "1012 ab,12,,,Kerkstraat,Voorbeeld\n"
                         "1012AB,14,a,,Kerkstraat,Voorbeeld\r\n"
                         "1012AB,14,,2hg,\"Straat, met komma\",\"'s-Hertogen \"\"bosch\"\"\"\n"
                         "\n")
              .ok());
  CHECK(testing::RegisterRows(dir / "adressen.db") ==
        std::vector<std::string>{"1012AB 12 | Kerkstraat, Voorbeeld", "1012AB 14 |2HG Straat, met komma, 's-Hertogen \"bosch\"",
                                 "1012AB 14 A| Kerkstraat, Voorbeeld"});
  Result<ImportSummary> semicolons = ImportCsv(dir, "\xEF\xBB\xBFPostcode;Huisnummer;Huisletter;Toevoeging;Straat;Woonplaats\n"
                                                    "1013CD;2;;;Dorpsweg;Klein Dorp\n1013CD;2;;;Dorpsweg;Klein Dorp\n");
  REQUIRE(semicolons.ok());
  CHECK(semicolons.value().addresses == 1);
  CHECK(semicolons.value().duplicates == 1);
  CHECK(testing::RegisterRows(dir / "adressen.db") == std::vector<std::string>{"1013CD 2 | Dorpsweg, Klein Dorp"});
}

TEST_CASE("Address CSV: a wrong line is named with its number and what to change, and the old register stays",
          "[address][csv]") {
  testing::TempDir dir;
  REQUIRE(ImportCsv(dir, "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n1012AB,12,,,Kerkstraat,Voorbeeld\n").ok());
  const std::string header = "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n1012AB,12,,,Kerkstraat,Voorbeeld\n";
  const std::string fix = "; verbeter die regel in het bestand en importeer opnieuw; het oude adressenbestand blijft tot dan in gebruik";
  CHECK(ErrorOf(dir, header + "0123AB,1,,,A,B\n") == "adressen.csv:3: '0123AB' is geen postcode" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12a,,,A,B\n") == "adressen.csv:3: '12a' is geen huisnummer (1 tot en met 99999)" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12,AB,,A,B\n") == "adressen.csv:3: 'AB' is geen huisletter (één letter)" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12,,12345,A,B\n") ==
        "adressen.csv:3: '12345' is geen toevoeging (hoogstens 4 letters of cijfers)" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12,,,,B\n") == "adressen.csv:3: de straat ontbreekt" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12,,,A\n") ==
        "adressen.csv:3: deze regel heeft 5 velden in plaats van 6 (postcode,huisnummer,huisletter,toevoeging,straat,woonplaats)" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12,,,\"A,B\n") == "adressen.csv:3: een aanhalingsteken (\") wordt niet gesloten" + fix);
  CHECK(ErrorOf(dir, header + "1012AB,12,,,Stra\xff,B\n") == "adressen.csv:3: deze regel is geen UTF-8" + fix);
  CHECK(ErrorOf(dir, "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n") ==
        "adressen.csv:1: er staan geen adressen in, alleen de kop; zet onder de kop één adres per regel");
  CHECK(ErrorOf(dir, "postcode,huisnummer,straat\n1012AB,1,A\n") ==
        "adressen.csv:1: dit is geen BAG-extract (zip) en geen CSV met de kop "
        "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats; gebruik het BAG 2.0 Extract van uw gemeente "
        "zoals het Kadaster het levert, of zo'n CSV");
  CHECK(testing::RegisterRows(dir / "adressen.db") == std::vector<std::string>{"1012AB 12 | Kerkstraat, Voorbeeld"});
  CHECK_FALSE(std::filesystem::exists(dir / "adressen.db.nieuw"));
}

TEST_CASE("Address CSV: the header is recognised with either separator and nothing else", "[address][csv]") {
  CHECK(LooksLikeAddressCsv("postcode,huisnummer,huisletter,toevoeging,straat,woonplaats"));
  CHECK(LooksLikeAddressCsv("\xEF\xBB\xBF\"Postcode\";Huisnummer;Huisletter;Toevoeging;Straat;Woonplaats\r"));
  CHECK_FALSE(LooksLikeAddressCsv("postcode,huisnummer,straat,woonplaats"));
  CHECK_FALSE(LooksLikeAddressCsv("PK\x03\x04"));
}

}  // namespace
}  // namespace nietpluis
