"""Signing letters on a real SoftHSM2 token and validating them: our verify, and poppler's pdfsig."""

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.helpers import PIN_ENV, example, run_cli, sign_cli


@pytest.fixture
def pin_env(hsm: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    return PIN_ENV


@pytest.fixture
def letter(tmp_path: Path, write_json: Callable[..., Path], emblem: Path) -> Path:
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(example("external-letter")),
        "--out",
        out,
        "--emblem",
        emblem,
    )
    assert code == 0, err
    return out


def verify(files: list[Path], trust: Path | None) -> tuple[int, list[dict[str, Any]]]:
    code, out, _err = run_cli("verify", *files, "--json", *(["--trust", trust] if trust else []))
    return code, json.loads(out)


@pytest.fixture
def signed(hsm: Any, pin_env: str, letter: Path, tmp_path: Path) -> Path:
    out = tmp_path / "signed.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out)
    assert code == 0, err
    return out


def test_tokens_lists_token_and_certificates(hsm: Any) -> None:
    code, out, err = run_cli("tokens", "--pkcs11-module", hsm.module, "--json")
    assert code == 0, err
    (token,) = [t for t in json.loads(out) if t["label"] == hsm.label]
    assert token["serial"] and token["pin_status"] == "ok" and token["pin_pad"] is False
    certs = {c["label"]: c for c in token["certificates"]}
    assert certs["signer"]["can_sign"] is True
    assert "non_repudiation" in certs["signer"]["key_usage"]
    assert "นายสมชาย ใจดี" in certs["signer"]["subject"] and "test root CA" in certs["signer"]["issuer"]
    assert certs["no-nr"]["can_sign"] is False and "nonRepudiation" in certs["no-nr"]["problems"][0]
    assert certs["expired"]["can_sign"] is False and "expired" in certs["expired"]["problems"][0]


def test_signed_letter_validates_and_pdfsig_agrees(signed: Path, trust_root: Path) -> None:
    code, (report,) = verify([signed], trust_root)
    assert code == 0, report
    assert report["valid"] is True
    (sig,) = report["signatures"]
    assert sig["field"] == "Signature1"  # the spot `draft` reserved
    assert sig["signer"] == "นายสมชาย ใจดี"
    assert (sig["intact"], sig["trusted"], sig["valid"]) == (True, True, True)
    assert sig["coverage"] == "entire-file" and sig["modified_after_signing"] is False
    assert sig["level"] == "B-B" and sig["signing_time"] and sig["problems"] == []
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is required as the independent validator")
    pdfsig = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig


def test_appearance_is_drawn_in_the_signature_block(signed: Path) -> None:
    with pymupdf.open(signed) as doc:
        (page, widget), *_ = [(p, w) for p in doc for w in p.widgets()]
        assert widget.field_name == "Signature1"
        name = page.search_for("(นายสมชาย ใจดี)")[0]
        assert widget.rect.y1 <= name.y0 + 1, "the signature sits above the signer's name"
        pixmap = page.get_pixmap(dpi=100, clip=widget.rect, annots=True)
        samples = pixmap.samples
        blue = sum(
            1
            for i in range(0, len(samples), pixmap.n)
            if samples[i + 2] > 120 and samples[i] < 120 and samples[i + 1] < 140
        )
        assert blue > 200, "the blue Thai appearance is drawn in the field"


def test_untrusted_root_is_not_valid(signed: Path, tmp_path: Path, pki: Any) -> None:
    other = pki.write_root(tmp_path, "other_root")
    code, (report,) = verify([signed], other)
    assert code != 0 and report["valid"] is False
    (sig,) = report["signatures"]
    assert sig["intact"] is True and sig["trusted"] is False
    assert any("trusted root" in p for p in sig["problems"])
    code, (report,) = verify([signed], None)
    assert code != 0


@pytest.mark.parametrize(
    ("cert", "expected"),
    [("no-nr", "nonRepudiation"), ("expired", "expired")],
)
def test_certificates_that_may_not_sign_are_refused(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, cert: str, expected: str
) -> None:
    out = tmp_path / "out.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out, cert=cert)
    assert code != 0 and expected in err and not out.exists()


def test_not_a_pdf_is_refused(hsm: Any, pin_env: str, tmp_path: Path) -> None:
    bogus = tmp_path / "letter.pdf"
    bogus.write_text("hello", encoding="utf-8")
    code, _, err = sign_cli(hsm, [bogus], "--out", tmp_path / "out.pdf")
    assert code != 0 and "not a PDF" in err and not (tmp_path / "out.pdf").exists()


def test_a_file_changed_after_its_signature_is_refused(
    hsm: Any, pin_env: str, signed: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(signed.read_bytes() + b"\n% appended\n")
    code, _, err = sign_cli(hsm, [changed], "--out", tmp_path / "again.pdf")
    assert code != 0 and "changed after signature" in err


def test_wrong_pin_is_clear_and_writes_nothing(
    hsm: Any, letter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(PIN_ENV, "999999")
    out = tmp_path / "out.pdf"
    with caplog.at_level("DEBUG"):
        code, stdout, err = sign_cli(hsm, [letter], "--out", out)
    assert code != 0 and "wrong PIN" in err and "tries are left" in err
    assert not out.exists()
    assert "999999" not in err + stdout + caplog.text, "the PIN is never written anywhere"


def test_batch_one_login_and_output_names(
    hsm: Any, pin_env: str, tmp_path: Path, letter: Path, trust_root: Path
) -> None:
    sources = []
    for i in range(4):
        copy = tmp_path / f"letter-{i}.pdf"
        copy.write_bytes(letter.read_bytes())
        sources.append(copy)
    out_dir = tmp_path / "signed"
    out_dir.mkdir()
    code, out, err = sign_cli(hsm, sources, "--out-dir", out_dir)
    assert code == 0, err
    outputs = sorted(out_dir.glob("*.pdf"))
    assert [p.name for p in outputs] == [p.name for p in sources]
    code, reports = verify(outputs, trust_root)
    assert code == 0 and all(r["valid"] for r in reports)
    code, out, _ = sign_cli(hsm, sources, "--out-dir", out_dir)  # a second run finds them signed
    assert code == 0 and out.count("already signed") == 4


def test_pin_never_reaches_logs(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("DEBUG"):
        code, out, err = sign_cli(hsm, [letter], "--out", tmp_path / "x.pdf")
    assert code == 0, err
    assert hsm.pin not in caplog.text + out + err
    assert os.environ[PIN_ENV] == hsm.pin


def test_b_t_with_failover_to_a_working_timestamp_authority(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, tsa_url: str, trust_root: Path
) -> None:
    out = tmp_path / "bt.pdf"
    dead = "http://127.0.0.1:9/tsa"  # nothing listens on the discard port: the first authority fails
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--level", "B-T", "--tsa", dead, "--tsa", tsa_url)
    assert code == 0, err
    code, (report,) = verify([out], trust_root)
    assert code == 0, report
    (sig,) = report["signatures"]
    assert sig["level"] == "B-T" and sig["timestamp_time"] and sig["valid"] is True


def test_b_t_without_any_reachable_authority_writes_nothing(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bt.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--level", "B-T", "--tsa", "http://127.0.0.1:9/tsa")
    assert code != 0 and "timestamp" in err.lower() and not out.exists()


def test_offline_b_b_letter_is_augmented_to_b_t_and_still_validates(
    signed: Path, tmp_path: Path, tsa_url: str, trust_root: Path
) -> None:
    out = tmp_path / "augmented.pdf"
    code, stdout, err = run_cli("augment", signed, "--out", out, "--tsa", tsa_url, "--trust", trust_root)
    assert code == 0, err
    assert "hours after signing" in stdout and "VALID" in stdout
    code, (report,) = verify([out], trust_root)
    assert code == 0, report
    (sig,) = report["signatures"]
    assert sig["level"] == "B-T" and sig["coverage"] == "entire-revision" and sig["valid"] is True
    assert (
        sig["timestamp_time"]
        and sig["timestamp_gap_seconds"] is not None
        and sig["timestamp_gap_seconds"] >= 0
    )
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, check=False).stdout
    # pdfsig validates the signature; RFC 3161 document timestamps it cannot ("Unimplemented Feature")
    first = pdfsig.split("Signature #2")[0]
    assert "Signature is Valid" in first and "Timestamp" in pdfsig


@pytest.mark.parametrize("level", ["B-LT", "B-LTA"])
def test_long_term_levels_embed_validation_data(
    hsm: Any,
    pin_env: str,
    letter: Path,
    tmp_path: Path,
    tsa_url: str,
    trust_root: Path,
    level: str,
    responder: Any,
) -> None:
    out = tmp_path / f"{level}.pdf"
    before = len(responder.requests)
    code, _, err = sign_cli(
        hsm, [letter], "--out", out, "--level", level, "--tsa", tsa_url, "--trust", trust_root
    )
    assert code == 0, err
    asked = responder.requests[before:]
    assert "/ocsp" in asked or "/crl" in asked, "revocation status was fetched from the responder"
    code, (report,) = verify([out], trust_root)
    assert code == 0, report
    (sig,) = report["signatures"]
    assert sig["level"] == level and sig["valid"] is True and sig["modified_after_signing"] is False


def test_long_term_levels_need_trust_anchors(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, tsa_url: str
) -> None:
    code, _, err = sign_cli(hsm, [letter], "--out", tmp_path / "x.pdf", "--level", "B-LT", "--tsa", tsa_url)
    assert code != 0 and "--trust" in err


def test_a_revoked_certificate_cannot_sign_long_term(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, tsa_url: str, trust_root: Path
) -> None:
    out = tmp_path / "revoked.pdf"
    code, _, err = sign_cli(
        hsm,
        [letter],
        "--out",
        out,
        "--level",
        "B-LT",
        "--tsa",
        tsa_url,
        "--trust",
        trust_root,
        cert="revoked",
    )
    assert code != 0 and not out.exists()
    assert "revoked" in err.lower() or "not signed" in err.lower()


@pytest.mark.parametrize("level", ["B-LT", "B-LTA"])
def test_offline_letter_is_augmented_to_long_term_levels(
    signed: Path, tmp_path: Path, tsa_url: str, trust_root: Path, level: str
) -> None:
    out = tmp_path / f"aug-{level}.pdf"
    code, stdout, err = run_cli(
        "augment", signed, "--out", out, "--tsa", tsa_url, "--level", level, "--trust", trust_root
    )
    assert code == 0, err + stdout
    code, (report,) = verify([out], trust_root)
    assert code == 0, report
    (sig,) = report["signatures"]
    assert sig["level"] == level and sig["valid"] is True


def test_key_that_demands_the_pin_per_signature(
    hsm: Any, pin_env: str, tmp_path: Path, letter: Path, trust_root: Path
) -> None:
    """A real SoftHSM key with CKA_ALWAYS_AUTHENTICATE: without a login per signature the token refuses."""
    sources = []
    for i in range(3):
        copy = tmp_path / f"l{i}.pdf"
        copy.write_bytes(letter.read_bytes())
        sources.append(copy)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = sign_cli(hsm, sources, "--out-dir", out_dir, cert="always-pin")
    assert code == 0, err
    code, reports = verify(sorted(out_dir.iterdir()), trust_root)
    assert code == 0 and len(reports) == 3


def test_several_signing_certificates_mean_the_caller_chooses(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path
) -> None:
    code, _, err = sign_cli(hsm, [letter], "--out", tmp_path / "x.pdf", cert=None)
    assert code != 0 and "several signing certificates" in err and "--cert-label" in err


def test_certificate_by_id_and_invisible_signature(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, trust_root: Path
) -> None:
    out = tmp_path / "invisible.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--cert-id", "01", "--invisible", cert=None)
    assert code == 0, err
    code, (report,) = verify([out], trust_root)
    assert code == 0, report
    with pymupdf.open(out) as doc:
        signed_widgets = [w for page in doc for w in page.widgets() if w.field_name != "Signature1"]
        assert signed_widgets and all(w.rect.is_empty for w in signed_widgets), "no visible appearance"


def test_a_pdf_without_a_reserved_spot_gets_one_on_its_last_page(
    hsm: Any, pin_env: str, tmp_path: Path, trust_root: Path
) -> None:
    import pikepdf

    plain = tmp_path / "plain.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        pdf.add_blank_page(page_size=(595, 842))
        pdf.save(plain)
    out = tmp_path / "plain-signed.pdf"
    code, _, err = sign_cli(hsm, [plain], "--out", out)
    assert code == 0, err
    code, (report,) = verify([out], trust_root)
    assert code == 0, report
    with pymupdf.open(out) as doc:
        (widget,) = list(doc[-1].widgets())
        assert widget.rect.x0 > 595 / 2 and widget.rect.y1 > 842 * 0.7, "bottom right of the last page"
        assert not list(doc[0].widgets())
