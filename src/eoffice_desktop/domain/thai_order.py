"""Thai dictionary order (ลำดับตามพจนานุกรม) as a sort key that plain code-point order compares correctly.

Thai code points are in roughly dictionary order, except that:

- the leading vowels เ แ โ ใ ไ are written before the consonant they follow in speech, and a dictionary files
  เกาะ under ก: the key moves such a vowel after its consonant;
- tone marks, mai taikhu and the thanthakhat weigh less than letters: ก่อ, กอง, ก้อน in that order. The key
  compares the letters first and the marks only between otherwise equal words (no mark first);
- numbers compare by value: ครั้งที่ 2 before ครั้งที่ 10, ดศ 0201/9 before ดศ 0201/10, and Thai digits
  equal Latin ones, so document numbers sort by series, then by number.

Sara am written as nikhahit + sara aa, Latin case and runs of white space make no difference.

The store keeps this key in indexes (store/sorting.py): **changing what it returns for any text needs a
migration that runs REINDEX**, or the indexes no longer match the rows. tests/unit/domain/test_thai_order.py
pins sample keys to catch that.
"""

import re

from eoffice_desktop.domain.thai import canonical_thai

KEY_LENGTH = 120
"""Characters of a text that take part in its key (the rest would only make the index bigger)."""

_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # เ แ โ ใ ไ
_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))  # ก … ฮ
_MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")  # ็ ่ ้ ๊ ๋ ์ ํ ๎
_DIGIT_RUN = re.compile(r"[0-9]+")
_CONTROL = re.compile(r"[\x00-\x1f]")
_SEPARATOR = "\x01"  # below every character a key holds otherwise
_MARK_POSITION_BASE = 0x2000


def _number(match: re.Match[str]) -> str:
    """A run of digits as "0", its length, its digits (no leading zeros): shorter numbers are smaller."""
    digits = match.group().lstrip("0") or "0"
    return "0" + chr(0x30 + len(digits)) + digits


def thai_sort_key(text: str) -> str:
    """The key of ``text`` in Thai dictionary order; keys compare as plain strings (SQLite's BINARY)."""
    normal = canonical_thai(_CONTROL.sub(" ", text)).replace("\u0e4d\u0e32", "\u0e33")
    chars = list(normal[:KEY_LENGTH].casefold())
    i = 0
    while i < len(chars) - 1:
        if chars[i] in _LEADING_VOWELS and chars[i + 1] in _CONSONANTS:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 1  # the vowel goes after one consonant only: เปลี่ยน files under ป, then ล
        i += 1
    letters: list[str] = []
    marks: list[str] = []
    for char in _DIGIT_RUN.sub(_number, "".join(chars)):
        if char in _MARKS:
            # earlier marks weigh more, so that of two words the one without a mark at the first difference
            # comes first
            marks.append(chr(_MARK_POSITION_BASE - len(letters)) + char)
        else:
            letters.append(char)
    key = "".join(letters)
    return key + _SEPARATOR + "".join(marks) if marks else key
