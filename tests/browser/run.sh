#!/usr/bin/env bash
# ctest's entry to the browser suite: checks that its tools are installed, then runs it with node's test runner.
#
# Usage: tests/browser/run.sh NIETPLUIS KIOSK SCREENSHOT_DIR
#   NIETPLUIS, KIOSK  the built nietpluis and nietpluis-kiosk
#   SCREENSHOT_DIR    where the screenshots go (git ignores build/)
set -euo pipefail
if (($# != 3)); then
  echo "usage: $0 NIETPLUIS KIOSK SCREENSHOT_DIR" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
missing=()
command -v node >/dev/null 2>&1 || missing+=("node")
command -v java >/dev/null 2>&1 || missing+=("java")
[[ -x "${NIETPLUIS_CHROMIUM:-/usr/bin/chromium}" ]] || missing+=("chromium")
[[ -d "$here/node_modules/playwright-core" && -d "$here/node_modules/vnu-jar" ]] || missing+=("tests/browser/node_modules")
if ((${#missing[@]} > 0)); then
  echo "browser tests: missing ${missing[*]}; run scripts/install-deps.sh (it installs them)" >&2
  exit 1
fi
exec node --test-reporter=spec "$here/run.mjs" --nietpluis "$1" --kiosk "$2" --source "$here/../.." --screenshots "$3"
