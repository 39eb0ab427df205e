"""Build the body of a letter as a QTextDocument from a template's elements and the letter's values."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from eoffice_desktop.domain.official_fonts import LINE_PITCH, WIN_ASCENT
from eoffice_desktop.domain.thai import thai_digits
from eoffice_desktop.render.blanks import Blank, shown_blanks
from eoffice_desktop.render.formatting import MissingValue, fill, lookup
from eoffice_desktop.render.justify import JUSTIFY_PROPERTY
from eoffice_desktop.render.nobreak import GLUE, NBSP, keep_together, line_boundaries
from eoffice_desktop.render.units import Geometry, cm, pt
from eoffice_desktop.templates.model import SIGNER_FIELD, Align, Anchor, Element, ElementType, PageSpec

ROW_GAP_CM = 0.5
"""Least space between two cells of a row."""

LABEL_GAP = "  "
"""Between a label and its text (เรื่อง  …, เรียน  …)."""

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
    Align.THAI_DISTRIBUTED: Qt.AlignmentFlag.AlignLeft,  # laid out left; the drawing fills the lines
}

DEFAULT_NUMBERED = "{n}. {item}"
"""One entry of a list of several, unless the element says otherwise."""

DEFAULT_INITIALS_LABEL = "ลงนามย่อ"
DEFAULT_INITIALS_WIDTH_CM = 4.0
DEFAULT_INITIALS_HEIGHT_CM = 1.0

DEFAULT_STAMP_LABEL = "ตราชื่อส่วนราชการ"
DEFAULT_STAMP_CM = 4.5
"""The outer circle of a department's stamp (ข้อ 72: two circles, 4.5 and 3.5 cm across)."""

_AXIS_TYPES = (ElementType.LINE, ElementType.LINES, ElementType.SIGNATURE, ElementType.STAMP)

SUBJECT_PLACEHOLDER = "{subject}"
"""A line element showing this is the letter's subject (เรื่อง): its last line never holds one short word."""

ORPHAN_WIDTH = 0.25
"""A last line narrower than this share of the column, holding one word, is an orphan."""

TAIL_STATE = 1 << 20
"""Added to a block's user state when it belongs to the letter's tail (closing, signature and after)."""

PITCH_PROPERTY = int(QTextFormat.Property.UserProperty) + 0x4A6
"""A block format property: the distance from one line of the block to the next, device units (the block's
lines are laid out that far apart, see :meth:`DocumentBuilder.set_pitch`)."""

BASELINE_PROPERTY = int(QTextFormat.Property.UserProperty) + 0x4A7
"""A block format property: how far below the top of each of its lines the block's baseline lies, device
units. Qt puts it at four fifths of a fixed line height; the painter moves the glyphs up to this."""


@dataclass
class SignatureSpot:
    """Where the signature goes: the reserved space above the signer's name."""

    name_block: int  # block number of "(name)"
    space: float  # height of the reserved space, device units
    left: float  # relative to the text area
    width: float
    field_name: str = SIGNER_FIELD  # the PDF signature field reserved there


@dataclass
class InitialsSpots:
    """The initials (ลงนามย่อ) spots of the people a letter passes through: drawn in the bottom margin of the
    last page, outside the text area, so the body keeps its regulation layout."""

    field_names: list[str]
    labels: list[str]  # under each spot: the reviewer the letter names, else the template's label
    width: float  # of one spot, device units
    height: float


@dataclass
class StampSpot:
    """The space kept for a department's stamp: a circle above block ``block``, its label inside."""

    block: int
    centre: float  # x of the circle's centre, relative to the text area
    diameter: float
    label: str


@dataclass
class Rule:
    block: int
    width: float


@dataclass(frozen=True)
class Leader:
    """A dotted line under the lines of block ``block`` of ``doc``, from after its first ``label`` characters
    (the label) to the end of its column: drawn, so the text extracts without it."""

    doc: QTextDocument
    block: int
    label: int


@dataclass
class Cell:
    """One cell of a row: a document of its own, drawn beside the others over a spacer block."""

    doc: QTextDocument
    left: float


@dataclass
class BuiltDocument:
    doc: QTextDocument
    signature: SignatureSpot | None = None
    initials: InitialsSpots | None = None
    rules: list[Rule] = field(default_factory=list)
    rows: dict[int, list[Cell]] = field(default_factory=dict)  # spacer block number → its cells
    blanks: list[Blank] = field(default_factory=list)  # number and date left for the saraban desk
    page_starts: list[int] = field(default_factory=list)  # blocks that begin a new page
    leaders: list[Leader] = field(default_factory=list)
    stamps: list[StampSpot] = field(default_factory=list)


_VERTICAL_SCALES: dict[int, float] = {}


def vertical_scale(device: QPaintDevice) -> float:
    """Measured once per device resolution (see :func:`_measure_vertical_scale`)."""
    dpi = device.logicalDpiY()
    if dpi not in _VERTICAL_SCALES:
        _VERTICAL_SCALES[dpi] = _measure_vertical_scale(device)
    return _VERTICAL_SCALES[dpi]


def _measure_vertical_scale(device: QPaintDevice) -> float:
    """How much Qt's text layout scales vertical block margins on ``device`` (device DPI / screen DPI).

    Left margins and indents are taken as device units, top margins are scaled: margins are divided by this
    factor so that every length this module sets is in device units.
    """
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    cursor = QTextCursor(doc)
    cursor.insertText("x")
    fmt = QTextBlockFormat()
    fmt.setTopMargin(1000)
    cursor.insertBlock(fmt)
    cursor.insertText("x")
    layout = doc.documentLayout()
    first = layout.blockBoundingRect(doc.begin())
    second = layout.blockBoundingRect(doc.begin().next())
    return (second.top() - first.bottom()) / 1000


class DocumentBuilder:
    def __init__(
        self,
        device: QPaintDevice,
        family: str,
        page: PageSpec,
        geometry: Geometry,
        width: float | None = None,
    ) -> None:
        self.device = device
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        self.vscale = vertical_scale(device)
        self.width = geometry.text_width if width is None else width
        self.family = family
        self.page = page
        self.geometry = geometry
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setTextWidth(self.width)
        self.doc.setUndoRedoEnabled(False)
        self.cursor = QTextCursor(self.doc)
        self._fresh = True  # the cursor sits in an empty first block (of the document or of a cell)
        self._state = 0
        self._axis: float | None = None  # the left edge the element being added shares with its group
        self._below_row = 0.0  # a row's height below its spacer's line, owed to the next block's top margin
        self.result = BuiltDocument(self.doc)

    # fonts and formats -------------------------------------------------------------------------------
    def font(self, size_pt: float = 0.0, bold: bool = False) -> QFont:
        key = (size_pt or self.page.font_size_pt, bold)
        font = self._fonts.get(key)
        if font is None:
            font = self._fonts[key] = QFont(self.family)
            font.setPointSizeF(key[0])
            font.setBold(bold)
        return font

    def metrics(self, size_pt: float = 0.0, bold: bool = False) -> QFontMetricsF:
        key = (size_pt or self.page.font_size_pt, bold)
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetricsF(self.font(size_pt, bold), self.device)
        return metrics

    def char_format(self, size_pt: float = 0.0, bold: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self.font(size_pt, bold))
        return fmt

    def width_of(self, text: str, size_pt: float = 0.0, bold: bool = False) -> float:
        return self.metrics(size_pt, bold).horizontalAdvance(text)

    def line_height(self, size_pt: float = 0.0) -> float:
        """The pitch of lines of ``size_pt`` type: Word's single spacing of the official design."""
        return pt((size_pt or self.page.font_size_pt) * LINE_PITCH)

    def set_pitch(self, fmt: QTextBlockFormat, size_pt: float) -> None:
        """Lines of a block set in type up to ``size_pt``, one :meth:`line_height` apart, whatever face is in
        use; the baseline where Word puts it (usWinAscent below the line's top)."""
        size = size_pt or self.page.font_size_pt
        fmt.setLineHeight(
            self.line_height(size) / self.vscale, QTextBlockFormat.LineHeightTypes.FixedHeight.value
        )
        fmt.setProperty(PITCH_PROPERTY, self.line_height(size))
        fmt.setProperty(BASELINE_PROPERTY, pt(size * WIN_ASCENT))

    # blocks ------------------------------------------------------------------------------------------
    def _block(self, fmt: QTextBlockFormat) -> int:
        if self._below_row:  # Qt collapses a bottom margin into the next top margin: add them instead
            fmt.setTopMargin(fmt.topMargin() + self._below_row / self.vscale)
            self._below_row = 0.0
        if self._fresh:
            self.cursor.setBlockFormat(fmt)
            self._fresh = False
        else:
            self.cursor.insertBlock(fmt)
        self.cursor.block().setUserState(self._state)
        return self.cursor.block().blockNumber()

    def _block_format(self, el: Element, left: float, space_before: float | None = None) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLeftMargin(left)
        fmt.setAlignment(_ALIGN[el.align])
        if el.align is Align.THAI_DISTRIBUTED:
            fmt.setProperty(JUSTIFY_PROPERTY, True)
        fmt.setTopMargin((pt(el.space_before_pt) if space_before is None else space_before) / self.vscale)
        return fmt

    def _anchor_left(
        self, el: Element, texts: Sequence[str], floor: float = 0.0, widest: float | None = None
    ) -> float:
        """Left edge of an element. A centre-anchored block whose widest line does not fit in the right half
        grows to the left, so that a long position line stays on one line; a flush-right block ends at the
        right margin but never starts before ``floor``. An element of an axis group (see :meth:`_axes`)
        takes the group's left edge."""
        if self._axis is not None:
            return self._axis
        if widest is None:
            widest = max((self.width_of(t, el.size_pt, el.bold) for t in texts), default=0.0)
        widest += 2
        if el.x is Anchor.CENTER:
            return max(min(self.width / 2, self.width - widest), floor)
        if el.x is Anchor.FLUSH_RIGHT:
            return max(self.width - widest, floor)
        return 0.0

    def _labelled(
        self, el: Element, label: str, text: str, left: float, space_before: float | None = None
    ) -> int:
        fmt = self._block_format(el, left, space_before)
        prefix = f"{label}{LABEL_GAP}" if label else ""
        label_size = (el.label_size_pt or el.size_pt or self.page.font_size_pt) if prefix else 0.0
        self.set_pitch(fmt, max(el.size_pt or self.page.font_size_pt, label_size))
        if prefix and el.hanging:
            hang = self.width_of(prefix, el.label_size_pt or el.size_pt, el.label_bold)
            fmt.setLeftMargin(left + hang)
            fmt.setTextIndent(-hang)
        if el.type is ElementType.LINE and el.indent_cm >= 0:
            fmt.setTextIndent(cm(el.indent_cm))
        number = self._block(fmt)
        if el.leader:
            self.result.leaders.append(Leader(self.doc, number, len(label)))
        if prefix:
            self.cursor.insertText(prefix, self.char_format(el.label_size_pt or el.size_pt, el.label_bold))
        text, blanks = shown_blanks(keep_together(text))
        for name, index in blanks:
            size = el.size_pt or self.page.font_size_pt
            self.result.blanks.append(Blank(name, self.doc, number, len(prefix) + index, size))
        self._insert(text, el.size_pt, el.bold)
        return number

    def _no_orphan(self, number: int) -> None:
        """A subject whose last line would hold one short word alone takes the word before it down too, when
        the line before keeps other words: the last two words are glued together."""
        if any(blank.doc is self.doc and blank.block == number for blank in self.result.blanks):
            return  # a blank's place is counted in characters: leave its block as it is
        block = self.doc.findBlockByNumber(number)
        self.doc.documentLayout().blockBoundingRect(block)  # lays the block out
        layout = block.layout()
        if layout.lineCount() < 2:
            return
        text = block.text()
        last = layout.lineAt(layout.lineCount() - 1)
        before = layout.lineAt(layout.lineCount() - 2)
        start = last.textStart()
        word = text[start : start + last.textLength()].strip()
        if not word or last.naturalTextWidth() > self.width * ORPHAN_WIDTH:
            return
        if line_boundaries(word)[:-1] or GLUE in text[start:]:
            return  # more than one word, or glued already
        head = text[before.textStart() : start].rstrip()
        if len([b for b in line_boundaries(head) if b < len(head)]) < 2:
            return  # the line before would be left with its label or one word only
        cursor = QTextCursor(block)
        if text[start - 1] == " ":
            cursor.setPosition(block.position() + start - 1)
            cursor.setPosition(block.position() + start, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(NBSP, cursor.charFormat())
        else:
            cursor.setPosition(block.position() + start)
            fmt = cursor.charFormat()
            font = QFont(fmt.font())
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            fmt.setFont(font)
            cursor.insertText(GLUE, fmt)

    def _insert(self, text: str, size_pt: float, bold: bool) -> None:
        """Insert text made by :func:`keep_together`: its glue in the letter's own font (no fallback font
        that happens to have the character), so that it is drawn as that font's invisible space."""
        fmt = self.char_format(size_pt, bold)
        if not text:  # an empty line (an optional part not given) keeps the height of a line of text
            self.cursor.setBlockCharFormat(fmt)
            return
        if GLUE not in text:
            self.cursor.insertText(text, fmt)
            return
        glue = self.char_format(size_pt, bold)
        font = QFont(glue.font())
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        glue.setFont(font)
        for i, part in enumerate(text.split(GLUE)):
            if i:
                self.cursor.insertText(GLUE, glue)
            if part:
                self.cursor.insertText(part, fmt)

    # elements ----------------------------------------------------------------------------------------
    def _widest(self, el: Element, values: Mapping[str, Any]) -> float:
        """The widest line an element shows (raises MissingValue when it is left out)."""
        if el.type is ElementType.STAMP:
            return cm(el.width_cm or DEFAULT_STAMP_CM)
        if el.type is ElementType.LINES:
            texts = [thai_digits(str(v)) for v in lookup(values, el.field)]
        elif el.type is ElementType.SIGNATURE:
            signer = lookup(values, el.field)
            texts = [
                fill(el.text or "({name})", signer),
                *(thai_digits(p) for p in signer.get("positions", [])),
            ]
        else:
            if el.field:
                lookup(values, el.field)
            label, text = fill(el.label, values), fill(el.text, values)
            texts = [f"{label}{LABEL_GAP}{text}" if label else text]
        return max((self.width_of(t, el.size_pt, el.bold) for t in texts), default=0.0)

    def _axes(self, elements: Sequence[Element], values: Mapping[str, Any]) -> dict[int, float]:
        """Consecutive elements anchored at the centre and centred (a closing, the signature space, the name
        and positions; a stamp, the initials and the date) share one vertical axis: they take one left edge,
        that of the widest of them, so their centres stand on one x. Elements left out do not break a run."""
        lefts: dict[int, float] = {}
        run: list[int] = []
        widest = 0.0

        def close() -> None:
            if len(run) > 1:
                probe = Element(type=ElementType.LINE, x=Anchor.CENTER)
                left = self._anchor_left(probe, [], widest=widest)
                lefts.update(dict.fromkeys(run, left))

        for index, el in enumerate(elements):
            if el.type in _AXIS_TYPES and el.x is Anchor.CENTER and el.align is Align.CENTER:
                try:
                    width = self._widest(el, values)
                except MissingValue:
                    continue
                run.append(index)
                widest = max(widest, width)
            else:
                close()
                run, widest = [], 0.0
        close()
        return lefts

    def add(
        self, elements: Sequence[Element], values: Mapping[str, Any], keep_state: bool = False
    ) -> BuiltDocument:
        axes = self._axes(elements, values)
        for index, el in enumerate(elements):
            if el.starts_tail:
                self._state |= TAIL_STATE
            if el.starts_page:
                self._state &= ~TAIL_STATE  # what is attached after the tail does not hold it back
            if not keep_state:
                self._state = (self._state & TAIL_STATE) | index
            first = 0 if self._fresh else self.doc.blockCount()
            self._axis = axes.get(index)
            try:
                self._add(el, values)
            except MissingValue:
                continue  # an optional field the letter does not have
            finally:
                self._axis = None
            if el.starts_page and self.doc.blockCount() > first:
                self.result.page_starts.append(first)
        return self.result

    def _add(self, el: Element, values: Mapping[str, Any]) -> None:
        match el.type:
            case ElementType.LINE:
                if el.field:
                    lookup(values, el.field)  # a heading shown only when the letter has what it heads
                label, text = fill(el.label, values), fill(el.text, values)
                shown = f"{label}{LABEL_GAP}{text}" if label else text
                number = self._labelled(el, label, text, self._anchor_left(el, [shown]))
                if SUBJECT_PLACEHOLDER in el.text:
                    self._no_orphan(number)
            case ElementType.LINES:
                lines = [thai_digits(str(v)) for v in lookup(values, el.field)]
                left = self._anchor_left(el, lines)
                for i, line in enumerate(lines):
                    self._labelled(el, "", line, left, None if i == 0 else 0.0)
            case ElementType.PARAGRAPHS:
                self._paragraphs(el, lookup(values, el.field))
            case ElementType.ITEMS:
                self._items(el, lookup(values, el.field), values)
            case ElementType.SIGNATURE:
                self._signature(el, lookup(values, el.field))
            case ElementType.INITIALS:
                self._initials(el, values)
            case ElementType.ROW:
                self._row(el, values)
            case ElementType.STAMP:
                self._stamp(el, values)
            case ElementType.RULE:
                self.result.rules.append(
                    Rule(self._block(self._block_format(el, 0.0)), cm(el.width_cm or 5.0))
                )
                self.cursor.insertText(" ", self.char_format(6))
            case ElementType.SPACER:
                self._block(self._block_format(el, 0.0))
                self.cursor.insertText(" ", self.char_format(1))

    def _paragraphs(self, el: Element, paragraphs: Sequence[str]) -> None:
        """Each paragraph with its first line indented. With ``numbered`` each is numbered from 1: the
        clauses of a regulation (``"ข้อ {n}  {item}"``, ``hanging = false``: wrapped lines start at the
        margin) or a list of names (``"{n}. {item}"``: wrapped lines hang after the number)."""
        indent = cm(self.page.paragraph_indent_cm if el.indent_cm < 0 else el.indent_cm)
        for i, paragraph in enumerate(paragraphs):
            fmt = self._block_format(el, 0.0, None if i == 0 else pt(el.space_before_pt) / 2)
            fmt.setTextIndent(indent)
            self.set_pitch(fmt, el.size_pt)
            text = paragraph
            if el.numbered:
                text = el.numbered.format(n=i + 1, item=paragraph)
                if el.hanging:
                    number = thai_digits(el.numbered.format(n=i + 1, item="\0").split("\0")[0])
                    hang = self.width_of(number, el.size_pt, el.bold)
                    fmt.setLeftMargin(indent + hang)
                    fmt.setTextIndent(-hang)
            self._block(fmt)
            self._insert(keep_together(thai_digits(text)), el.size_pt, el.bold)

    def _items(self, el: Element, items: Sequence[str], values: Mapping[str, Any]) -> None:
        label = fill(el.label, values)
        if len(items) == 1:
            self._labelled(el, label, thai_digits(items[0]), 0.0)
            return
        hang = self.width_of(f"{label}{LABEL_GAP}", el.label_size_pt or el.size_pt, el.label_bold)
        for n, item in enumerate(items, start=1):
            text = thai_digits((el.numbered or DEFAULT_NUMBERED).format(n=n, item=item))
            if n == 1:
                self._labelled(el, label, text, 0.0)
            else:
                self._labelled(el, "", text, hang, 0.0)

    def _signature(self, el: Element, signer: Mapping[str, Any]) -> None:
        shown = [fill(el.text or "({name})", signer), *(thai_digits(p) for p in signer.get("positions", []))]
        left = self._anchor_left(el, shown)
        space = self.line_height(el.size_pt) * el.space_lines
        name_block = self._labelled(el, "", fill(el.text or "({name})", signer), left, space)
        for line in signer.get("positions", []):
            self._labelled(el, "", thai_digits(line), left, 0.0)
        self.result.signature = SignatureSpot(
            name_block, space, left, self.width - left, el.reserved_fields()[0]
        )

    def _stamp(self, el: Element, values: Mapping[str, Any]) -> None:
        """The space for the department's stamp: kept above an empty line, as the signature's is above the
        name; the circle and its label are drawn there (nothing enters the text flow)."""
        diameter = cm(el.width_cm or DEFAULT_STAMP_CM)
        left = self._anchor_left(el, [], widest=diameter)
        centre = (left + self.width) / 2 if el.align is Align.CENTER else left + diameter / 2
        number = self._block(self._block_format(el, left, pt(el.space_before_pt) + diameter))
        self.cursor.insertText(" ", self.char_format(1))
        label = thai_digits(fill(el.label, values)) if el.label else DEFAULT_STAMP_LABEL
        self.result.stamps.append(StampSpot(number, centre, diameter, label))

    def _initials(self, el: Element, values: Mapping[str, Any]) -> None:
        """Nothing enters the body: the spots are drawn around it (see :class:`InitialsSpots`). The letter's
        reviewers, when it names them in ``el.field``, give the number of spots and their labels; else the
        template's ``count`` and ``label``."""
        try:
            reviewers = [thai_digits(str(r)) for r in lookup(values, el.field)] if el.field else []
        except MissingValue:
            reviewers = []
        names = el.reserved_fields(len(reviewers) if reviewers else None)
        if not names:
            return
        label = thai_digits(fill(el.label, values)) if el.label else DEFAULT_INITIALS_LABEL
        labels = reviewers or [label] * len(names)
        width = cm(el.width_cm or DEFAULT_INITIALS_WIDTH_CM)
        height = cm(el.height_cm or DEFAULT_INITIALS_HEIGHT_CM)
        self.result.initials = InitialsSpots(names, labels, width, height)

    def _row(self, el: Element, values: Mapping[str, Any]) -> None:
        texts = [self._cell_texts(cell, values) for cell in el.cells]
        starts: list[float] = []
        floor = 0.0
        for anchor, given in zip(el.cell_anchors, texts, strict=True):
            probe = Element(type=ElementType.LINE, x=anchor, size_pt=el.size_pt, bold=el.bold)
            cell_texts = given
            if anchor is Anchor.FLUSH_RIGHT:  # a line too long to fit wraps in the column the others set
                room = self.width - floor - 2
                cell_texts = [t for t in given if self.width_of(t, el.size_pt, el.bold) <= room] or given
            starts.append(self._anchor_left(probe, cell_texts, floor))
            widest = max((self.width_of(t, el.size_pt, el.bold) for t in cell_texts), default=0.0)
            floor = starts[-1] + widest + cm(ROW_GAP_CM)
        widths = [b - a for a, b in zip(starts, [*starts[1:], self.width], strict=True)]
        cells = []
        for cell, left, width in zip(el.cells, starts, widths, strict=True):
            sub = DocumentBuilder(self.device, self.family, self.page, self.geometry, width)
            sub._state = self._state
            sub.add(cell, values, keep_state=True)
            self.result.blanks += sub.result.blanks
            self.result.leaders += sub.result.leaders
            cells.append(Cell(sub.doc, left))
        height = max(c.doc.documentLayout().documentSize().height() for c in cells)
        spacer = QTextBlockFormat()
        tiny = self.char_format(1)
        spacer.setTopMargin(pt(el.space_before_pt) / self.vscale)
        below = max(height - self.metrics(1).lineSpacing(), 0)
        spacer.setBottomMargin(below / self.vscale)
        number = self._block(spacer)
        self.cursor.insertText(" ", tiny)
        self._below_row = below  # the next element's space before it comes on top of the row's height
        self.result.rows[number] = cells

    def _cell_texts(self, cell: Sequence[Element], values: Mapping[str, Any]) -> list[str]:
        texts: list[str] = []
        for sub in cell:
            try:
                if sub.type is ElementType.LINES:
                    texts.extend(thai_digits(str(v)) for v in lookup(values, sub.field))
                else:
                    if sub.field:
                        lookup(values, sub.field)
                    text = f"{fill(sub.label, values)}{LABEL_GAP}{fill(sub.text, values)}".strip()
                    texts.append(shown_blanks(text)[0])
            except MissingValue:
                continue
        return texts
