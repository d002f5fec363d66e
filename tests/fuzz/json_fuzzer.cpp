// Fuzzes the report document: whatever ReportFromJson accepts, ReportJson writes back to a document
// that reads as the same report, and that document is a fixed point.
#include <cstdint>
#include <exception>

#include "base/utf8.h"
#include "fuzz_support.h"
#include "intake/report_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nietpluis;
  using namespace nietpluis::fuzz;
  std::optional<Report> report = ReportFromJson(AsText(data, size));
  if (!report) return 0;
  std::string json;
  try {
    json = ReportJson(*report);
  } catch (const std::exception& error) {
    Fail("ReportJson writes every report ReportFromJson read", __FILE__, __LINE__, error.what());
  }
  FUZZ_CHECK(IsValidUtf8(json));
  std::optional<Report> again = ReportFromJson(json);
  FUZZ_CHECK_MSG(again.has_value(), json);
  CheckSameReport(*report, *again);
  FUZZ_CHECK_MSG(ReportJson(*again) == json, json);
  return 0;
}
