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

bool IsAsciiAlnum(char c) { return static_cast<unsigned char>(c) < 128 && std::isalnum(static_cast<unsigned char>(c)); }

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// One part of an addition, cleaned (see ParseHouseNumber); nullopt when it holds another character.
std::optional<std::string> CleanAdditionPart(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '-' || text[start] == '/')) {
    ++start;
  }
  std::string out;
  bool space = false;
  for (char c : text.substr(start)) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
    } else if (IsAsciiAlnum(c) || c == '-') {
      if (space) out += ' ';
      space = false;
      out += c;
    } else {
      return std::nullopt;
    }
  }
  if (!out.empty() && out.back() == '-') return std::nullopt;
  const bool code = out.size() <= 4 && out.find(' ') == std::string::npos;
  return code ? Upper(out) : Lower(out);
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

// What the reasons screen asks: the reasons in the order of the screen, and the text cleaned.
struct AcceptedConcern {
  std::vector<std::string> reasons;
  std::string text;
};

Checked<AcceptedConcern> CheckConcern(const ReportForm& form) {
  Checked<AcceptedConcern> checked;
  if (form.reasons.empty()) {
    checked.errors.push_back({"zorg", "fout.zorg_leeg"});
  } else if (!std::all_of(form.reasons.begin(), form.reasons.end(), [](const std::string& value) { return IsReason(value); })) {
    checked.errors.push_back({"zorg", "fout.zorg"});
  }
  const std::string text = CleanMultiline(form.text);
  const std::size_t characters = CountCharacters(text);
  if (characters > kMaxTextCharacters) {
    checked.errors.push_back(
        {"toelichting", "fout.toelichting_te_lang",
         {{"aantal", std::to_string(kMaxTextCharacters)}, {"nu", std::to_string(characters)}}});
  }
  if (!checked.errors.empty()) return checked;
  AcceptedConcern concern;
  for (std::string_view value : ReasonValues()) {
    if (std::find(form.reasons.begin(), form.reasons.end(), value) != form.reasons.end()) {
      concern.reasons.emplace_back(value);
    }
  }
  // A bidi override or a zero-width character would let a text display other than it reads. Marked
  // here, where every report is made, the e-mail and the JSON both show them as "[U+202E]".
  concern.text = MarkInvisible(text, LineBreaks::kKeep);
  checked.accepted = std::move(concern);
  return checked;
}

Checked<ReportContact> CheckContact(const ReportForm& form) {
  Checked<ReportContact> checked;
  if (form.contact == "anoniem") {
    checked.accepted = ReportContact{};
    return checked;
  }
  std::vector<FieldError>& errors = checked.errors;
  if (form.contact != "terugbellen") {
    errors.push_back({"contact", "fout.contact"});
    return checked;
  }
  const std::string_view name = Trim(form.name);
  if (name.empty()) {
    errors.push_back({"naam", "fout.naam_leeg"});
  } else if (HasControlCharacters(name) || CountCharacters(name) > kMaxNameCharacters) {
    errors.push_back({"naam", "fout.naam"});
  }
  const std::string_view phone = Trim(form.phone), email = Trim(form.email);
  if (phone.empty() && email.empty()) {
    errors.push_back({"telefoon", "fout.bereikbaar"});
    return checked;
  }
  if (!phone.empty() && !IsPhoneNumber(phone)) errors.push_back({"telefoon", "fout.telefoon"});
  // An address with a hidden character would not reach the reporter, and a reply is the point of it.
  if (!email.empty() && (email.size() > 254 || HasControlCharacters(email) || !LooksLikeEmail(email) ||
                         MarkInvisible(email, LineBreaks::kMark) != email)) {
    errors.push_back({"email", "fout.email"});
  }
  if (!errors.empty()) return checked;
  checked.accepted = ReportContact{true, MarkInvisible(name, LineBreaks::kMark), MarkInvisible(phone, LineBreaks::kMark),
                                   MarkInvisible(email, LineBreaks::kMark)};
  return checked;
}

template <typename T>
void TakeErrors(Checked<T>* checked, std::vector<FieldError>* errors) {
  for (FieldError& error : checked->errors) errors->push_back(std::move(error));
}

}  // namespace

Result<std::vector<FormField>> DecodeForm(std::string_view body) {
  // The problem goes to the log: it names what is wrong, never what was posted.
  auto refused = [](std::string problem) {
    return Error("formulier", 0, std::move(problem), "zo'n post komt niet van de schermen van Nietpluis");
  };
  std::vector<FormField> fields;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view pair = body.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    if (fields.size() == kMaxFormFields) return refused("meer dan " + std::to_string(kMaxFormFields) + " velden");
    std::size_t equals = pair.find('=');
    FormField field;
    if (!DecodeComponent(pair.substr(0, equals), &field.name) ||
        (equals != std::string_view::npos && !DecodeComponent(pair.substr(equals + 1), &field.value))) {
      return refused("ongeldige codering in het formulier");
    }
    fields.push_back(std::move(field));
  }
  return fields;
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
                      {"website", &form.honeypot},    {"adres_bevestigd", &form.address_confirmed}};
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

std::string AcceptedAddress::Describe() const {
  return postcode.Normalised() + " " + std::to_string(house_number) + (addition.empty() ? "" : " " + addition);
}

std::variant<HouseNumber, HouseNumberProblem> ParseHouseNumber(std::string_view number, std::string_view addition) {
  number = Trim(number);
  if (number.empty()) return HouseNumberProblem::kEmpty;
  std::size_t digits = 0;
  while (digits < number.size() && std::isdigit(static_cast<unsigned char>(number[digits]))) ++digits;
  if (digits == 0 || digits > 5) return HouseNumberProblem::kNumber;
  HouseNumber parsed;
  parsed.number = std::stoi(std::string(number.substr(0, digits)));
  if (parsed.number < 1) return HouseNumberProblem::kNumber;
  // What follows the digits in the number field is the first part of the addition: "12a", "12-2".
  const std::optional<std::string> from_number = CleanAdditionPart(number.substr(digits));
  if (!from_number) return HouseNumberProblem::kNumber;
  const std::optional<std::string> from_field = CleanAdditionPart(addition);
  if (!from_field) return HouseNumberProblem::kAddition;
  parsed.addition = *from_number;
  // Typed in both fields: both count, once when they say the same ("12a" and "a").
  if (!from_field->empty() && *from_field != *from_number) {
    parsed.addition += (parsed.addition.empty() ? "" : " ") + *from_field;
  }
  if (parsed.addition.size() > kMaxAdditionCharacters) {
    return from_field->empty() ? HouseNumberProblem::kNumber : HouseNumberProblem::kAddition;
  }
  return parsed;
}

Checked<AcceptedAddress> CheckAddress(const ReportForm& form) {
  Checked<AcceptedAddress> checked;
  const std::optional<Postcode> postcode = ParsePostcode(form.postcode);
  if (!postcode) checked.errors.push_back({"postcode", "fout.postcode"});
  const std::variant<HouseNumber, HouseNumberProblem> number = ParseHouseNumber(form.house_number, form.addition);
  if (const HouseNumberProblem* problem = std::get_if<HouseNumberProblem>(&number)) {
    switch (*problem) {
      case HouseNumberProblem::kEmpty: checked.errors.push_back({"huisnummer", "fout.huisnummer_leeg"}); break;
      case HouseNumberProblem::kNumber: checked.errors.push_back({"huisnummer", "fout.huisnummer"}); break;
      case HouseNumberProblem::kAddition: break;
    }
    // The addition field is judged on its own too, so one look shows every mistake.
    const std::optional<std::string> addition = CleanAdditionPart(form.addition);
    if (*problem == HouseNumberProblem::kAddition || !addition || addition->size() > kMaxAdditionCharacters) {
      checked.errors.push_back({"toevoeging", "fout.toevoeging"});
    }
  }
  if (checked.errors.empty()) {
    const HouseNumber& parsed = std::get<HouseNumber>(number);
    checked.accepted = AcceptedAddress{*postcode, parsed.number, parsed.addition};
  }
  return checked;
}

std::vector<FieldError> ValidateStep(FormStep step, const ReportForm& form) {
  switch (step) {
    case FormStep::kAddress: return CheckAddress(form).errors;
    case FormStep::kReasons: return CheckConcern(form).errors;
    case FormStep::kContact: return CheckContact(form).errors;
  }
  return {};
}

Checked<AcceptedForm> ValidateReportForm(const ReportForm& form) {
  Checked<AcceptedForm> checked;
  Checked<AcceptedAddress> address = CheckAddress(form);
  Checked<AcceptedConcern> concern = CheckConcern(form);
  Checked<ReportContact> contact = CheckContact(form);
  TakeErrors(&address, &checked.errors);
  TakeErrors(&concern, &checked.errors);
  TakeErrors(&contact, &checked.errors);
  if (!checked.errors.empty()) return checked;
  checked.accepted = AcceptedForm{std::move(*address.accepted), std::move(concern.accepted->reasons),
                                  std::move(concern.accepted->text), std::move(*contact.accepted), form.campaign};
  return checked;
}

void FillReport(const AcceptedForm& form, Report* report) {
  report->address = ReportAddress{form.address.postcode.Normalised(), form.address.house_number, form.address.addition};
  report->reasons = form.reasons;
  report->text = form.text;
  report->campaign = form.campaign;
  report->contact = form.contact;
}

bool IsCampaignTag(std::string_view tag) {
  return !tag.empty() && tag.size() <= 40 && std::all_of(tag.begin(), tag.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace nietpluis
