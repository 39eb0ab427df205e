"""Shared fixtures. Qt runs headless; PDFs are checked with PyMuPDF and poppler, never by calls made."""

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# no machine policy of the test machine leaks into the tests (tests pass their own policy file)
os.environ["EOFFICE_POLICY"] = os.devnull + ".absent-policy.toml"
# nor do the tests write into the user's log directory (tests that look at logs set their own)
os.environ["EOFFICE_LOG_DIR"] = tempfile.mkdtemp(prefix="eoffice-test-logs-")

import pytest

from tests.helpers import PIN_ENV, example, run_cli, sign_cli


def _start_qt() -> Any:
    """One widget-capable application for the whole run, made before any test can make a bare
    QGuiApplication (rendering would; a process cannot switch later), and shared with pytest-qt's qapp."""
    from eoffice_desktop.ui.gui import ensure_application

    return ensure_application()


_QT_APP = _start_qt()


@pytest.fixture(scope="session")
def qt_app() -> Any:
    return _QT_APP


@pytest.fixture(scope="session")
def qapp() -> Any:
    return _QT_APP


@pytest.fixture(scope="session")
def emblem(tmp_path_factory: pytest.TempPathFactory, qt_app: Any) -> Path:
    """A stand-in emblem image (the official Garuda artwork is deployed by IT, not shipped)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

    path = tmp_path_factory.mktemp("emblem") / "emblem.png"
    image = QImage(300, 330, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setBrush(QColor("#222222"))
    painter.drawPolygon(QPolygonF([QPointF(150, 0), QPointF(300, 165), QPointF(150, 330), QPointF(0, 165)]))
    painter.end()
    assert image.save(str(path))
    return path


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[..., Path]:
    def write(data: dict[str, Any], name: str = "letter.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def responder() -> Any:
    """Timestamp, OCSP and CRL services on loopback (real HTTP), for the test PKI."""
    from tests.responder import Responder

    server = Responder()
    yield server
    server.close()


@pytest.fixture(scope="session")
def pki(responder: Any) -> Any:
    """Root, signers (good, no nonRepudiation, expired, revoked) and a TSA; their certificates point at the
    responder for revocation status."""
    from tests.pki import make_pki

    made = make_pki(responder.base_url)
    responder.pki = made
    return made


@pytest.fixture(scope="session")
def hsm(tmp_path_factory: pytest.TempPathFactory, pki: Any) -> Any:
    """A real SoftHSM2 token holding the test PKI's signer, no-nonRepudiation and expired keys."""
    from tests.softhsm import make_token

    return make_token(tmp_path_factory.mktemp("softhsm"), pki)


@pytest.fixture(scope="session")
def trust_root(tmp_path_factory: pytest.TempPathFactory, pki: Any) -> Path:
    path: Path = pki.write_root(tmp_path_factory.mktemp("trust"))
    return path


@pytest.fixture(scope="session")
def tsa_url(pki: Any, responder: Any) -> str:
    """A real RFC 3161 timestamp authority on loopback (HTTP), signing with the test PKI's TSA certificate."""
    return f"{responder.base_url}/tsa"


@pytest.fixture
def signed_letters(hsm: Any, tmp_path: Path, write_json: Callable[..., Path]) -> list[Path]:
    """Five external letters drafted and signed with the SoftHSM token (signer certificate)."""
    os.environ[PIN_ENV] = hsm.pin
    drafts = []
    for i in range(5):
        path = tmp_path / f"letter-{i}.pdf"
        data = example("external-letter") | {
            "subject": f"ขอเชิญประชุม ครั้งที่ {i + 1}",
            "number": f"ดศ 0201/{100 + i}",
            "secrecy": "",  # not classed ลับ: a secret letter reaches only the saraban officers' person tokens
        }
        assert (
            run_cli(
                "draft",
                "--template",
                "external-letter",
                "--data",
                write_json(data, f"l{i}.json"),
                "--out",
                path,
            )[0]
            == 0
        )
        drafts.append(path)
    out_dir = tmp_path / "signed"
    out_dir.mkdir()
    code, _, err = sign_cli(
        hsm,
        drafts,
        "--out-dir",
        out_dir,
    )
    assert code == 0, err
    return sorted(out_dir.glob("*.pdf"))
