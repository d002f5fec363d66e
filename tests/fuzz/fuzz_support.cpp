// Invariant checks, the scratch folder and report comparisons for the libFuzzer harnesses.
#include "fuzz_support.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "base/text.h"
#include "base/utf8.h"
#include "config/postcode.h"
#include "delivery/report_email.h"
#include "intake/report_form.h"
#include "intake/report_json.h"

namespace nietpluis::fuzz {

void Fail(const char* invariant, const char* file, int line, const std::string& detail) {
  std::fprintf(stderr, "\n%s:%d: invariant broken: %s\n", file, line, invariant);
  if (!detail.empty()) std::fprintf(stderr, "  %s\n", detail.c_str());
  std::abort();
}

std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

const std::filesystem::path& ScratchDir() {
  static const std::filesystem::path dir = [] {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/nietpluis-fuzz-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) Fail("mkdtemp below $TMPDIR", __FILE__, __LINE__, pattern);
    return std::filesystem::path(pattern);
  }();
  return dir;
}

void WriteFile(const std::filesystem::path& file, std::string_view contents) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  FUZZ_CHECK_MSG(out.good(), "could not write " + file.string());
}

void CopyFromSource(const std::string& relative, const std::filesystem::path& to) {
  std::filesystem::copy(SourceDir() / relative, to,
                        std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
}

std::filesystem::path SourceDir() { return NIETPLUIS_SOURCE_DIR; }

std::size_t Count(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

std::size_t CountIgnoringCase(std::string_view text, std::string_view part) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return Count(lower, part);
}

int LastLine(std::string_view text) {
  // cmark and yaml-cpp also end a line at a lone CR, so it counts here too.
  return static_cast<int>(Count(text, "\n") + Count(text, "\r") - Count(text, "\r\n")) + 1;
}

void CheckDiagnostics(const Diagnostics& diagnostics, const std::string& file, std::string_view text) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    const std::string shown = diagnostic.ToString();
    FUZZ_CHECK_MSG(!diagnostic.file.empty() && !Trim(diagnostic.problem).empty() && !Trim(diagnostic.remedy).empty(),
                   shown);
    FUZZ_CHECK_MSG(IsValidUtf8(shown), shown);
    FUZZ_CHECK_MSG(diagnostic.line >= 0, shown);
    if (diagnostic.file == file) FUZZ_CHECK_MSG(diagnostic.line <= LastLine(text), shown);
  }
  std::size_t errors = static_cast<std::size_t>(std::count_if(diagnostics.all().begin(), diagnostics.all().end(),
                                                              [](const Diagnostic& d) { return d.is_error(); }));
  FUZZ_CHECK(errors == diagnostics.error_count());
}

void CheckSameReport(const Report& expected, const Report& actual) {
  FUZZ_CHECK(actual.id == expected.id);
  FUZZ_CHECK(actual.received_at == expected.received_at);
  FUZZ_CHECK(actual.source == expected.source);
  FUZZ_CHECK(actual.location == expected.location);
  FUZZ_CHECK(actual.campaign == expected.campaign);
  FUZZ_CHECK(actual.organisation == expected.organisation);
  FUZZ_CHECK(actual.address.postcode == expected.address.postcode);
  FUZZ_CHECK(actual.address.house_number == expected.address.house_number);
  FUZZ_CHECK(actual.address.addition == expected.address.addition);
  FUZZ_CHECK(actual.reasons == expected.reasons);
  FUZZ_CHECK(actual.text == expected.text);
  FUZZ_CHECK(actual.contact.wanted == expected.contact.wanted);
  FUZZ_CHECK(actual.contact.name == expected.contact.name);
  FUZZ_CHECK(actual.contact.phone == expected.contact.phone);
  FUZZ_CHECK(actual.contact.email == expected.contact.email);
}

namespace {

bool HasLineBreak(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

bool HasControlCharacter(std::string_view text, std::string_view allowed) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    unsigned char byte = static_cast<unsigned char>(c);
    return (byte < 0x20 || byte == 0x7f) && allowed.find(c) == std::string_view::npos;
  });
}

void CheckAddress(const ReportAddress& address) {
  auto postcode = ParsePostcode(address.postcode);
  FUZZ_CHECK_MSG(postcode && postcode->Normalised() == address.postcode, address.postcode);
  FUZZ_CHECK(address.house_number >= 1 && address.house_number <= 99999);
  // An addition as ParseHouseNumber cleans it: letters, digits, '-' and single inner spaces; a short
  // code ("A", "2", "BIS") in capitals, a phrase ("3 hoog") in small letters.
  const std::string& addition = address.addition;
  const bool clean = std::all_of(addition.begin(), addition.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 128 && std::isalnum(static_cast<unsigned char>(c))) || c == '-' || c == ' ';
  });
  const bool spaced = addition.empty() || (addition.front() != ' ' && addition.back() != ' ' &&
                                           addition.find("  ") == std::string::npos);
  const bool short_code = addition.size() <= 4 && addition.find(' ') == std::string::npos;
  const bool code_in_capitals = !short_code || std::none_of(addition.begin(), addition.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c));
  });
  FUZZ_CHECK_MSG(addition.size() <= kMaxAdditionCharacters && clean && spaced && code_in_capitals, addition);
}

void CheckReasons(const std::vector<std::string>& reasons) {
  FUZZ_CHECK(!reasons.empty());
  std::size_t next = 0;  // the reasons come in the order of ReasonValues(), each once
  for (const std::string& value : reasons) {
    while (next < ReasonValues().size() && ReasonValues()[next] != value) ++next;
    FUZZ_CHECK_MSG(next < ReasonValues().size(), value);
    ++next;
  }
}

void CheckContact(const ReportContact& contact) {
  if (!contact.wanted) {
    FUZZ_CHECK(contact.name.empty() && contact.phone.empty() && contact.email.empty());
    return;
  }
  FUZZ_CHECK(!Trim(contact.name).empty() && Trim(contact.name) == contact.name);
  FUZZ_CHECK(CountCharacters(contact.name) <= kMaxNameCharacters);
  FUZZ_CHECK(!contact.phone.empty() || !contact.email.empty());
  for (const std::string* value : {&contact.name, &contact.phone, &contact.email}) {
    FUZZ_CHECK_MSG(!HasControlCharacter(*value, "") && !HasLineBreak(*value), *value);
  }
  if (!contact.email.empty()) FUZZ_CHECK(LooksLikeEmail(contact.email) && contact.email.size() <= 254);
}

std::string DecodeQuotedPrintable(std::string_view body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body.substr(i, 3) == "=\r\n") {
      i += 2;
    } else if (body[i] == '=') {
      FUZZ_CHECK_MSG(i + 2 < body.size() && std::isxdigit(static_cast<unsigned char>(body[i + 1])) &&
                         std::isxdigit(static_cast<unsigned char>(body[i + 2])),
                     std::string(body.substr(i, 3)));
      out += static_cast<char>(std::stoi(std::string(body.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else if (body.substr(i, 2) == "\r\n") {
      out += '\n';
      ++i;
    } else {
      out += body[i];
    }
  }
  return out;
}

// RFC 5322 and 2045: CRLF line ends only, header lines made of configuration and fixed text, body
// lines at most 76 characters, no body line that starts with a dot, and every answer in the body.
void CheckEmail(const Report& report) {
  const EmailEnvelope envelope{"meldzuil@voorbeeld.nl", "meldpunt@welzijn.nl", "Welzijn Voorbeeld"};
  // The intake's texts, as the kiosk loads them.
  static const Texts* texts = [] {
    std::vector<std::string> keys = FormTextKeys();
    keys.insert(keys.end(), EmailTextKeys().begin(), EmailTextKeys().end());
    Result<Texts> loaded = Texts::Load(Env::Default(), KioskTextsFile(SourceDir() / "templates"), keys);
    FUZZ_CHECK(loaded.ok());
    return new Texts(std::move(loaded).value());
  }();
  const std::string message = ReportEmail(report, envelope, *texts);
  const std::size_t header_end = message.find("\r\n\r\n");
  FUZZ_CHECK(header_end != std::string::npos);
  const std::string_view headers = std::string_view(message).substr(0, header_end + 2);
  const std::string_view body = std::string_view(message).substr(header_end + 4);
  FUZZ_CHECK(Count(headers, "\r\n") == 10);
  std::size_t start = 0;
  for (std::size_t end = message.find('\n'); end != std::string::npos; end = message.find('\n', start)) {
    FUZZ_CHECK_MSG(end > 0 && message[end - 1] == '\r', "a line without CRLF at byte " + std::to_string(end));
    std::string_view line = std::string_view(message).substr(start, end - 1 - start);
    FUZZ_CHECK_MSG(line.find('\r') == std::string_view::npos, std::string(line));
    if (start > header_end) {
      FUZZ_CHECK_MSG(line.size() <= 76, std::string(line));
      FUZZ_CHECK_MSG(line.empty() || line.front() != '.', std::string(line));
    }
    start = end + 1;
  }
  const std::string decoded = DecodeQuotedPrintable(body);
  FUZZ_CHECK(IsValidUtf8(decoded));
  std::size_t from = 0;
  while (!report.text.empty() && from <= report.text.size()) {
    std::size_t end = std::min(report.text.find('\n', from), report.text.size());
    const std::string quoted = "\n> " + report.text.substr(from, end - from) + "\n";
    FUZZ_CHECK_MSG(decoded.find(quoted) != std::string::npos, quoted);
    from = end + 1;
  }
  if (report.contact.wanted) FUZZ_CHECK(decoded.find("    Naam: " + report.contact.name + "\n") != std::string::npos);
}

}  // namespace

void CheckStoredReport(const Report& report) {
  CheckAddress(report.address);
  CheckReasons(report.reasons);
  // The limit counts what the resident typed; FillReport then shows each hidden character as the 8
  // characters of "[U+200B]" (MarkInvisible), so the stored text is at most 8 times as long.
  FUZZ_CHECK(IsValidUtf8(report.text) && CountCharacters(report.text) <= 8 * kMaxTextCharacters);
  FUZZ_CHECK_MSG(!HasControlCharacter(report.text, "\n\t") && Trim(report.text) == report.text, report.text);
  FUZZ_CHECK(report.campaign.empty() || IsCampaignTag(report.campaign));
  CheckContact(report.contact);

  const std::string json = ReportJson(report);
  auto read_back = ReportFromJson(json);
  FUZZ_CHECK_MSG(read_back.has_value(), json);
  CheckSameReport(report, *read_back);
  CheckEmail(report);
}

bool IsPc4(int value) { return value >= 1000 && value <= 9999; }

}  // namespace nietpluis::fuzz
