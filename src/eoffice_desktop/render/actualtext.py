"""Mark Thai clusters with their exact text (``/ActualText``) so that extraction does not depend on how the
glyphs were shaped or positioned.

The repaired ToUnicode maps give every glyph its characters, but two things still go wrong without this:
text extractors that rebuild reading order from positions (poppler's default mode) move a zero-width Thai
mark behind the next consonant ("ผูอ้"), and a shaped sara am comes back as nikhahit + sara aa. The renderer
knows the text of every line it drew and where. This pass aligns each line's glyphs with that text, cluster
by cluster (a base character with its marks), and wraps every cluster of more than one glyph, or whose
glyphs' text differs from the source, in a marked-content span carrying the source text. Spans stay this
small on purpose: MuPDF distributes an ActualText over the glyphs it covers and handles small spans best.
"""

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf

from eoffice_desktop.render.contentscan import PageScan, page_fonts
from eoffice_desktop.render.tounicode import GlyphTexts

log = logging.getLogger(__name__)

_THAI_MARKS = {chr(c) for c in (0x0E31, *range(0x0E33, 0x0E3B), *range(0x0E47, 0x0E4F))}


@dataclass(slots=True)
class _Glyphs:
    """A text-showing operator (byte span in the stream) and the text its glyphs stand for."""

    start: int
    end: int
    text: str


def text_clusters(text: str) -> list[str]:
    """Split into clusters: a base character with the Thai marks (and sara am) that follow it."""
    clusters: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if clusters and (ch in _THAI_MARKS or unicodedata.combining(ch)):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


_TONE_AFTER_NIKHAHIT = re.compile("\u0e4d([\u0e48-\u0e4b])")


def _canon(text: str) -> str:
    """The form glyphs and text are compared in: sara am as nikhahit + sara aa, a tone mark before the
    nikhahit (as a shaping engine may order them), any whitespace as one space."""
    if text.isspace():
        return " "
    if "\u0e33" in text:
        text = text.replace("\u0e33", "\u0e4d\u0e32")
    if "\u0e4d" in text:
        text = _TONE_AFTER_NIKHAHIT.sub("\\1\u0e4d", text)
    return text


def _is_mark(glyph: _Glyphs) -> bool:
    """A zero-width mark glyph (tone marks, upper and lower vowels, their ligatures)."""
    return bool(glyph.text) and all(ch in _THAI_MARKS for ch in glyph.text)


def _units(text: str, glyphs: Sequence[_Glyphs]) -> list[tuple[int, int, str]] | None:
    """Match clusters of ``text`` with runs of glyphs: (first glyph, end glyph, source text) per unit; None
    if they cannot be matched up. Both sides are extended until their canonical forms meet, so a ligature
    glyph may cover two clusters (ฤๅ) and a cluster may need several glyphs (น้ำ: น, ้ํ, า)."""
    clusters = text_clusters(text)
    units = []
    c = g = 0
    while c < len(clusters):
        if g >= len(glyphs) or (clusters[c].isspace() and not glyphs[g].text.isspace()):
            if clusters[c].isspace():
                c += 1  # Qt drew no glyph for this space (e.g. at the end of a line)
                continue
            return None
        first = g
        source, shown = clusters[c], glyphs[g].text
        c, g = c + 1, g + 1
        while source != shown and _canon(source) != _canon(shown):
            want, have = _canon(source), _canon(shown)
            if want.startswith(have) and g < len(glyphs):
                shown += glyphs[g].text
                g += 1
            elif have.startswith(want) and c < len(clusters):
                source += clusters[c]
                c += 1
            else:
                return None
        units.append((first, g, source))
    return units if g == len(glyphs) else None


def _align(text: str, glyphs: Sequence[_Glyphs]) -> list[tuple[_Glyphs, _Glyphs, str]] | None:
    """Spans (first glyphs, last glyphs, source text) for the units that need one.

    A unit needs a span when it has several glyphs or its glyphs say something else than the source. A span
    that would end on a zero-width mark takes in the next unit: poppler places an ActualText between the
    first glyph and the end of the last glyph's advance, and a span ending on a mark would stop short of its
    base and read as a word break.
    """
    units = _units(text, glyphs)
    if units is None:
        return None
    spans = []
    i = 0
    while i < len(units):
        first, end, source = units[i]
        shown = "".join(g.text for g in glyphs[first:end])
        i += 1
        if end - first == 1 and shown == source:
            continue
        while _is_mark(glyphs[end - 1]) and i < len(units):
            _, end, more = units[i]
            source += more
            i += 1
        spans.append((glyphs[first], glyphs[end - 1], source))
    return spans


def _text_of(font: dict[int, str], cids: tuple[int, ...]) -> str:
    if len(cids) == 1:
        return font.get(cids[0], "")
    return "".join(font.get(c, "") for c in cids)


def _marker(text: str) -> bytes:
    return b"/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">>> BDC "


def add_actual_text(pdf: pikepdf.Pdf, scans: Sequence[PageScan], texts: GlyphTexts) -> int:
    """Add cluster spans to every page; returns how many. A line whose glyphs cannot be matched to its text
    keeps its ToUnicode text only (and is logged)."""
    spans = 0
    for number, (page, scan) in enumerate(zip(pdf.pages, scans, strict=True)):
        fonts = {name: texts.get(font.objgen, {}) for name, font in page_fonts(page).items()}
        inserts: list[tuple[int, int, bytes]] = []  # (offset, order, bytes): an EMC goes before a BDC
        for index, shown in scan.by_line().items():
            glyphs = [
                _Glyphs(s.start, s.end, "".join(fonts.get(s.font, {}).get(c, "") for c in s.cids))
                for s in shown
            ]
            aligned = _align(scan.lines[index].text, glyphs)
            if aligned is None:
                log.debug("page %d: glyphs of a line do not match its text; left to ToUnicode", number + 1)
                continue
            for first, last, text in aligned:
                inserts.append((first.start, 1, _marker(text)))
                inserts.append((last.end, 0, b" EMC"))
        if not inserts:
            continue
        inserts.sort(key=lambda item: (item[0], item[1]))
        pieces, previous = [], 0
        for offset, _order, data in inserts:
            pieces += [scan.content[previous:offset], data]
            previous = offset
        pieces.append(scan.content[previous:])
        page.obj.Contents = pdf.make_stream(b"".join(pieces))
        spans += len(inserts) // 2
    return spans
