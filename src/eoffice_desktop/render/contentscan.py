"""Follow a page's content stream and tell, for every text-showing operator, which drawn line it belongs to.

The renderer records every line it draws (text, box, glyphs); this module finds those lines again in the
PDF Qt wrote, by the position of each glyph.
"""

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pikepdf

log = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
GlyphRun = tuple[str, tuple[int, ...]]
"""A face key (see :func:`eoffice_desktop.render.letter`) and the source-font glyph ids drawn with it."""

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SHOW_OPERATORS = {"Tj", "TJ", "'", '"'}
_SLACK = 2.0  # points around a line box


@dataclass(frozen=True)
class DrawnLine:
    """One line as drawn: its text, its box in PDF points (origin bottom-left) and its glyph runs."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    runs: tuple[GlyphRun, ...] = field(default=())

    def distance(self, x: float, y: float) -> float:
        """0 inside the box, else how far outside (in points)."""
        return max(self.x0 - x, x - self.x1, 0.0) + max(self.y0 - y, y - self.y1, 0.0)


@dataclass(slots=True)
class Shown:
    """A text-showing operator: its byte span in the content stream (operands included), its line, its font
    resource and its codes."""

    start: int
    end: int
    line: int | None
    font: str
    cids: tuple[int, ...]


@dataclass(frozen=True)
class PageScan:
    content: bytes  # the page's content stream, decoded
    lines: list[DrawnLine]
    shown: list[Shown]

    def by_line(self) -> dict[int, list[Shown]]:
        grouped: dict[int, list[Shown]] = {}
        for item in self.shown:
            if item.line is not None:
                grouped.setdefault(item.line, []).append(item)
        return grouped


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


_TOKEN = re.compile(
    rb"""(?P<ws>\s+|%[^\r\n]*)
    |(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
    |(?P<name>/[^\s/\[\]<>(){}%]*)
    |(?P<dict><<|>>)
    |(?P<hex><[0-9A-Fa-f\s]*>)
    |(?P<str>\((?:\\.|[^\\()])*\))
    |(?P<arr>[\[\]])
    |(?P<op>[A-Za-z'"*][A-Za-z0-9'"*]*)""",
    re.VERBOSE,
)


class _Unsupported(Exception):
    """Content the fast tokenizer does not handle (inline images, nested strings): use pikepdf's parser."""


def _tokens(content: bytes) -> Iterator[tuple[int, int, list[Any], str]]:
    """(start, end, operands, operator) for every operator; strings come as bytes, names as str."""
    operands: list[Any] = []
    start = -1
    stack: list[list[Any]] = []
    pos = 0
    size = len(content)
    while pos < size:
        match = _TOKEN.match(content, pos)
        if match is None:
            raise _Unsupported(f"unexpected byte at {pos}")
        kind = match.lastgroup
        pos = match.end()
        if kind == "ws":
            continue
        if start < 0:
            start = match.start()
        text = match.group()
        target = stack[-1] if stack else operands
        if kind == "num":
            target.append(float(text))
        elif kind == "name":
            target.append(text.decode("latin-1"))
        elif kind == "hex":
            digits = re.sub(rb"\s", b"", text[1:-1])
            target.append(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii")))
        elif kind == "str":
            target.append(text[1:-1])
        elif kind in ("arr", "dict"):
            if text in (b"[", b"<<"):
                stack.append([])
            elif stack:
                inner = stack.pop()
                (stack[-1] if stack else operands).append(inner)
        elif kind == "op":
            if text == b"BI":
                raise _Unsupported("inline image")
            yield start, pos, operands, text.decode("latin-1")
            operands, start = [], -1


def _nearest_line(lines: Sequence[DrawnLine], x: float, y: float, hint: int | None) -> int | None:
    """The line whose box holds (x, y), or is nearest within the slack. ``hint``: the previous glyph's line,
    which holds the next glyph nearly always."""
    if hint is not None and lines[hint].distance(x, y) == 0.0:
        return hint
    best = min(range(len(lines)), key=lambda i: lines[i].distance(x, y), default=None)
    return best if best is not None and lines[best].distance(x, y) <= _SLACK else None


_N = rb"([+-]?(?:\d+\.?\d*|\.\d+))"


def scan_content(content: bytes, lines: Sequence[DrawnLine]) -> list[Shown]:
    """Follow the graphics and text state; two-byte codes (Identity-H, as Qt writes them)."""
    shown: list[Shown] = []
    ctm, stack = _IDENTITY, []
    tm = tlm = _IDENTITY
    leading = 0.0
    font = ""
    hint: int | None = None
    for start, end, operands, op in _tokens(content):
        if op == "Td":
            tx, ty = operands
            tm = tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
        elif op in SHOW_OPERATORS:
            x, y = _mul(tm, ctm)[4:]
            last = operands[-1] if operands else b""
            raw = b"".join(o for o in last if isinstance(o, bytes)) if isinstance(last, list) else last
            cids = tuple(int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw) - 1, 2))
            hint = _nearest_line(lines, x, y, hint)
            shown.append(Shown(start, end, hint, font, cids))
        elif op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else _IDENTITY
        elif op == "cm":
            ctm = _mul(_matrix(operands), ctm)
        elif op == "BT":
            tm = tlm = _IDENTITY
        elif op == "Tf":
            font = str(operands[0])
        elif op == "Tm":
            tm = tlm = _matrix(operands)
        elif op == "TD":
            tx, ty = operands
            leading = -ty
            tm = tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
        elif op == "TL":
            leading = float(operands[0])
        elif op == "T*":
            tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
    return shown


_SHOW_FAST = re.compile(
    rb"(?<![\w/])(?:/([^\s/\[\]<>(){}%]+)\s+" + _N + rb"\s+Tf|<([0-9A-Fa-f]*)>\s*Tj)(?![\w*])"
)
MOVE = re.compile(rb"\s*" + _N + rb"\s+" + _N + rb"\s+Td\s*")
"""A lone ``dx dy Td`` between two glyphs (how Qt positions each glyph)."""


def scan_in_order(content: bytes, lines: Sequence[DrawnLine]) -> list[Shown] | None:
    """Deal the codes drawn on a page out to its lines in drawing order: Qt writes glyphs in the order they
    are drawn, and each line knows how many glyphs it has. None when the counts do not add up (then glyphs
    are placed by position instead)."""
    if b"(" in content or b"TJ" in content:
        return None
    expected = [sum(len(gids) for _face, gids in line.runs) for line in lines]
    shown: list[Shown] = []
    append = shown.append  # a page holds a thousand glyphs or so: the loop is kept lean
    font = ""
    line, left = 0, expected[0] if expected else 0
    last = len(expected) - 1
    for match in _SHOW_FAST.finditer(content):
        name, _size, hexcodes = match.groups()
        if name is not None:
            font = "/" + name.decode("latin-1")
            continue
        if len(hexcodes) == 4:  # Qt shows one glyph per operator
            cids: tuple[int, ...] = (int(hexcodes, 16),)
        else:
            cids = tuple(int(hexcodes[i : i + 4], 16) for i in range(0, len(hexcodes) - 3, 4))
        while left == 0 and line < last:
            line += 1
            left = expected[line]
        count = len(cids)
        if count > left:
            return None
        left -= count
        start, end = match.span()
        append(Shown(start, end, line, font, cids))
    if line != last or left:
        return None
    return shown


def scan_page(pdf: pikepdf.Pdf, page: pikepdf.Page, lines: Sequence[DrawnLine]) -> PageScan:
    page.contents_coalesce()
    content = page.obj.Contents.read_bytes()
    in_order = scan_in_order(content, lines) if all(line.runs for line in lines) else None
    if in_order is not None:
        return PageScan(content, list(lines), in_order)
    log.debug("glyphs of page %d placed by position", page.index + 1)
    try:
        shown = scan_content(content, lines)
    except _Unsupported as why:
        log.debug("content stream needs the full parser: %s", why)
        content = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(page))
        page.obj.Contents = pdf.make_stream(content)
        shown = scan_content(content, lines)  # unparsed output has no inline images left unsupported
    return PageScan(content, list(lines), shown)


def scan_pages(pdf: pikepdf.Pdf, lines: Sequence[DrawnLine]) -> list[PageScan]:
    return [scan_page(pdf, page, [ln for ln in lines if ln.page == n]) for n, page in enumerate(pdf.pages)]


def page_fonts(page: pikepdf.Page) -> dict[str, pikepdf.Dictionary]:
    """Font resource name → font dictionary."""
    resources = page.obj.get("/Resources")
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    if not isinstance(fonts, pikepdf.Dictionary):
        return {}
    return {str(name): font for name, font in fonts.items() if isinstance(font, pikepdf.Dictionary)}
