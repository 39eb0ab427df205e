"""The typed form of a template definition (see resources/templates/README.md for the file format)."""

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Self

from eoffice_desktop.domain.fields import FieldSpec
from eoffice_desktop.domain.routes import StepSpec
from eoffice_desktop.templates.errors import TemplateError

DEFAULT_RANK = 100

SIGNER_FIELD = "Signature1"
"""The PDF signature field a signature element reserves for the signer unless it names another."""
INITIALS_PREFIX = "Initials"
"""Initials spots are reserved as the fields Initials1, Initials2, … unless the element names a prefix."""
_PDF_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


class ElementType(enum.StrEnum):
    LINE = "line"  # one formatted line (may wrap), optional bold label in front
    LINES = "lines"  # one line per item of a list field (address, positions)
    ROW = "row"  # cells side by side on the same band (ที่ on the left, the agency's address on the right)
    PARAGRAPHS = "paragraphs"  # body paragraphs with first-line indent
    ITEMS = "items"  # a labelled list: numbered when several (สิ่งที่ส่งมาด้วย)
    SIGNATURE = "signature"  # reserved signing space, "(name)", position lines
    INITIALS = "initials"  # the reviewers' initials (ลงนามย่อ) spots, in the bottom margin of the last page
    RULE = "rule"  # a short centred line under the heading of orders and announcements
    STAMP = "stamp"  # the space kept for the department's stamp (ตราชื่อส่วนราชการ) on a stamped letter
    SPACER = "spacer"


class Anchor(enum.StrEnum):
    """Where an element's left edge sits."""

    MARGIN = "margin"  # the left margin
    CENTER = "center"  # the middle of the text area (dates, closings, signature blocks)
    FLUSH_RIGHT = "flush-right"  # a left-aligned block pushed right so its widest line ends at the margin


class Align(enum.StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    THAI_DISTRIBUTED = "thai-distributed"  # paragraphs: all lines but the last fill the column


DEFAULT_PARAGRAPHS_ALIGN = Align.THAI_DISTRIBUTED
"""Body paragraphs fill their lines unless a template says ``align = "left"``."""


def _from_mapping(cls: type[Any], data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Check keys of ``data`` against the dataclass fields of ``cls``; return the kwargs."""
    if not isinstance(data, Mapping):
        raise TemplateError(f"{where}: expected a table, got {type(data).__name__}")
    allowed = {f.name for f in fields(cls)}
    unknown = set(data) - allowed
    if unknown:
        raise TemplateError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return dict(data)


@dataclass(frozen=True)
class PageSpec:
    margin_left_cm: float = 3.0
    margin_right_cm: float = 2.0
    margin_top_cm: float = 2.5  # continuation pages
    margin_bottom_cm: float = 2.0
    first_page_top_cm: float = 1.5  # top of the emblem band on page one
    content_top_cm: float = 4.8  # where the first element starts on page one
    font_size_pt: float = 16.0
    paragraph_indent_cm: float = 2.5
    page_number: str = "- {page} -"  # on continuation pages, top centre
    page_number_top_cm: float = 1.2

    @classmethod
    def parse(cls, data: Mapping[str, Any], where: str) -> Self:
        return cls(**_from_mapping(cls, data, where))


@dataclass(frozen=True)
class EmblemSpec:
    height_cm: float = 3.0
    position: str = "top-center"  # or "top-left"
    top_cm: float = 1.5

    @classmethod
    def parse(cls, data: Mapping[str, Any], where: str) -> Self:
        spec = cls(**_from_mapping(cls, data, where))
        if spec.position not in ("top-center", "top-left"):
            raise TemplateError(f"{where}.position: must be 'top-center' or 'top-left'")
        return spec


@dataclass(frozen=True)
class StampSpec:
    """Speed (ชั้นความเร็ว) and secrecy (ชั้นความลับ) stamps, drawn in red."""

    speed_field: str = "speed"
    speed_size_pt: float = 32.0
    speed_position: str = "top-left"  # "top-left" (external letters) or "below-emblem" (memos)
    secrecy_field: str = "secrecy"
    secrecy_size_pt: float = 24.0
    color: str = "#d0021b"

    @classmethod
    def parse(cls, data: Mapping[str, Any], where: str) -> Self:
        return cls(**_from_mapping(cls, data, where))


@dataclass(frozen=True)
class Element:
    """One layout element of a template; which keys matter depends on ``type``."""

    type: ElementType
    text: str = ""  # format string: "ที่ {number}", "{date}", "({signer.name})"
    label: str = ""  # a bold label before the text ("เรื่อง", "เรียน")
    field: str = ""  # the list or object field an element draws from; a line: drawn only when it is given
    x: Anchor = Anchor.MARGIN
    align: Align = Align.LEFT
    size_pt: float = 0.0  # 0: the page's font size
    label_size_pt: float = 0.0
    bold: bool = False
    label_bold: bool = True
    hanging: bool = True  # wrapped lines align after the label
    space_before_pt: float = 0.0
    space_lines: float = 0.0  # signature: blank lines reserved for the signature
    indent_cm: float = -1.0  # paragraphs: first-line indent (-1: the page's paragraph indent)
    width_cm: float = 0.0  # rule: its length; initials: the width of one spot (0: 4 cm); stamp: diameter
    height_cm: float = 0.0  # initials: the height of one spot (0: 1 cm)
    count: int = 0  # initials: how many spots when the letter names no reviewers in `field`
    pdf_field: str = ""  # signature: the PDF signature field reserved (Signature1); initials: the prefix
    numbered: str = ""  # items: one entry when there are several ("{n}. {item}"); paragraphs: each paragraph
    starts_tail: bool = False  # this element and all after it stay together on the last page
    starts_page: bool = False  # this element begins a new page, and ends the tail (a list attached after it)
    leader: bool = False  # line: a dotted line from the label to the column's end under every line (memo)
    cells: tuple[tuple["Element", ...], ...] = ()
    cell_anchors: tuple[Anchor, ...] = ()

    @classmethod
    def parse(cls, data: Mapping[str, Any], where: str) -> "Element":
        kwargs = _from_mapping(cls, data, where)
        try:
            kwargs["type"] = ElementType(kwargs.get("type", ""))
            if "x" in kwargs:
                kwargs["x"] = Anchor(kwargs["x"])
            if "align" in kwargs:
                kwargs["align"] = Align(kwargs["align"])
            elif kwargs["type"] is ElementType.PARAGRAPHS:
                kwargs["align"] = DEFAULT_PARAGRAPHS_ALIGN
            if "cell_anchors" in kwargs:
                kwargs["cell_anchors"] = tuple(Anchor(a) for a in kwargs["cell_anchors"])
        except ValueError as exc:
            raise TemplateError(f"{where}: {exc}") from exc
        cells = kwargs.pop("cells", ())
        element = cls(**kwargs)
        if cells:
            parsed = tuple(
                tuple(cls.parse(e, f"{where}.cells[{i}][{j}]") for j, e in enumerate(cell))
                for i, cell in enumerate(cells)
            )
            object.__setattr__(element, "cells", parsed)
        if element.type is ElementType.ROW and len(element.cell_anchors) != len(element.cells):
            raise TemplateError(f"{where}: a row needs one entry in cell_anchors per cell")
        if element.align is Align.THAI_DISTRIBUTED and element.type is not ElementType.PARAGRAPHS:
            raise TemplateError(f"{where}: align = 'thai-distributed' is for paragraphs only")
        if not isinstance(element.leader, bool):
            raise TemplateError(f"{where}: leader must be true or false")
        if isinstance(element.count, bool) or not isinstance(element.count, int) or element.count < 0:
            raise TemplateError(f"{where}: count must be a whole number, 0 or more")
        if element.numbered:
            try:
                shown = element.numbered.format(n=1, item="\0")
            except (KeyError, IndexError, ValueError) as exc:
                raise TemplateError(f"{where}: numbered may name only {{n}} and {{item}} ({exc})") from exc
            if "\0" not in shown:
                raise TemplateError(f"{where}: numbered must show the {{item}}")
        if element.pdf_field and not _PDF_FIELD.fullmatch(element.pdf_field):
            raise TemplateError(f"{where}: pdf_field must be letters, digits, '-' or '_' (no dots or spaces)")
        return element

    def reserved_fields(self, count: int | None = None) -> list[str]:
        """The PDF signature fields this element reserves: the signer's field, or Initials1…N."""
        if self.type is ElementType.SIGNATURE:
            return [self.pdf_field or SIGNER_FIELD]
        if self.type is ElementType.INITIALS:
            prefix = self.pdf_field or INITIALS_PREFIX
            return [f"{prefix}{n}" for n in range(1, (self.count if count is None else count) + 1)]
        return []


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    title_en: str
    kind: str
    description: str
    fields: tuple[FieldSpec, ...]
    elements: tuple[Element, ...]
    page: PageSpec = field(default_factory=PageSpec)
    emblem: EmblemSpec | None = field(default_factory=EmblemSpec)
    stamps: StampSpec = field(default_factory=StampSpec)
    description_en: str = ""
    rank: int = DEFAULT_RANK  # lower comes first in the list of kinds to draft
    default_route: tuple[StepSpec, ...] = ()  # the route its letters take when none is given

    def field_names(self) -> Sequence[str]:
        return [f.name for f in self.fields]

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "title_en": self.title_en,
            "kind": self.kind,
            "description": self.description,
            "description_en": self.description_en,
            "rank": self.rank,
            "fields": [f.describe() for f in self.fields],
        }
