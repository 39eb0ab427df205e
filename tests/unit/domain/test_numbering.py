import pytest

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.numbering import DocumentNumber


@pytest.mark.parametrize(
    ("text", "expected", "circular"),
    [
        ("ดศ 0201/123", "ดศ ๐๒๐๑/๑๒๓", False),
        ("ดศ ๐๒๐๑/๑๒๓", "ดศ ๐๒๐๑/๑๒๓", False),
        ("ดศ 0201/ว 124", "ดศ ๐๒๐๑/ว ๑๒๔", True),
        ("ดศ  0201 / ว124", "ดศ ๐๒๐๑/ว ๑๒๔", True),
    ],
)
def test_parse_and_format(text: str, expected: str, circular: bool) -> None:
    number = DocumentNumber.parse(text)
    assert str(number) == expected
    assert number.circular is circular
    assert number.prefix == "ดศ 0201"


@pytest.mark.parametrize("text", ["", "ดศ 0201", "/123", "ดศ 0201/abc", "ดศ 0201/0"])
def test_rejects_malformed_numbers(text: str) -> None:
    with pytest.raises(DomainError):
        DocumentNumber.parse(text)


def test_circular_letters_run_in_their_own_series() -> None:
    assert DocumentNumber.parse("ดศ 0201/ว 1").series != DocumentNumber.parse("ดศ 0201/1").series
