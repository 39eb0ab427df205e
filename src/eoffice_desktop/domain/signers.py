"""Is the signer a letter names the holder of the certificate that signs it?

Certificates and letters spell names a little differently (a title of address or not, parentheses, spaces),
so names are compared in a normal form. A difference is not an error: an acting signer signs for another
(ปฏิบัติราชการแทน, รักษาราชการแทน), but the person signing must see it before signing.
"""

from collections.abc import Sequence

from eoffice_desktop.domain.thai import canonical_thai

TITLES_OF_ADDRESS = ("นางสาว", "น.ส.", "นาง", "นาย", "ดร.", "mr.", "mrs.", "ms.", "miss", "dr.")
"""Left off a name before comparing (the longest first where one begins another)."""


def _plain(text: str) -> str:
    return canonical_thai(text.replace("(", " ").replace(")", " ")).casefold()


def comparable_name(name: str) -> str:
    """``(นายสมชาย  ใจดี)`` and ``สมชาย ใจดี`` → ``สมชาย ใจดี``."""
    plain = _plain(name)
    for title in TITLES_OF_ADDRESS:
        if plain.startswith(title):
            plain = plain[len(title) :].lstrip()
            break
    return plain


def same_person(letter_name: str | None, certificate_name: str) -> bool:
    """The letter names no one, or the certificate holder (in the normal form)."""
    if not letter_name or not letter_name.strip():
        return True
    return comparable_name(letter_name) == comparable_name(certificate_name)


def same_post(letter_positions: Sequence[str], certificate_title: str | None) -> bool:
    """The letter's first position line is the certificate's title, or begins with it (a certificate often
    says ``ผู้อำนวยการ`` where the letter says ``ผู้อำนวยการกองคลัง``). Acting lines follow the signer's own
    position, so only the first line is compared. With no title or no position there is nothing to compare.
    """
    first = next((line for line in letter_positions if line.strip()), None)
    if first is None or not certificate_title or not certificate_title.strip():
        return True
    return _plain(first).startswith(_plain(certificate_title))
