// One niet-pluis report as the intake accepts it and the forwarder delivers it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

struct ReportAddress {
  std::string postcode;  // normalised: "1234 AB"
  int house_number = 0;
  std::string addition;  // upper case, may be empty
  // From the address register (schema /2): the street and woonplaats, empty when unknown, and whether
  // the register holds this address. No value: the intake has no register, so nobody looked.
  std::string street = {};
  std::string place = {};
  std::optional<bool> found_in_register = std::nullopt;
};

// Contact details exist only when the reporter asked to be called back; anonymous reports carry none.
struct ReportContact {
  bool wanted = false;
  std::string name;
  std::string phone;
  std::string email;
};

// What the organisation needs to tell the reporter how it goes, without the follow-up code itself:
// the public intake's status address and a token signed for this report and organisation
// (intake/follow_signing.h). Empty without a public intake (site.toml has no intake_url).
struct ReportFollow {
  std::string status_url;  // "https://meldpunt.voorbeeld.nl/status"
  std::string token;
  std::int64_t expires_at = 0;  // Unix seconds: the token is refused from then on
};

struct Report {
  std::string id;               // UUID v4, also the Idempotency-Key and the base of the Message-ID
  std::int64_t received_at = 0;  // Unix seconds, UTC
  std::string source;           // the kiosk id, or "website"
  std::string location;         // where it was made, as residents say it: "Buurthuis De Kroon", "de website"
  std::string campaign;         // the `bron` tag of a campaign placement, may be empty
  std::string organisation;     // id of the organisation that serves the postcode
  ReportAddress address;
  std::vector<std::string> reasons;  // values from Reasons() (render/form_fields.h), in that order
  std::string text;                  // may be empty
  ReportContact contact;
  ReportFollow follow;
};

// A random UUID version 4 from the kernel's random source.
std::string NewReportId();

// "2026-11-22T14:03:00Z".
std::string Rfc3339Utc(std::int64_t unix_seconds);
// Reads what Rfc3339Utc wrote; nothing for any other text.
std::optional<std::int64_t> ParseRfc3339Utc(std::string_view text);

}  // namespace nietpluis
