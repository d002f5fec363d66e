#!/usr/bin/env bash
# Installs every Debian package the project needs, and only what is missing, so `make` works on a fresh Debian 12;
# then the browser suite's npm packages when they are missing or older than their lock file.
#
# Usage: scripts/install-deps.sh [--bench | --fuzz | --deb]
#   --bench  also installs what the benchmarks use (Hugo, GNU time, wrk).
#   --fuzz   also installs clang and libFuzzer for `make fuzz` (tests/fuzz/).
#   --fonts  also installs what scripts/make-digit-font.sh uses to remake the site's digit font.
#   --deb    also installs what `make deb` and the package test use (dpkg-dev, lintian).
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
# The address register (meldpunt/address): libxml2 streams the BAG extract's XML, libzip opens its
# zips (the tests build their extracts with libzip too).
address_packages=(libxml2-dev libzip-dev)
bench_packages=(hugo time wrk)
# The fuzzers are built with clang: libFuzzer and the sanitizer runtimes come with its compiler-rt.
fuzz_packages=(clang-14 libfuzzer-14-dev libclang-rt-14-dev)
# Only to remake templates/assets/fonts/nietpluis-cijfers-*.woff2 (the committed digit subset).
digit_font_packages=(fonts-open-sans python3-fonttools python3-brotli)
# `make deb` (CPack runs dpkg-shlibdeps) and the package test (lintian, and dpkg-deb to read the packages).
deb_packages=(dpkg-dev lintian)

# The B1 check's spelling, word stems and compound splitting: Hunspell with the Dutch dictionary of OpenTaal.
language_packages=(libhunspell-dev hunspell-nl)
wanted=("${build_packages[@]}" "${test_packages[@]}" "${language_packages[@]}" "${address_packages[@]}")
# A campaign's JPEG picture is decoded with libjpeg for the print previews and share images.
print_picture_packages=(libjpeg-dev)
wanted+=("${print_picture_packages[@]}")
# Read-aloud (docs/voorlezen.md): espeak-ng's C library with its Dutch voice, LAME for MP3; the tests
# decode every MP3 with libmpg123, a real decoder.
speech_packages=(libespeak-ng-dev espeak-ng-data libmp3lame-dev libmpg123-dev)
wanted+=("${speech_packages[@]}")
case "${1:-}" in
  --bench) wanted+=("${bench_packages[@]}") ;;
  --fuzz) wanted+=("${fuzz_packages[@]}") ;;
  --fonts) wanted+=("${digit_font_packages[@]}") ;;
  --deb) wanted+=("${deb_packages[@]}") ;;
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
