#!/usr/bin/env bash
# Runs the whole test suite of a NIETPLUIS_SANITIZE=ON build folder, with the sanitizers set to stop at
# the first error, and fails when any process it started (test or program under test) reported one.
#
# Usage: scripts/test-sanitizers.sh BUILD_DIR   (make test-sanitizers calls it)
#
# Each report goes to BUILD_DIR/sanitizer-logs/<asan|ubsan>.<pid> instead of stderr: the end-to-end
# tests start nietpluis and nietpluis-kiosk themselves and do not always show their stderr, and a
# leak is only found when such a program exits, after the test has already judged its answers.
set -euo pipefail

if (($# != 1)); then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build_dir="$(cd "$1" && pwd)"
logs="$build_dir/sanitizer-logs"
rm -rf "$logs"
mkdir -p "$logs"
# Writable for every user: the package test runs the installed kiosk as its own user nietpluis.
chmod 1777 "$logs"

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"
export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")/.." && pwd)/tests/lsan.supp:print_suppressions=0"

status=0
(cd "$build_dir" && ctest --output-on-failure -j2) || status=$?

reports=("$logs"/*)
if [[ -e "${reports[0]}" ]]; then
  for report in "${reports[@]}"; do
    echo "== $report"
    cat "$report"
  done
  echo "test-sanitizers: ${#reports[@]} sanitizer report(s) in $logs" >&2
  exit 1
fi
if ((status != 0)); then
  echo "test-sanitizers: tests failed (see above)" >&2
  exit "$status"
fi
echo "test-sanitizers: no sanitizer reports"
