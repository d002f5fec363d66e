// Writing and reading the outbox's record of a sealed report.
#include "delivery/sealed_report.h"

#include <nlohmann/json.hpp>

#include "delivery/report_seal.h"

namespace nietpluis {

std::string SealedReportJson(const SealedReport& sealed) {
  nlohmann::ordered_json json;
  json["schema"] = kSealedReportSchema;
  json["id"] = sealed.id;
  json["organisation"] = sealed.organisation;
  json["received_at"] = sealed.received_at;
  json["form"] = sealed.form == SealedReport::Form::kEmail ? "email" : "json";
  json["cms"] = Base64(sealed.cms);
  return json.dump();
}

std::optional<SealedReport> SealedReportFromJson(std::string_view text) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  try {
    if (json.at("schema").get<std::string>() != kSealedReportSchema) return std::nullopt;
    SealedReport sealed;
    sealed.id = json.at("id").get<std::string>();
    sealed.organisation = json.at("organisation").get<std::string>();
    sealed.received_at = json.at("received_at").get<std::int64_t>();
    const std::string form = json.at("form").get<std::string>();
    if (form != "email" && form != "json") return std::nullopt;
    sealed.form = form == "email" ? SealedReport::Form::kEmail : SealedReport::Form::kJson;
    std::optional<std::string> cms = FromBase64(json.at("cms").get<std::string>());
    if (!cms || cms->empty()) return std::nullopt;
    sealed.cms = std::move(*cms);
    return sealed;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace nietpluis
