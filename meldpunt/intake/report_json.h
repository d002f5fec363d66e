// The JSON document a report travels as: stored in the outbox and posted to HTTPS receivers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "intake/report.h"

namespace nietpluis {

// Schema "nietpluis.melding/2", documented in docs/melding-json.md. Escaping is the JSON library's.
std::string ReportJson(const Report& report);

// Reads what ReportJson wrote, and documents of schema /1 that an outbox may still hold from before an
// upgrade (without street, place and found_in_register); empty when the text is not such a document.
std::optional<Report> ReportFromJson(std::string_view json);

inline constexpr const char* kReportSchema = "nietpluis.melding/2";
inline constexpr const char* kReportSchemaV1 = "nietpluis.melding/1";

}  // namespace nietpluis
