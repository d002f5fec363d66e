// Catch2's main for the whole suite.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

// The registration canary: a name with every character that once hid a test case from ctest (a ';'
// split it) or that Catch2's test spec parser reads specially. test_registration and --warn NoTests
// fail if this one is not run as itself.
TEST_CASE("Test registration: a name with ; a semicolon, a comma, [brackets], \"quotes\", a \\ and ~ still runs", "[registration]") {
  SUCCEED("registered under its own name");
}
