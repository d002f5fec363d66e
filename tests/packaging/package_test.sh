#!/usr/bin/env bash
# The Debian packages as municipal IT meets them (issue 23), in one run because building them is the
# slow part: both packages built from this build with CPack, their contents and dependencies, lintian,
# an install into a fresh root without the network (tests/packaging/fresh_root.py), systemd's check of
# the units, the installed kiosk answering /health with the installed example settings, an upgrade to
# a newer version that keeps the outbox and an edited /etc file, and removal and purge.
#
# Usage: tests/packaging/package_test.sh BUILD_DIR   (the ctest test `package`, label `package`)
# Needs root (it mounts and chroots in namespaces of its own), dpkg-dev and lintian
# (scripts/install-deps.sh --deb). NIETPLUIS_SKIP_ROOT_TESTS=1 skips it knowingly when not root.
set -euo pipefail
build="$(realpath "$1")"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "== $*"; }
expect_contains() {  # what, text, wanted
  if ! grep -qxF -- "$3" <<<"$2"; then fail "$1: no line '$3'"; fi
}

if [[ $(id -u) -ne 0 ]]; then
  if [[ "${NIETPLUIS_SKIP_ROOT_TESTS:-}" == 1 ]]; then
    echo "package test skipped: not root (NIETPLUIS_SKIP_ROOT_TESTS=1)"
    exit 0
  fi
  echo "package test: needs root (it chroots into a fresh root); set NIETPLUIS_SKIP_ROOT_TESTS=1 to skip" >&2
  exit 1
fi
for tool in dpkg-deb dpkg-shlibdeps lintian cpack unshare; do
  command -v "$tool" >/dev/null || { echo "package test: $tool is missing; run scripts/install-deps.sh --deb" >&2; exit 1; }
done

work="$(mktemp -d /tmp/nietpluis-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
newer="$version+1"

step "build the packages: $version, and $newer for the upgrade"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/v1" >"$work/cpack1.log" 2>&1) ||
  { cat "$work/cpack1.log"; exit 1; }
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/v2" -D CPACK_PACKAGE_VERSION="$newer" \
  >"$work/cpack2.log" 2>&1) || { cat "$work/cpack2.log"; exit 1; }
generator="$work/v1/nietpluis_${version}_amd64.deb"
kiosk="$work/v1/nietpluis-kiosk_${version}_amd64.deb"
kiosk_newer="$work/v2/nietpluis-kiosk_${newer}_amd64.deb"
for deb in "$generator" "$kiosk" "$kiosk_newer"; do
  [[ -f "$deb" ]] || { ls -R "$work"; echo "package test: $deb was not made" >&2; exit 1; }
done

step "contents"
generator_files="$(dpkg-deb -c "$generator" | awk '{print $6}' | sed 's|^\./|/|')"
kiosk_files="$(dpkg-deb -c "$kiosk" | awk '{print $6}' | sed 's|^\./|/|')"
for file in /usr/bin/nietpluis /usr/share/nietpluis/templates/layout.mustache \
  /usr/share/nietpluis/templates/drukwerk/fonts/atkinson-hyperlegible-latin-400-normal.ttf \
  /usr/share/nietpluis/templates/assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2 \
  /usr/share/nietpluis/voorbeeld/site.toml /usr/share/nietpluis/voorbeeld/organisaties.toml \
  /usr/share/nietpluis/voorbeeld/pages/index.md /usr/share/doc/nietpluis/copyright \
  /usr/share/doc/nietpluis/changelog.gz /usr/share/man/man1/nietpluis.1.gz; do
  expect_contains "nietpluis" "$generator_files" "$file"
done
for file in /usr/bin/nietpluis-kiosk /usr/bin/nietpluis-kiosk-scherm \
  /usr/share/nietpluis-kiosk/templates/kiosk/start.mustache /usr/share/nietpluis-kiosk/templates/kiosk/kiosk.js \
  /usr/share/nietpluis-kiosk/templates/assets/style.css /usr/share/nietpluis-kiosk/nietpluis-kiosk-scherm.desktop \
  /lib/systemd/system/nietpluis-kiosk.service /lib/systemd/system/nietpluis-intake.service \
  /lib/systemd/system/nietpluis-it-bericht@.service /lib/systemd/system/nietpluis-it-bericht@.timer \
  /etc/nietpluis/kiosk.toml /etc/nietpluis/intake.toml /etc/nietpluis/inhoud/site.toml \
  /etc/nietpluis/inhoud/organisaties.toml /etc/nietpluis/inhoud/beeld/logo.svg \
  /etc/chromium/policies/managed/nietpluis-kiosk.json /usr/share/doc/nietpluis-kiosk/copyright \
  /usr/share/man/man8/nietpluis-kiosk.8.gz; do
  expect_contains "nietpluis-kiosk" "$kiosk_files" "$file"
done
if grep -q '^/usr/local/' <<<"$generator_files$kiosk_files"; then fail "a file under /usr/local"; fi
# Every file in /etc is a conffile, so an upgrade never overwrites what IT changed.
conffiles="$(dpkg-deb --ctrl-tarfile "$kiosk" | tar -xOf - ./conffiles)"
etc_files="$(grep '^/etc/.*[^/]$' <<<"$kiosk_files" | sort)"
[[ "$(sort <<<"$conffiles")" == "$etc_files" ]] || fail "conffiles '$conffiles' are not the files in /etc: '$etc_files'"
for script in postinst prerm postrm; do
  dpkg-deb --ctrl-tarfile "$kiosk" | tar -tf - "./$script" >/dev/null 2>&1 || fail "no $script in nietpluis-kiosk"
done

step "dependencies: runtime only"
depends_of() { dpkg-deb -f "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/[ (].*//'; }
for lib in libc6 libstdc++6 libcairo2 libpango-1.0-0 librsvg2-2; do
  depends_of "$generator" | grep -qxF "$lib" || fail "nietpluis: $lib not in Depends"
done
for lib in libc6 libstdc++6 libcurl4 libsqlite3-0 libssl3 adduser; do
  depends_of "$kiosk" | grep -qxF "$lib" || fail "nietpluis-kiosk: $lib not in Depends"
done
for deb in "$generator" "$kiosk"; do
  depends="$(dpkg-deb -f "$deb" Depends)"
  echo "$(dpkg-deb -f "$deb" Package): Depends: $depends"
  # Build and test tools, Node and Java have no business on a kiosk.
  if grep -qiE '(^|[ ,|])(g\+\+|gcc|cpp|clang[^,]*|cmake|ninja-build|make|pkg-config|catch2|[a-z0-9.+-]*-dev|nodejs|npm|default-jre[^,]*|openjdk[^,]*|python3[^,]*|nginx[^,]*|lintian|dpkg-dev|zbar-tools|poppler-utils)( |,|$)' \
    <<<"$depends"; then
    fail "$(basename "$deb") depends on a build or test tool: $depends"
  fi
done
grep -qE '(^|, )adduser(,|$)' <<<"$(dpkg-deb -f "$kiosk" Depends)" || fail "nietpluis-kiosk does not depend on adduser"
[[ "$(dpkg-deb -f "$kiosk" Recommends)" == "chromium, curl, x11-xserver-utils" ]] || fail "Recommends: $(dpkg-deb -f "$kiosk" Recommends)"
grep -q chromium <<<"$(dpkg-deb -f "$kiosk" Depends)" && fail "chromium is a Depends: the public intake has no screen"

step "lintian"
if ! lintian --fail-on error,warning --info "$generator" "$kiosk" >"$work/lintian.log" 2>&1; then
  cat "$work/lintian.log"
  fail "lintian reports errors or warnings (above)"
else
  cat "$work/lintian.log"
fi

step "a fresh root without the network"
root="$work/root"
mkdir "$root"
"$source_dir/tests/packaging/fresh_root.py" "$root" "$generator" "$kiosk"
cp "$generator" "$kiosk" "$kiosk_newer" "$root/tmp/"
cp "$source_dir/tests/packaging/in_root.sh" "$root/tmp/in_root.sh"
# A mount namespace (nothing is mounted on this machine), a network namespace with only its own
# loopback (no network; port 8080 is the root's own), and a PID namespace, so every process started
# inside ends with it. The steps inside run in in_root.sh.
# Under make test-sanitizers the installed programs are sanitizer builds, and the options name a
# suppressions file and a report folder on this machine. LeakSanitizer reads its suppressions only once
# it finds a leak (fontconfig's, in the generator) and dies when the file is missing, so both paths are
# mounted into the root at the same place; the reports made inside then land where the suite looks.
sanitizer_paths=()
for options in "${ASAN_OPTIONS:-}" "${UBSAN_OPTIONS:-}" "${LSAN_OPTIONS:-}"; do
  IFS=: read -ra settings <<<"$options"
  for setting in "${settings[@]}"; do
    case "$setting" in
      log_path=/*) sanitizer_paths+=("$(dirname "${setting#log_path=}")") ;;
      suppressions=/*) sanitizer_paths+=("${setting#suppressions=}") ;;
    esac
  done
done
unshare --mount --net --pid --fork bash -c '
  set -e
  root="$1" version="$2" newer="$3"
  shift 3
  ip link set lo up
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/run"
  for path in "$@"; do
    if [[ -d "$path" ]]; then mkdir -p "$root$path"; else mkdir -p "$(dirname "$root$path")" && touch "$root$path"; fi
    mount --bind "$path" "$root$path"
  done
  exec chroot "$root" /bin/bash /tmp/in_root.sh "$version" "$newer"
' _ "$root" "$version" "$newer" "${sanitizer_paths[@]}" || fail "the steps in the fresh root (above)"

step "systemd accepts the installed units"
# The units as installed, in the installed root: systemd-analyze checks their syntax, the programs
# they start and the users they name.
mkdir -p "$work/units"
dpkg-deb -x "$kiosk" "$work/unpacked"
for unit in nietpluis-kiosk.service nietpluis-intake.service nietpluis-it-bericht@kiosk.service nietpluis-it-bericht@kiosk.timer; do
  source_unit="${unit/@kiosk/@}"
  sed "s|/usr/bin/nietpluis-kiosk|$work/unpacked/usr/bin/nietpluis-kiosk|" "$work/unpacked/lib/systemd/system/$source_unit" \
    >"$work/units/$source_unit"
done
(cd "$work/units" && SYSTEMD_LOG_LEVEL=warning systemd-analyze verify nietpluis-kiosk.service nietpluis-intake.service \
  nietpluis-it-bericht@kiosk.service nietpluis-it-bericht@kiosk.timer >"$work/verify.log" 2>&1) ||
  fail "systemd-analyze verify: $(cat "$work/verify.log")"
if [[ -s "$work/verify.log" ]]; then fail "systemd-analyze verify: $(cat "$work/verify.log")"; fi

if ((failures > 0)); then
  echo "package test: $failures failure(s)" >&2
  exit 1
fi
echo "package test: all checks passed"
