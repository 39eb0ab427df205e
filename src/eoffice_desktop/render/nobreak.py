"""Keep a date, a document number, a quantity, a time and a person's title and name on one line.

Qt breaks Thai lines where libthai finds a word boundary, and at spaces. Measured with Qt 6.12 and libthai
(Sarabun, 16 pt, widths swept): a no-break space (U+00A0) between two words holds them together (0 splits
in 114 widths), but a WORD JOINER (U+2060) around a space, a zero-width no-break space (U+FEFF), a
zero-width joiner (U+200D) or a combining grapheme joiner (U+034F) does not (the run split as often as
without them): inside a Thai run libthai's boundaries win. WORD JOINER also makes Qt take a fallback font
(DejaVu Sans) for it. What holds two Thai words with no space between them (นาย|สมชาย) is a zero-width
character of another script whose line-break class is "glue": U+180E MONGOLIAN VOWEL SEPARATOR (0 splits in
180 widths, same width). It ends the Thai run, so libthai sees the two sides apart, and forbids a break on
either side. Qt draws it as the letter font's invisible space glyph (font merging is off for it, so that no
fallback font is embedded for it); MuPDF would extract that glyph as a space, so the text repair removes it
from the page (see :mod:`eoffice_desktop.render.actualtext`).

A no-break space has a glyph of its own in Sarabun (uni00A0) and Laksaman, as wide as the space; the
repaired ToUnicode map gives it U+0020, so it extracts as the space the source had (MuPDF gave U+00A0
before that).
"""

import re
from functools import lru_cache

from PySide6.QtCore import QTextBoundaryFinder

from eoffice_desktop.domain.thai import THAI_MONTHS

GLUE = "\u180e"
"""Set between two Thai words that must not be broken apart; drawn as nothing, removed from the PDF."""

NBSP = "\u00a0"

_D = "[0-9๐-๙]"
_MONTHS = "|".join(THAI_MONTHS)
_UNITS = "รายการ|ฉบับ|ชุด|เล่ม|แผ่น|หน้า|คน|ราย|เครื่อง|ชิ้น|อัน|หน่วย|ครั้ง|วัน|เดือน|ปี|บาท|แห่ง|ตู้|คัน|ห้อง|กล่อง|ม้วน|แฟ้ม"
TITLES = (
    "นางสาว",
    "นาง",
    "น.ส.",
    "ดร.",
    "นพ.",
    "พญ.",
    "ศาสตราจารย์",
    "รองศาสตราจารย์",
    "ผู้ช่วยศาสตราจารย์",
    "ศ.",
    "รศ.",
    "ผศ.",
    "ว่าที่ร้อยตรีหญิง",
    "ว่าที่ร้อยตรี",
    "ว่าที่ ร.ต.",
    "พลเอก",
    "พลโท",
    "พลตรี",
    "พันเอก",
    "พันโท",
    "พันตรี",
    "ร้อยเอก",
    "ร้อยโท",
    "ร้อยตรี",
    "พลตำรวจเอก",
    "พลตำรวจโท",
    "พลตำรวจตรี",
    "พันตำรวจเอก",
    "พันตำรวจโท",
    "พันตำรวจตรี",
    "พล.อ.",
    "พล.ท.",
    "พล.ต.",
    "พ.อ.",
    "พ.ท.",
    "พ.ต.",
    "ร.อ.",
    "ร.ท.",
    "ร.ต.",
    "พล.ต.อ.",
    "พล.ต.ท.",
    "พล.ต.ต.",
    "พ.ต.อ.",
    "พ.ต.ท.",
    "พ.ต.ต.",
)
"""Titles a name is written with (besides นาย, which is not นายก…: นายกรัฐมนตรี is a post, not a name)."""

_TITLES = (
    "|".join(re.escape(title) for title in sorted(TITLES, key=len, reverse=True))
    + "|นาย(?!ก(?:รัฐมนตรี|เทศมนตรี|สมาคม|องค์การ|อำเภอ))"
)
_NAME = "[\u0e01-\u0e2e\u0e30-\u0e4e]{1,24}"
_END = r"(?=$|[\s),;:]|\u00a0)"
_BEFORE_TITLE = (
    "(?:(?<![\u0e01-\u0e4e])|"
    + "|".join(
        f"(?<={word})" for word in ("โดย", "และ", "ของ", "ถึง", "กับ", "จาก", "ให้", "คือ", "ได้แก่", "เรียน")
    )
    + ")"
)

RUNS = re.compile(
    "|".join(
        (
            # a date: ๓ พฤศจิกายน ๒๕๖๘, ๓ พฤศจิกายน พ.ศ. ๒๕๖๘
            rf"{_D}{{1,2}}\s+(?:{_MONTHS})(?:\s+(?:พ\.ศ\.|ค\.ศ\.))?\s+{_D}{{4}}",
            # a document number: ดศ ๐๒๐๑/ว ๑๒๓, with "ที่" before it when written so
            rf"(?:ที่\s+|(?<![\u0e01-\u0e4e]))[ก-ฮ]{{1,3}}\.?\s*{_D}{{2,6}}(?:\.{_D}{{1,4}})*/(?:ว\s*)?{_D}{{1,6}}(?:/{_D}{{2,4}})?",
            # a quantity: จำนวน ๒ ชุด
            rf"จำนวน(?:เงิน)?\s*{_D}[0-9๐-๙,.]*\s*(?:{_UNITS})",
            # a time: ๐๙.๓๐ น.
            rf"{_D}{{1,2}}[.:]{_D}{{2}}\s*น\.",
            # a title and a name: นายสมชาย ใจดี, ดร. สมหญิง รักงาน
            rf"{_BEFORE_TITLE}(?:{_TITLES})\s?{_NAME}(?:\s{_NAME})?{_END}",
        )
    )
)


def runs(text: str) -> list[tuple[int, int]]:
    """Where the runs that must stay on one line are: (start, end) indexes, in order."""
    return [m.span() for m in RUNS.finditer(text)]


def line_boundaries(text: str) -> list[int]:
    """The indexes before which Qt may break a line of ``text``."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    out = []
    while (position := finder.toNextBoundary()) != -1:
        out.append(position)
    return out


@lru_cache(maxsize=1024)
def keep_together(text: str) -> str:
    """``text`` with its runs unbreakable: spaces in them become no-break spaces, and :data:`GLUE` goes
    where a line could break between two Thai words of a run."""
    spans = runs(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] == " ":
                chars[i] = NBSP
    out = "".join(chars)
    for _ in range(8):  # glue splits a Thai run, and libthai may then find a new boundary in a part
        inside = [p for p in line_boundaries(out) if any(s < p < e for s, e in spans)]
        if not inside:
            break
        for p in reversed(inside):
            out = out[:p] + GLUE + out[p:]
            spans = [(s + (s >= p), e + (e >= p)) for s, e in spans]
    return out


def source_text(shown: str) -> str:
    """The text a person wrote, from the text as laid out."""
    return shown.replace(GLUE, "")
