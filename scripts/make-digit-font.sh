#!/usr/bin/env bash
# Remakes the site's digit font: the ten digits of Open Sans (Debian's fonts-open-sans), whose zero has
# no slash, as small WOFF2 subsets. style.css uses them for U+0030-0039 only, so phone numbers read
# "0800" and not "Ø8ØØ", while every letter stays Atkinson Hyperlegible.
# The print material's digit font (TTF, at Atkinson's size and line height) comes from
# scripts/make-print-digit-font.py, run at the end.
# Needs: scripts/install-deps.sh --fonts
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/fonts/truetype/open-sans
out=templates/assets/fonts
for style in Regular:400-normal Bold:700-normal Italic:400-italic BoldItalic:700-italic; do
  /usr/bin/python3 -m fontTools.subset "$src/OpenSans-${style%%:*}.ttf" --unicodes=U+0030-0039 --layout-features= \
    --no-hinting --desubroutinize --flavor=woff2 --output-file="$out/nietpluis-cijfers-${style##*:}.woff2"
done
cp /usr/share/doc/fonts-open-sans/copyright "$out/OpenSans-LICENSE.txt"
/usr/bin/python3 scripts/make-print-digit-font.py
