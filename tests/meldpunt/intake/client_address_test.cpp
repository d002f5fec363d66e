// Unit tests for meldpunt/client_address: X-Forwarded-For counts only from a trusted proxy.
#include "intake/client_address.h"

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

TEST_CASE("A proxy is recognised however its address is written", "[client_address]") {
  // A listener on "::" names an IPv4 peer in its mapped form.
  CHECK(ClientAddress("::ffff:127.0.0.1", "203.0.113.1", kProxies) == "203.0.113.1");
  CHECK(ClientAddress("0:0:0:0:0:0:0:1", "203.0.113.1", kProxies) == "203.0.113.1");
  CHECK(ClientAddress("::ffff:192.0.2.7", "203.0.113.1", kProxies) == "::ffff:192.0.2.7");
}

TEST_CASE("ClientKey gives one key per IPv4 address and per IPv6 network, however it is written", "[client_address]") {
  CHECK(ClientKey("192.0.2.1", 64) == "192.0.2.1");
  CHECK(ClientKey("192.000.002.001", 64) == "192.0.2.1");
  CHECK(ClientKey("::ffff:192.0.2.1", 64) == "192.0.2.1");
  CHECK(ClientKey("::FFFF:c000:0201", 64) == "192.0.2.1");
  CHECK(ClientKey("2001:db8:1:2:3:4:5:6", 64) == "2001:db8:1:2::/64");
  CHECK(ClientKey("2001:0DB8:0001:0002:ffff::1", 64) == "2001:db8:1:2::/64");
  CHECK(ClientKey("[2001:db8:1:2::9]", 64) == "2001:db8:1:2::/64");
  CHECK(ClientKey("fe80::1%eth0", 64) == "fe80::/64");
  CHECK(ClientKey("2001:db8:1:2:3:4:5:6", 48) == "2001:db8:1::/48");
  CHECK(ClientKey("2001:db8:1:2:3:4:5:6", 60) == "2001:db8:1::/60");
  CHECK(ClientKey("2001:db8:1:2a:3:4:5:6", 60) == "2001:db8:1:20::/60");
  CHECK(ClientKey("2001:DB8::0:1", 128) == "2001:db8::1/128");
  CHECK(ClientKey("::1", 64) == "::/64");
  CHECK(ClientKey("not an address", 64) == "not an address");
  CHECK(ClientKey("1.2.3", 64) == "1.2.3");
}

}  // namespace
}  // namespace nietpluis
