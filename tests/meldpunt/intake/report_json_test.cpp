// Unit tests for meldpunt/report_json: the documented document, its escaping, and reading it back.
#include "intake/report_json.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

namespace nietpluis {
namespace {

Report Sample() {
  Report report;
  report.id = "0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90";
  report.received_at = 1764583380;  // 2025-12-01T10:03:00Z
  report.source = "buurthuis-de-kroon";
  report.location = "Buurthuis De Kroon";
  report.organisation = "welzijn-noord";
  report.address = {"1012 AB", 12, "A"};
  report.reasons = {"huis", "gezegd"};
  report.text = "De gordijnen zijn dicht.\nHij zei: \"laat me\".";
  return report;
}

TEST_CASE("An anonymous report becomes the documented JSON document", "[report_json]") {
  CHECK(ReportJson(Sample()) ==
        R"({"schema":"nietpluis.melding/2","id":"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90","received_at":"2025-12-01T10:03:00Z",)"
        R"("source":"buurthuis-de-kroon","location":"Buurthuis De Kroon","campaign":null,"organisation":"welzijn-noord",)"
        R"("address":{"postcode":"1012 AB","house_number":12,"addition":"A","street":"","place":"","found_in_register":null},)"
        R"("reasons":["huis","gezegd"],)"
        R"("text":"De gordijnen zijn dicht.\nHij zei: \"laat me\".","contact":{"wanted":false}})");
}

TEST_CASE("Contact details and the campaign appear only when there are any", "[report_json]") {
  Report report = Sample();
  report.campaign = "huisarts-centrum";
  report.contact = {true, "Anna", "0612345678", ""};
  nlohmann::json json = nlohmann::json::parse(ReportJson(report));
  CHECK(json["campaign"] == "huisarts-centrum");
  CHECK(json["contact"] == nlohmann::json{{"wanted", true}, {"name", "Anna"}, {"phone", "0612345678"}, {"email", ""}});
}

TEST_CASE("Hostile text stays text in the JSON", "[report_json]") {
  Report report = Sample();
  report.text = "</script><script>alert(1)</script>\"},\"id\":\"x";
  report.contact = {true, "\"a\\b\"\x01", "", "a@b.nl"};
  const std::string json = ReportJson(report);
  nlohmann::json parsed = nlohmann::json::parse(json);
  CHECK(parsed["id"] == report.id);
  CHECK(parsed["text"] == report.text);
  CHECK(parsed["contact"]["name"] == report.contact.name);
  CHECK(json.find("\\u0001") != std::string::npos);
}

TEST_CASE("ReportFromJson reads back what ReportJson wrote, and nothing else", "[report_json]") {
  Report report = Sample();
  report.campaign = "bieb";
  report.contact = {true, "Anna", "", "anna@voorbeeld.nl"};
  std::optional<Report> back = ReportFromJson(ReportJson(report));
  REQUIRE(back);
  CHECK(back->id == report.id);
  CHECK(back->received_at == report.received_at);
  CHECK(back->source == report.source);
  CHECK(back->location == report.location);
  CHECK(back->campaign == "bieb");
  CHECK(back->organisation == report.organisation);
  CHECK(back->address.postcode == "1012 AB");
  CHECK(back->address.house_number == 12);
  CHECK(back->address.addition == "A");
  CHECK(back->reasons == report.reasons);
  CHECK(back->text == report.text);
  CHECK(back->contact.wanted);
  CHECK(back->contact.email == "anna@voorbeeld.nl");

  CHECK_FALSE(ReportFromJson(""));
  CHECK_FALSE(ReportFromJson("[]"));
  CHECK_FALSE(ReportFromJson(R"({"schema":"iets anders/1"})"));
  CHECK_FALSE(ReportFromJson(R"({"schema":"nietpluis.melding/1","id":1})"));
  CHECK_FALSE(ReportFromJson(R"({"schema":"nietpluis.melding/3"})"));
  // Found by the json fuzzer: a schema that is not text threw out of ReportFromJson.
  CHECK_FALSE(ReportFromJson(R"({"schema":{"postcode":"1012 AB"}})"));
  CHECK_FALSE(ReportFromJson(R"({"schema":1})"));
  CHECK_FALSE(ReportFromJson(R"({"id":"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90"})"));
  // Found by the json fuzzer: a house number beyond int was converted with undefined behaviour.
  for (const char* number : {"1844674407370955161612", "1e300", "2147483648", "-2147483649", "12.5", "\"12\""}) {
    std::string odd = ReportJson(report);
    odd.replace(odd.find("\"house_number\":12"), 17, std::string("\"house_number\":") + number);
    CHECK_FALSE(ReportFromJson(odd));
  }
  std::string bad_time = ReportJson(report);
  bad_time.replace(bad_time.find("2025-12-01T10:03:00Z"), 20, "gisteren om tien uur");
  CHECK_FALSE(ReportFromJson(bad_time));
}

TEST_CASE("Times are written and read as RFC 3339 in UTC", "[report_json]") {
  CHECK(Rfc3339Utc(0) == "1970-01-01T00:00:00Z");
  CHECK(Rfc3339Utc(1764583380) == "2025-12-01T10:03:00Z");
  CHECK(ParseRfc3339Utc("2025-12-01T10:03:00Z") == 1764583380);
  CHECK_FALSE(ParseRfc3339Utc("2025-12-01 10:03:00"));
  CHECK_FALSE(ParseRfc3339Utc("2025-12-01T10:03:00Zx"));
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {
namespace {

TEST_CASE("Street, woonplaats and whether the register holds the address travel in schema 2", "[report_json][address]") {
  Report report = Sample();
  report.address.street = "Kerkstraat";
  report.address.place = "Voorbeeld";
  report.address.found_in_register = true;
  nlohmann::json json = nlohmann::json::parse(ReportJson(report));
  CHECK(json["address"] == nlohmann::json{{"postcode", "1012 AB"}, {"house_number", 12}, {"addition", "A"},
                                          {"street", "Kerkstraat"}, {"place", "Voorbeeld"}, {"found_in_register", true}});
  std::optional<Report> back = ReportFromJson(json.dump());
  REQUIRE(back);
  CHECK(back->address.street == "Kerkstraat");
  CHECK(back->address.place == "Voorbeeld");
  CHECK(back->address.found_in_register == std::optional<bool>(true));
  report.address.found_in_register = false;
  CHECK(ReportFromJson(ReportJson(report))->address.found_in_register == std::optional<bool>(false));
  json["address"].erase("street");
  CHECK_FALSE(ReportFromJson(json.dump()));
}

TEST_CASE("A schema 1 document an outbox kept from before the upgrade is still read", "[report_json][address]") {
  const std::string old =
      R"({"schema":"nietpluis.melding/1","id":"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90","received_at":"2025-12-01T10:03:00Z",)"
      R"("source":"buurthuis-de-kroon","location":"Buurthuis De Kroon","campaign":null,"organisation":"welzijn-noord",)"
      R"("address":{"postcode":"1012 AB","house_number":12,"addition":"A"},"reasons":["huis","gezegd"],)"
      R"("text":"","contact":{"wanted":false}})";
  std::optional<Report> report = ReportFromJson(old);
  REQUIRE(report);
  CHECK(report->address.postcode == "1012 AB");
  CHECK(report->address.street.empty());
  CHECK_FALSE(report->address.found_in_register.has_value());
  CHECK(nlohmann::json::parse(ReportJson(*report))["schema"] == "nietpluis.melding/2");
}

}  // namespace
}  // namespace nietpluis
