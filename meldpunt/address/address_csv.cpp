// Parsing the address CSV line by line.
#include "address/address_csv.h"

#include <cctype>
#include <fstream>
#include <optional>
#include <vector>

#include "base/text.h"
#include "base/utf8.h"
#include "config/postcode.h"

namespace nietpluis {
namespace {

constexpr const char* kFix = "verbeter die regel in het bestand en importeer opnieuw; het oude adressenbestand blijft tot dan in gebruik";

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view WithoutBom(std::string_view line) {
  if (StartsWith(line, "\xEF\xBB\xBF")) line.remove_prefix(3);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Splits one line at `separator`; a field in double quotes may hold the separator and "" for a quote.
// Empty when a quote is not closed on the line.
std::optional<std::vector<std::string>> SplitLine(std::string_view line, char separator) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"' && Trim(fields.back()).empty()) {
      fields.back().clear();
      quoted = true;
    } else if (c == separator) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return std::nullopt;
  for (std::string& field : fields) field = std::string(Trim(field));
  return fields;
}

char SeparatorOf(std::string_view header) { return header.find(';') != std::string_view::npos ? ';' : ','; }

bool IsLetter(const std::string& text) { return text.size() == 1 && std::isalpha(static_cast<unsigned char>(text[0])); }

bool IsAddition(const std::string& text) {
  if (text.size() > 4) return false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::optional<int> HouseNumber(const std::string& text) {
  if (text.empty() || text.size() > 5 || text[0] == '0') return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// The address on one line, or the diagnostic that names what is wrong with it.
Result<RegisterAddress> ParseRow(const std::string& file, int number, const std::vector<std::string>& fields) {
  auto wrong = [&](const std::string& problem) { return Error(file, number, problem, kFix); };
  if (fields.size() != 6) {
    return wrong("deze regel heeft " + std::to_string(fields.size()) + " velden in plaats van 6 (" +
                 std::string(kAddressCsvHeader) + ")");
  }
  for (const std::string& field : fields) {
    if (!IsValidUtf8(field)) return wrong("deze regel is geen UTF-8");
  }
  RegisterAddress address;
  std::optional<Postcode> postcode = ParsePostcode(fields[0]);
  if (!postcode) return wrong("'" + fields[0] + "' is geen postcode");
  address.postcode = postcode->Normalised();
  std::optional<int> house_number = HouseNumber(fields[1]);
  if (!house_number) return wrong("'" + fields[1] + "' is geen huisnummer (1 tot en met 99999)");
  address.house_number = *house_number;
  address.house_letter = Upper(fields[2]);
  if (!address.house_letter.empty() && !IsLetter(address.house_letter)) {
    return wrong("'" + fields[2] + "' is geen huisletter (één letter)");
  }
  address.addition = Upper(fields[3]);
  if (!IsAddition(address.addition)) return wrong("'" + fields[3] + "' is geen toevoeging (hoogstens 4 letters of cijfers)");
  address.street = fields[4];
  address.place = fields[5];
  if (address.street.empty()) return wrong("de straat ontbreekt");
  if (address.place.empty()) return wrong("de woonplaats ontbreekt");
  return address;
}

}  // namespace

bool LooksLikeAddressCsv(std::string_view first_line) {
  std::string_view header = WithoutBom(first_line);
  std::optional<std::vector<std::string>> names = SplitLine(header, SeparatorOf(header));
  if (!names) return false;
  std::string joined;
  for (const std::string& name : *names) joined += (joined.empty() ? "" : ",") + Lower(name);
  return joined == kAddressCsvHeader;
}

Status ReadAddressCsv(const std::filesystem::path& path, RegisterWriter* writer) {
  const std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(file, 0, "het bestand is niet te lezen", "kijk of de naam klopt en of u het mag lezen");
  std::string line;
  if (!std::getline(in, line) || Trim(WithoutBom(line)).empty()) {
    return Error(file, 1, "het bestand is leeg", std::string("zet er de kop ") + kAddressCsvHeader +
                                                   " in en daaronder één adres per regel");
  }
  if (!LooksLikeAddressCsv(line)) {
    return Error(file, 1, "de eerste regel is niet de kop " + std::string(kAddressCsvHeader),
                 "zet die kop op de eerste regel, met komma's of puntkomma's, en de kolommen in die volgorde");
  }
  const char separator = SeparatorOf(WithoutBom(line));
  int number = 1;
  while (std::getline(in, line)) {
    ++number;
    std::string_view text = WithoutBom(line);
    if (Trim(text).empty()) continue;
    std::optional<std::vector<std::string>> fields = SplitLine(text, separator);
    if (!fields) return Error(file, number, "een aanhalingsteken (\") wordt niet gesloten", kFix);
    Result<RegisterAddress> address = ParseRow(file, number, *fields);
    if (!address.ok()) return address.error();
    if (Status added = writer->Add(address.value()); !added.ok()) return added;
  }
  if (in.bad()) return Error(file, number, "het bestand is niet helemaal te lezen", "kopieer het opnieuw en probeer het nog eens");
  if (writer->added() == 0) {
    return Error(file, 1, "er staan geen adressen in, alleen de kop", "zet onder de kop één adres per regel");
  }
  return Status::Ok();
}

}  // namespace nietpluis
