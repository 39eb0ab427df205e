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

import functools
import itertools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf

from eoffice_desktop.render.contentscan import MOVE, PageScan, Shown, page_fonts
from eoffice_desktop.render.nobreak import GLUE
from eoffice_desktop.render.tounicode import GlyphTexts

log = logging.getLogger(__name__)

_THAI_MARKS = {chr(c) for c in (0x0E31, *range(0x0E33, 0x0E3B), *range(0x0E47, 0x0E4F))}


@dataclass(slots=True)
class _Glyphs:
    """A text-showing operator (byte span in the stream) and the text its glyphs stand for."""

    start: int
    end: int
    text: str
    shown: Shown


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


def _within(part: str, whole: str) -> bool:
    """Every character of ``part`` is still wanted by ``whole``, as multisets: TLWG fonts draw a tone mark
    before a lower vowel, so a partial cluster need not be a prefix (both in :func:`_canon` form)."""
    return Counter(part) <= Counter(whole)


def _is_mark(shown: str) -> bool:
    """Whether a glyph showing ``shown`` is a zero-width mark (tone marks, upper and lower vowels, their
    ligatures)."""
    return bool(shown) and all(ch in _THAI_MARKS for ch in shown)


def _units(text: str, glyphs: Sequence[str]) -> list[tuple[int, int, str]] | None:
    """Match clusters of ``text`` with runs of glyphs: (first glyph, end glyph, source text) per unit; None
    if they cannot be matched up. Both sides are extended until they hold the same characters, so a ligature
    glyph may cover two clusters (ฤๅ), a cluster may need several glyphs (น้ำ: น, ้ํ, า) and the marks of a
    cluster may come in any order."""
    clusters = text_clusters(text)
    units = []
    c = g = 0
    while c < len(clusters):
        if clusters[c] == GLUE:  # drawn as the font's invisible space, or not at all
            if g < len(glyphs) and glyphs[g].isspace():
                units.append((g, g + 1, GLUE))
                g += 1
            c += 1
            continue
        if g >= len(glyphs) or (clusters[c].isspace() and not glyphs[g].isspace()):
            if clusters[c].isspace():
                c += 1  # Qt drew no glyph for this space (e.g. at the end of a line)
                continue
            return None
        first = g
        source, shown = clusters[c], glyphs[g]
        c, g = c + 1, g + 1
        while source != shown:
            want, have = _canon(source), _canon(shown)
            if want == have or (len(want) == len(have) and sorted(want) == sorted(have)):
                break  # the same characters (a shaping engine may draw a cluster's marks in another order)
            if (want.startswith(have) or _within(have, want)) and g < len(glyphs):
                shown += glyphs[g]
                g += 1
            elif (have.startswith(want) or _within(want, have)) and c < len(clusters):
                source += clusters[c]
                c += 1
            else:
                return None
        units.append((first, g, source))
    return units if g == len(glyphs) else None


Unit = tuple[int, int, str]


@functools.lru_cache(maxsize=4096)
def _aligned(text: str, glyphs: tuple[str, ...]) -> tuple[tuple[Unit, ...], tuple[Unit, ...]] | None:
    """Spans (first glyph, last glyph, source text) for the units that need one, and the units, from the
    line's text and what each of its glyphs shows: the same line drawn again (a mail merge, a letterhead)
    is matched once.

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
        shown = glyphs[first] if end - first == 1 else "".join(glyphs[first:end])
        i += 1
        if source == GLUE or (
            end - first == 1 and (shown == source or (source == "\u00a0" and shown == " "))
        ):
            continue  # a no-break space, set to keep words on one line, reads as the space it stands for
        while (_is_mark(glyphs[end - 1]) or units[i - 1][2] == GLUE) and i < len(units):
            _, end, more = units[i]
            source += more
            i += 1
        spans.append((first, end - 1, source.replace(GLUE, "").replace("\u00a0", " ")))
    return tuple(spans), tuple(units)


def _number(value: float) -> bytes:
    return f"{value:.5f}".rstrip("0").rstrip(".").encode("ascii") if value else b"0"


def _in_text_order(content: bytes, source: str, glyphs: Sequence[_Glyphs]) -> bytes | None:
    """The unit's glyph operators, from the first glyph's ``Tj`` on, rewritten in the order of the text and
    drawn at the same places; None when they are in order already or cannot be moved.

    Qt positions each glyph with ``dx dy Td`` relative to the one before. The first glyph's own Td stays;
    the rewrite recomputes the moves between the glyphs and ends with a Td back to where the last original
    glyph stood, so what follows is unchanged.
    """
    if "".join(g.text for g in glyphs) == source:
        return None
    want = _canon(source)
    texts = [_canon(g.text) for g in glyphs]
    if "".join(texts) == want or not all(texts):
        return None
    positions = [(0.0, 0.0)]
    for before, after in itertools.pairwise(glyphs):
        move = MOVE.fullmatch(content, before.end, after.start)
        if move is None:
            return None
        x, y = positions[-1]
        positions.append((x + float(move[1]), y + float(move[2])))
    taken: set[int] = set()
    order: list[tuple[int, int]] = []
    for index, text in enumerate(texts):
        at = next((i for i in range(len(want)) if i not in taken and want.startswith(text, i)), None)
        if at is None:
            return None
        taken.update(range(at, at + len(text)))
        order.append((at, index))
    order.sort()
    if "".join(texts[i] for _, i in order) != want:
        return None
    out, x, y = [], 0.0, 0.0
    for _, index in order:
        px, py = positions[index]
        if (px, py) != (x, y):
            out.append(_number(px - x) + b" " + _number(py - y) + b" Td")
        out.append(b"<" + b"".join(b"%04X" % c for c in glyphs[index].shown.cids) + b"> Tj")
        x, y = px, py
    last_x, last_y = positions[-1]
    if (last_x, last_y) != (x, y):
        out.append(_number(last_x - x) + b" " + _number(last_y - y) + b" Td")
    return b"\n".join(out)


def _text_of(font: dict[int, str], cids: tuple[int, ...]) -> str:
    if len(cids) == 1:
        return font.get(cids[0], "")
    return "".join(font.get(c, "") for c in cids)


_NO_TEXTS: dict[int, str] = {}


@functools.lru_cache(maxsize=4096)
def _marker(text: str) -> bytes:
    return b"/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">>> BDC "


def add_actual_text(pdf: pikepdf.Pdf, scans: Sequence[PageScan], texts: GlyphTexts) -> int:
    """Add cluster spans to every page; returns how many. A line whose glyphs cannot be matched to its text
    keeps its ToUnicode text only (and is logged)."""
    spans = 0
    for number, (page, scan) in enumerate(zip(pdf.pages, scans, strict=True)):
        fonts = {name: texts.get(font.objgen, {}) for name, font in page_fonts(page).items()}
        # (offset, priority, bytes, resume at): at one offset an EMC closes before a BDC opens, and glyphs put
        # back in text order come last; the bytes they replace are skipped
        edits: list[tuple[int, int, bytes, int]] = []
        for index, shown in scan.by_line().items():
            shows = tuple(_text_of(fonts.get(s.font, _NO_TEXTS), s.cids) for s in shown)
            aligned = _aligned(scan.lines[index].text, shows)
            if aligned is None:
                log.debug("page %d: glyphs of a line do not match its text; left to ToUnicode", number + 1)
                continue
            line_spans, units = aligned
            for first, last, text in line_spans:
                start, end = shown[first].start, shown[last].end
                edits.append((start, 1, _marker(text), start))
                edits.append((end, 0, b" EMC", end))
            for first_index, end_index, source in units:
                if source == GLUE:  # an invisible glyph that only held two words together: gone
                    glue = shown[first_index]
                    edits.append((glue.start, 3, b"", glue.end))
                    continue
                if end_index - first_index < 2:
                    continue  # one glyph cannot be out of order
                unit = [
                    _Glyphs(s.start, s.end, t, s)
                    for s, t in zip(shown[first_index:end_index], shows[first_index:end_index], strict=True)
                ]
                rewritten = _in_text_order(scan.content, source, unit)
                if rewritten is not None:
                    edits.append((unit[0].start, 2, rewritten, unit[-1].end))
        if not edits:
            continue
        edits.sort(key=lambda edit: (edit[0], edit[1]))
        pieces, position = [], 0
        for offset, _priority, data, resume in edits:
            pieces += [scan.content[position:offset], data]
            position = max(offset, resume)
        pieces.append(scan.content[position:])
        page.obj.Contents = pdf.make_stream(b"".join(pieces))
        spans += sum(1 for edit in edits if edit[1] == 1)
    return spans
