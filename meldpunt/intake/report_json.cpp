// Writing and reading the report document.
#include "intake/report_json.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>

namespace nietpluis {
namespace {

// A whole number that fits an int. get<int>() would convert any number, and a float beyond int's
// range (1e300) is undefined behaviour.
std::optional<int> IntValue(const nlohmann::json& value) {
  constexpr std::int64_t kMin = std::numeric_limits<int>::min(), kMax = std::numeric_limits<int>::max();
  if (value.is_number_unsigned()) {
    std::uint64_t number = value.get<std::uint64_t>();
    if (number > static_cast<std::uint64_t>(kMax)) return std::nullopt;
    return static_cast<int>(number);
  }
  if (!value.is_number_integer()) return std::nullopt;
  std::int64_t number = value.get<std::int64_t>();
  if (number < kMin || number > kMax) return std::nullopt;
  return static_cast<int>(number);
}

}  // namespace

std::string ReportJson(const Report& report) {
  nlohmann::ordered_json json;
  json["schema"] = kReportSchema;
  json["id"] = report.id;
  json["received_at"] = Rfc3339Utc(report.received_at);
  json["source"] = report.source;
  json["location"] = report.location;
  json["campaign"] = report.campaign.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(report.campaign);
  json["organisation"] = report.organisation;
  json["address"] = {{"postcode", report.address.postcode},
                     {"house_number", report.address.house_number},
                     {"addition", report.address.addition},
                     {"street", report.address.street},
                     {"place", report.address.place},
                     {"found_in_register", report.address.found_in_register
                                               ? nlohmann::ordered_json(*report.address.found_in_register)
                                               : nlohmann::ordered_json(nullptr)}};
  json["reasons"] = report.reasons;
  json["text"] = report.text;
  nlohmann::ordered_json contact;
  contact["wanted"] = report.contact.wanted;
  if (report.contact.wanted) {
    contact["name"] = report.contact.name;
    contact["phone"] = report.contact.phone;
    contact["email"] = report.contact.email;
  }
  json["contact"] = contact;
  // Optional, so receivers of the first schema read these documents as before.
  if (!report.follow.token.empty()) {
    json["volgen"] = {{"status_url", report.follow.status_url},
                      {"token", report.follow.token},
                      {"geldig_tot", Rfc3339Utc(report.follow.expires_at)}};
  }
  return json.dump();
}

std::optional<Report> ReportFromJson(std::string_view text) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  // Every read of a field may throw on a wrong type, the schema's too, so all of them stay in here.
  try {
    const std::string schema = json.at("schema").get<std::string>();
    if (schema != kReportSchema && schema != kReportSchemaV1) return std::nullopt;
    Report report;
    report.id = json.at("id").get<std::string>();
    auto received_at = ParseRfc3339Utc(json.at("received_at").get<std::string>());
    if (!received_at) return std::nullopt;
    report.received_at = *received_at;
    report.source = json.at("source").get<std::string>();
    report.location = json.at("location").get<std::string>();
    if (json.at("campaign").is_string()) report.campaign = json.at("campaign").get<std::string>();
    report.organisation = json.at("organisation").get<std::string>();
    const auto& address = json.at("address");
    report.address.postcode = address.at("postcode").get<std::string>();
    auto house_number = IntValue(address.at("house_number"));
    if (!house_number) return std::nullopt;
    report.address.house_number = *house_number;
    report.address.addition = address.at("addition").get<std::string>();
    if (schema == kReportSchema) {
      report.address.street = address.at("street").get<std::string>();
      report.address.place = address.at("place").get<std::string>();
      const auto& found = address.at("found_in_register");
      if (!found.is_null()) report.address.found_in_register = found.get<bool>();
    }
    report.reasons = json.at("reasons").get<std::vector<std::string>>();
    report.text = json.at("text").get<std::string>();
    const auto& contact = json.at("contact");
    report.contact.wanted = contact.at("wanted").get<bool>();
    if (report.contact.wanted) {
      report.contact.name = contact.at("name").get<std::string>();
      report.contact.phone = contact.at("phone").get<std::string>();
      report.contact.email = contact.at("email").get<std::string>();
    }
    if (auto follow = json.find("volgen"); follow != json.end()) {
      report.follow.status_url = follow->at("status_url").get<std::string>();
      report.follow.token = follow->at("token").get<std::string>();
      auto until = ParseRfc3339Utc(follow->at("geldig_tot").get<std::string>());
      if (!until) return std::nullopt;
      report.follow.expires_at = *until;
    }
    return report;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace nietpluis
