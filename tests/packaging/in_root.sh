#!/bin/bash
# The package test's steps inside the fresh root (tests/packaging/package_test.sh runs this chrooted,
# without network): install, configure as IT would, start the kiosk and ask /health, upgrade, remove.
# Usage: in_root.sh VERSION NEWER_VERSION
set -uo pipefail
version="$1"
newer="$2"
failures=0
fail() { echo "FAIL (in the root): $*" >&2; failures=$((failures + 1)); }
step() { echo "== $*"; }
as_kiosk() { setpriv --reuid=nietpluis --regid=nietpluis --init-groups "$@"; }
export PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TZ=Europe/Amsterdam
ldconfig

step "install both packages with dpkg; it checks their dependencies against this root"
if ! dpkg -i "/tmp/nietpluis_${version}_amd64.deb" "/tmp/nietpluis-kiosk_${version}_amd64.deb"; then
  fail "dpkg -i"
  exit 1
fi
[[ "$(dpkg-query -W -f='${Status} ${Version}' nietpluis-kiosk)" == "install ok installed $version" ]] || fail "not installed"
getent passwd nietpluis >/dev/null || fail "postinst made no user nietpluis"
[[ "$(stat -c '%a %U:%G' /etc/nietpluis/geheim)" == "750 root:nietpluis" ]] || fail "geheim: $(stat -c '%a %U:%G' /etc/nietpluis/geheim)"
[[ "$(stat -c '%a %U:%G' /var/lib/nietpluis)" == "700 nietpluis:nietpluis" ]] || fail "outbox folder: $(stat -c '%a %U:%G' /var/lib/nietpluis)"

step "the generator builds the example site from its installed files"
nietpluis build --content /usr/share/nietpluis/voorbeeld --out /tmp/site --zonder-taalcheck >/tmp/build.log 2>&1 ||
  { cat /tmp/build.log; fail "nietpluis build of the example content"; }
grep -q "Welzijn Voorbeeld Noord" /tmp/site/index.html /tmp/site/*/index.html 2>/dev/null ||
  fail "the site does not publish the organisations of organisaties.toml"

step "IT puts the secrets in place and checks the settings"
install -m 0600 -o nietpluis -g nietpluis /dev/null /etc/nietpluis/geheim/welzijn-noord.key
echo 0123456789abcdef0123456789abcdef >/etc/nietpluis/geheim/welzijn-noord.key
install -m 0600 -o nietpluis -g nietpluis /dev/null /etc/nietpluis/geheim/buurtwerk-zuid.wachtwoord
echo proef >/etc/nietpluis/geheim/buurtwerk-zuid.wachtwoord
check="$(as_kiosk nietpluis-kiosk controleer --config /etc/nietpluis/kiosk.toml 2>&1)" || fail "controleer: $check"
grep -qxF "/etc/nietpluis/kiosk.toml is in orde." <<<"$check" || fail "controleer says: $check"

# HTTP with bash alone: curl is only recommended, so the fresh root has none.
http() {  # METHOD PATH [BODY]: prints the response, headers and body
  exec 3<>/dev/tcp/127.0.0.1/8080 || return 1
  if [[ $# -ge 3 ]]; then
    printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s' \
      "$1" "$2" "${#3}" "$3" >&3
  else
    printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" "$2" >&3
  fi
  timeout 5 cat <&3
  exec 3<&-
}

start_kiosk() {
  # setpriv itself, not through as_kiosk: $! must be the kiosk, not a subshell around it.
  setpriv --reuid=nietpluis --regid=nietpluis --init-groups nietpluis-kiosk --config /etc/nietpluis/kiosk.toml \
    >>/tmp/kiosk.log 2>&1 &
  kiosk_pid=$!
  for _ in $(seq 100); do
    if health="$(http GET /health 2>/dev/null)" && grep -q '^HTTP/1.[01] 200' <<<"$health"; then return 0; fi
    sleep 0.1
  done
  cat /tmp/kiosk.log
  fail "the installed kiosk does not answer /health"
  return 1
}

step "start the installed kiosk with the installed example settings; it answers /health"
if start_kiosk; then
  echo "/health: $(tail -1 <<<"$health")"
  grep -q '"queued":0' <<<"$health" || fail "/health: $health"
  # A report for Welzijn Noord: the network is away, so it waits in the outbox.
  answer="$(http POST /melding 'postcode=1012ab&huisnummer=9&zorg=huis&contact=anoniem')"
  grep -q '^HTTP/1.[01] 303' <<<"$answer" || fail "posting a report gave: $(head -1 <<<"$answer")"
  kill -TERM "$kiosk_pid"
  wait "$kiosk_pid" || fail "the kiosk did not stop cleanly: $(cat /tmp/kiosk.log)"
  grep -q '^nietpluis-kiosk: gestopt$' /tmp/kiosk.log || fail "no 'gestopt' in the kiosk's log"
fi

step "IT edits the settings; the newer package keeps them and the waiting report"
echo "# aangepast door ICT" >>/etc/nietpluis/kiosk.toml
dpkg -i "/tmp/nietpluis-kiosk_${newer}_amd64.deb" || fail "dpkg -i of the newer version"
[[ "$(dpkg-query -W -f='${Version}' nietpluis-kiosk)" == "$newer" ]] || fail "version after the upgrade"
grep -qxF "# aangepast door ICT" /etc/nietpluis/kiosk.toml || fail "the upgrade overwrote /etc/nietpluis/kiosk.toml"
status="$(as_kiosk nietpluis-kiosk status --config /etc/nietpluis/kiosk.toml 2>&1)"
grep -qF "Wachtend: 1 melding; de oudste wacht" <<<"$status" || fail "the outbox after the upgrade: $status"
if start_kiosk; then
  grep -q '"queued":1' <<<"$health" || fail "/health after the upgrade: $health"
  kill -TERM "$kiosk_pid"
  wait "$kiosk_pid" || true
fi

step "remove keeps settings and outbox; purge removes both"
dpkg -r nietpluis-kiosk || fail "dpkg -r"
[[ ! -e /usr/bin/nietpluis-kiosk ]] || fail "the program is still there after remove"
[[ -f /etc/nietpluis/kiosk.toml && -f /var/lib/nietpluis/meldingen.db ]] || fail "remove took settings or the outbox"
dpkg -P nietpluis-kiosk || fail "dpkg -P"
[[ ! -e /etc/nietpluis && ! -e /var/lib/nietpluis ]] || fail "purge left $(ls -d /etc/nietpluis /var/lib/nietpluis 2>/dev/null)"
dpkg -r nietpluis || fail "dpkg -r nietpluis"
[[ ! -e /usr/share/nietpluis ]] || fail "remove of nietpluis left /usr/share/nietpluis"

exit $((failures > 0))
