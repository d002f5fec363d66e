// Tests of meldpunt/address/bag_extract: an extract in Kadaster's structure becomes the addresses in
// use; every broken, wrong or empty file is refused with what to do, and the old register stays.
#include "address/bag_extract.h"

#include <catch2/catch.hpp>

#include <fstream>

#include "address/address_import.h"
#include "meldpunt/address/bag_test_data.h"
#include "meldpunt/address/register_rows.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::kImportDay;
using testing::RegisterRows;

// An import whose error is returned as text, with the test's folder taken out of it.
std::string FailedImport(const testing::TempDir& dir, const std::filesystem::path& source) {
  Result<ImportSummary> imported = ImportAddresses(source, dir / "data/adressen.db", Env::Default(), kImportDay);
  REQUIRE_FALSE(imported.ok());
  std::string text = imported.error().ToString();
  const std::string prefix = dir.path().string() + "/";
  for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
  return text;
}

// A register from a one-line CSV, to see that a failed import leaves it alone.
void ImportOldRegister(const testing::TempDir& dir) {
  testing::WriteText(dir / "oud.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n1012AB,12,,,Oude Straat,Voorbeeld\n");
  REQUIRE(ImportAddresses(dir / "oud.csv", dir / "data/adressen.db", Env::Default(), kImportDay).ok());
}

void CheckOldRegisterLeftAlone(const testing::TempDir& dir) {
  CHECK(RegisterRows(dir / "data/adressen.db") == std::vector<std::string>{"1012AB 12 | Oude Straat, Voorbeeld"});
  CHECK_FALSE(std::filesystem::exists(dir / "data/adressen.db.nieuw"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir / "data")) ++files;
  CHECK(files == 1);  // no scratch file of the import is left behind
}

TEST_CASE("BAG extract: only addresses in use of every municipality's files, each with its current street and woonplaats",
          "[address][bag]") {
  testing::TempDir dir;
  testing::WriteBagExtract(dir / "extract.zip", {testing::Voorbeeld(), testing::Anderstad()});
  Result<ImportSummary> imported = ImportAddresses(dir / "extract.zip", dir / "data/adressen.db", Env::Default(), kImportDay);
  REQUIRE(imported.ok());
  CHECK(RegisterRows(dir / "data/adressen.db") == std::vector<std::string>{
                                                      "1012AB 12 | Kerkstraat, Voorbeeld",
                                                      "1012AB 14 |1 Kerkstraat, Voorbeeld",
                                                      "1012AB 14 A| Kerkstraat, Voorbeeld",
                                                      "1012AB 14 B| Kerkstraat, Voorbeeld",
                                                      "1012AB 20 | Kerkstraat, Klein Dorp",
                                                      "1012AB 22 | Kerkstraat, Voorbeeld",
                                                      "1013CD 2 | Dorpsweg, Klein Dorp",
                                                      "1014EF 1 | Nieuwe Laan, Voorbeeld",
                                                      "2000AA 1 | Marktplein, Anderstad",
                                                      "2000AA 3 | Marktplein, Anderstad",
                                                  });
  const ImportSummary& summary = imported.value();
  CHECK(summary.bag_extract);
  CHECK(summary.addresses == 10);
  CHECK(summary.not_in_use == 1);  // number 16: its house is only being built
  CHECK(summary.municipalities == std::set<std::string>{"0998", "0999"});
  CHECK(summary.source_date == 1705276800);  // 15 January 2024, from the files' names
  Result<std::unique_ptr<AddressRegister>> opened = AddressRegister::Open(dir / "data/adressen.db");
  REQUIRE(opened.ok());
  CHECK(opened.value()->Info().value().source == "BAG 2.0 Extract extract.zip");
  CHECK(opened.value()->Info().value().imported_at == kImportDay);
}

TEST_CASE("BAG extract: a collection with one zip per municipality, holding that municipality's zips, is read too",
          "[address][bag]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir / "parts");
  testing::WriteBagExtract(dir / "parts/0998GEM15012024.zip", {testing::Voorbeeld()});
  testing::WriteBagExtract(dir / "parts/0999GEM15012024.zip", {testing::Anderstad()});
  testing::WriteZip(dir / "collectie.zip", {{"0998GEM15012024.zip", testing::ReadText(dir / "parts/0998GEM15012024.zip")},
                                             {"0999GEM15012024.zip", testing::ReadText(dir / "parts/0999GEM15012024.zip")},
                                             {"GEM-WPL-RELATIE-15012024.zip", "niet nodig"}});
  Result<ImportSummary> imported = ImportAddresses(dir / "collectie.zip", dir / "data/adressen.db", Env::Default(), kImportDay);
  REQUIRE(imported.ok());
  CHECK(imported.value().addresses == 10);
}

TEST_CASE("BAG extract: a broken zip is refused with what to do, and the old register stays", "[address][bag]") {
  testing::TempDir dir;
  ImportOldRegister(dir);
  testing::WriteBagExtract(dir / "extract.zip", {testing::Voorbeeld()});
  std::filesystem::resize_file(dir / "extract.zip", std::filesystem::file_size(dir / "extract.zip") / 2);
  CHECK(FailedImport(dir, dir / "extract.zip") ==
        "extract.zip: dit zip-bestand is beschadigd of niet helemaal gedownload (Not a zip archive); download het BAG "
        "2.0 Extract van uw gemeente opnieuw bij het Kadaster en importeer het nog eens; het oude adressenbestand blijft "
        "tot dan in gebruik");
  CheckOldRegisterLeftAlone(dir);
}

TEST_CASE("BAG extract: a broken zip inside the extract is named by its path", "[address][bag]") {
  testing::TempDir dir;
  ImportOldRegister(dir);
  testing::WriteZip(dir / "extract.zip", {{"0998WPL15012024.zip", "PK\x03\x04 dit is afgebroken"}});
  CHECK(FailedImport(dir, dir / "extract.zip") ==
        "extract.zip/0998WPL15012024.zip: dit zip-bestand in het extract is beschadigd (Not a zip archive); download "
        "het BAG 2.0 Extract van uw gemeente opnieuw bij het Kadaster en importeer het nog eens; het oude "
        "adressenbestand blijft tot dan in gebruik");
  CheckOldRegisterLeftAlone(dir);
}

TEST_CASE("BAG extract: a file that is neither an extract nor the CSV is refused", "[address][bag]") {
  testing::TempDir dir;
  ImportOldRegister(dir);
  testing::WriteText(dir / "extract.pdf", "%PDF-1.4\n1 0 obj\n");
  CHECK(FailedImport(dir, dir / "extract.pdf") ==
        "extract.pdf:1: dit is geen BAG-extract (zip) en geen CSV met de kop "
        "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats; gebruik het BAG 2.0 Extract van uw gemeente "
        "zoals het Kadaster het levert, of zo'n CSV");
  CheckOldRegisterLeftAlone(dir);
}

TEST_CASE("BAG extract: an empty file is refused", "[address][bag]") {
  testing::TempDir dir;
  ImportOldRegister(dir);
  testing::WriteText(dir / "extract.zip", "");
  CHECK(FailedImport(dir, dir / "extract.zip") ==
        "extract.zip: het bestand is leeg; download het BAG 2.0 Extract opnieuw, of maak de CSV opnieuw; het oude "
        "adressenbestand blijft in gebruik");
  CheckOldRegisterLeftAlone(dir);
}

TEST_CASE("BAG extract: a zip without numbers, or of other XML, or with broken XML, is refused with the file and line",
          "[address][bag]") {
  testing::TempDir dir;
  ImportOldRegister(dir);
  testing::WriteZip(dir / "leeg.zip", {{"readme.txt", "hallo"}});
  CHECK(FailedImport(dir, dir / "leeg.zip") ==
        "leeg.zip: er staat geen NUM (nummeraanduidingen) in; dit is geen volledig BAG 2.0 Extract; download het BAG "
        "2.0 Extract van uw gemeente (levenscyclus of peildatum) bij het Kadaster, of gebruik een CSV met de kop "
        "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats");
  CheckOldRegisterLeftAlone(dir);

  testing::WriteZip(dir / "inner.zip", {{"0998NUM15012024-000001.xml", "<?xml version=\"1.0\"?>\n<mutaties/>\n"}});
  testing::WriteZip(dir / "ander.zip", {{"0998NUM15012024.zip", testing::ReadText(dir / "inner.zip")}});
  CHECK(FailedImport(dir, dir / "ander.zip") ==
        "ander.zip/0998NUM15012024.zip/0998NUM15012024-000001.xml:2: dit is geen deelbestand van een BAG 2.0 Extract "
        "(het begint met <mutaties>); gebruik het volledige extract zoals het Kadaster het levert, geen mutatiebestand "
        "of ander XML-bestand");
  CheckOldRegisterLeftAlone(dir);

  std::string xml = testing::BagXmlFile("NUM", testing::NummeraanduidingXml(testing::Voorbeeld().numbers[0]));
  testing::WriteZip(dir / "inner.zip", {{"0998NUM15012024-000001.xml", xml.substr(0, xml.size() - 40)}});
  testing::WriteZip(dir / "kapot.zip", {{"0998NUM15012024.zip", testing::ReadText(dir / "inner.zip")}});
  const std::string broken = FailedImport(dir, dir / "kapot.zip");
  CHECK_THAT(broken, Catch::StartsWith("kapot.zip/0998NUM15012024.zip/0998NUM15012024-000001.xml:6: de XML is niet in orde ("));
  CHECK_THAT(broken, Catch::EndsWith("); download het BAG 2.0 Extract van uw gemeente opnieuw bij het Kadaster en importeer "
                                     "het nog eens; het oude adressenbestand blijft tot dan in gebruik"));
  CheckOldRegisterLeftAlone(dir);
}

}  // namespace
}  // namespace nietpluis
