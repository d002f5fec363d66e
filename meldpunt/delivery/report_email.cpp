// Writing the report e-mail.
#include "delivery/report_email.h"

#include <cctype>

#include "base/dutch_format.h"
#include "render/form_fields.h"

namespace nietpluis {
namespace {

std::string MailDate(std::int64_t unix_seconds) { return FormatUtc(unix_seconds, "%a, %d %b %Y %H:%M:%S +0000"); }

bool IsAscii(const std::string& text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 128) return false;
  }
  return true;
}

// RFC 2047 encoded word for header text that is not plain ASCII.
std::string HeaderText(const std::string& text) {
  std::string clean;
  for (char c : text) clean += (c == '\r' || c == '\n') ? ' ' : c;
  if (IsAscii(clean)) return clean;
  static const char* kHex = "0123456789ABCDEF";
  std::string encoded = "=?UTF-8?Q?";
  for (unsigned char c : clean) {
    if (std::isalnum(c) && c < 128) {
      encoded += static_cast<char>(c);
    } else if (c == ' ') {
      encoded += '_';
    } else {
      encoded += '=';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0x0f];
    }
  }
  return encoded + "?=";
}

// A display name: a quoted string when it is ASCII, an encoded word otherwise.
std::string DisplayName(const std::string& text) {
  if (!IsAscii(text)) return HeaderText(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '\r' || c == '\n') c = ' ';
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string Body(const Report& report, const EmailEnvelope& envelope) {
  std::string addition = report.address.addition.empty() ? "" : " " + report.address.addition;
  std::string body;
  body += "Er is een niet-pluismelding voor " + envelope.organisation_name + ".\n";
  body += "Iemand maakt zich zorgen om een bewoner op dit adres:\n\n";
  body += "    Postcode en huisnummer: " + report.address.postcode + " " + std::to_string(report.address.house_number) +
          addition + "\n\n";
  body += "Waar maakt de melder zich zorgen over?\n";
  for (const std::string& reason : report.reasons) body += "- " + std::string(ReasonLabel(reason)) + "\n";
  body += "\nWat zag of hoorde de melder?\n";
  if (report.text.empty()) {
    body += "(De melder heeft niets opgeschreven.)\n";
  } else {
    std::size_t start = 0;
    while (start <= report.text.size()) {
      std::size_t end = report.text.find('\n', start);
      if (end == std::string::npos) end = report.text.size();
      body += "> " + report.text.substr(start, end - start) + "\n";
      start = end + 1;
    }
  }
  body += "\nWil de melder dat u belt?\n";
  if (report.contact.wanted) {
    body += "Ja. De melder wil graag horen wat u met de melding doet.\n";
    body += "    Naam: " + report.contact.name + "\n";
    if (!report.contact.phone.empty()) body += "    Telefoon: " + report.contact.phone + "\n";
    if (!report.contact.email.empty()) body += "    E-mail: " + report.contact.email + "\n";
  } else {
    body += "Nee. De melder gaf geen naam. U kunt de melder dus niet bellen.\n";
  }
  std::string where = report.source == "website" ? "via de website" : "op de meldzuil in " + report.location;
  body += "\nGemeld op " + DutchDateTime(report.received_at) + ", " + where + ".\n";
  if (!report.campaign.empty()) body += "De melder kwam via campagne: " + report.campaign + ".\n";
  body += "Kenmerk: " + report.id + "\n\n";
  body += "Wat nu?\n";
  body += "Ga binnen twee dagen tot een week langs voor een gewoon gesprek.\n";
  body += "Bewaar deze e-mail niet langer dan nodig. Er staan persoonsgegevens in.\n";
  return body;
}

}  // namespace

std::string ReportMessageId(const Report& report) { return "<" + report.id + "@nietpluis.meldpunt>"; }

std::string QuotedPrintable(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  std::size_t line_length = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\r\n";
      line_length = 0;
      continue;
    }
    bool at_line_end = i + 1 == text.size() || text[i + 1] == '\n';
    bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !at_line_end);
    const std::string encoded{'=', kHex[c >> 4], kHex[c & 0x0f]};
    std::string piece = literal ? std::string(1, static_cast<char>(c)) : encoded;
    if (line_length + piece.size() > 75) {
      out += "=\r\n";
      line_length = 0;
    }
    // A line starting with "." could end the SMTP data early on a careless relay; encode it. Only
    // now is it known where the line starts: a soft line break may just have begun one.
    if (c == '.' && line_length == 0) piece = encoded;
    out += piece;
    line_length += piece.size();
  }
  return out;
}

std::string ReportEmail(const Report& report, const EmailEnvelope& envelope) {
  std::string message;
  message += "Date: " + MailDate(report.received_at) + "\r\n";
  message += "From: " + DisplayName("Nietpluis " + report.location) + " <" + envelope.from + ">\r\n";
  message += "To: <" + envelope.to + ">\r\n";
  message += "Subject: " + HeaderText("Niet-pluismelding " + report.id.substr(0, 8) + " voor " + envelope.organisation_name) + "\r\n";
  message += "Message-ID: " + ReportMessageId(report) + "\r\n";
  message += "Auto-Submitted: auto-generated\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += "Content-Type: text/plain; charset=UTF-8\r\n";
  message += "Content-Transfer-Encoding: quoted-printable\r\n";
  message += "Content-Language: nl\r\n";
  message += "\r\n";
  message += QuotedPrintable(Body(report, envelope));
  return message;
}

}  // namespace nietpluis
