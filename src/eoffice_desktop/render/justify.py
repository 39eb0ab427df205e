"""Thai distributed justification of body paragraphs: every line but a paragraph's last fills its column.

Qt's own justification stretches spaces only, and Thai puts spaces between phrases, not words: a line with
one or two spaces gets holes. Here, as Word's "Thai Distributed" does, the room left at the end of a line
goes first to its spaces (up to :data:`SPACE_CAP` each), then evenly between its clusters, and never inside
one: a base character keeps its marks (upper and lower vowels, tone marks, sara am), and a leading vowel
(เ แ โ ใ ไ) stays with the consonant after it.

The document is laid out left-aligned as before, so lines break where they did; only the drawing moves the
glyphs of a line: each glyph by the room given to the gaps before its cluster. Qt gives every glyph of a
shaped cluster the string index of the cluster's first character (measured: ที่น้ำ → 0, 0, 0, 3, 3, 3 in
Sarabun, and alike in Laksaman, which draws น้ำ in four glyphs), so a mark cannot move off its base.

Extraction: text extractors read a gap between two glyphs as a word break once it is wide enough. Measured
(Sarabun 16 pt, poppler 22.12 pdftotext, pdftotext -raw, PyMuPDF; a line of 30 gaps and no space, every gap
widened alike): pdftotext reads a space at 0.10 of the font size (0.09 comes back exact), -raw and MuPDF
still none at 0.12. So a gap between clusters takes at most :data:`GAP_CAP` (0.08); what a line cannot take
within the caps goes to its spaces. A space grows by at most :data:`SPACE_LIMIT` (0.6): MuPDF starts a new
line at a gap of 0.8 of the font size (measured on the news example: 0.75 one line, 0.8 two, and its text
then had a line break for the space; poppler kept one line up to 3). What is left stays at the line's end:
on the bundled examples 5 of 77 distributed lines end short, by 2 to 13 pt (lines with no space or one,
before a long word).

A space after a cluster that ends with a mark (ที่ ผู้, ส์ …) moves with the word after it, so that the room
is added before the space glyph: the ActualText repair (see :mod:`eoffice_desktop.render.actualtext`) puts
such a space in the span of the cluster before it, and room after the span read as a second space in
pdftotext (measured: "อิเล็กทรอนิกส์  สำหรับ"). Elsewhere the room goes after the space glyph.
"""

import logging
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGlyphRun, QPainter, QTextFormat, QTextLayout, QTextLine

from eoffice_desktop.render.nobreak import GLUE, NBSP
from eoffice_desktop.render.units import to_pt

log = logging.getLogger(__name__)

JUSTIFY_PROPERTY = int(QTextFormat.Property.UserProperty) + 0x4A5
"""A block format property: true on the blocks of a paragraph set Thai distributed."""

SPACE_CAP = 0.25
"""The most a space takes before the gaps between clusters take any, as a share of the font size."""

SPACE_LIMIT = 0.6
"""The most a space ever takes, as a share of the font size."""

GAP_CAP = 0.08
"""The most a gap between two clusters takes, as a share of the font size."""

SHORT_LOGGED = 0.05
"""A line that ends short of its column by more than this share of the font size is logged."""

_MARKS = {chr(c) for c in (0x0E31, *range(0x0E33, 0x0E3B), *range(0x0E47, 0x0E4F))}
_LEADING = set("เแโใไ")
_SPACES = {" ", NBSP}


def _joins_previous(ch: str) -> bool:
    """Whether ``ch`` belongs to the cluster before it (a Thai mark, sara am, any combining mark)."""
    return ch in _MARKS or unicodedata.combining(ch) != 0


def gap_offsets(text: str, start: int, end: int, slack: float, size: float) -> dict[int, float]:
    """How far each character of ``text[start:end]`` moves right so that the line takes ``slack`` more
    room: {string index: offset}, only for characters that move. ``size`` is the font size in the same
    units as ``slack``. Characters after the last visible one (trailing spaces) do not count."""
    last = end
    while last > start and text[last - 1] in _SPACES:
        last -= 1
    if slack <= 0 or last - start < 2:
        return {}
    spaces: list[int] = []  # the characters the room given to a space goes before
    gaps: list[int] = []  # the characters a gap between clusters goes before
    for i in range(start + 1, last):
        ch, before = text[i], text[i - 1]
        if ch in _SPACES and _joins_previous(before):
            spaces.append(i)  # the space moves with the next word (see the module's docstring)
        elif before in _SPACES:
            if ch not in _SPACES and (not spaces or spaces[-1] != i - 1):
                spaces.append(i)
        elif ch in _SPACES or ch == GLUE or _joins_previous(ch) or before in _LEADING:
            continue
        else:
            gaps.append(i)
    per_space = min(slack / len(spaces), SPACE_CAP * size) if spaces else 0.0
    rest = slack - per_space * len(spaces)
    per_gap = min(rest / len(gaps), GAP_CAP * size) if gaps else 0.0
    rest -= per_gap * len(gaps)
    if spaces and rest > 0:  # past the cap: the gaps between clusters are full
        per_space = min(per_space + rest / len(spaces), SPACE_LIMIT * size)
    added = {i: per_space for i in spaces} | {i: per_gap for i in gaps}
    offsets: dict[int, float] = {}
    shift = 0.0
    for i in range(start + 1, end):
        shift += added.get(i, 0.0)
        if shift:
            offsets[i] = shift
    return offsets


def justified_runs(line: QTextLine, text: str) -> list[QGlyphRun]:
    """The glyph runs of ``line`` (of a layout whose text is ``text``), moved to fill the line's width."""
    flags = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    runs = line.glyphRuns(-1, -1, flags)
    start, end = line.textStart(), line.textStart() + line.textLength()
    last = end
    while last > start and text[last - 1] in _SPACES:
        last -= 1
    found = line.cursorToX(last)  # PySide6: (x, position)
    natural = float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
    slack = line.x() + line.width() - natural
    size = max((run.rawFont().pixelSize() for run in runs), default=0.0)
    offsets = gap_offsets(text, start, end, slack, size)
    short = slack - max(offsets.values(), default=0.0)
    if short > size * SHORT_LOGGED:
        log.debug("a distributed line ends %.1f pt short: %r", to_pt(short), text[start:end])
    if not offsets:
        return runs
    for run in runs:
        indexes: Sequence[int] = run.stringIndexes()
        positions = run.positions()
        moved = [QPointF(p.x() + offsets.get(i, 0.0), p.y()) for p, i in zip(positions, indexes, strict=True)]
        run.setPositions(moved)
    return runs


def draw_justified(painter: QPainter, line: QTextLine, text: str, origin: QPointF) -> list[QGlyphRun]:
    """Draw ``line`` filling its width; returns the runs drawn."""
    runs = justified_runs(line, text)
    for run in runs:
        painter.drawGlyphRun(origin, run)
    return runs
