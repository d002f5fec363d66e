#!/usr/bin/env bash
# Installs the meldzuil (nietpluis-kiosk) on this Debian 12 computer: programs, templates, service,
# screen launcher, and a first configuration in /etc/nietpluis. Safe to run again: it never
# overwrites a configuration or secret that is already there.
#
# Usage: sudo scripts/install-kiosk.sh [--root DIR] [--scherm-gebruiker NAAM]
#   --root DIR               install into DIR instead of / (for a test or an image); no users,
#                            no systemctl, no apt-get
#   --scherm-gebruiker NAAM  the desktop user whose session shows the screens (default: zuil)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=""
screen_user="zuil"
while (($#)); do
  case "$1" in
    --root) root="$(realpath -m "$2")"; shift 2 ;;
    --scherm-gebruiker) screen_user="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-kiosk: onbekende optie '$1'; zie --help" >&2; exit 2 ;;
  esac
done

say() { echo "install-kiosk: $*"; }
etc="$root/etc/nietpluis"

if [[ -z "$root" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-kiosk: voer dit uit als root, bijvoorbeeld met sudo" >&2
    exit 1
  fi
  scripts/install-deps.sh
  export DEBIAN_FRONTEND=noninteractive
  # The screen: Debian's Chromium, curl for the launcher's wait, xset to keep the screen on.
  apt-get install -y -qq --no-install-recommends chromium curl x11-xserver-utils >/dev/null
fi

build_dir="${BUILD_DIR:-build}"
make build BUILD_DIR="$build_dir" >/dev/null
say "programma's en sjablonen naar $root/usr/local"
DESTDIR="$root" cmake --install "$build_dir" --prefix /usr/local >/dev/null

if [[ -z "$root" ]] && ! id nietpluis >/dev/null 2>&1; then
  say "systeemgebruiker nietpluis maken"
  adduser --system --group --home /var/lib/nietpluis --no-create-home nietpluis >/dev/null
fi

mkdir -p "$etc/geheim"
chmod 0755 "$etc"
chmod 0750 "$etc/geheim"
if [[ ! -e "$etc/kiosk.toml" ]]; then
  say "voorbeeld-instellingen naar $etc/kiosk.toml; pas ze aan voor deze plek"
  # Deployed, site.toml and the logo live in inhoud/, apart from the secrets in geheim/.
  sed -e 's|^# inhoud = "."|inhoud = "inhoud"|' content/kiosk.toml >"$etc/kiosk.toml"
  chmod 0644 "$etc/kiosk.toml"
fi
if [[ ! -e "$etc/inhoud/site.toml" ]]; then
  say "site.toml en het logo naar $etc/inhoud/"
  mkdir -p "$etc/inhoud"
  cp content/site.toml "$etc/inhoud/site.toml"
  cp -r content/beeld "$etc/inhoud/"
fi

# Chromium on the kiosk may show only the kiosk's screens, and calls no service of its maker:
# no spellcheck downloads, sign-in, sync, translation, updates or metrics. A managed policy, so
# nobody at the screen can change it.
say "Chromium-beleid naar $root/etc/chromium/policies/managed/"
install -d -m 0755 "$root/etc/chromium/policies/managed"
install -m 0644 kiosk/chromium-beleid.json "$root/etc/chromium/policies/managed/nietpluis-kiosk.json"

if [[ -z "$root" ]]; then
  chown root:nietpluis "$etc/geheim"
  install -d -m 0755 /etc/xdg/autostart
  if id "$screen_user" >/dev/null 2>&1; then
    install -d -o "$screen_user" -m 0755 "$(getent passwd "$screen_user" | cut -d: -f6)/.config/autostart"
    install -o "$screen_user" -m 0644 /usr/local/share/nietpluis/nietpluis-kiosk-scherm.desktop \
      "$(getent passwd "$screen_user" | cut -d: -f6)/.config/autostart/"
    say "de schermen starten bij het inloggen van $screen_user"
  else
    say "er is geen gebruiker '$screen_user'; zie de README voor het automatisch inloggen"
  fi
  systemctl daemon-reload
  systemctl enable nietpluis-kiosk.service >/dev/null 2>&1
fi

cat <<EOF
install-kiosk: klaar. Nu nog:
  1. Zet in $etc/kiosk.toml de id en de plek van deze zuil, en per organisatie het adres.
  2. Zet de geheimen in $etc/geheim/ (alleen leesbaar voor nietpluis), bijvoorbeeld:
       install -m 0600 -o nietpluis -g nietpluis /pad/van/welzijn-noord.key $etc/geheim/
  3. Kijk alles na:  sudo -u nietpluis nietpluis-kiosk controleer --config /etc/nietpluis/kiosk.toml
  4. Start:          sudo systemctl restart nietpluis-kiosk
EOF
