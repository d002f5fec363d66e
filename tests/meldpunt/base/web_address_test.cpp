// Unit tests for meldpunt/web_address: hosts, origins, and which hosts may go without TLS.
#include "base/web_address.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("Loopback hosts and URL hosts are recognised", "[web_address]") {
  CHECK(IsLoopbackHost("127.0.0.1"));
  CHECK(IsLoopbackHost("127.1.2.3"));
  CHECK(IsLoopbackHost("localhost"));
  CHECK(IsLoopbackHost("::1"));
  CHECK_FALSE(IsLoopbackHost("127.example.nl"));
  CHECK_FALSE(IsLoopbackHost("10.0.0.1"));
  CHECK(UrlHost("https://user:pw@intake.nl:8443/pad?x#y") == "intake.nl");
  CHECK(UrlHost("smtps://[::1]:465") == "::1");
  CHECK(UrlHost("http://127.0.0.1@evil.example/") == "evil.example");
  CHECK(UrlHost("geen-url") == "");
}

TEST_CASE("UrlOrigin keeps scheme, host and port", "[web_address]") {
  CHECK(UrlOrigin("https://meldpunt.voorbeeld.nl/") == "https://meldpunt.voorbeeld.nl");
  CHECK(UrlOrigin("https://www.proef.nl:8443/intake/?x") == "https://www.proef.nl:8443");
  CHECK(UrlOrigin("http://127.0.0.1:9000") == "http://127.0.0.1:9000");
  CHECK(UrlOrigin("geen-url") == "");
}

}  // namespace
}  // namespace nietpluis
