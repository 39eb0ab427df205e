"""A signer's certificate path is validated once and used again for their next letters, while every letter's
own signature and its signer's revocation are still checked (real SoftHSM and pyHanko signatures, the real
OCSP/CRL responder on loopback, the server's LetterVerifier)."""

from pathlib import Path
from typing import Any

from eoffice_cloud.verification import LetterVerifier
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from tests.helpers import sign_with_key
from tests.integration.cloud.test_letter_verification import flipped


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def verifier(trust_root: Path) -> LetterVerifier:
    return LetterVerifier(load_trust_anchors([trust_root]))


def test_the_second_letter_of_a_signer_reuses_the_path_and_a_tampered_one_is_still_refused(
    signed_letters: list[Path], trust_root: Path
) -> None:
    checking = verifier(trust_root)
    first, second = (p.read_bytes() for p in signed_letters[:2])

    assert checking.check(first) is None
    assert (checking.paths.built, checking.paths.reused) == (1, 0)
    assert checking.check(second) is None
    assert (checking.paths.built, checking.paths.reused) == (1, 1), "the second letter's path is not rebuilt"

    refusal = checking.check(flipped(second))
    assert refusal is not None and refusal.error == "signature_invalid", refusal
    assert "altered" in refusal.detail


def test_a_revoked_signer_is_refused_for_every_letter_with_the_path_kept(
    signed_letters: list[Path], trust_root: Path, pki: Any, tmp_path: Path
) -> None:
    checking = verifier(trust_root)
    letters = [  # the fixture's unsigned drafts, signed with the revoked certificate
        sign_with_key(tmp_path / f"letter-{i}.pdf", tmp_path / f"revoked-{i}.pdf", pki.revoked, tmp_path)
        for i in range(2)
    ]
    for letter in letters:
        refusal = checking.check(letter.read_bytes())
        assert refusal is not None and refusal.error == "revoked", refusal
    assert checking.paths.reused == 1, "the path was used again, the revocation answer still refused it"


def test_an_untrusted_signers_path_is_not_kept(
    signed_letters: list[Path], trust_root: Path, pki: Any, tmp_path: Path
) -> None:
    checking = verifier(trust_root)
    expired = sign_with_key(tmp_path / "letter-0.pdf", tmp_path / "expired.pdf", pki.expired, tmp_path)
    for _ in range(2):
        refusal = checking.check(expired.read_bytes())
        assert refusal is not None and refusal.error == "signer_not_trusted", refusal
    assert (checking.paths.built, checking.paths.reused) == (0, 0)


def test_a_path_is_validated_anew_after_its_time_and_the_cache_stays_bounded(
    signed_letters: list[Path], trust_root: Path, pki: Any, tmp_path: Path
) -> None:
    checking = verifier(trust_root)
    clock = Clock()
    checking.paths.clock = clock
    checking.paths.size = 1
    letter = signed_letters[0].read_bytes()
    assert checking.check(letter) is None
    clock.now += checking.paths.ttl
    assert checking.check(letter) is None
    assert (checking.paths.built, checking.paths.reused) == (2, 0), "an expired path is validated again"

    other = sign_with_key(tmp_path / "letter-1.pdf", tmp_path / "signer2.pdf", pki.signer2, tmp_path)
    assert checking.check(other.read_bytes()) is None  # a second signer: the first one's path is forgotten
    assert checking.check(letter) is None
    assert (checking.paths.built, checking.paths.reused) == (4, 0)
