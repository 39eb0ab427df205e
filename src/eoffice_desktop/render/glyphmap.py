"""What text each glyph of a font stands for, including glyphs that exist only after shaping.

Qt builds a PDF's ToUnicode map by reverse cmap lookup, so glyphs reached only through GSUB (Thai tone marks
moved down or left, nikhahit+tone ligatures) or through TLWG private-use code points get no or wrong text.
This module derives each glyph's text from the cmap, the GSUB substitutions and the glyph names, and indexes
glyphs by outline so that the glyphs of an embedded subset can be matched back to the original font.
"""

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fontTools import agl
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.statisticsPen import StatisticsPen
from fontTools.ttLib import TTFont

# Apple/Microsoft/TLWG private-use Thai glyph variants → the standard code point they are a form of.
TLWG_PUA = {
    0xF700: 0x0E10,
    0xF701: 0x0E34,
    0xF702: 0x0E35,
    0xF703: 0x0E36,
    0xF704: 0x0E37,
    0xF705: 0x0E48,
    0xF706: 0x0E49,
    0xF707: 0x0E4A,
    0xF708: 0x0E4B,
    0xF709: 0x0E4C,
    0xF70A: 0x0E48,
    0xF70B: 0x0E49,
    0xF70C: 0x0E4A,
    0xF70D: 0x0E4B,
    0xF70E: 0x0E4C,
    0xF70F: 0x0E0D,
    0xF710: 0x0E31,
    0xF711: 0x0E4D,
    0xF712: 0x0E47,
    0xF713: 0x0E48,
    0xF714: 0x0E49,
    0xF715: 0x0E4A,
    0xF716: 0x0E4B,
    0xF717: 0x0E4C,
    0xF718: 0x0E38,
    0xF719: 0x0E39,
    0xF71A: 0x0E3A,
}

_NIKHAHIT = "\u0e4d"
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"

OutlineKey = tuple[Any, ...]


def _rank(cp: int) -> tuple[int, int]:
    """Lower is better: a real character before a private-use or control one, then the lower code point."""
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return (3, cp)
    if 0xE000 <= cp <= 0xF8FF:
        return (2, cp)
    if cp == 0xA0 or 0x2000 <= cp <= 0x200F or cp == 0x25CC:  # spaces of other widths, dotted circle
        return (1, cp)
    return (0, cp)


def _thai_order(text: str) -> str:
    """Logical order for a ligature's text: a tone mark goes before the nikhahit (น้ำ = น ้ ํ า)."""
    chars = list(text)
    for i in range(len(chars) - 1):
        if chars[i] == _NIKHAHIT and chars[i + 1] in _TONES:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def _standard(cp: int) -> str:
    """The text a code point of a font's cmap stands for: TLWG private-use forms become the Thai character,
    presentation-form ligatures (ﬁ, ﬂ, ﬀ …) their letters, so that "Office" is found as typed."""
    if cp == 0xA0:  # the renderer sets no-break spaces to keep words on one line where the text has spaces
        return " "
    if 0xFB00 <= cp <= 0xFB06:
        return unicodedata.normalize("NFKC", chr(cp))
    return chr(TLWG_PUA.get(cp, cp))


def glyph_texts(font: TTFont) -> dict[str, str]:
    """Glyph name → the text it represents, for every glyph whose text can be derived."""
    texts: dict[str, str] = {}
    ranked: dict[str, tuple[tuple[int, int], int]] = {}
    for cp, name in (font.getBestCmap() or {}).items():
        rank = _rank(cp)
        if name not in ranked or rank < ranked[name][0]:
            ranked[name] = (rank, cp)
    for name, (rank, cp) in ranked.items():
        if rank[0] < 3 or name not in texts:
            texts[name] = _standard(cp)
    if "GSUB" in font:
        for _ in range(4):  # substitutions chain (a ligature of a substituted glyph): iterate to a fixpoint
            if not _apply_gsub(font["GSUB"].table, texts):
                break
    for name in font.getGlyphOrder():
        if name not in texts:
            derived = "".join(_standard(ord(c)) for c in agl.toUnicode(name))
            if derived:
                texts[name] = _thai_order(derived)
    return texts


def _subtables(gsub: Any) -> Iterable[tuple[int, Any]]:
    if not gsub.LookupList:
        return
    for lookup in gsub.LookupList.Lookup:
        for subtable in lookup.SubTable:
            if lookup.LookupType == 7:
                yield subtable.ExtensionLookupType, subtable.ExtSubTable
            else:
                yield lookup.LookupType, subtable


def _apply_gsub(gsub: Any, texts: dict[str, str]) -> bool:
    changed = False

    def give(glyph: str, text: str) -> None:
        nonlocal changed
        if glyph not in texts and text:
            texts[glyph] = text
            changed = True

    for kind, sub in _subtables(gsub):
        if kind == 1:
            for src, dst in sub.mapping.items():
                if src in texts:
                    give(dst, texts[src])
        elif kind == 3:
            for src, alternates in sub.alternates.items():
                for dst in alternates:
                    if src in texts:
                        give(dst, texts[src])
        elif kind == 4:
            for first, ligatures in sub.ligatures.items():
                for lig in ligatures:
                    parts = [first, *lig.Component]
                    if all(p in texts for p in parts):
                        give(lig.LigGlyph, _thai_order("".join(texts[p] for p in parts)))
        elif kind == 2:
            for src, dsts in sub.mapping.items():
                src_text = texts.get(src, "")
                if len(dsts) == len(src_text):  # one character per output glyph
                    for dst, ch in zip(dsts, src_text, strict=True):
                        give(dst, ch)
    return changed


def outline_key(font: TTFont, glyph_name: str) -> OutlineKey:
    """Shape features of a glyph in units of 1/1000 em: contour count, advance, the bounds of the curves,
    and the area, centroid and spread of the filled shape.

    Qt re-encodes outlines when it subsets a font (other units per em, other points), so glyphs are matched
    by the geometry of the shape, which survives that, rather than by their points, which do not.
    """
    scale = 1000.0 / font["head"].unitsPerEm
    advance = font["hmtx"][glyph_name][0] * scale
    glyph = font["glyf"][glyph_name]
    if glyph.numberOfContours == 0:
        return (0, advance, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    glyphs = font.getGlyphSet()
    stats = StatisticsPen(glyphset=glyphs)
    bounds = BoundsPen(glyphs)
    glyphs[glyph_name].draw(stats)
    glyphs[glyph_name].draw(bounds)
    x0, y0, x1, y1 = bounds.bounds or (0, 0, 0, 0)
    contours = (
        glyph.numberOfContours if glyph.numberOfContours > 0 else len(glyph.getCoordinates(font["glyf"])[1])
    )
    area = math.copysign(math.sqrt(abs(stats.area)), stats.area)
    return (
        contours,
        *(v * scale for v in (advance / scale, x0, y0, x1, y1, area, stats.meanX, stats.meanY)),
        *(v * scale for v in (stats.stddevX, stats.stddevY)),
    )


MATCH_TOLERANCE = 20.0
"""Largest sum of differences (1/1000 em) between an embedded glyph and its source glyph."""


@dataclass(frozen=True)
class FontGlyphIndex:
    """Shape features → text for every glyph of one source font."""

    entries: tuple[tuple[OutlineKey, str], ...]

    def text_for(self, key: OutlineKey) -> str | None:
        best: tuple[float, str] | None = None
        for candidate, text in self.entries:
            if candidate[0] != key[0]:
                continue
            distance = sum(abs(a - b) for a, b in zip(candidate[1:], key[1:], strict=True))
            if distance <= MATCH_TOLERANCE and (best is None or distance < best[0]):
                best = (distance, text)
        return best[1] if best else None


@cache
def glyph_index(path: Path) -> FontGlyphIndex:
    """Built once per font file and process."""
    with TTFont(path) as font:
        if "glyf" not in font:
            return FontGlyphIndex(())
        texts = glyph_texts(font)
        entries: dict[OutlineKey, tuple[tuple[int, int], str]] = {}
        for name in font.getGlyphOrder():
            text = texts.get(name)
            if not text:
                continue
            key = tuple(round(v, 1) for v in outline_key(font, name))
            # glyphs with the same geometry look the same: keep the most standard text
            rank = (_rank(ord(text[0]))[0], len(text))
            if key not in entries or rank < entries[key][0]:
                entries[key] = (rank, text)
    return FontGlyphIndex(tuple((key, text) for key, (_rank_, text) in entries.items()))
