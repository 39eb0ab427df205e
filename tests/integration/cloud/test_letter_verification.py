"""The server checks every uploaded letter's signatures against its trust anchors (real server over HTTP,
real SoftHSM and pyHanko signatures, the real OCSP/CRL responder on loopback)."""

import base64
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives import serialization

from eoffice_cloud.storage import stats
from tests.cloud import RunningCloud, running_cloud
from tests.forgery import add_page_content, appended_object, incremental
from tests.helpers import sign_with_key
from tests.pki import make_pki

THAI = range(0x0E00, 0x0E80)


@pytest.fixture
def cloud(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        running.token("cm-desk", "CM")
        yield running


def upload(cloud: RunningCloud, token: str, pdf: bytes, key: str | None = None) -> requests.Response:
    """POST one letter; the same ``key`` sends the same request again (a retry)."""
    body = {
        "letter_id": key or str(uuid.uuid4()),
        "recipient_agency": "CM",
        "metadata": {},
        "pdf": base64.b64encode(pdf).decode(),
    }
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key or str(uuid.uuid4())}
    return requests.post(f"{cloud.url}/v1/letters", json=body, headers=headers, timeout=30)


def refused(response: requests.Response, error: str) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    body: dict[str, Any] = response.json()
    assert body["error"] == error, body
    assert body["detail"], body
    assert any(ord(c) in THAI for c in body["reason_th"]), body
    return body


def flipped(pdf: bytes) -> bytes:
    """One byte changed inside the page content the signature covers."""
    data = bytearray(pdf)
    at = data.index(b"stream", 2000) + 20
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")
    return bytes(data)


def test_signed_letters_are_stored_and_every_other_kind_refused_with_its_reason(
    cloud: RunningCloud, signed_letters: list[Path], pki: Any, tmp_path: Path
) -> None:
    token = cloud.token("ds-desk", "DS")
    good = signed_letters[0].read_bytes()
    draft = tmp_path / "letter-1.pdf"  # the fixture's unsigned draft of the second letter
    revoked = sign_with_key(draft, tmp_path / "revoked.pdf", pki.revoked, tmp_path).read_bytes()
    expired = sign_with_key(draft, tmp_path / "expired.pdf", pki.expired, tmp_path).read_bytes()

    assert upload(cloud, token, good).status_code == 201
    assert "no signature" in refused(upload(cloud, token, draft.read_bytes()), "unsigned")["detail"]
    refused(upload(cloud, token, b"<html>a captive portal</html>"), "not_a_pdf")
    refused(upload(cloud, token, b"%PDF-1.7\nnot really"), "not_a_pdf")
    altered = refused(upload(cloud, token, flipped(good)), "signature_invalid")
    assert "altered" in altered["detail"]
    refused(upload(cloud, token, appended_object(good)), "signature_invalid")
    refused(upload(cloud, token, incremental(good, add_page_content)), "signature_invalid")
    body = refused(upload(cloud, token, revoked), "revoked")
    assert "revoked" in body["detail"] and "เพิกถอน" in body["reason_th"]
    refused(upload(cloud, token, expired), "signer_not_trusted")
    assert stats(cloud.store)["documents"] == 1, "only the good letter is stored"


def test_a_refusal_is_the_keys_answer_for_every_retry(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path
) -> None:
    token = cloud.token("ds-desk", "DS")
    draft = (tmp_path / "letter-0.pdf").read_bytes()
    first = upload(cloud, token, draft, key="k-unsigned")
    again = upload(cloud, token, draft, key="k-unsigned")
    refused(first, "unsigned")
    assert again.status_code == 422 and again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert stats(cloud.store)["documents"] == 0


def test_a_server_trusting_another_root_refuses_the_signer(
    tmp_path: Path, signed_letters: list[Path], pki: Any
) -> None:
    other = pki.write_root(tmp_path, "other_root")
    with running_cloud(tmp_path / "cloud", trust=[other]) as cloud:
        cloud.token("cm-desk", "CM")
        body = refused(
            upload(cloud, cloud.token("ds-desk", "DS"), signed_letters[0].read_bytes()), "signer_not_trusted"
        )
        assert "นายสมชาย ใจดี" in body["reason_th"], "the Thai reason names the signer"
        assert stats(cloud.store)["documents"] == 0


def test_the_responders_answer_is_kept_for_the_next_letters(
    cloud: RunningCloud, signed_letters: list[Path], responder: Any
) -> None:
    token = cloud.token("ds-desk", "DS")
    before = len(responder.requests)
    for letter in signed_letters:
        assert upload(cloud, token, letter.read_bytes()).status_code == 201
    asked = [r for r in responder.requests[before:] if r in ("/ocsp", "/crl")]
    assert len(asked) == 1, f"one OCSP request for five letters of one signer, not {asked}"


def test_a_silent_responder_neither_refuses_letters_nor_holds_each_one_up(
    tmp_path: Path, signed_letters: list[Path]
) -> None:
    """A PKI whose certificates name a responder that takes connections and never answers (a listening
    socket nobody accepts on): the first letter waits for the timeout, the next ones do not."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        silent_pki = make_pki(f"http://127.0.0.1:{silent.getsockname()[1]}")
        root = tmp_path / "silent-root.pem"
        root.write_bytes(silent_pki.root.cert.public_bytes(serialization.Encoding.PEM))
        letters = [
            sign_with_key(tmp_path / f"letter-{i}.pdf", tmp_path / f"s-{i}.pdf", silent_pki.signer, tmp_path)
            for i in range(3)
        ]
        with running_cloud(tmp_path / "cloud", trust=[root]) as cloud:
            cloud.token("cm-desk", "CM")
            token = cloud.token("ds-desk", "DS")
            assert upload(cloud, token, letters[0].read_bytes()).status_code == 201
            started = time.monotonic()
            for letter in letters[1:]:
                assert upload(cloud, token, letter.read_bytes()).status_code == 201
            assert time.monotonic() - started < 2, "the silent responder is not asked again for each letter"
            assert stats(cloud.store)["documents"] == 3
