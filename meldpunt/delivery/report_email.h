// The e-mail a coordinator receives: plain text, in B1, ready to act on.
#pragma once

#include <string>
#include <vector>

#include "delivery/sealed_report.h"
#include "intake/report.h"
#include "render/texts.h"

namespace nietpluis {

struct EmailEnvelope {
  std::string from;               // checked addresses from kiosk.toml
  std::string to;
  std::string organisation_name;  // "Welzijn Noord"
};

// The e-mail's fixed texts in the intake's text file ("email.onderwerp", ...). The reasons' labels
// are the form's (render/form_fields.h).
const std::vector<std::string>& EmailTextKeys();

// A complete RFC 5322 message (headers and quoted-printable body, CRLF line ends). The subject holds
// no address; the Message-ID is derived from the report id, so a redelivery is recognisable.
// Header values come only from configuration and the texts; report text goes only in the body.
// `texts` holds EmailTextKeys() and the reasons' labels.
std::string ReportEmail(const Report& report, const EmailEnvelope& envelope, const Texts& texts);

// The MIME part of that message (its Content-Type and Content-Transfer-Encoding headers and the
// quoted-printable body): what a sealed e-mail carries inside, so it opens to exactly this text.
std::string ReportEmailPart(const Report& report, const EmailEnvelope& envelope, const Texts& texts);

// The S/MIME message of a sealed report (RFC 8551: application/pkcs7-mime; smime-type=enveloped-data).
// Its headers hold only routing and configuration: the subject "Nieuwe niet-pluismelding" and the
// short id (email.onderwerp_verzegeld), the Message-ID from the id, the date it came in.
std::string SealedReportEmail(const SealedReport& sealed, const EmailEnvelope& envelope, const Texts& texts);

// "<id@nietpluis.meldpunt>".
std::string ReportMessageId(const Report& report);

// Quoted-printable (RFC 2045), lines at most 76 characters, CRLF line ends.
std::string QuotedPrintable(const std::string& text);

}  // namespace nietpluis
