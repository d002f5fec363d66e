// Unit tests for meldpunt/intake/follow_signing: the keyed code hash and the status tokens.
#include "intake/follow_signing.h"

#include <catch2/catch.hpp>

#include <string>

namespace nietpluis {
namespace {

const std::string kKey = "een-gedeelde-volgsleutel-van-32-tekens-of-meer";
constexpr std::int64_t kNow = 1'800'000'000;

StatusGrant Grant() { return {FollowCodeHash(kKey, "3222222S"), "welzijn-noord", kNow + 90 * 86400}; }

TEST_CASE("A code's hash depends on the key, so a copied store cannot be searched without it", "[volgcode]") {
  const std::string hash = FollowCodeHash(kKey, "3222222S");
  CHECK(hash.size() == 64);
  CHECK(hash == FollowCodeHash(kKey, "3222222S"));
  CHECK(hash != FollowCodeHash(kKey + "x", "3222222S"));
  CHECK(hash != FollowCodeHash(kKey, "4222222Q"));
  CHECK(hash.find("3222222S") == std::string::npos);
}

TEST_CASE("A status token reads back as the grant it was made for until it expires", "[volgcode]") {
  const std::string token = MakeStatusToken(kKey, Grant());
  ReadToken read = ReadStatusToken(kKey, token, kNow);
  REQUIRE(read.kind == ReadToken::Kind::kOk);
  CHECK(read.grant.code_hash == Grant().code_hash);
  CHECK(read.grant.organisation == "welzijn-noord");
  CHECK(read.grant.expires_at == Grant().expires_at);
  CHECK(ReadStatusToken(kKey, token, Grant().expires_at - 1).kind == ReadToken::Kind::kOk);
  CHECK(ReadStatusToken(kKey, token, Grant().expires_at).kind == ReadToken::Kind::kExpired);
  // A URL carries it as it is.
  CHECK(token.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz.-") == std::string::npos);
}

TEST_CASE("Every changed character of a status token makes it refused, never accepted", "[volgcode]") {
  const std::string token = MakeStatusToken(kKey, Grant());
  for (std::size_t i = 0; i < token.size(); ++i) {
    for (char other : std::string("0a9f.-z")) {
      if (other == token[i]) continue;
      std::string tampered = token;
      tampered[i] = other;
      INFO(tampered);
      CHECK(ReadStatusToken(kKey, tampered, kNow).kind != ReadToken::Kind::kOk);
    }
  }
  CHECK(ReadStatusToken(kKey, token.substr(0, token.size() - 1), kNow).kind == ReadToken::Kind::kMalformed);
  CHECK(ReadStatusToken(kKey, token + "0", kNow).kind == ReadToken::Kind::kMalformed);
  CHECK(ReadStatusToken(kKey, "", kNow).kind == ReadToken::Kind::kMalformed);
}

TEST_CASE("A status token made with another key, for another organisation or a later expiry is forged", "[volgcode]") {
  const std::string token = MakeStatusToken(kKey, Grant());
  CHECK(ReadStatusToken(kKey + "x", token, kNow).kind == ReadToken::Kind::kForged);
  StatusGrant other = Grant();
  other.organisation = "buurtwerk-zuid";
  const std::string mac = token.substr(token.rfind('.'));
  CHECK(ReadStatusToken(kKey, other.code_hash + ".buurtwerk-zuid." + std::to_string(other.expires_at) + mac, kNow).kind ==
        ReadToken::Kind::kForged);
  CHECK(ReadStatusToken(kKey, other.code_hash + ".welzijn-noord." + std::to_string(other.expires_at + 86400) + mac, kNow)
            .kind == ReadToken::Kind::kForged);
  // An expired token with a forged signature says forged: the expiry is not trusted unsigned.
  CHECK(ReadStatusToken(kKey + "x", token, Grant().expires_at + 1).kind == ReadToken::Kind::kForged);
}

}  // namespace
}  // namespace nietpluis
