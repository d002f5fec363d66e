#!/usr/bin/env bash
# Fails when ctest and the Catch2 binary disagree on the test cases, or when a spec matching nothing passes.
#
# Usage: tests/check_test_registration.sh TEST_BINARY BUILD_DIR   (the ctest test test_registration)
#
# Catch2 lists its test cases; ctest -N lists what make test runs. Every Catch2 test case must be one
# ctest test under its full name. The only other ctest tests are the ones this project adds by hand.
set -euo pipefail
if (($# != 2)); then
  echo "usage: $0 TEST_BINARY BUILD_DIR" >&2
  exit 2
fi
binary="$1"
build_dir="$2"
# The ctest tests that are not Catch2 test cases: the browser suite, the Debian packages and this check.
own_tests=$'browser\npackage\ntest_registration'

catch_list="$(mktemp)"
ctest_list="$(mktemp)"
trap 'rm -f "$catch_list" "$ctest_list"' EXIT
# Catch2 quotes a name that starts with '#'.
"$binary" --list-test-names-only | grep -v '^$' | sed 's/^"\(#.*\)"$/\1/' | sort >"$catch_list" || true
{ (cd "$build_dir" && ctest -N) | sed -n 's/^ *Test *#[0-9]*: //p' | grep -vxF "$own_tests"; } | sort >"$ctest_list" || true

catch_count=$(wc -l <"$catch_list")
ctest_count=$(wc -l <"$ctest_list")
echo "Catch2 test cases: $catch_count; ctest tests for them: $ctest_count"
status=0
if ! diff -u --label catch2 --label ctest "$catch_list" "$ctest_list"; then
  echo "test_registration: the lists differ (above): a test case that is not a ctest test of its own never runs" >&2
  status=1
fi
if ((catch_count == 0)); then
  echo "test_registration: the test binary lists no test cases" >&2
  status=1
fi
# A spec that matches nothing must fail, as each registered test is run with --warn NoTests.
if "$binary" "no test case is called this" --warn NoTests >/dev/null 2>&1; then
  echo "test_registration: a test spec that matches nothing passed; --warn NoTests is not in force" >&2
  status=1
fi
if grep '^add_test' "$build_dir/tests/nietpluis_tests_tests.cmake" | grep -qv -- ' --warn NoTests)$'; then
  echo "test_registration: some registered tests do not run with --warn NoTests" >&2
  status=1
fi
exit "$status"
