// Builds BAG 2.0 Extracts for tests and the benchmark, in the structure Kadaster delivers
// (docs/bag-extract.md): a zip holding one zip per object type, each holding numbered XML files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nietpluis::testing {

struct BagVoorkomen {
  std::string begin = "2010-01-01";
  std::string end;               // eindGeldigheid, empty: still valid
  std::string end_registration;  // eindRegistratie, empty: not replaced
};

struct BagWoonplaats {
  std::string id;  // four digits
  std::string name;
  BagVoorkomen voorkomen;
};

struct BagOpenbareRuimte {
  std::string id;  // sixteen digits
  std::string name;
  std::string woonplaats_id;
  BagVoorkomen voorkomen;
};

struct BagNummeraanduiding {
  std::string id;
  std::string postcode;  // "3511AB"
  int number = 1;
  std::string letter;
  std::string addition;
  std::string street_id;      // ligtAan
  std::string woonplaats_id;  // ligtIn, only where it differs from the street's
  std::string status = "Naamgeving uitgegeven";
  BagVoorkomen voorkomen;
};

// A verblijfsobject, ligplaats or standplaats.
struct BagObject {
  std::string element = "Verblijfsobject";  // "Ligplaats", "Standplaats"
  std::string id;
  std::string status = "Verblijfsobject in gebruik";
  std::vector<std::string> main_addresses;  // heeftAlsHoofdadres
  std::vector<std::string> side_addresses;  // heeftAlsNevenadres
  BagVoorkomen voorkomen;
};

struct BagMunicipality {
  std::string code = "9999";  // gemeentecode in the files' names
  std::string date = "15012024";
  std::vector<BagWoonplaats> woonplaatsen;
  std::vector<BagOpenbareRuimte> streets;
  std::vector<BagNummeraanduiding> numbers;
  std::vector<BagObject> objects;
  std::size_t objects_per_file = 10000;  // Kadaster splits each type into files of this many
};

// One XML file of type `type` ("NUM") as the extract has it, with `body` as its bagObjects.
std::string BagXmlFile(const std::string& type, const std::string& body);

// The bagObject elements of each kind.
std::string WoonplaatsXml(const BagWoonplaats& woonplaats);
std::string OpenbareRuimteXml(const BagOpenbareRuimte& street);
std::string NummeraanduidingXml(const BagNummeraanduiding& number);
std::string ObjectXml(const BagObject& object);

// Writes a zip of `files` (name -> bytes) at `zip`.
void WriteZip(const std::filesystem::path& zip, const std::vector<std::pair<std::string, std::string>>& files);

// The inner zips of one municipality ("0344NUM15012024.zip" -> its file in `scratch`), PND included.
std::vector<std::pair<std::string, std::filesystem::path>> MunicipalityZips(const BagMunicipality& municipality,
                                                                             const std::filesystem::path& scratch);

// An extract of several municipalities: every inner zip of each, side by side in one outer zip, with
// the Leveringsdocument as Kadaster adds it.
void WriteBagExtract(const std::filesystem::path& zip, const std::vector<BagMunicipality>& municipalities);

}  // namespace nietpluis::testing
