#!/usr/bin/env bash
# Installs every Debian package the project needs, and only what is missing, so `make` works on a fresh Debian 12;
# then the browser suite's npm packages when they are missing or older than their lock file.
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
# The browser suite (tests/browser) runs on Node and the Nu Html Checker on Java. Each is installed
# only where the command is missing: these machines ship their own Node and npm, and Debian's npm
# package conflicts with them.
if ! command -v java >/dev/null 2>&1; then
  wanted+=(default-jre-headless)
fi
if ! command -v node >/dev/null 2>&1; then
  wanted+=(nodejs npm)
fi

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The browser suite's npm packages, exactly as package-lock.json pins them. --ignore-scripts: the
# only install script among them (vnu-jar's) would download a Java runtime; the suite uses the system's.
browser_dir="$(cd "$(dirname "$0")/../tests/browser" && pwd)"
if [[ ! -d "$browser_dir/node_modules" || "$browser_dir/package-lock.json" -nt "$browser_dir/node_modules" ]]; then
  echo "install-deps: npm ci in tests/browser"
  (cd "$browser_dir" && npm ci --ignore-scripts --no-audit --no-fund)
  touch "$browser_dir/node_modules"
fi
