// The daily message to IT: what is wrong with a kiosk's deliveries (refusals, long waits, a nearly
// full disk), in counts and report ids only. When all is well there is no message at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "delivery/outbox.h"

namespace nietpluis {

// [it_bericht] in kiosk.toml: when something counts as wrong.
struct ItAlertLimits {
  std::int64_t wait_s = 4 * 3600;  // a waiting report older than this
  int min_free_percent = 10;       // the data folder's disk with less free space than this
};

struct DiskSpace {
  std::uint64_t free_bytes = 0;
  std::uint64_t total_bytes = 0;  // 0: unknown, never counted as full
};

// Who is writing: the kiosk's id and place, as kiosk.toml names them.
struct ItAlertSource {
  std::string id;
  std::string location;
  std::string config_file;  // for the command in the message: status --config <file>
};

// The message's subject and plain-text body (Dutch, for IT staff); nothing when all is well.
struct ItAlert {
  std::string subject;
  std::string body;
};
std::optional<ItAlert> MakeItAlert(const OutboxStats& stats, const DiskSpace& disk, std::int64_t now,
                                   const ItAlertLimits& limits, const ItAlertSource& source);

// The whole RFC 5322 message (CRLF line ends, quoted-printable body), ready for SMTP.
std::string ItAlertEmail(const ItAlert& alert, const std::string& from, const std::string& to, std::int64_t now,
                         const std::string& kiosk_id);

}  // namespace nietpluis
