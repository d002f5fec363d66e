// Unit tests for meldpunt/delivery/receiver_answer: what of a receiver's answer IT may see.
#include "delivery/receiver_answer.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

Report Sample() {
  Report report;
  report.id = "0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90";
  report.address = {"1012 AB", 9, ""};
  report.text = "Gordijnen dicht sinds maandag";
  report.contact = {true, "Jansen", "06-12345678", "jansen@proef.nl"};
  return report;
}

TEST_CASE("The answer line is the first non-empty line, trimmed and shown as it reads", "[receiver_answer]") {
  CHECK(ReceiverAnswerLine("\r\n  Postcode valt buiten ons gebied  \r\nTweede regel", Sample()) ==
        "Postcode valt buiten ons gebied");
  CHECK(ReceiverAnswerLine("", Sample()).empty());
  CHECK(ReceiverAnswerLine("\n\n", Sample()).empty());
  CHECK(ReceiverAnswerLine("fout\x1b[31m rood", Sample()) == "fout[U+001B][31m rood");
  CHECK(ReceiverAnswerLine(std::string(500, 'x'), Sample()) == std::string(160, 'x') + "...");
  CHECK(WithAnswer("HTTP 422", "") == "HTTP 422");
  CHECK(WithAnswer("HTTP 422", "Onbekende postcode") == "HTTP 422: Onbekende postcode");
}

TEST_CASE("A receiver that quotes the report gets its values blanked out", "[receiver_answer]") {
  CHECK(ReceiverAnswerLine("postcode 1012ab huisnummer 9 niet bij ons; gordijnen DICHT? bel jansen 06-12345678",
                           Sample()) ==
        "postcode [...] huisnummer 9 niet bij ons; [...] [...]? bel [...] [...]");
  CHECK(ReceiverAnswerLine("{\"error\":\"jansen@proef.nl ongeldig\"}", Sample()) == "{\"error\":\"[...] ongeldig\"}");
  CHECK(ReceiverAnswerLine("Gordijnen dicht sinds maandag: geen zorg", Sample()) == "[...]: geen zorg");
}

}  // namespace
}  // namespace nietpluis
