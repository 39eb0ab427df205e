"""Numbering after the signature: a memo goes on its route with the number and date as empty fields, is
signed with a token, and the saraban desk numbers it offline (`number ID`); every signature stays valid (our
verify, poppler's pdfsig), the text extracts exactly, and any other change after signing is still refused."""

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_file
from tests.helpers import PIN_ENV, example, pdftotext, run_cli

NUMBER, DATE = "ดศ ๐๒๐๑/๑๒๓", "๕ ธันวาคม ๒๕๖๙"


def _cli(directory: Path, *args: str | Path) -> tuple[int, str, str]:
    return run_cli("--data-dir", directory, *args)


def _blanks(path: Path) -> dict[str, str | None]:
    with pikepdf.open(path) as pdf:
        (parent,) = [f for f in pdf.Root.AcroForm.Fields if f.get("/T") == "eoffice"]
        return {str(k.T): (str(k.V) if "/V" in k else None) for k in parent.Kids if k.get("/FT") == "/Tx"}


@pytest.fixture
def signed(
    tmp_path: Path, write_json: Callable[..., Path], hsm: Any, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, str]:
    """A memo submitted with --number-after and signed on the drafter's own workstation (which sends it)."""
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.numbers import NumberPool

    monkeypatch.setenv(PIN_ENV, hsm.pin)
    desk = tmp_path / "saraban"
    desk.mkdir()
    store = open_store(desk)
    try:
        NumberPool(store).add_block({"series": "ดศ 0201", "year": 2569, "first": 123, "last": 140, "id": 1})
    finally:
        store.close()
    data = {k: v for k, v in example("memo").items() if k != "date"} | {"number": "ดศ 0201"}
    code, out, err = _cli(desk, "letters", "new", "--template", "memo", "--data", write_json(data))
    assert code == 0, err
    letter_id = out.strip()
    code, _, err = _cli(
        desk,
        "route",
        letter_id,
        "--step",
        "P004:sign",
        "--send-by",
        "P004",
        "--number-after",
        "--person",
        "P001",
    )
    assert code == 0, err
    submitted = tmp_path / "submitted.pdf"
    assert _cli(desk, "letters", "export", letter_id, "--out", submitted)[0] == 0
    assert _blanks(submitted) == {"number": None, "date": None}, "the fields are there, empty"
    text = pdftotext(submitted)
    assert "ที่" in text and "วันที่" in text and "๐๒๐๑" not in text, "labels printed, no number"
    code, _, err = _cli(
        desk, "act", letter_id, "sign", "--person", "P004",
        "--pkcs11-module", hsm.module, "--token-label", hsm.label, "--cert-label", "signer",
        "--pin-env", PIN_ENV,
    )  # fmt: skip
    assert code == 0, err
    return desk, letter_id


def test_the_saraban_desk_numbers_a_signed_letter_and_every_signature_stays_valid(
    signed: tuple[Path, str], trust_root: Path, tmp_path: Path
) -> None:
    desk, letter_id = signed
    code, out, err = _cli(desk, "number", letter_id, "--date", "2026-12-05")
    assert code == 0, err
    assert NUMBER in out and DATE in out
    numbered = tmp_path / "numbered.pdf"
    assert _cli(desk, "letters", "export", letter_id, "--out", numbered)[0] == 0
    assert _blanks(numbered) == {"number": NUMBER, "date": DATE}
    lines = [" ".join(line.split()) for line in pdftotext(numbered, "-layout").splitlines()]
    assert any(f"ที่ {NUMBER}" in line and f"วันที่ {DATE}" in line for line in lines), lines[:12]

    report = verify_file(numbered, load_trust_anchors([trust_root]))
    assert report.status in ("valid", "valid-unchecked"), report.describe()
    assert report.filled == {"number": NUMBER, "date": DATE}
    code, out, _ = run_cli("verify", "--trust", trust_root, "--offline", numbered)
    assert f"filled in after signing: number {NUMBER}, date {DATE}" in out
    assert f"กรอกหลังลงนาม: เลขที่ {NUMBER} วันที่ {DATE}" in out
    if shutil.which("pdfsig"):
        pdfsig = subprocess.run(["pdfsig", str(numbered)], capture_output=True, text=True, check=False).stdout
        assert pdfsig.count("Signature is Valid") == 1, pdfsig
        assert "Not total document signed" in pdfsig, "the filling follows the signed revision"
    pyhanko = shutil.which("pyhanko") or str(Path(sys.executable).with_name("pyhanko"))
    if Path(pyhanko).is_file():  # pyHanko's own CLI, with its default policy (text fields may be filled)
        checked = subprocess.run(
            [pyhanko, "sign", "validate", "--pretty-print", "--no-revocation-check", "--trust-replace",
             "--trust", str(trust_root), str(numbered)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert "judged VALID" in checked.stdout, checked.stdout + checked.stderr
        assert "form filling" in checked.stdout

    code, shown, _ = _cli(desk, "letters", "show", letter_id, "--json")
    assert f'"number": "{NUMBER}"' in shown, "the letter's own number follows"
    code, _, err = _cli(desk, "number", letter_id)
    assert code == 1 and "already" in err, "numbered once"


def test_another_field_filled_after_signing_is_still_refused(
    signed: tuple[Path, str], trust_root: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    desk, letter_id = signed
    base = tmp_path / "signed.pdf"
    assert _cli(desk, "letters", "export", letter_id, "--out", base)[0] == 0
    writer = IncrementalPdfFileWriter(io.BytesIO(base.read_bytes()), strict=False)
    fields = writer.root["/AcroForm"]["/Fields"]
    other = writer.add_object(
        generic.DictionaryObject({generic.NameObject("/T"): generic.TextStringObject("note"),
                                  generic.NameObject("/FT"): generic.NameObject("/Tx"),
                                  generic.NameObject("/V"): generic.TextStringObject("แก้ไข")})
    )  # fmt: skip
    fields.append(other)
    writer.update_container(fields)
    out = io.BytesIO()
    writer.write(out)
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(out.getvalue())
    report = verify_file(tampered, load_trust_anchors([trust_root]))
    assert report.status == "invalid"
    assert any("changed after signing" in p for s in report.signatures for p in s.problems)


def test_number_on_an_unsigned_letter_is_refused_and_nothing_is_written(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    data = {k: v for k, v in example("memo").items() if k != "date"} | {"number": "ดศ 0201"}
    code, out, err = _cli(desk, "letters", "new", "--template", "memo", "--data", write_json(data))
    letter_id = out.strip()
    before = sorted(p.name for p in (desk / "blobs").rglob("*")) if (desk / "blobs").exists() else []
    code, _, err = _cli(desk, "number", letter_id, "--date", "2026-12-05")
    assert code == 1 and "not signed" in err
    after = sorted(p.name for p in (desk / "blobs").rglob("*")) if (desk / "blobs").exists() else []
    assert before == after
    code, shown, _ = _cli(desk, "letters", "show", letter_id, "--json")
    assert '"number": "ดศ 0201"' in shown and '"state": "draft"' in shown
