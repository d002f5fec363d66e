// Unit tests for meldpunt/backoff: doubling, the cap, and the jitter's range.
#include "delivery/backoff.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("The wait doubles per attempt and stops at the cap", "[backoff]") {
  // With the random point at the top of its range the wait is the full delay.
  CHECK(BackoffSeconds(1, 5, 900, 0.999999) == 4);  // rounded down from 4.99
  CHECK(BackoffSeconds(1, 5, 900, 1.0) == 5);
  CHECK(BackoffSeconds(2, 5, 900, 1.0) == 10);
  CHECK(BackoffSeconds(3, 5, 900, 1.0) == 20);
  CHECK(BackoffSeconds(8, 5, 900, 1.0) == 640);
  CHECK(BackoffSeconds(9, 5, 900, 1.0) == 900);
  CHECK(BackoffSeconds(1000, 5, 900, 1.0) == 900);
}

TEST_CASE("Jitter spreads the wait over the upper half and never below one second", "[backoff]") {
  CHECK(BackoffSeconds(3, 5, 900, 0.0) == 10);
  CHECK(BackoffSeconds(20, 5, 900, 0.0) == 450);
  CHECK(BackoffSeconds(1, 1, 900, 0.0) == 1);
  CHECK(BackoffSeconds(1, 5, 900, -3.0) == 2);  // out-of-range randoms are clamped
  CHECK(BackoffSeconds(20, 5, 900, 7.0) == 900);
  for (double r = 0; r < 1; r += 0.01) {
    std::int64_t wait = BackoffSeconds(100, 5, 900, r);
    CHECK(wait >= 450);
    CHECK(wait <= 900);
  }
}

}  // namespace
}  // namespace nietpluis
