// Unit tests for meldpunt/intake/status_post: a receiver's signed status document.
#include "intake/status_post.h"

#include <catch2/catch.hpp>

#include "intake/signature.h"

namespace nietpluis {
namespace {

const std::string kBody =
    R"({"schema":"nietpluis.status/1","token":"abc","status":"iemand_gaat_langs","tijd":"2027-01-15T10:00:00Z"})";

TEST_CASE("A status post names its schema, token, status and time", "[volgcode]") {
  std::optional<StatusPost> post = ParseStatusPost(kBody);
  REQUIRE(post);
  CHECK(post->token == "abc");
  CHECK(post->status == FollowStatus::kVisiting);
  CHECK(post->at == 1800007200);
  CHECK_FALSE(ParseStatusPost(R"({"schema":"nietpluis.status/2","token":"abc","status":"iemand_gaat_langs","tijd":"2027-01-15T10:00:00Z"})"));
  CHECK_FALSE(ParseStatusPost(R"({"schema":"nietpluis.status/1","token":"abc","status":"klaar","tijd":"2027-01-15T10:00:00Z"})"));
  CHECK_FALSE(ParseStatusPost(R"({"schema":"nietpluis.status/1","token":"abc","status":"iemand_gaat_langs","tijd":"gisteren"})"));
  CHECK_FALSE(ParseStatusPost(R"({"schema":"nietpluis.status/1","token":1,"status":"iemand_gaat_langs","tijd":"2027-01-15T10:00:00Z"})"));
  CHECK_FALSE(ParseStatusPost(R"({"schema":"nietpluis.status/1","token":"abc","status":"iemand_gaat_langs","tijd":"2027-01-15T10:00:00Z","extra":1})"));
  CHECK_FALSE(ParseStatusPost("[]"));
  CHECK_FALSE(ParseStatusPost("{"));
}

TEST_CASE("A status post's signature is the HMAC of its exact bytes with the organisation's key", "[volgcode]") {
  const std::string header = "sha256=" + HmacSha256Hex("sleutel-noord", kBody);
  CHECK(StatusSignatureMatches("sleutel-noord", kBody, header));
  CHECK_FALSE(StatusSignatureMatches("sleutel-zuid", kBody, header));
  CHECK_FALSE(StatusSignatureMatches("sleutel-noord", kBody + " ", header));
  CHECK_FALSE(StatusSignatureMatches("sleutel-noord", kBody, header.substr(7)));
  CHECK_FALSE(StatusSignatureMatches("sleutel-noord", kBody, header.substr(0, header.size() - 1)));
  CHECK_FALSE(StatusSignatureMatches("", kBody, "sha256=" + HmacSha256Hex("", kBody)));
}

}  // namespace
}  // namespace nietpluis
