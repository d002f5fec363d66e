// Unit tests for meldpunt/client_address: X-Forwarded-For counts only from a trusted proxy.
#include "client_address.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

const std::vector<std::string> kProxies = {"127.0.0.1", "::1", "10.0.0.5"};

TEST_CASE("Without a trusted proxy the peer is the client, whatever the header says", "[client_address]") {
  CHECK(ClientAddress("192.0.2.7", "", kProxies) == "192.0.2.7");
  CHECK(ClientAddress("192.0.2.7", "203.0.113.1", kProxies) == "192.0.2.7");
}

TEST_CASE("Behind a trusted proxy the right-most address that is not a proxy is the client", "[client_address]") {
  CHECK(ClientAddress("127.0.0.1", "203.0.113.1", kProxies) == "203.0.113.1");
  CHECK(ClientAddress("127.0.0.1", "198.51.100.2, 203.0.113.1", kProxies) == "203.0.113.1");
  CHECK(ClientAddress("127.0.0.1", "203.0.113.1, 10.0.0.5", kProxies) == "203.0.113.1");
  CHECK(ClientAddress("::1", "2001:db8::1", kProxies) == "2001:db8::1");
  CHECK(ClientAddress("127.0.0.1", "", kProxies) == "127.0.0.1");
  CHECK(ClientAddress("127.0.0.1", "10.0.0.5, 127.0.0.1", kProxies) == "127.0.0.1");
}

TEST_CASE("A header that is not a list of addresses counts as absent", "[client_address]") {
  CHECK(ClientAddress("127.0.0.1", "unknown", kProxies) == "127.0.0.1");
  CHECK(ClientAddress("127.0.0.1", "203.0.113.1, <script>", kProxies) == "127.0.0.1");
  CHECK(ClientAddress("127.0.0.1", std::string(100, '1'), kProxies) == "127.0.0.1");
  CHECK(ClientAddress("127.0.0.1", ",,,", kProxies) == "127.0.0.1");
}

}  // namespace
}  // namespace nietpluis
