// A sealed report as the outbox keeps it: the CMS bytes and what routing needs, nothing of the content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nietpluis {

struct SealedReport {
  // What was sealed: the JSON document (HTTPS) or the body part of the coordinator's e-mail.
  enum class Form { kJson, kEmail };
  std::string id;            // the report id: Idempotency-Key, Message-ID, short id in the subject
  std::string organisation;  // the organisation's id
  std::int64_t received_at = 0;
  Form form = Form::kJson;
  std::string cms;  // DER-encoded CMS ContentInfo: EnvelopedData (e-mail) or AuthEnvelopedData (JSON)
};

// Schema "nietpluis.verzegeld/1": {"schema","id","organisation","received_at","form":"json"|"email",
// "cms": base64}. What the outbox stores in place of the report's document.
std::string SealedReportJson(const SealedReport& sealed);
// Reads what SealedReportJson wrote; nothing for any other text (a plain report's document included).
std::optional<SealedReport> SealedReportFromJson(std::string_view json);

inline constexpr const char* kSealedReportSchema = "nietpluis.verzegeld/1";

}  // namespace nietpluis
