// Writing the report e-mail.
#include "delivery/report_email.h"

#include <cctype>
#include <map>

#include "base/dutch_format.h"
#include "delivery/report_seal.h"
#include "intake/follow_status.h"
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

std::string Body(const Report& report, const EmailEnvelope& envelope, const Texts& texts) {
  auto line = [&](const char* key, const std::map<std::string, std::string>& values = {}) {
    return texts.Fill(std::string("email.") + key, values) + "\n";
  };
  std::string addition = report.address.addition.empty() ? "" : " " + report.address.addition;
  std::string body;
  body += line("begin", {{"organisatie", envelope.organisation_name}});
  body += line("adres_inleiding") + "\n";
  body += "    " +
          line("adres", {{"adres", report.address.postcode + " " + std::to_string(report.address.house_number) + addition}});
  if (!report.address.street.empty()) body += "    " + line("straat", {{"straat", report.address.street}});
  if (!report.address.place.empty()) body += "    " + line("woonplaats", {{"woonplaats", report.address.place}});
  if (report.address.found_in_register == false) body += "\n" + line("niet_gevonden");
  body += "\n";
  body += line("redenen");
  for (const std::string& reason : report.reasons) body += "- " + ReasonLabel(texts, reason) + "\n";
  body += "\n" + line("tekst");
  if (report.text.empty()) {
    body += line("geen_tekst");
  } else {
    std::size_t start = 0;
    while (start <= report.text.size()) {
      std::size_t end = report.text.find('\n', start);
      if (end == std::string::npos) end = report.text.size();
      body += "> " + report.text.substr(start, end - start) + "\n";
      start = end + 1;
    }
  }
  body += "\n" + line("contact");
  if (report.contact.wanted) {
    body += line("contact_ja");
    body += "    " + line("naam", {{"naam", report.contact.name}});
    if (!report.contact.phone.empty()) body += "    " + line("telefoon", {{"telefoon", report.contact.phone}});
    if (!report.contact.email.empty()) body += "    " + line("email", {{"email", report.contact.email}});
  } else {
    body += line("contact_nee");
  }
  const std::string where = report.source == "website" ? texts.Get("email.via_website")
                                                       : texts.Fill("email.via_meldzuil", {{"plek", report.location}});
  body += "\n" + line("gemeld", {{"datum", DutchDateTime(report.received_at)}, {"waar", where}});
  if (!report.campaign.empty()) body += line("campagne", {{"campagne", report.campaign}});
  body += line("kenmerk", {{"kenmerk", report.id}}) + "\n";
  body += line("wat_nu");
  body += line("advies");
  if (!report.follow.token.empty()) {
    // Two links for the reporter's follow-up code. Each opens a page with one button, so a mail
    // scanner that opens links changes nothing.
    const std::string link = report.follow.status_url + "?token=" + report.follow.token + "&status=";
    body += "\n" + line("volg_kop");
    body += line("volg_uitleg");
    body += line("volg_langs", {{"link", link + FollowStatusName(FollowStatus::kVisiting)}});
    body += line("volg_geweest", {{"link", link + FollowStatusName(FollowStatus::kVisited)}});
    body += line("volg_geldig", {{"datum", DutchDateTime(report.follow.expires_at)}}) + "\n";
  }
  body += line("bewaren");
  return body;
}

}  // namespace

const std::vector<std::string>& EmailTextKeys() {
  static const std::vector<std::string> keys = {
      "email.afzender",  "email.onderwerp",  "email.begin",      "email.adres_inleiding", "email.adres",
      "email.straat",    "email.woonplaats", "email.niet_gevonden",
      "email.redenen",   "email.tekst",      "email.geen_tekst", "email.contact",         "email.contact_ja",
      "email.naam",      "email.telefoon",   "email.email",      "email.contact_nee",     "email.gemeld",
      "email.via_website", "email.via_meldzuil", "email.campagne", "email.kenmerk",       "email.wat_nu",
      "email.advies",    "email.bewaren",    "email.onderwerp_verzegeld", "email.volg_kop", "email.volg_uitleg",
      "email.volg_langs", "email.volg_geweest", "email.volg_geldig"};
  return keys;
}

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

std::string ReportEmailPart(const Report& report, const EmailEnvelope& envelope, const Texts& texts) {
  std::string part;
  part += "Content-Type: text/plain; charset=UTF-8\r\n";
  part += "Content-Transfer-Encoding: quoted-printable\r\n";
  part += "Content-Language: nl\r\n";
  part += "\r\n";
  part += QuotedPrintable(Body(report, envelope, texts));
  return part;
}

std::string ReportEmail(const Report& report, const EmailEnvelope& envelope, const Texts& texts) {
  const std::string sender = texts.Fill("email.afzender", {{"plek", report.location}});
  const std::string subject =
      texts.Fill("email.onderwerp", {{"kenmerk", report.id.substr(0, 8)}, {"organisatie", envelope.organisation_name}});
  std::string message;
  message += "Date: " + MailDate(report.received_at) + "\r\n";
  message += "From: " + DisplayName(sender) + " <" + envelope.from + ">\r\n";
  message += "To: <" + envelope.to + ">\r\n";
  message += "Subject: " + HeaderText(subject) + "\r\n";
  message += "Message-ID: " + ReportMessageId(report) + "\r\n";
  message += "Auto-Submitted: auto-generated\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += ReportEmailPart(report, envelope, texts);
  return message;
}

std::string SealedReportEmail(const SealedReport& sealed, const EmailEnvelope& envelope, const Texts& texts) {
  // Nothing here comes from the report: the id and the time are routing, the rest configuration. The
  // sender has no display name, as the plain e-mail's names the place where the report was made.
  const std::string subject = texts.Fill("email.onderwerp_verzegeld", {{"kenmerk", sealed.id.substr(0, 8)}});
  std::string message;
  message += "Date: " + MailDate(sealed.received_at) + "\r\n";
  message += "From: <" + envelope.from + ">\r\n";
  message += "To: <" + envelope.to + ">\r\n";
  message += "Subject: " + HeaderText(subject) + "\r\n";
  message += "Message-ID: <" + sealed.id + "@nietpluis.meldpunt>\r\n";
  message += "Auto-Submitted: auto-generated\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n";
  message += "Content-Transfer-Encoding: base64\r\n";
  message += "Content-Disposition: attachment; filename=smime.p7m\r\n";
  message += "\r\n";
  message += Base64(sealed.cms, 76);
  return message;
}

}  // namespace nietpluis
