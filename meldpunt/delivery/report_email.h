// The e-mail a coordinator receives: plain text, in B1, ready to act on.
#pragma once

#include <string>

#include "intake/report.h"

namespace nietpluis {

struct EmailEnvelope {
  std::string from;               // checked addresses from kiosk.toml
  std::string to;
  std::string organisation_name;  // "Welzijn Noord"
};

// A complete RFC 5322 message (headers and quoted-printable body, CRLF line ends). The subject holds
// no address; the Message-ID is derived from the report id, so a redelivery is recognisable.
// Header values come only from configuration and fixed text; report text goes only in the body.
std::string ReportEmail(const Report& report, const EmailEnvelope& envelope);

// "<id@nietpluis.meldpunt>".
std::string ReportMessageId(const Report& report);

// Quoted-printable (RFC 2045), lines at most 76 characters, CRLF line ends.
std::string QuotedPrintable(const std::string& text);

}  // namespace nietpluis
