// Streaming the BAG extract: libzip opens the zips, libxml2's text reader walks each XML file once,
// and SQLite scratch tables join numbers, streets, woonplaatsen and objects in use at the end.
#include "address/bag_extract.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <libxml/xmlreader.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <ctime>
#include <memory>
#include <optional>
#include <regex>
#include <vector>

#include "base/text.h"

namespace nietpluis {
namespace {

constexpr const char* kDownloadAgain =
    "download het BAG 2.0 Extract van uw gemeente opnieuw bij het Kadaster en importeer het nog eens; het oude "
    "adressenbestand blijft tot dan in gebruik";

// The object types whose files the importer reads. PND (buildings) and the Inactief, InOnderzoek and
// mutation files hold no address in use.
enum class BagType { kWpl, kOpr, kNum, kVbo, kLig, kSta, kOther };

struct BagFileName {
  BagType type = BagType::kOther;
  std::string municipality;  // "0344"
  std::string date;          // "15012024" (ddmmjjjj)
};

// "0344NUM15012024.zip", "9999NUM08012024-000001.xml": municipality, type and date.
BagFileName ParseBagFileName(const std::string& name) {
  static const std::regex pattern(R"((\d{4})(WPL|OPR|NUM|VBO|LIG|STA|PND)(\d{8}))");
  std::smatch match;
  BagFileName parsed;
  if (!std::regex_search(name, match, pattern)) return parsed;
  const std::string type = match[2].str();
  parsed.type = type == "WPL"   ? BagType::kWpl
                : type == "OPR" ? BagType::kOpr
                : type == "NUM" ? BagType::kNum
                : type == "VBO" ? BagType::kVbo
                : type == "LIG" ? BagType::kLig
                : type == "STA" ? BagType::kSta
                                : BagType::kOther;
  parsed.municipality = match[1].str();
  parsed.date = match[3].str();
  return parsed;
}

bool EndsWithNoCase(const std::string& text, const std::string& suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[text.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

std::string BaseName(const std::string& name) {
  const std::size_t slash = name.rfind('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

// Unix seconds of "ddmmjjjj", or nothing.
std::optional<std::int64_t> DateOfName(const std::string& date) {
  std::tm tm{};
  tm.tm_mday = std::stoi(date.substr(0, 2));
  tm.tm_mon = std::stoi(date.substr(2, 2)) - 1;
  tm.tm_year = std::stoi(date.substr(4, 4)) - 1900;
  if (tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_year < 100) return std::nullopt;
  return static_cast<std::int64_t>(timegm(&tm));
}

// One BAG object as far as addresses need it, filled while its elements stream past.
struct BagObject {
  BagType type = BagType::kOther;
  std::string id;
  std::string name;
  std::string status;
  std::string postcode;
  std::string house_number;
  std::string house_letter;
  std::string addition;
  std::string street_ref;  // ligtAan/OpenbareRuimteRef
  std::string place_ref;   // ligtIn/WoonplaatsRef
  std::vector<std::string> addresses;  // heeftAlsHoofdadres and heeftAlsNevenadres
  std::string begin;
  std::string end;
  std::string end_registration;

  // The voorkomen that holds today: begun, not ended, and not replaced by a later registration.
  bool CurrentOn(const std::string& today) const {
    return !begin.empty() && begin.substr(0, 10) <= today && (end.empty() || end.substr(0, 10) > today) &&
           end_registration.empty();
  }
};

// The statuses of an object that people live or work in (docs/bag-extract.md).
bool InUse(const BagObject& object) {
  if (object.type == BagType::kVbo) {
    return object.status == "Verblijfsobject in gebruik" || object.status == "Verblijfsobject in gebruik (niet ingemeten)" ||
           object.status == "Verbouwing verblijfsobject";
  }
  return object.status == "Plaats aangewezen";  // ligplaats, standplaats
}

std::optional<BagType> ObjectType(const char* local_name) {
  if (std::strcmp(local_name, "Woonplaats") == 0) return BagType::kWpl;
  if (std::strcmp(local_name, "OpenbareRuimte") == 0) return BagType::kOpr;
  if (std::strcmp(local_name, "Nummeraanduiding") == 0) return BagType::kNum;
  if (std::strcmp(local_name, "Verblijfsobject") == 0) return BagType::kVbo;
  if (std::strcmp(local_name, "Ligplaats") == 0) return BagType::kLig;
  if (std::strcmp(local_name, "Standplaats") == 0) return BagType::kSta;
  return std::nullopt;
}

bool IsObjectenNamespace(const char* uri) { return uri != nullptr && std::strstr(uri, "/imbag/objecten/") != nullptr; }

bool IsIdentifier(const std::string& text) {
  return !text.empty() && text.size() <= 18 &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::optional<int> HouseNumber(const std::string& text) {
  if (text.empty() || text.size() > 5 || text[0] == '0' || !IsIdentifier(text)) return std::nullopt;
  return std::stoi(text);
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

bool IsRegisterPostcode(const std::string& text) {
  return text.size() == 6 && text[0] >= '1' && text[0] <= '9' && std::isdigit(static_cast<unsigned char>(text[1])) &&
         std::isdigit(static_cast<unsigned char>(text[2])) && std::isdigit(static_cast<unsigned char>(text[3])) &&
         std::isupper(static_cast<unsigned char>(text[4])) && std::isupper(static_cast<unsigned char>(text[5]));
}

// The scratch tables and their statements. TEMP tables live in a file of their own that SQLite
// removes on close, so nothing of them reaches the register.
class ScratchTables {
 public:
  explicit ScratchTables(SQLite::Database& db) : db_(db) {
    db_.exec(R"sql(
      CREATE TEMP TABLE bag_wpl (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
      CREATE TEMP TABLE bag_opr (id INTEGER PRIMARY KEY, name TEXT NOT NULL, wpl INTEGER);
      CREATE TEMP TABLE bag_num (id INTEGER PRIMARY KEY, postcode TEXT NOT NULL, number INTEGER NOT NULL,
                                 letter TEXT NOT NULL, addition TEXT NOT NULL, opr INTEGER, wpl INTEGER);
      CREATE TEMP TABLE bag_in_use (num INTEGER PRIMARY KEY);
    )sql");
    wpl_ = std::make_unique<SQLite::Statement>(db_, "INSERT OR REPLACE INTO bag_wpl VALUES (?, ?)");
    opr_ = std::make_unique<SQLite::Statement>(db_, "INSERT OR REPLACE INTO bag_opr VALUES (?, ?, ?)");
    num_ = std::make_unique<SQLite::Statement>(db_, "INSERT OR REPLACE INTO bag_num VALUES (?, ?, ?, ?, ?, ?, ?)");
    in_use_ = std::make_unique<SQLite::Statement>(db_, "INSERT OR IGNORE INTO bag_in_use VALUES (?)");
  }
  ~ScratchTables() {
    wpl_.reset();
    opr_.reset();
    num_.reset();
    in_use_.reset();
    try {
      db_.exec("DROP TABLE IF EXISTS temp.bag_wpl; DROP TABLE IF EXISTS temp.bag_opr; "
               "DROP TABLE IF EXISTS temp.bag_num; DROP TABLE IF EXISTS temp.bag_in_use;");
    } catch (const SQLite::Exception&) {
      // The temp file goes with the connection anyway.
    }
  }

  // Stores what `object` says about addresses, if anything.
  void Store(const BagObject& object) {
    switch (object.type) {
      case BagType::kWpl:
        BindId(*wpl_, 1, object.id);
        wpl_->bind(2, object.name);
        Run(*wpl_);
        break;
      case BagType::kOpr:
        BindId(*opr_, 1, object.id);
        opr_->bind(2, object.name);
        BindId(*opr_, 3, object.place_ref);
        Run(*opr_);
        break;
      case BagType::kNum: {
        std::optional<int> number = HouseNumber(object.house_number);
        if (object.status != "Naamgeving uitgegeven" || !IsRegisterPostcode(object.postcode) || !number) return;
        BindId(*num_, 1, object.id);
        num_->bind(2, object.postcode);
        num_->bind(3, *number);
        num_->bind(4, Upper(object.house_letter));
        num_->bind(5, Upper(object.addition));
        BindId(*num_, 6, object.street_ref);
        BindId(*num_, 7, object.place_ref);
        Run(*num_);
        break;
      }
      case BagType::kVbo:
      case BagType::kLig:
      case BagType::kSta:
        if (!InUse(object)) return;
        for (const std::string& address : object.addresses) {
          BindId(*in_use_, 1, address);
          Run(*in_use_);
        }
        break;
      case BagType::kOther:
        break;
    }
  }

  std::int64_t Count(const char* sql) {
    SQLite::Statement count(db_, sql);
    return count.executeStep() ? count.getColumn(0).getInt64() : 0;
  }

 private:
  // An identifier as the integer it is (leading zeros go, the join needs none); anything else as NULL.
  static void BindId(SQLite::Statement& statement, int column, const std::string& value) {
    if (IsIdentifier(value)) {
      statement.bind(column, static_cast<std::int64_t>(std::stoll(value)));
    } else {
      statement.bind(column);
    }
  }

  static void Run(SQLite::Statement& statement) {
    statement.exec();
    statement.reset();
  }

  SQLite::Database& db_;
  std::unique_ptr<SQLite::Statement> wpl_, opr_, num_, in_use_;
};

// A zip archive from libzip that closes itself.
struct ZipCloser {
  void operator()(zip_t* zip) const { zip_discard(zip); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

std::string ZipErrorText(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

// Walks the zips and XML files of one extract.
class ExtractReader {
 public:
  ExtractReader(const std::string& today, std::filesystem::path scratch_dir, ScratchTables* tables,
                BagExtractSummary* summary)
      : today_(today), scratch_dir_(std::move(scratch_dir)), tables_(tables), summary_(summary) {}

  Status ReadZip(zip_t* zip, const std::string& shown, int depth) {
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t index = 0; index < count; ++index) {
      const char* raw_name = zip_get_name(zip, static_cast<zip_uint64_t>(index), 0);
      if (raw_name == nullptr) continue;
      const std::string name = raw_name;
      const std::string base = BaseName(name);
      const std::string inner = shown + "/" + name;
      const BagFileName parsed = ParseBagFileName(base);
      if (EndsWithNoCase(base, ".zip")) {
        if (!WantedZip(base, parsed) || depth >= 3) continue;
        if (Status read = ReadInnerZip(zip, index, inner, depth); !read.ok()) return read;
      } else if (EndsWithNoCase(base, ".xml") && parsed.type != BagType::kOther) {
        Note(parsed);
        if (Status read = ReadXml(zip, index, inner); !read.ok()) return read;
        seen_[static_cast<int>(parsed.type)] = true;
      }
    }
    return Status::Ok();
  }

  bool Seen(BagType type) const { return seen_[static_cast<int>(type)]; }

 private:
  // A zip of one object type, or a zip that may hold such zips (one municipality of a collection).
  static bool WantedZip(const std::string& base, const BagFileName& parsed) {
    for (const char* skipped : {"Inactief", "InOnderzoek", "Mutatie", "GEM-WPL-RELATIE", "PND"}) {
      if (base.find(skipped) != std::string::npos) return false;
    }
    return parsed.type != BagType::kOther || parsed.municipality.empty();
  }

  void Note(const BagFileName& parsed) {
    summary_->municipalities.insert(parsed.municipality);
    if (std::optional<std::int64_t> date = DateOfName(parsed.date); date && *date > summary_->extract_date) {
      summary_->extract_date = *date;
    }
  }

  // An inner zip is copied to an unnamed scratch file first: libzip reads a zip from a seekable file,
  // and a compressed entry is not one. The file is unlinked at once, so a crash leaves nothing behind.
  Status ReadInnerZip(zip_t* outer, zip_int64_t index, const std::string& shown, int depth) {
    std::string pattern = (scratch_dir_ / ".adressen-import-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      return Error(scratch_dir_.string(), 0, "kan geen tijdelijk bestand maken om het extract uit te pakken",
                   "kijk of de schijf vol is en of u in deze map mag schrijven");
    }
    ::unlink(pattern.c_str());
    ZipFilePtr entry(zip_fopen_index(outer, static_cast<zip_uint64_t>(index), 0));
    std::vector<char> buffer(1 << 16);
    zip_int64_t got = entry ? 0 : -1;
    while (entry && (got = zip_fread(entry.get(), buffer.data(), buffer.size())) > 0) {
      if (::write(fd, buffer.data(), static_cast<std::size_t>(got)) != got) {
        ::close(fd);
        return Error(scratch_dir_.string(), 0, "kan het extract niet uitpakken: de schijf is vol",
                     "maak ruimte vrij en importeer opnieuw; het oude adressenbestand blijft tot dan in gebruik");
      }
    }
    if (got < 0) {
      ::close(fd);
      return Broken(shown);
    }
    int code = 0;
    zip_t* inner = zip_fdopen(fd, ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (inner == nullptr) {
      ::close(fd);
      return Error(shown, 0, "dit zip-bestand in het extract is beschadigd (" + ZipErrorText(code) + ")", kDownloadAgain);
    }
    ZipPtr owned(inner);
    return ReadZip(inner, shown, depth + 1);
  }

  static Diagnostic Broken(const std::string& shown) {
    return Error(shown, 0, "dit bestand in het extract is beschadigd en niet uit te pakken", kDownloadAgain);
  }

  struct XmlInput {
    zip_file_t* file;
    bool failed = false;
  };

  static int ReadCallback(void* context, char* buffer, int length) {
    auto* input = static_cast<XmlInput*>(context);
    const zip_int64_t got = zip_fread(input->file, buffer, static_cast<zip_uint64_t>(length));
    if (got < 0) input->failed = true;
    return static_cast<int>(got);
  }

  struct XmlProblem {
    int line = 0;
    std::string message;
  };

  static void OnXmlError(void* context, xmlErrorPtr error) {
    auto* problem = static_cast<XmlProblem*>(context);
    if (!problem->message.empty() || error == nullptr || error->level < XML_ERR_ERROR) return;
    problem->line = error->line;
    problem->message = error->message ? std::string(Trim(error->message)) : "onbekende fout";
  }

  Status ReadXml(zip_t* zip, zip_int64_t index, const std::string& shown) {
    ZipFilePtr entry(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0));
    if (!entry) return Broken(shown);
    XmlInput input{entry.get()};
    XmlProblem problem;
    std::unique_ptr<xmlTextReader, void (*)(xmlTextReaderPtr)> reader(
        xmlReaderForIO(ReadCallback, nullptr, &input, shown.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_COMPACT),
        xmlFreeTextReader);
    if (!reader) return Broken(shown);
    xmlTextReaderSetStructuredErrorHandler(reader.get(), OnXmlError, &problem);
    Status walked = Walk(reader.get(), shown);
    if (input.failed) return Broken(shown);
    if (!problem.message.empty()) {
      return Error(shown, problem.line, "de XML is niet in orde (" + problem.message + ")", kDownloadAgain);
    }
    return walked;
  }

  // Goes through one file's nodes. The root must be the standlevering's bagStand; every object of a
  // known type below it is collected and stored when its end tag passes.
  Status Walk(xmlTextReaderPtr reader, const std::string& shown) {
    bool root_seen = false;
    std::optional<BagObject> object;
    int object_depth = 0;
    std::vector<std::string> path;  // local names below the object
    int result = 0;
    while ((result = xmlTextReaderRead(reader)) == 1) {
      const int kind = xmlTextReaderNodeType(reader);
      if (kind == XML_READER_TYPE_ELEMENT) {
        const char* local = reinterpret_cast<const char*>(xmlTextReaderConstLocalName(reader));
        if (!root_seen) {
          root_seen = true;
          const char* uri = reinterpret_cast<const char*>(xmlTextReaderConstNamespaceUri(reader));
          if (std::strcmp(local, "bagStand") != 0 || uri == nullptr || std::strstr(uri, "extract-deelbestand-lvc") == nullptr) {
            // The node's own line: the parser's position may already be past it.
            return Error(shown, static_cast<int>(xmlGetLineNo(xmlTextReaderCurrentNode(reader))),
                         "dit is geen deelbestand van een BAG 2.0 Extract (het begint met <" + std::string(local) + ">)",
                         "gebruik het volledige extract zoals het Kadaster het levert, geen mutatiebestand of ander XML-bestand");
          }
          continue;
        }
        const bool empty = xmlTextReaderIsEmptyElement(reader);
        if (!object) {
          std::optional<BagType> type = ObjectType(local);
          if (type && !empty && IsObjectenNamespace(reinterpret_cast<const char*>(xmlTextReaderConstNamespaceUri(reader)))) {
            object.emplace();
            object->type = *type;
            object_depth = xmlTextReaderDepth(reader);
            path.clear();
          }
          continue;
        }
        if (std::strcmp(local, "geometrie") == 0) {
          // Geometry is most of a file's bytes and none of an address: skip it whole.
          if (!empty && xmlTextReaderNext(reader) == 1) {
            if (!HandleAfterSkip(reader, object, object_depth, path)) continue;
          }
          continue;
        }
        if (!empty) path.emplace_back(local);
      } else if (kind == XML_READER_TYPE_END_ELEMENT) {
        if (object && xmlTextReaderDepth(reader) == object_depth) {
          Finish(*object);
          object.reset();
        } else if (object && !path.empty()) {
          path.pop_back();
        }
      } else if ((kind == XML_READER_TYPE_TEXT || kind == XML_READER_TYPE_CDATA) && object) {
        const char* value = reinterpret_cast<const char*>(xmlTextReaderConstValue(reader));
        Assign(*object, path, value ? std::string(Trim(value)) : std::string());
      }
    }
    if (result < 0) return Broken(shown);  // ReadXml prefers the parser's own message, when it gave one
    if (!root_seen) {
      return Error(shown, 0, "dit XML-bestand in het extract is leeg", kDownloadAgain);
    }
    return Status::Ok();
  }

  // After xmlTextReaderNext the reader stands on the node after the skipped geometry, which this
  // handles as the loop would have. Returns false when it was handled.
  bool HandleAfterSkip(xmlTextReaderPtr reader, std::optional<BagObject>& object, int object_depth,
                       std::vector<std::string>& path) {
    const int kind = xmlTextReaderNodeType(reader);
    if (kind == XML_READER_TYPE_END_ELEMENT) {
      if (xmlTextReaderDepth(reader) == object_depth) {
        Finish(*object);
        object.reset();
      } else if (!path.empty()) {
        path.pop_back();
      }
      return false;
    }
    if (kind == XML_READER_TYPE_ELEMENT) {
      const char* local = reinterpret_cast<const char*>(xmlTextReaderConstLocalName(reader));
      if (!xmlTextReaderIsEmptyElement(reader)) path.emplace_back(local);
      return false;
    }
    return true;
  }

  static void Assign(BagObject& object, const std::vector<std::string>& path, std::string value) {
    if (path.size() == 1) {
      const std::string& field = path[0];
      if (field == "identificatie") object.id = std::move(value);
      else if (field == "naam") object.name = std::move(value);
      else if (field == "status") object.status = std::move(value);
      else if (field == "postcode") object.postcode = std::move(value);
      else if (field == "huisnummer") object.house_number = std::move(value);
      else if (field == "huisletter") object.house_letter = std::move(value);
      else if (field == "huisnummertoevoeging") object.addition = std::move(value);
    } else if (path.size() == 2) {
      if (path[0] == "ligtAan" && path[1] == "OpenbareRuimteRef") object.street_ref = std::move(value);
      else if (path[0] == "ligtIn" && path[1] == "WoonplaatsRef") object.place_ref = std::move(value);
      else if ((path[0] == "heeftAlsHoofdadres" || path[0] == "heeftAlsNevenadres") && path[1] == "NummeraanduidingRef") {
        object.addresses.push_back(std::move(value));
      }
    } else if (path.size() == 3 && path[0] == "voorkomen" && path[1] == "Voorkomen") {
      if (path[2] == "beginGeldigheid") object.begin = std::move(value);
      else if (path[2] == "eindGeldigheid") object.end = std::move(value);
      else if (path[2] == "eindRegistratie") object.end_registration = std::move(value);
    }
  }

  void Finish(const BagObject& object) {
    if (!IsIdentifier(object.id) || !object.CurrentOn(today_)) return;
    tables_->Store(object);
  }

  std::string today_;
  std::filesystem::path scratch_dir_;
  ScratchTables* tables_;
  BagExtractSummary* summary_;
  bool seen_[7] = {};
};

std::string Missing(const ExtractReader& reader) {
  if (!reader.Seen(BagType::kNum)) return "NUM (nummeraanduidingen)";
  if (!reader.Seen(BagType::kOpr)) return "OPR (openbare ruimten: de straten)";
  if (!reader.Seen(BagType::kWpl)) return "WPL (woonplaatsen)";
  if (!reader.Seen(BagType::kVbo) && !reader.Seen(BagType::kLig) && !reader.Seen(BagType::kSta)) {
    return "VBO (verblijfsobjecten)";
  }
  return "";
}

}  // namespace

bool LooksLikeZip(std::string_view first_bytes) {
  return StartsWith(first_bytes, std::string_view("PK\x03\x04", 4)) || StartsWith(first_bytes, std::string_view("PK\x05\x06", 4));
}

Result<BagExtractSummary> ReadBagExtract(const std::filesystem::path& zip_file, const std::string& today,
                                         const std::filesystem::path& scratch_dir, RegisterWriter* writer) {
  xmlInitParser();
  const std::string shown = zip_file.string();
  int code = 0;
  ZipPtr zip(zip_open(shown.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
  if (!zip) {
    return Error(shown, 0, "dit zip-bestand is beschadigd of niet helemaal gedownload (" + ZipErrorText(code) + ")",
                 kDownloadAgain);
  }
  BagExtractSummary summary;
  try {
    ScratchTables tables(writer->db());
    ExtractReader reader(today, scratch_dir, &tables, &summary);
    if (Status read = reader.ReadZip(zip.get(), shown, 0); !read.ok()) return read.error();
    if (std::string missing = Missing(reader); !missing.empty()) {
      return Error(shown, 0, "er staat geen " + missing + " in; dit is geen volledig BAG 2.0 Extract",
                   "download het BAG 2.0 Extract van uw gemeente (levenscyclus of peildatum) bij het Kadaster, of "
                   "gebruik een CSV met de kop postcode,huisnummer,huisletter,toevoeging,straat,woonplaats");
    }
    Status added = writer->AddSelected(R"sql(
      SELECT n.postcode, n.number, n.letter, n.addition, o.name, w.name
      FROM bag_num n
      JOIN bag_in_use u ON u.num = n.id
      JOIN bag_opr o ON o.id = n.opr
      JOIN bag_wpl w ON w.id = COALESCE(n.wpl, o.wpl)
    )sql");
    if (!added.ok()) return added.error();
    summary.numbers_read = tables.Count("SELECT count(*) FROM bag_num");
    summary.not_in_use = tables.Count("SELECT count(*) FROM bag_num WHERE id NOT IN (SELECT num FROM bag_in_use)");
  } catch (const SQLite::Exception& error) {
    return Error(writer->new_file().string(), 0,
                 "het nieuwe adressenbestand is niet te schrijven (" + std::string(error.getErrorStr()) + ")",
                 "kijk of de schijf vol is; het oude adressenbestand is niet veranderd");
  }
  if (writer->added() == 0) {
    return Error(shown, 0, "er staat geen enkel adres in gebruik in dit extract", kDownloadAgain);
  }
  return summary;
}

}  // namespace nietpluis
