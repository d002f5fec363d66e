// Writing and reading the report document.
#include "report_json.h"

#include <nlohmann/json.hpp>

namespace nietpluis {

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
                     {"addition", report.address.addition}};
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
  return json.dump();
}

std::optional<Report> ReportFromJson(std::string_view text) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  // Every read of a field may throw on a wrong type, the schema's too, so all of them stay in here.
  try {
    if (json.at("schema").get<std::string>() != kReportSchema) return std::nullopt;
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
    report.address.house_number = address.at("house_number").get<int>();
    report.address.addition = address.at("addition").get<std::string>();
    report.reasons = json.at("reasons").get<std::vector<std::string>>();
    report.text = json.at("text").get<std::string>();
    const auto& contact = json.at("contact");
    report.contact.wanted = contact.at("wanted").get<bool>();
    if (report.contact.wanted) {
      report.contact.name = contact.at("name").get<std::string>();
      report.contact.phone = contact.at("phone").get<std::string>();
      report.contact.email = contact.at("email").get<std::string>();
    }
    return report;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace nietpluis
