#!/usr/bin/env bash
# Runs each libFuzzer harness of tests/fuzz/ for a fixed time and prints its executions; fails when one crashed.
#
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS [TARGET...]   (make fuzz calls it; default: every target)
#
# What a fuzzer may write is kept inside BUILD_DIR (git-ignored) and one temporary folder:
#   BUILD_DIR/fuzz/corpus/TARGET     inputs it found that reach new code (kept between runs)
#   BUILD_DIR/fuzz/artefacts/TARGET  crash-*, timeout-*, oom-* inputs, named in the summary
#   $TMPDIR (a fresh folder)         the harness's scratch files; removed afterwards, also after a crash
# The committed seeds in tests/fuzz/corpus/TARGET are only read.
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$(cd "$1" && pwd)"
seconds="$2"
shift 2
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(form json client_address postcode kiosk_config site_config page campaign follow)
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/nietpluis-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

summary=()
failed=()
for target in "${targets[@]}"; do
  binary="$build_dir/bin/${target}_fuzzer"
  seeds="$source_dir/tests/fuzz/corpus/$target"
  corpus="$build_dir/fuzz/corpus/$target"
  artefacts="$build_dir/fuzz/artefacts/$target"
  log="$build_dir/fuzz/$target.log"
  if [[ ! -x "$binary" ]]; then
    echo "fuzz: $binary is missing; build it with make fuzz" >&2
    exit 2
  fi
  mkdir -p "$corpus" "$artefacts" "$scratch/$target"
  options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
           -artifact_prefix="$artefacts/")
  if [[ -f "$source_dir/tests/fuzz/$target.dict" ]]; then
    options+=(-dict="$source_dir/tests/fuzz/$target.dict")
  fi
  echo "fuzz: $target for $seconds s"
  status=0
  # The working folder is the scratch folder too, so nothing lands in the source tree.
  (cd "$scratch/$target" && TMPDIR="$scratch/$target" "$binary" "${options[@]}" "$corpus" "$seeds") >"$log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  units="$(find "$corpus" -type f | wc -l)"
  result=ok
  if ((status != 0)); then
    result="CRASH (exit $status)"
    failed+=("$target")
    tail -n 60 "$log" >&2
  fi
  summary+=("$(printf '%-15s %12s %10s %8s  %s' "$target" "${runs:-?}" "${speed:-?}" "$units" "$result")")
done

echo
printf '%-15s %12s %10s %8s  %s\n' target executions exec/s corpus result
printf '%s\n' "${summary[@]}"
if ((${#failed[@]} > 0)); then
  echo
  for target in "${failed[@]}"; do
    echo "fuzz: $target failed; log: $build_dir/fuzz/$target.log, input: $(ls -t "$build_dir/fuzz/artefacts/$target" | head -1)"
    echo "      reproduce: $build_dir/bin/${target}_fuzzer $build_dir/fuzz/artefacts/$target/<file>"
  done
  exit 1
fi
