"""Two hot spots of validating a signed letter, made cheap; installed by the server's letter verifier.

1. pyHanko 0.38 reads a hex string one byte at a time through a generator (pdf_utils/generic.py,
   read_hex_string_from_stream). A signature's /Contents is a hex string of some 10,000 digits, so reading
   a letter's signature took ~10 ms of the ~20 ms its whole validation took. This reader takes the string in
   one piece when it is plain hex digits and PDF whitespace up to ``>``, and hands anything else (a comment
   inside the string, a stray byte, a truncated file) back to pyHanko's own reader from the same position,
   so what is read, and every error, stays pyHanko's.
2. asn1crypto compares certificate names (issuer and serial of the signer, ESS certificate ids) after
   RFC 4518 string preparation, character by character through ``stringprep``, afresh for every letter's
   newly parsed certificates: a quarter of what was left. The preparation is a function of the string
   alone, so its results are kept (a bounded cache; strings it refuses are refused every time).
3. Even so, comparing two names (the signer's issuer against the certificate's, several times a letter)
   walks every attribute of both. The answer is a function of the two encodings, so it is kept per pair of
   DER encodings (a bounded cache; a comparison that raises raises every time, as before).
4. A name's ``hashable`` form (its prepared attributes; pyHanko's path builder looks up every signer's
   issuer and subject by it, for every letter) is likewise a function of its encoding: kept per DER
   encoding (a bounded cache).
"""

import binascii
import functools
import threading
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils import generic

_WHITESPACE = b" \n\r\t\f\x00"  # pyhanko.pdf_utils.misc.PDF_WHITESPACE
_HEX_AND_WHITESPACE = b"0123456789abcdefABCDEF" + _WHITESPACE
_BLOCK = 64 * 1024

_original = generic.read_hex_string_from_stream
_original_prep = x509.NameTypeAndValue._ldap_string_prep
_original_name_eq = x509.Name.__eq__
_original_hashable = x509.Name.hashable
_lock = threading.Lock()


def read_hex_string_from_stream(stream: Any) -> Any:
    """Drop-in for pyHanko's function: ``stream`` is at the opening ``<``."""
    start = stream.tell()
    stream.read(1)
    pieces = []
    while True:
        block = stream.read(_BLOCK)
        end = block.find(b">")
        if end >= 0:
            pieces.append(block[:end])
            break
        if not block:  # truncated: pyHanko says how
            stream.seek(start)
            return _original(stream)
        pieces.append(block)
    digits = b"".join(pieces)
    if digits.translate(None, _HEX_AND_WHITESPACE):  # anything else: pyHanko's reader decides
        stream.seek(start)
        return _original(stream)
    stream.seek(start + 1 + len(digits) + 1)
    digits = digits.translate(None, _WHITESPACE)
    if len(digits) % 2:
        digits += b"0"
    return generic.pdf_string(binascii.unhexlify(digits))


@functools.lru_cache(maxsize=4096)
def _prepared(string: str) -> str:
    prepared: str = _original_prep(None, string)  # it does not look at its object
    return prepared


def ldap_string_prep(_value: Any, string: str) -> str:
    """Drop-in for asn1crypto's NameTypeAndValue._ldap_string_prep."""
    return _prepared(string)


@functools.lru_cache(maxsize=4096)
def _names_equal(first: bytes, second: bytes) -> bool:
    # Name.__eq__ compares what the names chose (a name is a CHOICE of one RDNSequence)
    return bool(x509.RDNSequence.load(first) == x509.RDNSequence.load(second))


def name_eq(name: Any, other: Any) -> bool:
    """Drop-in for asn1crypto's Name.__eq__."""
    if not isinstance(other, x509.Name):
        return False
    if name.name != "" or other.name != "":  # not the one alternative asn1crypto knows: its own answer
        return bool(_original_name_eq(name, other))
    return _names_equal(name.chosen.dump(), other.chosen.dump())


@functools.lru_cache(maxsize=4096)
def _hashable(der: bytes) -> str:
    value: str = x509.RDNSequence.load(der).hashable
    return value


def name_hashable(name: Any) -> str:
    """Drop-in for asn1crypto's Name.hashable (a property)."""
    if name.name != "":  # not the one alternative asn1crypto knows: its own answer
        value: str = _original_hashable.fget(name)
        return value
    return _hashable(name.chosen.dump())


def install() -> None:
    """Put all four in place in this process (pyHanko's hex strings, asn1crypto's names)."""
    with _lock:
        generic.read_hex_string_from_stream = read_hex_string_from_stream
        x509.NameTypeAndValue._ldap_string_prep = ldap_string_prep
        x509.Name.__eq__ = name_eq
        x509.Name.hashable = property(name_hashable)
