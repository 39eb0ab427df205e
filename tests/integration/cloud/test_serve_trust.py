"""`eoffice-cloud serve` and its trust anchors: no anchors, no server (unless explicitly told to accept
letters unverified, for development); anchors from the command line or the configuration file."""

import base64
import contextlib
import io
import uuid
from pathlib import Path
from typing import Any

import requests

from eoffice_cloud.cli import main
from eoffice_cloud.storage import create_token, open_cloud
from tests.cloud import serving


def _serve(*args: str | Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["serve", *map(str, args)])
    return code, err.getvalue()


def test_without_trust_anchors_the_server_does_not_start(tmp_path: Path) -> None:
    code, err = _serve("--data-dir", tmp_path / "data")
    assert code == 2
    assert "no trust anchors" in err and "--trust" in err and "--accept-unverified" in err
    assert not (tmp_path / "data" / "cloud.sqlite3").exists(), "nothing is made before it refuses"


def test_an_anchor_that_is_no_certificate_or_both_switches_are_refused(
    tmp_path: Path, trust_root: Path
) -> None:
    key = tmp_path / "key.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
    code, err = _serve("--data-dir", tmp_path / "data", "--trust", key)
    assert code == 2 and "not a certificate" in err and "private key" in err
    code, err = _serve("--data-dir", tmp_path / "data", "--trust", trust_root, "--accept-unverified")
    assert code == 2 and "exclude each other" in err


def _post(url: str, token: str, pdf: bytes) -> requests.Response:
    body = {"letter_id": "L", "recipient_agency": None, "metadata": {}, "pdf": base64.b64encode(pdf).decode()}
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())}
    return requests.post(f"{url}/v1/letters", json=body, headers=headers, timeout=30)


def test_anchors_from_the_configuration_file_check_uploads(
    tmp_path: Path, trust_root: Path, signed_letters: list[Path]
) -> None:
    data = tmp_path / "data"
    token = create_token(open_cloud(data), "ds-desk", "DS")
    trust_dir = tmp_path / "trust"
    trust_dir.mkdir()
    (trust_dir / "root.pem").write_bytes(trust_root.read_bytes())
    config = tmp_path / "server.toml"
    config.write_text('[trust]\ndir = "trust"\n', encoding="utf-8")
    with serving(data, "--config", config) as url:
        assert _post(url, token, signed_letters[0].read_bytes()).status_code == 201
        refused: dict[str, Any] = _post(url, token, (tmp_path / "letter-1.pdf").read_bytes()).json()
        assert refused["error"] == "unsigned"


def test_accept_unverified_is_said_and_stores_anything(tmp_path: Path) -> None:
    data = tmp_path / "data"
    token = create_token(open_cloud(data), "ds-desk", "DS")
    with serving(data, "--accept-unverified") as url:
        assert _post(url, token, b"%PDF-1.7 synthetic").status_code == 201
    assert (
        "WARNING" in (data / "serve.log").read_text()
        and "--accept-unverified" in (data / "serve.log").read_text()
    )
