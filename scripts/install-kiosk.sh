#!/usr/bin/env bash
# Installs the meldzuil on this Debian 12 computer from the source: builds the Debian packages
# (make deb) and installs nietpluis-kiosk with apt, which also brings Chromium and every library it
# needs; then lets the screen's user start the screens at login. Building needs the developer's
# tools: better build the package once on another computer and install only the package here
# (README, "Een kiosk installeren").
#
# Usage: sudo scripts/install-kiosk.sh [--scherm-gebruiker NAAM]
#   --scherm-gebruiker NAAM  the desktop user whose session shows the screens (default: zuil)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
screen_user="zuil"
while (($#)); do
  case "$1" in
    --scherm-gebruiker) screen_user="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-kiosk: onbekende optie '$1'; zie --help" >&2; exit 2 ;;
  esac
done
if [[ $(id -u) -ne 0 ]]; then
  echo "install-kiosk: voer dit uit als root, bijvoorbeeld met sudo" >&2
  exit 1
fi

build_dir="${BUILD_DIR:-build}"
make deb BUILD_DIR="$build_dir"
package="$(ls -1 "$build_dir"/packages/nietpluis-kiosk_*.deb | sort -V | tail -1)"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y "$(realpath "$package")"

if id "$screen_user" >/dev/null 2>&1; then
  home="$(getent passwd "$screen_user" | cut -d: -f6)"
  install -d -o "$screen_user" -m 0755 "$home/.config/autostart"
  install -o "$screen_user" -m 0644 /usr/share/nietpluis-kiosk/nietpluis-kiosk-scherm.desktop "$home/.config/autostart/"
  echo "install-kiosk: de schermen starten bij het inloggen van $screen_user"
else
  echo "install-kiosk: er is geen gebruiker '$screen_user'; zie de README voor het automatisch inloggen"
fi
echo "install-kiosk: klaar. Verder gaat het zoals in de README, vanaf stap 2."
