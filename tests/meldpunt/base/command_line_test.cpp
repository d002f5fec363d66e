// Unit tests for meldpunt/base/command_line: flags, values, help, and the usage errors' exact text.
#include "base/command_line.h"

#include <catch2/catch.hpp>

namespace nietpluis {

TEST_CASE("command line: flags with and without =, boolean flags, positionals and help", "[command_line]") {
  Result<Args> args = Parse({"build", "--content", "c", "--out=o", "--streng", "-h"}, {"--content", "--out"}, {"--streng"});
  REQUIRE(args.ok());
  CHECK(args.value().positional == std::vector<std::string>{"build"});
  CHECK(FlagOr(args.value(), "--content", "x") == "c");
  CHECK(FlagOr(args.value(), "--out", "x") == "o");
  CHECK(FlagOr(args.value(), "--streng", "") == "1");
  CHECK(FlagOr(args.value(), "--templates", "t") == "t");
  CHECK(args.value().help);
}

TEST_CASE("command line: an unknown flag is an error that suggests the closest known one", "[command_line]") {
  Result<Args> args = Parse({"--contnet", "c"}, {"--content", "--out"}, {});
  REQUIRE_FALSE(args.ok());
  CHECK(UsageText(args.error()) == "onbekende optie '--contnet'; bedoelt u '--content'?");
  Result<Args> far = Parse({"--xyzzy-plugh"}, {"--content"}, {});
  REQUIRE_FALSE(far.ok());
  CHECK(UsageText(far.error()) == "onbekende optie '--xyzzy-plugh'");
}

TEST_CASE("command line: a flag that needs a value and has none is an error", "[command_line]") {
  Result<Args> args = Parse({"--port"}, {"--port"}, {});
  REQUIRE_FALSE(args.ok());
  CHECK(UsageText(args.error()) == "bij --port hoort een waarde");
}

}  // namespace nietpluis
