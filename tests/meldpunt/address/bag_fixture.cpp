// Writing BAG extracts with libzip, the XML as Kadaster's files have it.
#include "meldpunt/address/bag_fixture.h"

#include <zip.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nietpluis::testing {
namespace {

std::string VoorkomenXml(const BagVoorkomen& voorkomen) {
  std::string xml =
      "<Objecten:voorkomen><Historie:Voorkomen><Historie:voorkomenidentificatie>1</Historie:voorkomenidentificatie>"
      "<Historie:beginGeldigheid>" + voorkomen.begin + "</Historie:beginGeldigheid>";
  if (!voorkomen.end.empty()) xml += "<Historie:eindGeldigheid>" + voorkomen.end + "</Historie:eindGeldigheid>";
  xml += "<Historie:tijdstipRegistratie>" + voorkomen.begin + "T10:00:00.000</Historie:tijdstipRegistratie>";
  if (!voorkomen.end_registration.empty()) {
    xml += "<Historie:eindRegistratie>" + voorkomen.end_registration + "</Historie:eindRegistratie>";
  }
  xml += "<Historie:BeschikbaarLV><Historie:tijdstipRegistratieLV>" + voorkomen.begin +
         "T10:30:00.000</Historie:tijdstipRegistratieLV></Historie:BeschikbaarLV></Historie:Voorkomen></Objecten:voorkomen>";
  return xml;
}

std::string Wrap(const std::string& object) { return "<sl-bag-extract:bagObject>" + object + "</sl-bag-extract:bagObject>\n"; }

// The files of one object type, split as Kadaster splits them (0344NUM15012024-000001.xml, ...), each
// written to `scratch` as it is made, so an extract of 500,000 addresses never sits in memory.
template <typename T, typename F>
std::vector<std::pair<std::string, std::filesystem::path>> TypeFiles(const BagMunicipality& municipality,
                                                                      const std::string& type, const std::vector<T>& items,
                                                                      F to_xml, const std::filesystem::path& scratch) {
  std::vector<std::pair<std::string, std::filesystem::path>> files;
  std::size_t index = 0;
  int part = 1;
  do {
    std::string body;
    for (std::size_t n = 0; n < municipality.objects_per_file && index < items.size(); ++n) body += to_xml(items[index++]);
    char name[64];
    std::snprintf(name, sizeof name, "%s%s%s-%06d.xml", municipality.code.c_str(), type.c_str(), municipality.date.c_str(),
                  part++);
    std::ofstream(scratch / name, std::ios::binary) << BagXmlFile(type, body);
    files.emplace_back(name, scratch / name);
  } while (index < items.size());
  return files;
}

void WriteZipOfFiles(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::filesystem::path>>& files) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (zip == nullptr) throw std::runtime_error("cannot create " + path.string());
  for (const auto& [name, file] : files) {
    zip_source_t* source = zip_source_file(zip, file.c_str(), 0, -1);
    if (source == nullptr || zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      zip_discard(zip);
      throw std::runtime_error("cannot add " + name);
    }
  }
  if (zip_close(zip) != 0) {
    zip_discard(zip);
    throw std::runtime_error("cannot write " + path.string());
  }
  for (const auto& entry : files) std::filesystem::remove(entry.second);
}

}  // namespace

std::string BagXmlFile(const std::string& type, const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<sl-bag-extract:bagStand xmlns:DatatypenNEN3610=\"www.kadaster.nl/schemas/lvbag/imbag/datatypennen3610/v20200601\" "
         "xmlns:Objecten=\"www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601\" "
         "xmlns:gml=\"http://www.opengis.net/gml/3.2\" "
         "xmlns:Historie=\"www.kadaster.nl/schemas/lvbag/imbag/historie/v20200601\" "
         "xmlns:Objecten-ref=\"www.kadaster.nl/schemas/lvbag/imbag/objecten-ref/v20200601\" "
         "xmlns:nen5825=\"www.kadaster.nl/schemas/lvbag/imbag/nen5825/v20200601\" "
         "xmlns:KenmerkInOnderzoek=\"www.kadaster.nl/schemas/lvbag/imbag/kenmerkinonderzoek/v20200601\" "
         "xmlns:selecties-extract=\"http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601\" "
         "xmlns:sl-bag-extract=\"http://www.kadaster.nl/schemas/lvbag/extract-deelbestand-lvc/v20200601\" "
         "xmlns:sl=\"http://www.kadaster.nl/schemas/standlevering-generiek/1.0\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
         "<sl-bag-extract:bagInfo><selecties-extract:Gebied-Registratief><selecties-extract:Gebied-GEMEENTE>"
         "<selecties-extract:GemeenteCollectie><selecties-extract:Gemeente><selecties-extract:GemeenteIdentificatie>0344"
         "</selecties-extract:GemeenteIdentificatie></selecties-extract:Gemeente></selecties-extract:GemeenteCollectie>"
         "</selecties-extract:Gebied-GEMEENTE></selecties-extract:Gebied-Registratief>"
         "<selecties-extract:LVC-Extract><selecties-extract:StandTechnischeDatum>2024-01-15"
         "</selecties-extract:StandTechnischeDatum></selecties-extract:LVC-Extract></sl-bag-extract:bagInfo>\n"
         "<sl:standBestand><sl:dataset>LVBAG</sl:dataset><sl:inhoud><sl:gebied>Gemeente</sl:gebied>"
         "<sl:leveringsId>0000000001</sl:leveringsId><sl:objectTypen><sl:objectType>" + type +
         "</sl:objectType></sl:objectTypen></sl:inhoud><sl:stand>\n" + body +
         "</sl:stand></sl:standBestand></sl-bag-extract:bagStand>\n";
}

std::string WoonplaatsXml(const BagWoonplaats& woonplaats) {
  return Wrap("<Objecten:Woonplaats><Objecten:identificatie domein=\"NL.IMBAG.Woonplaats\">" + woonplaats.id +
              "</Objecten:identificatie><Objecten:naam>" + woonplaats.name +
              "</Objecten:naam><Objecten:geometrie><Objecten:vlak><gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::28992\" "
              "srsDimension=\"2\"><gml:exterior><gml:LinearRing><gml:posList count=\"4\">0.0 0.0 10.0 0.0 10.0 10.0 0.0 0.0"
              "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></Objecten:vlak></Objecten:geometrie>"
              "<Objecten:status>Woonplaats aangewezen</Objecten:status><Objecten:geconstateerd>N</Objecten:geconstateerd>"
              "<Objecten:documentdatum>2010-01-01</Objecten:documentdatum><Objecten:documentnummer>W-1</Objecten:documentnummer>" +
              VoorkomenXml(woonplaats.voorkomen) + "</Objecten:Woonplaats>");
}

std::string OpenbareRuimteXml(const BagOpenbareRuimte& street) {
  return Wrap("<Objecten:OpenbareRuimte><Objecten:identificatie domein=\"NL.IMBAG.Openbareruimte\">" + street.id +
              "</Objecten:identificatie><Objecten:naam>" + street.name +
              "</Objecten:naam><Objecten:type>Weg</Objecten:type><Objecten:status>Naamgeving uitgegeven</Objecten:status>"
              "<Objecten:geconstateerd>N</Objecten:geconstateerd><Objecten:documentdatum>2010-01-01</Objecten:documentdatum>"
              "<Objecten:documentnummer>O-1</Objecten:documentnummer>" +
              VoorkomenXml(street.voorkomen) +
              "<Objecten:ligtIn><Objecten-ref:WoonplaatsRef domein=\"NL.IMBAG.Woonplaats\">" + street.woonplaats_id +
              "</Objecten-ref:WoonplaatsRef></Objecten:ligtIn></Objecten:OpenbareRuimte>");
}

std::string NummeraanduidingXml(const BagNummeraanduiding& number) {
  std::string xml = "<Objecten:Nummeraanduiding><Objecten:identificatie domein=\"NL.IMBAG.Nummeraanduiding\">" + number.id +
                    "</Objecten:identificatie><Objecten:huisnummer>" + std::to_string(number.number) + "</Objecten:huisnummer>";
  if (!number.letter.empty()) xml += "<Objecten:huisletter>" + number.letter + "</Objecten:huisletter>";
  if (!number.addition.empty()) xml += "<Objecten:huisnummertoevoeging>" + number.addition + "</Objecten:huisnummertoevoeging>";
  xml += "<Objecten:postcode>" + number.postcode + "</Objecten:postcode>"
         "<Objecten:typeAdresseerbaarObject>Verblijfsobject</Objecten:typeAdresseerbaarObject>"
         "<Objecten:status>" + number.status + "</Objecten:status><Objecten:geconstateerd>N</Objecten:geconstateerd>"
         "<Objecten:documentdatum>2010-01-01</Objecten:documentdatum><Objecten:documentnummer>N-1</Objecten:documentnummer>" +
         VoorkomenXml(number.voorkomen) +
         "<Objecten:ligtAan><Objecten-ref:OpenbareRuimteRef domein=\"NL.IMBAG.Openbareruimte\">" + number.street_id +
         "</Objecten-ref:OpenbareRuimteRef></Objecten:ligtAan>";
  if (!number.woonplaats_id.empty()) {
    xml += "<Objecten:ligtIn><Objecten-ref:WoonplaatsRef domein=\"NL.IMBAG.Woonplaats\">" + number.woonplaats_id +
           "</Objecten-ref:WoonplaatsRef></Objecten:ligtIn>";
  }
  return Wrap(xml + "</Objecten:Nummeraanduiding>");
}

std::string ObjectXml(const BagObject& object) {
  std::string xml = "<Objecten:" + object.element + ">";
  for (const std::string& id : object.main_addresses) {
    xml += "<Objecten:heeftAlsHoofdadres><Objecten-ref:NummeraanduidingRef domein=\"NL.IMBAG.Nummeraanduiding\">" + id +
           "</Objecten-ref:NummeraanduidingRef></Objecten:heeftAlsHoofdadres>";
  }
  xml += VoorkomenXml(object.voorkomen) + "<Objecten:identificatie domein=\"NL.IMBAG." + object.element + "\">" + object.id +
         "</Objecten:identificatie><Objecten:geometrie><Objecten:punt><gml:Point srsName=\"urn:ogc:def:crs:EPSG::28992\" "
         "srsDimension=\"3\"><gml:pos>136000.0 455000.0 0.0</gml:pos></gml:Point></Objecten:punt></Objecten:geometrie>";
  if (object.element == "Verblijfsobject") {
    xml += "<Objecten:gebruiksdoel>woonfunctie</Objecten:gebruiksdoel><Objecten:oppervlakte>80</Objecten:oppervlakte>";
  }
  xml += "<Objecten:status>" + object.status + "</Objecten:status><Objecten:geconstateerd>N</Objecten:geconstateerd>"
         "<Objecten:documentdatum>2010-01-01</Objecten:documentdatum><Objecten:documentnummer>V-1</Objecten:documentnummer>";
  if (object.element == "Verblijfsobject") {
    xml += "<Objecten:maaktDeelUitVan><Objecten-ref:PandRef domein=\"NL.IMBAG.Pand\">0344100000000001</Objecten-ref:PandRef>"
           "</Objecten:maaktDeelUitVan>";
  }
  for (const std::string& id : object.side_addresses) {
    xml += "<Objecten:heeftAlsNevenadres><Objecten-ref:NummeraanduidingRef domein=\"NL.IMBAG.Nummeraanduiding\">" + id +
           "</Objecten-ref:NummeraanduidingRef></Objecten:heeftAlsNevenadres>";
  }
  return Wrap(xml + "</Objecten:" + object.element + ">");
}

void WriteZip(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& files) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (zip == nullptr) throw std::runtime_error("cannot create " + path.string());
  for (const auto& [name, bytes] : files) {
    // zip_source_buffer keeps the pointer until zip_close: the strings in `files` outlive it.
    zip_source_t* source = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    if (source == nullptr || zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      zip_discard(zip);
      throw std::runtime_error("cannot add " + name);
    }
  }
  if (zip_close(zip) != 0) {
    zip_discard(zip);
    throw std::runtime_error("cannot write " + path.string());
  }
}

std::vector<std::pair<std::string, std::filesystem::path>> MunicipalityZips(const BagMunicipality& municipality,
                                                                             const std::filesystem::path& scratch) {
  auto zip_of = [&](const std::string& type, const std::vector<std::pair<std::string, std::filesystem::path>>& files) {
    const std::string name = municipality.code + type + municipality.date + ".zip";
    WriteZipOfFiles(scratch / name, files);
    return std::make_pair(name, scratch / name);
  };
  std::vector<BagObject> vbos, ligs, stas;
  for (const BagObject& object : municipality.objects) {
    (object.element == "Ligplaats" ? ligs : object.element == "Standplaats" ? stas : vbos).push_back(object);
  }
  std::vector<std::pair<std::string, std::filesystem::path>> zips;
  zips.push_back(zip_of("WPL", TypeFiles(municipality, "WPL", municipality.woonplaatsen, WoonplaatsXml, scratch)));
  zips.push_back(zip_of("OPR", TypeFiles(municipality, "OPR", municipality.streets, OpenbareRuimteXml, scratch)));
  zips.push_back(zip_of("NUM", TypeFiles(municipality, "NUM", municipality.numbers, NummeraanduidingXml, scratch)));
  zips.push_back(zip_of("VBO", TypeFiles(municipality, "VBO", vbos, ObjectXml, scratch)));
  zips.push_back(zip_of("LIG", TypeFiles(municipality, "LIG", ligs, ObjectXml, scratch)));
  zips.push_back(zip_of("STA", TypeFiles(municipality, "STA", stas, ObjectXml, scratch)));
  zips.push_back(zip_of("PND", TypeFiles(municipality, "PND", std::vector<int>{}, [](int) { return std::string(); }, scratch)));
  return zips;
}

void WriteBagExtract(const std::filesystem::path& zip, const std::vector<BagMunicipality>& municipalities) {
  const std::filesystem::path scratch = zip.parent_path() / (zip.filename().string() + ".parts");
  std::filesystem::create_directories(scratch);
  std::vector<std::pair<std::string, std::filesystem::path>> files;
  for (const BagMunicipality& municipality : municipalities) {
    for (auto& file : MunicipalityZips(municipality, scratch)) files.push_back(std::move(file));
  }
  std::ofstream(scratch / "Leveringsdocument-BAG-Extract.xml")
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Leveringsdocument><StandTechnischeDatum>2024-01-15"
         "</StandTechnischeDatum></Leveringsdocument>\n";
  files.emplace_back("Leveringsdocument-BAG-Extract.xml", scratch / "Leveringsdocument-BAG-Extract.xml");
  WriteZipOfFiles(zip, files);
  std::filesystem::remove_all(scratch);
}

}  // namespace nietpluis::testing
