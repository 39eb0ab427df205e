"""Revocation: verify asks whether the signer's certificate is revoked (the letter's own data, OCSP falling
back to the CRL on the real loopback responder, the store's cache), and signing refuses a revoked certificate
before the PIN is asked."""

import json
import logging
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.x509 import ocsp

from eoffice_desktop.signing.revocation import RevocationChecker
from tests import pki as test_pki
from tests.helpers import PIN_ENV, example, run_cli, sign_cli, sign_with_key
from tests.pki import make_pki


@pytest.fixture
def pin_env(hsm: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    return PIN_ENV


@pytest.fixture
def letter(tmp_path: Path, write_json: Callable[..., Path]) -> Path:
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(example("external-letter")),
        "--out",
        out,
    )
    assert code == 0, err
    return out


def verify_cli(
    files: list[Path], trust: Path, *extra: str | Path, data_dir: Path | None = None
) -> tuple[int, list[dict[str, Any]]]:
    where = ("--data-dir", data_dir) if data_dir else ()
    code, out, err = run_cli(*where, "verify", *files, "--json", "--trust", trust, *extra)
    assert out, err
    return code, json.loads(out)


@pytest.fixture
def empty_data_dir(tmp_path: Path) -> Path:
    """A data directory with no store in it: verify keeps no cache there, and makes nothing."""
    directory = tmp_path / "data"
    directory.mkdir()
    return directory


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A data directory holding a local store (as after the window or `store` commands ran once)."""
    from eoffice_desktop.store.db import open_store

    directory = tmp_path / "store"
    open_store(directory).close()
    return directory


@pytest.fixture
def signed(hsm: Any, pin_env: str, letter: Path, tmp_path: Path) -> Path:
    out = tmp_path / "signed.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out)
    assert code == 0, err
    return out


@pytest.fixture
def revoked_letter(letter: Path, pki: test_pki.TestPki, tmp_path: Path) -> Path:
    return sign_with_key(letter, tmp_path / "revoked.pdf", pki.revoked, tmp_path)


def test_a_letter_signed_with_a_revoked_certificate_is_invalid(
    revoked_letter: Path, trust_root: Path, empty_data_dir: Path
) -> None:
    code, (report,) = verify_cli([revoked_letter], trust_root, data_dir=empty_data_dir)
    assert code == 1
    assert report["valid"] is False and report["status"] == "invalid"
    (sig,) = report["signatures"]
    assert sig["revocation"] == "revoked" and sig["valid"] is False
    assert sig["intact"] and sig["trusted"]
    assert any("revoked" in p for p in sig["problems"])
    assert any("เพิกถอน" in p for p in sig["problems_th"])
    assert list(empty_data_dir.iterdir()) == [], "no store is made for the cache"


def test_pdfsig_also_says_the_revoked_letter_is_revoked(
    revoked_letter: Path, pki: test_pki.TestPki, tmp_path: Path
) -> None:
    """poppler (NSS) as the independent validator, with the test root trusted in its own NSS database: it asks
    the loopback OCSP responder and reports the certificate revoked, as we do."""
    certutil = shutil.which("certutil")
    if shutil.which("pdfsig") is None or certutil is None:
        pytest.skip("pdfsig and certutil (libnss3-tools) are needed to ask poppler")
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run([certutil, "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    root = pki.write_root(tmp_path)
    subprocess.run(
        [certutil, "-A", "-d", f"sql:{nss}", "-n", "root", "-t", "CT,C,C", "-i", str(root)],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(revoked_letter)], capture_output=True, text=True, check=False
    )
    assert "Certificate has been Revoked" in result.stdout, result.stdout + result.stderr


def test_a_good_letter_online_is_good(
    signed: Path, trust_root: Path, empty_data_dir: Path, responder: Any
) -> None:
    before = len(responder.requests)
    code, (report,) = verify_cli([signed], trust_root, data_dir=empty_data_dir)
    assert code == 0, report
    assert report["valid"] is True and report["status"] == "valid"
    assert report["signatures"][0]["revocation"] == "good"
    assert "/ocsp" in responder.requests[before:]


def test_offline_without_cache_is_never_plainly_valid_then_the_cache_answers(
    signed: Path, trust_root: Path, empty_data_dir: Path, store_dir: Path, responder: Any
) -> None:
    code, (report,) = verify_cli([signed], trust_root, "--offline", data_dir=empty_data_dir)
    assert code == 3
    assert report["valid"] is False and report["status"] == "valid-unchecked"
    (sig,) = report["signatures"]
    assert sig["valid"] is True and sig["revocation"] == "not-checked" and sig["problems"] == []
    code, text, _err = run_cli(
        "--data-dir", empty_data_dir, "verify", signed, "--trust", trust_root, "--offline"
    )
    assert code == 3 and "VALID BUT NOT CONFIRMED" in text and ": VALID\n" not in text
    assert list(empty_data_dir.iterdir()) == []

    # the same offline check with a store, empty, then once checked online
    assert verify_cli([signed], trust_root, "--offline", data_dir=store_dir)[0] == 3
    code, (report,) = verify_cli([signed], trust_root, data_dir=store_dir)
    assert code == 0 and report["signatures"][0]["revocation"] == "good"
    before = len(responder.requests)
    code, (report,) = verify_cli([signed], trust_root, "--offline", data_dir=store_dir)
    assert code == 0, report
    assert report["status"] == "valid" and report["signatures"][0]["revocation"] == "good"
    assert responder.requests[before:] == [], "offline asks nothing"


def test_the_cache_also_keeps_a_revocation(revoked_letter: Path, trust_root: Path, store_dir: Path) -> None:
    assert verify_cli([revoked_letter], trust_root, data_dir=store_dir)[0] == 1
    code, (report,) = verify_cli([revoked_letter], trust_root, "--offline", data_dir=store_dir)
    assert code == 1 and report["signatures"][0]["revocation"] == "revoked"


@pytest.fixture
def ocsp_down(responder: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The OCSP responder answers "internal error" (as a broken one does); the CRL is still published."""

    def broken(_body: bytes) -> bytes:
        failed = ocsp.OCSPResponseBuilder.build_unsuccessful(ocsp.OCSPResponseStatus.INTERNAL_ERROR)
        return failed.public_bytes(serialization.Encoding.DER)

    monkeypatch.setattr(responder, "ocsp", broken)


def test_ocsp_down_falls_back_to_the_crl(
    ocsp_down: None, signed: Path, revoked_letter: Path, trust_root: Path, responder: Any
) -> None:
    before = len(responder.requests)
    code, (good,) = verify_cli([signed], trust_root)
    assert code == 0 and good["signatures"][0]["revocation"] == "good"
    asked = responder.requests[before:]
    assert "/ocsp" in asked and "/crl" in asked
    code, (bad,) = verify_cli([revoked_letter], trust_root)
    assert code == 1 and bad["signatures"][0]["revocation"] == "revoked"


@pytest.fixture
def black_hole() -> Iterator[str]:
    """An address that accepts connections and never answers (a responder that hangs)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()


def test_an_unreachable_responder_leaves_it_not_checked_quickly(
    black_hole: str, letter: Path, tmp_path: Path, empty_data_dir: Path
) -> None:
    hanging = make_pki(black_hole)
    out = sign_with_key(letter, tmp_path / "hanging.pdf", hanging.signer, tmp_path)
    root = hanging.write_root(tmp_path)
    started = time.monotonic()
    code, (report,) = verify_cli([out], root, "--revocation-timeout", "1", data_dir=empty_data_dir)
    elapsed = time.monotonic() - started
    assert code == 3 and report["status"] == "valid-unchecked", report
    assert report["signatures"][0]["revocation"] == "not-checked"
    assert elapsed < 8, f"took {elapsed:.1f} s: the timeout does not hold"


def test_a_long_term_letter_is_checked_offline_from_its_own_data(
    hsm: Any,
    pin_env: str,
    letter: Path,
    tmp_path: Path,
    tsa_url: str,
    trust_root: Path,
    empty_data_dir: Path,
    responder: Any,
) -> None:
    out = tmp_path / "lt.pdf"
    code, _, err = sign_cli(
        hsm, [letter], "--out", out, "--level", "B-LT", "--tsa", tsa_url, "--trust", trust_root
    )
    assert code == 0, err
    before = len(responder.requests)
    code, (report,) = verify_cli([out], trust_root, "--offline", data_dir=empty_data_dir)
    assert code == 0, report
    assert report["status"] == "valid" and report["signatures"][0]["revocation"] == "good"
    code, (report,) = verify_cli([out], trust_root, data_dir=empty_data_dir)
    assert code == 0 and report["signatures"][0]["revocation"] == "good"
    assert responder.requests[before:] == [], "the letter proves the status: nothing is fetched"


def test_signing_with_a_revoked_certificate_is_refused(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, trust_root: Path
) -> None:
    out = tmp_path / "out.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--trust", trust_root, cert="revoked")
    assert code == 1 and not out.exists()
    assert "revoked" in err and "may not sign" in err


class RecordingPin:
    def __init__(self, pin: str) -> None:
        self.asked = 0
        self._pin = pin

    def pin(self, request: Any) -> str:
        self.asked += 1
        return self._pin

    def confirm_final_try(self, request: Any) -> bool:
        return True

    def warn(self, request: Any, message: str) -> None:
        pass


def _batch(hsm: Any, label: str) -> Any:
    from eoffice_desktop.signing.batch import BatchSigner
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService

    return BatchSigner(TokenService(Path(hsm.module)), TokenChoice(hsm.label, None), label, None)


def test_the_revoked_certificate_is_refused_before_the_pin_in_english_and_thai(
    hsm: Any, letter: Path, tmp_path: Path, pki: test_pki.TestPki
) -> None:
    from asn1crypto import x509

    from eoffice_desktop.signing.batch import LetterJob, SignOptions
    from eoffice_desktop.signing.errors import CertificateRefused

    provider = RecordingPin(hsm.pin)
    root = x509.Certificate.load(pki.root.cert_der)
    job = LetterJob(letter.read_bytes(), letter.name)
    with pytest.raises(CertificateRefused) as refused:
        _batch(hsm, "revoked").sign([job], provider, SignOptions(trust=(root,)))
    assert "revoked" in str(refused.value) and "เพิกถอน" in refused.value.thai
    assert provider.asked == 0


def test_offline_a_certificate_that_cannot_be_checked_still_signs_b_b(
    hsm: Any, letter: Path, tmp_path: Path, pki: test_pki.TestPki, caplog: pytest.LogCaptureFixture
) -> None:
    """Offline first: nothing known about the certificate, B-B signing goes on, and the log says so (INFO,
    no PIN)."""
    from asn1crypto import x509

    from eoffice_desktop.signing.batch import LetterJob, SignOptions

    root = x509.Certificate.load(pki.root.cert_der)
    offline = SignOptions(trust=(root,), revocation=RevocationChecker(online=False))
    with caplog.at_level(logging.INFO, logger="eoffice_desktop.signing.revocation"):
        result = _batch(hsm, "signer").sign(
            [LetterJob(letter.read_bytes(), letter.name)], RecordingPin(hsm.pin), offline
        )
    assert result.all_signed and result.letters[0].signed_pdf is not None
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any("could not be checked" in m and "signing goes on" in m for m in said), said
    assert not any(hsm.pin in m for m in caplog.messages)


def test_offline_the_cache_still_refuses_a_revoked_certificate(
    hsm: Any,
    letter: Path,
    tmp_path: Path,
    pki: test_pki.TestPki,
    revoked_letter: Path,
    trust_root: Path,
    store_dir: Path,
) -> None:
    from asn1crypto import x509

    from eoffice_desktop.signing.batch import LetterJob, SignOptions
    from eoffice_desktop.signing.errors import CertificateRefused
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.revocation_cache import RevocationCache

    assert verify_cli([revoked_letter], trust_root, data_dir=store_dir)[0] == 1  # online once: kept
    store = open_store(store_dir)
    try:
        checker = RevocationChecker(online=False, cache=RevocationCache(store))
        root = x509.Certificate.load(pki.root.cert_der)
        with pytest.raises(CertificateRefused):
            _batch(hsm, "revoked").sign(
                [LetterJob(letter.read_bytes(), letter.name)],
                RecordingPin(hsm.pin),
                SignOptions(trust=(root,), revocation=checker),
            )
    finally:
        store.close()


def test_queueing_a_letter_never_waits_on_the_network(
    signed: Path,
    revoked_letter: Path,
    pki: test_pki.TestPki,
    responder: Any,
    store_dir: Path,
    trust_root: Path,
) -> None:
    """Queueing is offline work: the revocation of the sender's own certificate is asked of the letter and
    of the store's answers, never of the responder; a certificate the store knows revoked is refused."""
    from asn1crypto import x509

    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.sync.outbox import QueueRefused, queue_signed

    root = x509.Certificate.load(pki.root.cert_der)
    assert verify_cli([revoked_letter], trust_root, data_dir=store_dir)[0] == 1  # online once: kept
    store = open_store(store_dir)
    try:
        before = len(responder.requests)
        queued = queue_signed(store, signed, "clerk", ["DEMO-B"], trust=(root,))
        assert queued.letter_id
        with pytest.raises(QueueRefused):
            queue_signed(store, revoked_letter, "clerk", ["DEMO-B"], trust=(root,))
        assert responder.requests[before:] == [], "queueing asked the network"
    finally:
        store.close()
