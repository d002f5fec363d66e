#!/usr/bin/env bash
# Installs every Debian package the project needs, and only what is missing, so `make` works on a fresh Debian 12.
#
# Usage: scripts/install-deps.sh [--bench | --fuzz]
#   --bench  also installs what the benchmarks use (Hugo, GNU time, wrk).
#   --fuzz   also installs clang and libFuzzer for `make fuzz` (tests/fuzz/).
set -euo pipefail

build_packages=(
  cmake ninja-build pkg-config g++
  libcmark-dev libsqlitecpp-dev libsqlite3-dev catch2 libtomlplusplus-dev libyaml-cpp-dev
  libkainjow-mustache-dev libcurl4-openssl-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  libhyphen-dev hyphen-nl nlohmann-json3-dev
  libqrencode-dev libcairo2-dev libpango1.0-dev librsvg2-dev libpng-dev
  zbar-tools poppler-utils
)
# The tests' real peers: openssl makes their certificates, aiosmtpd is the mail server, Chromium the
# browser, nginx the proxy in front of the public intake; curl and systemd-analyze check the
# kiosk's launcher and services.
test_packages=(openssl python3-aiosmtpd chromium curl systemd nginx-light)
bench_packages=(hugo time wrk)
# The fuzzers are built with clang: libFuzzer and the sanitizer runtimes come with its compiler-rt.
fuzz_packages=(clang-14 libfuzzer-14-dev libclang-rt-14-dev)

wanted=("${build_packages[@]}" "${test_packages[@]}")
case "${1:-}" in
  --bench) wanted+=("${bench_packages[@]}") ;;
  --fuzz) wanted+=("${fuzz_packages[@]}") ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
