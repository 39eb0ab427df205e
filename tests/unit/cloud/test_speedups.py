"""The server's hex-string reader gives what pyHanko's own gives, and leaves the stream where it does."""

import io
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfReadError

from eoffice_cloud import speedups

CASES = [
    b"<48656c6c6f> rest",
    b"<48 65\n6c\r\n6c\t6f\x00\x0c> rest",
    b"<4865F> rest",  # odd: a final 0 is implied
    b"<> rest",
    b"<ABCDEFabcdef0123456789>>",
    b"<4865 % a comment\n6c> rest",  # unusual: handed to pyHanko's reader
    b"<" + b"0f" * 40_000 + b"> rest",  # longer than one block, as a signature's /Contents
]


def _read(reader: Any, data: bytes) -> tuple[Any, int]:
    stream = io.BytesIO(b"xx" + data)
    stream.seek(2)
    value = reader(stream)
    return value, stream.tell()


@pytest.mark.parametrize("data", CASES)
def test_the_same_string_and_position(data: bytes) -> None:
    fast = _read(speedups.read_hex_string_from_stream, data)
    assert fast == _read(speedups._original, data)
    assert type(fast[0]) is type(_read(speedups._original, data)[0])


@pytest.mark.parametrize("data", [b"<48 6z> rest", b"<4865", b"<48 65 "])
def test_bad_strings_fail_as_pyhankos_do(data: bytes) -> None:
    with pytest.raises(PdfReadError) as original:
        _read(speedups._original, data)
    with pytest.raises(type(original.value)):
        _read(speedups.read_hex_string_from_stream, data)


def test_installed_pyhanko_reads_through_it() -> None:
    speedups.install()
    assert generic.read_hex_string_from_stream is speedups.read_hex_string_from_stream
    value = generic.read_object(io.BytesIO(b"<4142>"), None)  # type: ignore[arg-type]
    assert str(value) == "AB"


@pytest.mark.parametrize("text", ["นายสมชาย ใจดี", "  eoffice   test\tPKI ", "TH", "ก\u00adข"])
def test_names_are_prepared_as_asn1crypto_prepares_them(text: str) -> None:
    assert speedups.ldap_string_prep(None, text) == speedups._original_prep(None, text)


def test_a_name_asn1crypto_refuses_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ValueError):
            speedups.ldap_string_prep(None, "private \ue000 use")
        with pytest.raises(ValueError):
            speedups._original_prep(None, "private \ue000 use")


def test_a_names_hashable_form_is_asn1cryptos() -> None:
    speedups.install()
    from asn1crypto import x509

    name = x509.Name.build(
        {"common_name": "นายสมชาย  ใจดี", "organization_name": "eoffice Test", "country_name": "TH"}
    )
    again = x509.Name.load(name.dump())
    assert again.hashable == speedups._original_hashable.fget(again)
    assert (
        again.hashable
        == x509.Name.build(
            {"common_name": "นายสมชาย ใจดี", "organization_name": "EOFFICE test", "country_name": "th"}
        ).hashable
    )
    assert again.hashable != x509.Name.build({"common_name": "นายสมชาย"}).hashable
