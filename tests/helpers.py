"""Helpers shared by the tests."""

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

CM = 72 / 2.54  # PDF points per centimetre


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    """Run the command in-process and capture what it prints."""
    import contextlib
    import io

    from eoffice_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def program() -> list[str]:
    """The installed ``eoffice-desktop`` program beside this Python (the venv's console script), as a newcomer
    runs it; ``python -m eoffice_desktop.cli`` where there is none."""
    script = Path(sys.executable).parent / "eoffice-desktop"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "eoffice_desktop.cli"]


PIN_ENV = "EOFFICE_TEST_PIN"  # tests put the SoftHSM token's PIN here for `sign --pin-env`


def sign_cli(
    hsm: Any, inputs: Sequence[Path], *extra: str | Path, cert: str | None = "signer"
) -> tuple[int, str, str]:
    """`eoffice-desktop sign` with the test token (``cert=None``: leave the choice to the program)."""
    chosen = ("--cert-label", cert) if cert else ()
    return run_cli(
        "sign",
        *inputs,
        "--pkcs11-module",
        hsm.module,
        "--token-label",
        hsm.label,
        *chosen,
        "--pin-env",
        PIN_ENV,
        *extra,
    )


def reserve_cli(
    data_dir: Path, server: str, token: str, count: int, series: str = "ดศ 0201"
) -> tuple[int, str, str]:
    """`eoffice-desktop numbers reserve` for a workstation's data directory."""
    return run_cli(
        "--data-dir",
        data_dir,
        "numbers",
        "reserve",
        "--server",
        server,
        "--token",
        token,
        "--series",
        series,
        "--count",
        str(count),
    )


PAGE_FURNITURE = re.compile(r"^(-[๐-๙]+-|ลับ|ด่วนที่สุด)$")
"""A line holding a page number or a stamp, spaces aside."""


JOINED_PAGE_NUMBER = re.compile(r"^-\s*[๐-๙]+\s*-?(?=\S)")
"""A page number poppler ran into the line under it: it takes the number's closing dash for a hyphen."""


def without_page_furniture(text: str) -> str:
    """Drop page numbers and stamps, which extractors put between the lines of a paragraph at a page break."""
    lines = (line for line in text.splitlines() if not PAGE_FURNITURE.match(re.sub(r"\s", "", line)))
    return "\n".join(JOINED_PAGE_NUMBER.sub("", line) for line in lines)


def pdftotext(path: Path, *extra: str) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext (poppler-utils) is required: apt-get install poppler-utils")
    return subprocess.run([exe, *extra, str(path), "-"], capture_output=True, text=True, check=True).stdout


def sign_with_key(
    source: Path, out: Path, issued: Any, tmp_path: Path, certify_no_changes: bool = False
) -> Path:
    """A real pyHanko signature with a test certificate's key held in a file: how a letter signed with a
    certificate that our `sign` refuses (revoked), or certified by other software so that nothing may
    follow (``certify_no_changes``), comes to exist, e.g. signed elsewhere."""
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    key = tmp_path / f"{issued.name}.key.pem"
    cert = tmp_path / f"{issued.name}.cert.pem"
    key.write_bytes(
        issued.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert.write_bytes(issued.cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(key), str(cert))
    assert signer is not None
    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        meta = signers.PdfSignatureMetadata(
            field_name="Signature1",
            subfilter=fields.SigSeedSubFilter.PADES,
            certify=certify_no_changes,
            docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        )
        with out.open("wb") as target:
            signers.sign_pdf(writer, meta, signer=signer, output=target)
    return out


def handwriting(path: Path, qt_app: Any, fmt: str = "PNG") -> Path:
    """A stand-in handwritten signature: black strokes on white (JPEG) or on nothing (PNG), 1200×400 px."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(1200, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white") if fmt == "JPEG" else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("black"), 36))
    stroke = QPainterPath(QPointF(80, 300))
    stroke.cubicTo(QPointF(300, 20), QPointF(500, 380), QPointF(700, 120))
    stroke.cubicTo(QPointF(850, 10), QPointF(950, 380), QPointF(1120, 200))
    painter.drawPath(stroke)
    painter.end()
    assert image.save(str(path), fmt)
    return path
