"""Every manipulated variant of a signed letter is rejected; augmentation-style DSS updates are not."""

import json
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.validation.dss import DocumentSecurityStore

from tests import forgery
from tests.helpers import PIN_ENV, example, run_cli, sign_cli


@pytest.fixture(scope="module")
def signed(hsm: Any, tmp_path_factory: pytest.TempPathFactory, emblem: Path) -> Path:
    import os

    directory = tmp_path_factory.mktemp("manipulation")
    data = directory / "letter.json"
    data.write_text(json.dumps(example("external-letter"), ensure_ascii=False), encoding="utf-8")
    letter = directory / "letter.pdf"
    assert run_cli("draft", "--template", "external-letter", "--data", data, "--out", letter)[0] == 0
    os.environ[PIN_ENV] = hsm.pin
    out = directory / "signed.pdf"
    code, _, err = sign_cli(
        hsm,
        [letter],
        "--out",
        out,
    )
    assert code == 0, err
    return out


def _verify(path: Path, trust: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run_cli("verify", path, "--trust", trust, "--json")
    return code, json.loads(out)[0]


def _add_dss(writer: IncrementalPdfFileWriter, cert: x509.Certificate) -> None:
    """What augmentation adds: a DSS with validation material (here the root certificate)."""
    contents = writer.prev.embedded_signatures[0].sig_object["/Contents"]
    DocumentSecurityStore.supply_dss_in_writer(writer, contents, certs=[cert])


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("appended-bytes", "added after the signed part"),
        ("page-content", "changed after signing"),
        ("annotation", "changed after signing"),
        ("flipped-byte", "altered"),
        ("appended-object", "not a proper incremental update"),
        ("appended-catalog", "not a proper incremental update"),
        ("new-info", "metadata"),
        ("new-xmp", "metadata"),
    ],
)
def test_manipulated_letters_are_rejected(
    signed: Path, tmp_path: Path, trust_root: Path, variant: str, expected: str
) -> None:
    data = signed.read_bytes()
    if variant == "appended-bytes":
        data += b"\n1 0 obj (forged text a viewer may show) endobj\n"
    elif variant == "page-content":
        data = forgery.incremental(signed.read_bytes(), forgery.add_page_content)
    elif variant == "annotation":
        data = forgery.incremental(signed.read_bytes(), forgery.add_annotation)
    elif variant == "appended-object":  # once VALID: it ends in %%EOF (pyHanko's CLI and pdfsig accept it)
        data = forgery.appended_object(data)
    elif variant == "appended-catalog":  # a new catalog and page; startxref at the signed revision
        data = forgery.appended_catalog(data, bogus_xref=False)
    elif variant == "new-info":  # a proper update changing only metadata: once VALID and "unmodified"
        data = forgery.incremental(data, forgery.new_info)
    elif variant == "new-xmp":
        data = forgery.incremental(data, forgery.new_xmp)
    else:  # one byte of the signed letter's content changed, inside the signed range
        at = data.index(b"stream", 2000) + 20
        data = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]
    forged = tmp_path / f"{variant}.pdf"
    forged.write_bytes(data)
    code, report = _verify(forged, trust_root)
    assert code != 0 and report["valid"] is False, report
    assert all(s["modified_after_signing"] for s in report["signatures"] if variant != "flipped-byte")
    problems = [p for s in report["signatures"] for p in s["problems"]] + report["problems"]
    assert any(expected in p for p in problems), problems
    thai = [p for s in report["signatures"] for p in s["problems_th"]] + report["problems_th"]
    assert thai and all(any("\u0e00" <= ch <= "\u0e7f" for ch in p) for p in thai), "a Thai explanation too"


def test_dss_update_after_signing_stays_valid(
    signed: Path, tmp_path: Path, trust_root: Path, pki: Any
) -> None:
    root = x509.Certificate.load(pki.root.cert_der)
    updated = tmp_path / "with-dss.pdf"
    updated.write_bytes(forgery.incremental(signed.read_bytes(), lambda w: _add_dss(w, root)))
    code, report = _verify(updated, trust_root)
    assert code == 0, report
    (sig,) = report["signatures"]
    assert sig["coverage"] == "entire-revision" and sig["modified_after_signing"] is False


def test_long_term_claim_without_revocation_status_is_not_valid(
    hsm: Any, tmp_path: Path, tsa_url: str, trust_root: Path, pki: Any
) -> None:
    """A B-T letter given a DSS with certificates only: it looks B-LT but proves nothing about revocation."""
    letter = tmp_path / "letter.pdf"
    data = tmp_path / "letter.json"
    data.write_text(json.dumps(example("memo"), ensure_ascii=False), encoding="utf-8")
    assert run_cli("draft", "--template", "memo", "--data", data, "--out", letter)[0] == 0
    bt = tmp_path / "bt.pdf"
    code, _, err = sign_cli(
        hsm,
        [letter],
        "--out",
        bt,
        "--level",
        "B-T",
        "--tsa",
        tsa_url,
    )
    assert code == 0, err
    root = x509.Certificate.load(pki.root.cert_der)
    hollow = tmp_path / "hollow.pdf"
    hollow.write_bytes(forgery.incremental(bt.read_bytes(), lambda w: _add_dss(w, root)))
    code, report = _verify(hollow, trust_root)
    (sig,) = report["signatures"]
    assert sig["level"] == "B-LT" and code != 0 and sig["valid"] is False
    assert any("validation data" in p for p in sig["problems"])


def _encrypt(source: Path, out: Path) -> None:
    """Password protection (AES-256) with pikepdf, as qpdf --encrypt does (qpdf's library)."""
    import pikepdf

    with pikepdf.open(source) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="user-pw", owner="owner-pw", R=6))


@pytest.mark.parametrize("which", ["signed-then-encrypted", "plain-encrypted"])
def test_encrypted_letters_are_named_as_such(
    signed: Path, tmp_path: Path, trust_root: Path, hsm: Any, which: str
) -> None:
    """verify and sign say the file is password protected: no decryption error, no traceback."""
    source = signed
    if which == "plain-encrypted":
        source = tmp_path / "plain.pdf"
        data = tmp_path / "letter.json"
        data.write_text(json.dumps(example("memo"), ensure_ascii=False), encoding="utf-8")
        assert run_cli("draft", "--template", "memo", "--data", data, "--out", source)[0] == 0
    locked = tmp_path / f"{which}.pdf"
    _encrypt(source, locked)
    code, out, err = run_cli("verify", locked, "--trust", trust_root, "--json")
    report = json.loads(out)[0]
    assert code != 0 and report["valid"] is False and "Traceback" not in err
    assert any("encrypted (password protected)" in p for p in report["problems"]), report
    assert any("ไฟล์ถูกเข้ารหัส (มีรหัสผ่าน)" in p for p in report["problems_th"]), report
    code, _, err = sign_cli(hsm, [locked], "--out", tmp_path / "never.pdf")
    assert code != 0 and "encrypted (password protected)" in err and "Traceback" not in err, err
    assert not (tmp_path / "never.pdf").exists()
