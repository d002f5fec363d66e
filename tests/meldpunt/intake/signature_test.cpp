// Unit tests for meldpunt/signature: HMAC-SHA256 against the RFC 4231 test vectors.
#include "intake/signature.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("HmacSha256Hex matches RFC 4231", "[signature]") {
  // Test case 2.
  CHECK(HmacSha256Hex("Jefe", "what do ya want for nothing?") ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // Test case 1: a key of twenty 0x0b bytes.
  CHECK(HmacSha256Hex(std::string(20, '\x0b'), "Hi There") ==
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST_CASE("A changed body or key changes the signature", "[signature]") {
  const std::string base = HmacSha256Hex("sleutel", "{\"id\":\"1\"}");
  CHECK(base.size() == 64);
  CHECK(HmacSha256Hex("sleutel", "{\"id\":\"2\"}") != base);
  CHECK(HmacSha256Hex("sleutel2", "{\"id\":\"1\"}") != base);
}

}  // namespace
}  // namespace nietpluis
