"""A faster reader of PDF hex strings for pyHanko, installed by the server's letter verifier.

pyHanko 0.38 reads a hex string one byte at a time through a generator (pdf_utils/generic.py,
read_hex_string_from_stream). A signature's /Contents is a hex string of some 10,000 digits, so reading a
signed letter's signature took ~10 ms of the ~20 ms its whole validation took on the server. This reader
takes the string in one piece when it is plain hex digits and PDF whitespace up to ``>``, and hands
anything else (a comment inside the string, a stray byte, a truncated file) back to pyHanko's own reader
from the same position, so what is read, and every error, stays pyHanko's.
"""

import binascii
import threading
from typing import Any

from pyhanko.pdf_utils import generic

_WHITESPACE = b" \n\r\t\f\x00"  # pyhanko.pdf_utils.misc.PDF_WHITESPACE
_HEX_AND_WHITESPACE = b"0123456789abcdefABCDEF" + _WHITESPACE
_BLOCK = 64 * 1024

_original = generic.read_hex_string_from_stream
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


def install() -> None:
    """Make pyHanko read hex strings with :func:`read_hex_string_from_stream` (in this process)."""
    with _lock:
        generic.read_hex_string_from_stream = read_hex_string_from_stream
