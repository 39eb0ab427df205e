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
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pikepdf

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.render.tounicode import GlyphTexts

log = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
Instruction = pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SHOW = {"Tj", "TJ", "'", '"'}
_SLACK = 2.0  # points around a line box
_THAI_MARKS = {chr(c) for c in (0x0E31, *range(0x0E33, 0x0E3B), *range(0x0E47, 0x0E4F))}


@dataclass(frozen=True)
class DrawnLine:
    """One line as drawn: its text and box in PDF points (origin bottom-left)."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def distance(self, x: float, y: float) -> float:
        """0 inside the box, else how far outside (in points)."""
        return max(self.x0 - x, x - self.x1, 0.0) + max(self.y0 - y, y - self.y1, 0.0)


def _nearest_line(lines: Sequence[DrawnLine], x: float, y: float) -> int | None:
    best = min(range(len(lines)), key=lambda i: lines[i].distance(x, y), default=None)
    return best if best is not None and lines[best].distance(x, y) <= _SLACK else None


@dataclass(frozen=True)
class _Glyphs:
    """A text-showing instruction: where it is in the stream, which line it belongs to, what it says."""

    index: int
    line: int | None
    text: str


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (PDF row-vector convention: apply m, then n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _matrix(operands: Sequence[Any]) -> Matrix:
    a, b, c, d, e, f = (float(o) for o in operands)
    return (a, b, c, d, e, f)


def _shown_bytes(op: str, operands: Sequence[Any]) -> bytes:
    if op == "TJ":
        return b"".join(bytes(o) for o in operands[0] if isinstance(o, pikepdf.String))
    string = operands[-1]
    return bytes(string) if isinstance(string, pikepdf.String) else b""


def _scan(
    instructions: Sequence[Instruction],
    lines: Sequence[DrawnLine],
    fonts: dict[str, dict[int, str]],
) -> list[_Glyphs]:
    """Follow the graphics and text state; for each text-showing instruction, its line and its text."""
    out: list[_Glyphs] = []
    ctm, stack = _IDENTITY, []
    tm = tlm = _IDENTITY
    leading = 0.0
    font: dict[int, str] = {}
    for index, instruction in enumerate(instructions):
        op = str(instruction.operator)
        operands: list[Any] = list(instruction.operands)
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else _IDENTITY
        elif op == "cm":
            ctm = _mul(_matrix(operands), ctm)
        elif op == "BT":
            tm = tlm = _IDENTITY
        elif op == "Tf":
            font = fonts.get(str(operands[0]), {})
        elif op == "Tm":
            tm = tlm = _matrix(operands)
        elif op in ("Td", "TD"):
            tx, ty = (float(o) for o in operands)
            if op == "TD":
                leading = -ty
            tm = tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
        elif op == "TL":
            leading = float(operands[0])
        elif op == "T*":
            tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
        elif op in _SHOW:
            x, y = _mul(tm, ctm)[4:]
            line = _nearest_line(lines, x, y)
            raw = _shown_bytes(op, operands)
            cids = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw) - 1, 2)]
            out.append(_Glyphs(index, line, "".join(font.get(cid, "") for cid in cids)))
    return out


def text_clusters(text: str) -> list[str]:
    """Split into clusters: a base character with the Thai marks (and sara am) that follow it."""
    clusters: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if clusters and (ch in _THAI_MARKS or unicodedata.combining(ch)):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _canon(text: str) -> str:
    return " " if text.isspace() else canonical_thai(text)


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
        while _canon(source) != _canon(shown):
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


def _align(text: str, glyphs: Sequence[_Glyphs]) -> list[tuple[int, int, str]] | None:
    """Spans (first instruction, last instruction, source text) for the units that need one.

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
        spans.append((glyphs[first].index, glyphs[end - 1].index, source))
    return spans


def _font_maps(page: pikepdf.Page, glyph_texts: GlyphTexts) -> dict[str, dict[int, str]]:
    resources = page.obj.get("/Resources")
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    if not isinstance(fonts, pikepdf.Dictionary):
        return {}
    return {str(name): glyph_texts.get(font.objgen, {}) for name, font in fonts.items()}


def add_actual_text(pdf: pikepdf.Pdf, lines: Sequence[DrawnLine], glyph_texts: GlyphTexts) -> int:
    """Add cluster spans to every page; returns how many. A line whose glyphs cannot be matched to its text
    is left with its ToUnicode text only (and logged)."""
    spans = 0
    for number, page in enumerate(pdf.pages):
        page_lines = [ln for ln in lines if ln.page == number]
        if not page_lines:
            continue
        instructions = list(pikepdf.parse_content_stream(page))
        scanned = _scan(instructions, page_lines, _font_maps(page, glyph_texts))
        opens: dict[int, str] = {}
        closes: set[int] = set()
        for line_index, line in enumerate(page_lines):
            glyphs = [s for s in scanned if s.line == line_index]
            aligned = _align(line.text, glyphs)
            if aligned is None:
                log.debug("page %d: glyphs of a line do not match its text; left to ToUnicode", number + 1)
                continue
            for first, last, text in aligned:
                opens[first] = text
                closes.add(last)
        if not opens:
            continue
        out: list[Instruction] = []
        for index, instruction in enumerate(instructions):
            if index in opens:
                props = pikepdf.Dictionary(ActualText=pikepdf.String(opens[index]))
                out.append(
                    pikepdf.ContentStreamInstruction([pikepdf.Name.Span, props], pikepdf.Operator("BDC"))
                )
            out.append(instruction)
            if index in closes:
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC")))
        spans += len(opens)
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return spans
