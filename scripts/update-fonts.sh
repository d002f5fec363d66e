#!/usr/bin/env bash
# Refreshes the self-hosted Atkinson Hyperlegible fonts in templates/assets/fonts from npm's @fontsource package.
#
# The fonts are committed so that a build needs no network and the templates folder is complete on its
# own; run this only to move to another version: scripts/update-fonts.sh [VERSION]
set -euo pipefail

version="${1:-5.3.0}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
target=templates/assets/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@fontsource/atkinson-hyperlegible@${version}" >/dev/null && tar xzf ./*.tgz)
for weight in 400-normal 400-italic 700-normal 700-italic; do
  cp "$work/package/files/atkinson-hyperlegible-latin-${weight}.woff2" "$target/"
done
cp "$work/package/LICENSE" "$target/OFL.txt"
echo "update-fonts: Atkinson Hyperlegible ${version} copied to ${target}"
