#!/usr/bin/python3
"""Makes the print material's digit font: the ten digits of Open Sans (no slash through the zero),
scaled to the height of Atkinson Hyperlegible's digits and given its line metrics, as the family
"Nietpluis Cijfers". Typesetter (meldpunt/print/print_type.cpp) sets every run of digits in it, so a
phone number reads "0800" and not "Ø8ØØ", and a line with digits is exactly as tall as one without.

Usage: scripts/make-print-digit-font.py  (needs scripts/install-deps.sh --fonts)
"""
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "templates/drukwerk/fonts"
OPEN_SANS = Path("/usr/share/fonts/truetype/open-sans")
FAMILY = "Nietpluis Cijfers"


def make(source: str, main: str, style: str, out: str) -> None:
    font = TTFont(OPEN_SANS / source)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=range(0x30, 0x3A))
    subsetter.subset(font)

    reference = TTFont(FONTS / main)
    ref_upem = reference["head"].unitsPerEm
    # The digits' height (the one's top) as in Atkinson: a larger em makes every glyph smaller.
    font["glyf"]["one"].recalcBounds(font["glyf"])
    own_height = font["glyf"]["one"].yMax
    ref_height = reference["glyf"][reference.getBestCmap()[ord("1")]]
    ref_height.recalcBounds(reference["glyf"])
    upem = round(own_height * ref_upem / ref_height.yMax)
    font["head"].unitsPerEm = upem

    # Atkinson's line metrics in this em, so pango gives a line with digits the same height.
    scale = upem / ref_upem
    r_hhea, r_os2 = reference["hhea"], reference["OS/2"]
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = (round(v * scale) for v in (r_hhea.ascent, r_hhea.descent, r_hhea.lineGap))
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = (
        round(v * scale) for v in (r_os2.sTypoAscender, r_os2.sTypoDescender, r_os2.sTypoLineGap))
    os2.usWinAscent, os2.usWinDescent = round(r_os2.usWinAscent * scale), round(r_os2.usWinDescent * scale)
    # Installable embedding (0), as Atkinson's: Open Sans is Apache-2.0, and Debian's lintian warns
    # about the "editable" (8) the original carries.
    os2.fsType = 0
    os2.version = max(os2.version, 4)  # bit 7 of fsSelection needs version 4
    os2.fsSelection = (os2.fsSelection & ~(1 << 7)) | (r_os2.fsSelection & (1 << 7))  # USE_TYPO_METRICS

    name = font["name"]
    postscript = FAMILY.replace(" ", "") + "-" + style
    for record in list(name.names):
        if record.nameID in (1, 16):
            name.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            name.setName(FAMILY + " " + style, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 6):
            name.setName(postscript, record.nameID, record.platformID, record.platEncID, record.langID)
    name.names = [r for r in name.names if r.nameID not in (16, 17)]
    font.save(FONTS / out)


make("OpenSans-Regular.ttf", "atkinson-hyperlegible-latin-400-normal.ttf", "Regular", "nietpluis-cijfers-400-normal.ttf")
make("OpenSans-Bold.ttf", "atkinson-hyperlegible-latin-700-normal.ttf", "Bold", "nietpluis-cijfers-700-normal.ttf")
(FONTS / "OpenSans-LICENSE.txt").write_text(Path("/usr/share/doc/fonts-open-sans/copyright").read_text())
