// Unit tests for meldpunt/rate_limit: counting per client in a sliding window, and its memory bound.
#include "intake/rate_limit.h"

#include <catch2/catch.hpp>

#include <cstdio>

namespace nietpluis {
namespace {

TEST_CASE("A client may post up to the limit per window, and again once the window has passed", "[rate_limit]") {
  RateLimiter limiter(3, 600);
  CHECK(limiter.Allow("192.0.2.1", 1000));
  CHECK(limiter.Allow("192.0.2.1", 1100));
  CHECK(limiter.Allow("192.0.2.1", 1200));
  CHECK_FALSE(limiter.Allow("192.0.2.1", 1300));
  CHECK(limiter.RetryAfter("192.0.2.1", 1300) == 300);  // the post at 1000 leaves the window at 1600
  // Another address has its own count.
  CHECK(limiter.Allow("192.0.2.2", 1300));
  // Refusals are not counted: at 1600 the first post has left the window and one more may go.
  CHECK_FALSE(limiter.Allow("192.0.2.1", 1599));
  CHECK(limiter.Allow("192.0.2.1", 1600));
  CHECK_FALSE(limiter.Allow("192.0.2.1", 1601));
  CHECK(limiter.RetryAfter("192.0.2.2", 1601) == 0);
}

// A phone or home gets a whole IPv6 /64 and may post from a new address in it each time.
TEST_CASE("IPv6 clients are counted per /64, so new addresses in one network do not reset the count", "[rate_limit]") {
  RateLimiter limiter(3, 600);
  int allowed = 0;
  for (int i = 1; i <= 30; ++i) {
    char address[64];
    std::snprintf(address, sizeof address, "2001:db8:1:2:%x::%x", i * 7, i);
    if (limiter.Allow(address, 1000)) ++allowed;
  }
  CHECK(allowed == 3);
  CHECK(limiter.Allow("2001:db8:1:3::1", 1000));  // the next /64 is another client
  CHECK(limiter.Allow("2001:db8:1:3::2", 1000));
  CHECK(limiter.Allow("2001:db8:1:3::3", 1000));
  CHECK_FALSE(limiter.Allow("2001:db8:1:3::4", 1000));
  CHECK(limiter.RetryAfter("2001:db8:1:2:ffff::1", 1000) == 600);
}

TEST_CASE("Every spelling of one address is one client", "[rate_limit]") {
  RateLimiter limiter(3, 600);
  CHECK(limiter.Allow("192.0.2.1", 1000));
  CHECK(limiter.Allow("::ffff:192.0.2.1", 1000));
  CHECK(limiter.Allow("::FFFF:192.0.2.1", 1000));
  CHECK_FALSE(limiter.Allow("192.000.002.001", 1000));
  CHECK(limiter.Allow("192.0.2.2", 1000));  // IPv4 addresses count alone

  RateLimiter per_address(1, 600, 128);
  CHECK(per_address.Allow("2001:db8::1", 1000));
  CHECK_FALSE(per_address.Allow("2001:DB8:0:0:0:0:0:1", 1000));
  CHECK_FALSE(per_address.Allow("2001:0db8:0000::0001", 1000));
  CHECK_FALSE(per_address.Allow("[2001:db8::1]", 1000));
  CHECK(per_address.Allow("2001:db8::2", 1000));
}

TEST_CASE("A limit of 0 lets everything through", "[rate_limit]") {
  RateLimiter limiter(0, 600);
  for (int i = 0; i < 1000; ++i) CHECK(limiter.Allow("192.0.2.1", 1000));
  CHECK(limiter.tracked() == 0);
  CHECK(limiter.RetryAfter("192.0.2.1", 1000) == 0);
}

TEST_CASE("Clients whose posts left the window are forgotten, and a flood of addresses stays bounded", "[rate_limit]") {
  RateLimiter limiter(5, 60);
  for (int i = 0; i < 1000; ++i) limiter.Allow("198.51.100." + std::to_string(i), 1000);
  CHECK(limiter.tracked() == 1000);
  limiter.Allow("203.0.113.9", 1061);
  CHECK(limiter.tracked() == 1);

  RateLimiter flooded(1, 3600);
  for (std::size_t i = 0; i < RateLimiter::kMaxClients + 500; ++i) flooded.Allow("c" + std::to_string(i), 1000);
  CHECK(flooded.tracked() <= RateLimiter::kMaxClients);
}

}  // namespace
}  // namespace nietpluis
