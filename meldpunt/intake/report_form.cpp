// Decoding and checking the report form.
#include "intake/report_form.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "base/utf8.h"
#include "config/postcode.h"

namespace nietpluis {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool DecodeComponent(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '+') {
      *out += ' ';
    } else if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int high = HexValue(in[i + 1]);
      int low = HexValue(in[i + 2]);
      if (high < 0 || low < 0) return false;
      *out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      *out += c;
    }
  }
  return out->find('\0') == std::string::npos && IsValidUtf8(*out);
}

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

bool HasControlCharacters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return IsControl(static_cast<unsigned char>(c)); });
}

// Windows line ends become \n; other control characters are dropped, so the e-mail and JSON stay clean.
std::string CleanMultiline(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\n' || c == '\t' || !IsControl(c)) {
      out += static_cast<char>(c);
    }
  }
  return std::string(Trim(out));
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string CleanAddition(std::string_view text) {
  std::string_view trimmed = Trim(text);
  while (!trimmed.empty() && (trimmed.front() == '-' || trimmed.front() == ' ')) trimmed.remove_prefix(1);
  return Upper(trimmed);
}

bool IsAddition(std::string_view text) {
  return text.size() <= 6 && std::all_of(text.begin(), text.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 128;
         });
}

// Dutch numbers (10 digits from 0, or +31 and 9 digits) and foreign ones with a country code.
bool IsPhoneNumber(std::string_view text) {
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c == '+' && i == 0) {
      digits += c;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  if (StartsWith(digits, "+31")) return digits.size() == 12;
  if (StartsWith(digits, "+")) return digits.size() >= 9 && digits.size() <= 16;
  if (StartsWith(digits, "00")) return digits.size() >= 10 && digits.size() <= 17;
  return digits.size() == 10 && digits[0] == '0';
}

void CheckAddress(const ReportForm& form, std::vector<FieldError>* errors) {
  if (!ParsePostcode(form.postcode)) {
    errors->push_back({"postcode", "Vul een postcode in zoals 1234 AB."});
  }
  std::string_view number = Trim(form.house_number);
  bool digits_only = !number.empty() && number.size() <= 5 &&
                     std::all_of(number.begin(), number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (number.empty()) {
    errors->push_back({"huisnummer", "Vul het huisnummer in, zoals 12."});
  } else if (!digits_only || std::stoi(std::string(number)) < 1) {
    errors->push_back({"huisnummer", "Vul alleen het nummer in, zoals 12. Een letter kan bij toevoeging."});
  }
  if (!IsAddition(CleanAddition(form.addition))) {
    errors->push_back({"toevoeging", "Vul bij toevoeging alleen letters of cijfers in, zoals A of 2."});
  }
}

void CheckReasons(const ReportForm& form, std::vector<FieldError>* errors) {
  if (form.reasons.empty()) {
    errors->push_back({"zorg", "Kies minstens één ding waar u zich zorgen over maakt."});
  } else if (std::any_of(form.reasons.begin(), form.reasons.end(),
                         [](const std::string& value) { return ReasonLabel(value).empty(); })) {
    errors->push_back({"zorg", "Kies uit de vier keuzes op dit scherm."});
  }
  std::size_t characters = CountCharacters(CleanMultiline(form.text));
  if (characters > kMaxTextCharacters) {
    errors->push_back({"toelichting", "Uw tekst is te lang. Gebruik hoogstens " + std::to_string(kMaxTextCharacters) +
                                          " tekens. Nu zijn het er " + std::to_string(characters) + "."});
  }
}

void CheckContact(const ReportForm& form, std::vector<FieldError>* errors) {
  if (form.contact == "anoniem") return;
  if (form.contact != "terugbellen") {
    errors->push_back({"contact", "Kies of u uw naam wilt geven."});
    return;
  }
  std::string_view name = Trim(form.name);
  if (name.empty()) {
    errors->push_back({"naam", "Vul uw naam in. Of kies: zonder naam melden."});
  } else if (HasControlCharacters(name) || CountCharacters(name) > kMaxNameCharacters) {
    errors->push_back({"naam", "Vul alleen uw naam in, zonder andere tekst."});
  }
  std::string_view phone = Trim(form.phone), email = Trim(form.email);
  if (phone.empty() && email.empty()) {
    errors->push_back({"telefoon", "Vul uw telefoonnummer of uw e-mailadres in. Dan kunnen we u bereiken."});
    return;
  }
  if (!phone.empty() && !IsPhoneNumber(phone)) {
    errors->push_back({"telefoon", "Vul een telefoonnummer in zoals 06 12345678."});
  }
  // An address with a hidden character would not reach the reporter, and a reply is the point of it.
  if (!email.empty() && (email.size() > 254 || HasControlCharacters(email) || !LooksLikeEmail(email) ||
                         MarkInvisible(email, LineBreaks::kMark) != email)) {
    errors->push_back({"email", "Vul een e-mailadres in zoals naam@voorbeeld.nl."});
  }
}

}  // namespace

DecodedForm DecodeForm(std::string_view body) {
  DecodedForm form;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view pair = body.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    if (form.fields.size() == kMaxFormFields) {
      form.problem = "meer dan " + std::to_string(kMaxFormFields) + " velden";
      return form;
    }
    std::size_t equals = pair.find('=');
    FormField field;
    if (!DecodeComponent(pair.substr(0, equals), &field.name) ||
        (equals != std::string_view::npos && !DecodeComponent(pair.substr(equals + 1), &field.value))) {
      form.problem = "ongeldige codering in het formulier";
      return form;
    }
    form.fields.push_back(std::move(field));
  }
  form.ok = true;
  return form;
}

ReportForm ReadReportForm(const std::vector<FormField>& fields) {
  ReportForm form;
  struct Single {
    std::string_view name;
    std::string* value;
    bool seen = false;
  };
  Single singles[] = {{"postcode", &form.postcode},   {"huisnummer", &form.house_number}, {"toevoeging", &form.addition},
                      {"toelichting", &form.text},    {"contact", &form.contact},         {"naam", &form.name},
                      {"telefoon", &form.phone},      {"email", &form.email},             {"bron", &form.campaign},
                      {"website", &form.honeypot}};
  for (const FormField& field : fields) {
    if (field.name == "zorg") {
      if (std::find(form.reasons.begin(), form.reasons.end(), field.value) != form.reasons.end()) {
        form.has_duplicates = true;
      } else {
        form.reasons.push_back(field.value);
      }
      continue;
    }
    for (Single& single : singles) {
      if (field.name != single.name) continue;
      if (single.seen) form.has_duplicates = true;
      single.seen = true;
      *single.value = field.value;
    }
  }
  form.campaign = std::string(Trim(form.campaign));
  if (!IsCampaignTag(form.campaign)) form.campaign.clear();
  return form;
}

std::vector<FieldError> ValidateStep(FormStep step, const ReportForm& form) {
  std::vector<FieldError> errors;
  switch (step) {
    case FormStep::kAddress: CheckAddress(form, &errors); break;
    case FormStep::kReasons: CheckReasons(form, &errors); break;
    case FormStep::kContact: CheckContact(form, &errors); break;
  }
  return errors;
}

std::vector<FieldError> ValidateReportForm(const ReportForm& form) {
  std::vector<FieldError> errors;
  CheckAddress(form, &errors);
  CheckReasons(form, &errors);
  CheckContact(form, &errors);
  return errors;
}

void FillReport(const ReportForm& form, Report* report) {
  auto postcode = ParsePostcode(form.postcode);
  report->address.postcode = postcode ? postcode->Normalised() : "";
  report->address.house_number = std::stoi(std::string(Trim(form.house_number)));
  report->address.addition = CleanAddition(form.addition);
  report->reasons.clear();
  for (const Reason& reason : Reasons()) {
    if (std::find(form.reasons.begin(), form.reasons.end(), reason.value) != form.reasons.end()) {
      report->reasons.emplace_back(reason.value);
    }
  }
  // A bidi override or a zero-width character would let a text display other than it reads. Marked
  // here, where every report is made, the e-mail and the JSON both show them as "[U+202E]".
  report->text = MarkInvisible(CleanMultiline(form.text), LineBreaks::kKeep);
  report->campaign = form.campaign;
  report->contact = ReportContact{};
  if (form.contact == "terugbellen") {
    report->contact.wanted = true;
    report->contact.name = MarkInvisible(Trim(form.name), LineBreaks::kMark);
    report->contact.phone = MarkInvisible(Trim(form.phone), LineBreaks::kMark);
    report->contact.email = MarkInvisible(Trim(form.email), LineBreaks::kMark);
  }
}

std::string DescribeAddress(const ReportForm& form) {
  auto postcode = ParsePostcode(form.postcode);
  std::string text = postcode ? postcode->Normalised() : std::string(Trim(form.postcode));
  text += " " + std::string(Trim(form.house_number));
  std::string addition = CleanAddition(form.addition);
  if (!addition.empty()) text += " " + addition;
  return text;
}

bool IsCampaignTag(std::string_view tag) {
  return !tag.empty() && tag.size() <= 40 && std::all_of(tag.begin(), tag.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace nietpluis
