"""Thai dictionary order: what a Thai reader expects of a sorted list, including the cases code-point order
gets wrong (leading vowels, tone marks) and numbers."""

import random

from eoffice_desktop.domain.thai_order import thai_sort_key

# as a Thai dictionary lists them (checked against glibc's th_TH collation)
DICTIONARY = [
    "กฎ",
    "กรม",
    "ก่อ",
    "กอง",
    "ก้อน",
    "กา",
    "ก่า",
    "ก้า",
    "กำ",
    "เก็บ",
    "เกรง",
    "เกาะ",
    "แก",
    "โกง",
    "ไก่",
    "ขา",
    "ข่า",
    "ข้า",
    "จันทร์",
    "จันทรา",
    "ใจ",
    "ปลา",
    "ป่า",
    "ปู",
    "เป็น",
    "เปลี่ยน",
    "สง",
    "ส่ง",
    "สงฆ์",
    "เสือ",
    "เสื่อ",
    "เสื้อ",
    "ใหม่",
    "ไหม",
]


def _sorted(words: list[str]) -> list[str]:
    shuffled = words[:]
    random.Random(5).shuffle(shuffled)
    return sorted(shuffled, key=thai_sort_key)


def test_words_sort_as_in_a_thai_dictionary() -> None:
    assert _sorted(DICTIONARY) == DICTIONARY
    assert sorted(DICTIONARY) != DICTIONARY, "code-point order gets these wrong"


def test_leading_vowels_file_under_their_consonant() -> None:
    assert _sorted(["เกาะ", "ขา", "กา", "ไก่"]) == ["กา", "เกาะ", "ไก่", "ขา"]


def test_numbers_compare_by_value_and_thai_digits_equal_latin_ones() -> None:
    assert _sorted(["ครั้งที่ 10", "ครั้งที่ 2", "ครั้งที่ ๓"]) == ["ครั้งที่ 2", "ครั้งที่ ๓", "ครั้งที่ 10"]
    numbers = ["ตย 0101/๒๕๖๙", "ดศ 0201/10", "ดศ 0201/9", "ดศ 0201/ว 1", "ตย 0101/12"]
    assert _sorted(numbers) == ["ดศ 0201/9", "ดศ 0201/10", "ดศ 0201/ว 1", "ตย 0101/12", "ตย 0101/๒๕๖๙"]
    assert thai_sort_key("ดศ ๐๒๐๑/๑๒") == thai_sort_key("ดศ 0201/12")


def test_spellings_of_one_text_have_one_key() -> None:
    assert thai_sort_key("น\u0e49\u0e4d\u0e32") == thai_sort_key("น้ำ")  # sara am as nikhahit + sara aa
    assert thai_sort_key("Memo  ครั้งที่ 1") == thai_sort_key("memo ครั้งที่ 1")
    assert thai_sort_key("") == ""


def test_keys_are_stable() -> None:
    """The store indexes these keys: a change here needs a migration that runs REINDEX (see thai_order.py)."""
    assert thai_sort_key("เกาะ") == "กเาะ"
    assert thai_sort_key("ก้อน") == "กอน\x01\u1fff\u0e49"
    assert thai_sort_key("ดศ ๐๒๐๑/๑๒") == "ดศ 03201/0212"
    assert thai_sort_key("ABC def") == "abc def"
