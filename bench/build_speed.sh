#!/usr/bin/env bash
# Benchmark: full-build wall time and peak memory of nietpluis versus Hugo on the same synthetic corpus of N pages.
#
# Usage: bench/build_speed.sh [N] [--keep]
#   N       number of content pages besides the index (default 5000)
#   --keep  keep the generated corpus and outputs, and print where they are
# Env:
#   NIETPLUIS_BIN  generator binary (default build/bin/nietpluis; a relative path is taken from the repo root)
#   BENCH_TMPDIR   where the corpus and outputs go (default /dev/shm if writable, else $TMPDIR or /tmp)
#
# Exit: 0 after a complete run (also when the speed goal is not met), 1 when a build fails or
# writes fewer pages than expected, 2 on wrong usage or a missing binary.
set -euo pipefail
# A decimal point, not a comma, in $EPOCHREALTIME, awk and sort -g, whatever the user's locale.
export LC_ALL=C

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$script_dir/.."
repo_root=$(pwd)

n=5000
keep=0
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    -h | --help)
      sed -n '2,12p' "$script_dir/build_speed.sh" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *[!0-9]* | '')
      echo "build_speed: unknown argument '$arg'; usage: bench/build_speed.sh [N] [--keep]" >&2
      exit 2
      ;;
    *) n=$((10#$arg)) ;;
  esac
done
if ((n < 1)); then
  echo "build_speed: N must be at least 1" >&2
  exit 2
fi

nietpluis_bin=${NIETPLUIS_BIN:-build/bin/nietpluis}
[[ "$nietpluis_bin" == /* ]] || nietpluis_bin="$repo_root/$nietpluis_bin"
if [[ ! -x "$nietpluis_bin" ]]; then
  echo "build_speed: $nietpluis_bin not found; run 'make site' first (or set NIETPLUIS_BIN)" >&2
  exit 2
fi
for f in content/site.toml content/beeld; do
  if [[ ! -e "$f" ]]; then
    echo "build_speed: $repo_root/$f is missing; the corpus copies it from there" >&2
    exit 2
  fi
done

scripts/install-deps.sh --bench
hugo_bin=$(command -v hugo)
gnu_time=/usr/bin/time

# tmpfs by default: on ext4, creating thousands of inodes right after deleting thousands
# (the rm -rf before each run) makes the kernel scan its recently-deleted inodes, which
# measured the disk rather than the generators (see bench/README.md).
if [[ -z "${BENCH_TMPDIR:-}" ]]; then
  if [[ -d /dev/shm && -w /dev/shm ]]; then BENCH_TMPDIR=/dev/shm; else BENCH_TMPDIR=${TMPDIR:-/tmp}; fi
fi
corpus=$(mktemp -d "$BENCH_TMPDIR/nietpluis-bench.XXXXXX")
cleanup() {
  if ((keep)); then
    echo "corpus kept in $corpus"
  else
    rm -rf "$corpus"
  fi
}
trap cleanup EXIT

# --- corpus -------------------------------------------------------------------------------
gen_start=$EPOCHREALTIME
python3 bench/gen_corpus.py "$corpus" "$n"
# The example's footer links to its own pages, which the corpus lacks: the corpus gets the default footer.
# Without read-aloud: this measures the generator against Hugo, and 5,000 pages of speech would be
# hours of audio (bench/read_aloud_speed measures that on the example site). Share pictures only for
# the menu's pages, as site.toml advises for a site this size: Hugo draws none, and 5,000 pictures
# at ~25 ms each would measure cairo, not the generator.
awk '/^\[\[voettekst\]\]/ { skip = 1; next } /^\[/ { skip = 0 } !skip' content/site.toml |
  sed -e 's/^aan = true$/aan = false/' -e 's/^plaatje_per_pagina = true$/plaatje_per_pagina = false/' >"$corpus/np/site.toml"
if grep -q '^aan = true$' "$corpus/np/site.toml"; then echo "build_speed: read-aloud still on in the corpus" >&2; exit 1; fi
if ! grep -q '^plaatje_per_pagina = false$' "$corpus/np/site.toml"; then
  echo "build_speed: a share picture per page still on in the corpus" >&2
  exit 1
fi
cp -r content/beeld "$corpus/np/beeld"
if [[ -d content/taal ]]; then cp -r content/taal "$corpus/np/taal"; fi
# The organisations moved out of site.toml into their own file (issue 23); the build needs them.
if [[ -f content/organisaties.toml ]]; then cp content/organisaties.toml "$corpus/np/organisaties.toml"; fi
cp -r bench/hugo/config.toml bench/hugo/layouts bench/hugo/static "$corpus/hugo/"
awk -v s="$gen_start" -v e="$EPOCHREALTIME" -v n="$((n + 1))" -v kib="$(du -sk "$corpus/np/pages" | cut -f1)" \
  'BEGIN { printf "corpus: %d Markdown pages (%.1f MiB) per generator, written in %.1f s\n", n, kib / 1024, e - s }'

# --- timing -------------------------------------------------------------------------------
# run_build NAME MODE OUT_DIR CMD...: runs CMD under GNU time and sets last_wall (seconds, from
# bash's microsecond clock: GNU time's %e has only 2 decimals) and last_rss (peak RSS in KiB).
# MODE "cold" first removes OUT_DIR and what nietpluis keeps beside it (the staging folder
# .OUT_DIR.bouw, which holds the previous site for reuse, and the language cache .OUT_DIR.taalcheck),
# so both generators write every file anew and nietpluis checks every page; MODE "rebuild" leaves
# all of it in place, as when a writer builds again after an edit (Hugo then overwrites its files,
# nietpluis reuses the folder of the build before last and its check results).
# On failure prints the first 40 lines of the build's stderr and exits 1.
run_build() {
  local name=$1 mode=$2 out=$3
  shift 3
  if [[ "$mode" == cold ]]; then
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out").bouw" "$(dirname "$out")/.$(basename "$out").taalcheck"
  fi
  local start end status=0
  start=$EPOCHREALTIME
  "$gnu_time" -f '%e %M' -o "$corpus/time.txt" "$@" >"$corpus/stdout.txt" 2>"$corpus/stderr.txt" || status=$?
  end=$EPOCHREALTIME
  if ((status != 0)); then
    echo "build_speed: $name failed (exit $status); first 40 lines of its stderr:" >&2
    head -n 40 "$corpus/stderr.txt" >&2
    exit 1
  fi
  last_wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  last_rss=$(tail -n 1 "$corpus/time.txt" | awk '{ print $2 }')
}

# median_of_3 NAME MODE OUT_DIR CMD...: 3 timed runs; sets med_wall and raises max_rss.
median_of_3() {
  local name=$1 mode=$2
  shift 2
  local walls=()
  for _ in 1 2 3; do
    run_build "$name" "$mode" "$@"
    walls+=("$last_wall")
    if ((last_rss > max_rss)); then max_rss=$last_rss; fi
  done
  med_wall=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)
  echo "$name $mode runs (s): ${walls[*]}"
}

# bench NAME OUT_DIR CMD...: one warm-up, then 3 cold and 3 rebuild runs; sets cold_wall,
# rebuild_wall and max_rss.
bench() {
  local name=$1
  shift
  max_rss=0
  run_build "$name" cold "$@"
  if [[ -s "$corpus/stderr.txt" ]]; then
    echo "note: $name wrote $(wc -l <"$corpus/stderr.txt") line(s) to stderr; the first 5:" >&2
    head -n 5 "$corpus/stderr.txt" >&2
  fi
  median_of_3 "$name" cold "$@"
  cold_wall=$med_wall
  median_of_3 "$name" rebuild "$@"
  rebuild_wall=$med_wall
}

bench nietpluis "$corpus/np-out" "$nietpluis_bin" build --content "$corpus/np" --out "$corpus/np-out"
np_cold=$cold_wall np_rebuild=$rebuild_wall np_rss=$max_rss
np_warnings=$(grep -c 'waarschuwing:' "$corpus/stderr.txt" || true)

# The B1 language check runs in every build; this row shows what it costs.
bench "nietpluis-zonder-taalcheck" "$corpus/np-out-bare" "$nietpluis_bin" build --zonder-taalcheck \
  --content "$corpus/np" --out "$corpus/np-out-bare"
bare_cold=$cold_wall bare_rebuild=$rebuild_wall bare_rss=$max_rss

bench hugo "$corpus/hugo-out" "$hugo_bin" --quiet --source "$corpus/hugo" --destination "$corpus/hugo-out"
hugo_cold=$cold_wall hugo_rebuild=$rebuild_wall hugo_rss=$max_rss

# --- report -------------------------------------------------------------------------------
np_pages=$(find "$corpus/np-out" -name index.html -type f | wc -l)
hugo_pages=$(find "$corpus/hugo-out" -name index.html -type f | wc -l)

echo
echo "pages: $n (+ index page), cores: $(nproc), corpus on: $(df --output=fstype "$corpus" | tail -n 1) ($BENCH_TMPDIR)"
awk -v nc="$np_cold" -v nb="$np_rebuild" -v nr="$np_rss" -v hc="$hugo_cold" -v hb="$hugo_rebuild" -v hr="$hugo_rss" \
    -v bc="$bare_cold" -v bb="$bare_rebuild" -v br="$bare_rss" 'BEGIN {
  printf "                            cold build (s)   rebuild (s)   peak RSS (MiB)\n"
  printf "nietpluis                 %14.3f  %12.3f  %15.1f\n", nc, nb, nr / 1024
  printf "nietpluis zonder taalcheck%14.3f  %12.3f  %15.1f\n", bc, bb, br / 1024
  printf "hugo                      %14.3f  %12.3f  %15.1f\n", hc, hb, hr / 1024
  printf "language check costs: cold %+.3f s, rebuild %+.3f s\n", nc - bc, nb - bb
  cold = nc > 0 ? hc / nc : 0
  rebuild = nb > 0 ? hb / nb : 0
  printf "ratio hugo/nietpluis: cold %.2fx, rebuild %.2fx (goal: >= 3x)\n", cold, rebuild
  print (cold >= 3 && rebuild >= 3 ? "GOAL MET" : "GOAL NOT MET")
}'
echo "index.html files: nietpluis $np_pages, hugo $hugo_pages (expected >= $n each)"
echo "warnings printed by each nietpluis build (language findings): $np_warnings"
if ((np_pages < n || hugo_pages < n)); then
  echo "OUTPUT CHECK FAILED: a generator wrote fewer pages than the corpus has" >&2
  exit 1
fi
