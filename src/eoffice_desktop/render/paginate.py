"""Split a laid-out letter into A4 pages at line boundaries, keeping the closing and signature together."""

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout

from eoffice_desktop.render.builder import BASELINE_PROPERTY, PITCH_PROPERTY, TAIL_STATE, BuiltDocument, Cell
from eoffice_desktop.render.justify import JUSTIFY_PROPERTY
from eoffice_desktop.render.units import Geometry

TAIL_COMPANION_LINES = 2
"""Lines of body text that move with the closing to the last page (never a closing alone on a page)."""


@dataclass(frozen=True)
class PlacedLine:
    block: int
    layout: QTextLayout
    line: int
    text: str  # the line's own text
    origin: QPointF  # the block's top-left in document coordinates
    top: float  # of the line's box: from here to ``bottom`` no other line's box reaches
    bottom: float
    tail: bool
    column: tuple[float, float]  # left and right edge of the column the line is set in
    doc: QTextDocument | None = None  # the document (the body, or a row's cell) the block belongs to
    justified: bool = False  # drawn filling its column (a distributed paragraph's line, not its last)
    drop: float = 0.0  # how far below its place in the layout the line is drawn (see :func:`_box`)

    @property
    def baseline(self) -> float:
        line = self.layout.lineAt(self.line)
        return self.origin.y() + line.y() + line.ascent() + self.drop


@dataclass
class Page:
    start: float  # document y at the top of this page's body
    lines: list[PlacedLine]


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _box(block: QTextBlock, index: int, origin: QPointF) -> tuple[float, float, float]:
    """Top and bottom of line ``index`` of ``block`` and how far its glyphs are to be moved down.

    A block with a pitch of its own (see :meth:`DocumentBuilder.set_pitch`) has its lines one pitch apart from
    its top, the baseline the block's distance below each line's top; Qt puts the baseline elsewhere in a line
    of fixed height, so the glyphs are moved there when drawn. Other blocks keep Qt's lines."""
    line = block.layout().lineAt(index)
    fmt = block.blockFormat()
    pitch = fmt.doubleProperty(PITCH_PROPERTY)
    laid = origin.y() + line.y()
    if not pitch:
        return laid, laid + line.height(), 0.0
    top = origin.y() + index * pitch
    return top, top + pitch, top + fmt.doubleProperty(BASELINE_PROPERTY) - (laid + line.ascent())


def _lines(doc: QTextDocument, offset: QPointF, rows: dict[int, list[Cell]] | None) -> list[PlacedLine]:
    column = (offset.x(), offset.x() + doc.textWidth())
    layout = doc.documentLayout()
    out = []
    for block in _blocks(doc):
        rect = layout.blockBoundingRect(block)
        origin = rect.topLeft() + offset
        if rows and block.blockNumber() in rows:  # a row: its cells side by side, from the spacer's top
            for cell in rows[block.blockNumber()]:
                out.extend(_lines(cell.doc, QPointF(offset.x() + cell.left, origin.y()), None))
            continue
        text_layout = block.layout()
        block_text = block.text()  # the layout's own text() is empty for document blocks
        tail = block.userState() >= 0 and bool(block.userState() & TAIL_STATE)
        distributed = bool(block.blockFormat().boolProperty(JUSTIFY_PROPERTY))
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top, bottom, drop = _box(block, i, origin)
            text = block_text[line.textStart() : line.textStart() + line.textLength()]
            out.append(
                PlacedLine(
                    block.blockNumber(),
                    text_layout,
                    i,
                    text,
                    origin,
                    top,
                    bottom,
                    tail,
                    column,
                    doc,
                    distributed and i < text_layout.lineCount() - 1,
                    drop,
                )
            )
    return out


def placed_lines(built: BuiltDocument) -> list[PlacedLine]:
    out = _lines(built.doc, QPointF(0, 0), built.rows)
    out.sort(key=lambda p: (p.top, p.origin.x()))
    return out


def _split(lines: list[PlacedLine], geometry: Geometry, forced: set[float]) -> list[Page]:
    pages = [Page(0.0, [])]
    for line in lines:
        page = pages[-1]
        overflow = line.bottom - page.start > geometry.available(len(pages) - 1)
        if (overflow or line.top in forced) and line.top > page.start and page.lines:
            pages.append(Page(line.top, []))
        pages[-1].lines.append(line)
    return pages


def page_breaks(built: BuiltDocument, lines: list[PlacedLine]) -> set[float]:
    """Where an element that begins a new page starts: the top of its first line."""
    starts = set(built.page_starts)
    return {line.top for line in lines if line.doc is built.doc and line.block in starts and line.line == 0}


def paginate(lines: list[PlacedLine], geometry: Geometry, breaks: set[float] | None = None) -> list[Page]:
    """Pages of ``lines``, a new one at each of ``breaks`` and wherever a page is full."""
    forced = set(breaks or ())
    pages = _split(lines, geometry, forced)
    tail = [line for line in lines if line.tail]
    if not tail:
        return pages
    tail_pages = sorted({i for i, page in enumerate(pages) for line in page.lines if line.tail})
    first = lines.index(tail[0])
    before = [line for line in lines[:first] if line.top < tail[0].top]
    opens = pages[tail_pages[0]].lines[0].tail and tail[0].top not in forced  # the tail starts the page
    if len(tail_pages) <= 1 and not (opens and before):
        return pages
    # the tail straddles a page break, or stands alone at the top of a page: start a page a few body lines
    # before it
    starts = sorted({line.top for line in before})
    cut = starts[-TAIL_COMPANION_LINES] if len(starts) >= TAIL_COMPANION_LINES else tail[0].top
    return _split(lines, geometry, forced | {cut})
