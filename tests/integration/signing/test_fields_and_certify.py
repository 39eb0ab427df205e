"""Several reserved fields on one letter: the reviewers initial their fields (`sign --field`), the signer
signs Signature1, and the first signature may certify the letter (`sign --certify`, DocMDP: form filling and
signing allowed). Checked with poppler's pdfsig, pyHanko's own validator and our verify."""

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from tests import forgery
from tests.helpers import PIN_ENV, example, run_cli, sign_cli

REVIEWERS = ["หัวหน้ากลุ่มงานสารบรรณ", "ผู้อำนวยการกองบริหารงานกลาง"]


@pytest.fixture
def letter(
    hsm: Any, tmp_path: Path, write_json: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A memo that passes through two reviewers: Signature1, Initials1 and Initials2 reserved."""
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    out = tmp_path / "letter.pdf"
    data = write_json(example("memo") | {"reviewers": REVIEWERS})
    code, _, err = run_cli("draft", "--template", "memo", "--data", data, "--out", out)
    assert code == 0, err
    return out


def _sign(hsm: Any, source: Path, out: Path, *extra: str) -> Path:
    code, _, err = sign_cli(hsm, [source], "--out", out, *extra)
    assert code == 0, err
    return out


def _verify(path: Path, trust: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run_cli("verify", path, "--trust", trust, "--json")
    return code, json.loads(out)[0]


def _pdfsig(path: Path) -> str:
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is required as the independent validator")
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def _pyhanko(path: Path, trust: Path) -> dict[str, Any]:
    """pyHanko's own validation of every signature: field name → its status."""
    context = ValidationContext(
        trust_roots=load_trust_anchors([trust]), allow_fetching=False, revocation_mode="soft-fail"
    )
    with path.open("rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        return {str(s.field_name): validate_pdf_signature(s, context) for s in reader.embedded_signatures}


def _fields(path: Path) -> dict[str, bool]:
    """The letter's signature fields: name → signed (holds a signature value)."""
    with pikepdf.open(path) as pdf:
        return {str(f.T): "/V" in f for f in pdf.Root.AcroForm.Fields if f.get("/FT") == "/Sig"}


def test_a_reviewer_initials_the_named_field_with_an_appearance_that_fits_it(
    hsm: Any, letter: Path, tmp_path: Path, trust_root: Path
) -> None:
    initialled = _sign(hsm, letter, tmp_path / "initialled.pdf", "--field", "Initials1")
    code, report = _verify(initialled, trust_root)
    assert code == 0 and report["valid"], report
    assert [s["field"] for s in report["signatures"]] == ["Initials1"]
    assert "Signature is Valid" in _pdfsig(initialled)
    with pikepdf.open(initialled) as pdf:
        (widget,) = [a for a in pdf.Root.AcroForm.Fields if str(a.T) == "Initials1"]
        x0, y0, x1, y1 = (float(v) for v in widget.Rect)
        (stamp,) = widget.AP.N.Resources.XObject.values()
        sx0, sy0, sx1, sy1 = (float(v) for v in stamp.BBox)
        drawn = widget.AP.N.read_bytes()
    assert (sx1 - sx0, sy1 - sy0) == pytest.approx((x1 - x0, y1 - y0), abs=1), (
        "the stamp is made for this spot"
    )
    assert b" cm " not in drawn.replace(b"1 0 0 1 0 0 cm ", b""), "and fills it, unscaled"
    assert _fields(initialled) == {"Signature1": False, "Initials1": True, "Initials2": False}


def test_certified_letter_verifies_and_a_reviewer_can_still_initial_it(
    hsm: Any, letter: Path, tmp_path: Path, trust_root: Path
) -> None:
    certified = _sign(hsm, letter, tmp_path / "certified.pdf", "--certify")
    code, report = _verify(certified, trust_root)
    assert code == 0 and report["valid"], report
    assert report["signatures"][0]["field"] == "Signature1"
    with certified.open("rb") as handle:
        (signature,) = PdfFileReader(handle, strict=False).embedded_signatures
        assert signature.docmdp_level is MDPPerm.FILL_FORMS, "a certification signature, form filling allowed"

    both = _sign(hsm, certified, tmp_path / "both.pdf", "--field", "Initials2")
    assert _fields(both) == {"Signature1": True, "Initials1": False, "Initials2": True}
    pdfsig = _pdfsig(both)
    assert pdfsig.count("Signature is Valid") == 2, pdfsig
    statuses = _pyhanko(both, trust_root)
    assert list(statuses) == ["Signature1", "Initials2"]
    for status in statuses.values():
        assert status.bottom_line, status.pretty_print_details()
    assert statuses["Signature1"].docmdp_ok is True, "signing a reserved field keeps the certification"
    code, report = _verify(both, trust_root)
    assert code == 0 and [s["valid"] for s in report["signatures"]] == [True, True], report


def test_a_change_forbidden_by_the_certification_makes_it_invalid(
    hsm: Any, letter: Path, tmp_path: Path, trust_root: Path
) -> None:
    certified = _sign(hsm, letter, tmp_path / "certified.pdf", "--certify")
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(forgery.incremental(certified.read_bytes(), forgery.add_annotation))
    code, report = _verify(changed, trust_root)
    assert code == 1 and report["valid"] is False
    (signature,) = report["signatures"]
    assert any("permissions (DocMDP)" in p for p in signature["problems"]), signature["problems"]
    assert any("สิทธิ์" in p for p in signature["problems_th"])
    assert _pyhanko(changed, trust_root)["Signature1"].docmdp_ok is False


def test_only_the_first_signature_may_certify(hsm: Any, letter: Path, tmp_path: Path) -> None:
    initialled = _sign(hsm, letter, tmp_path / "initialled.pdf", "--field", "Initials1")
    out = tmp_path / "certified.pdf"
    code, _, err = sign_cli(hsm, [initialled], "--out", out, "--certify")
    assert code == 1 and "already signed: only the first signature can certify" in err
    assert not out.exists()


def test_a_letter_certified_with_no_change_allowed_is_not_signed_again(
    hsm: Any, letter: Path, tmp_path: Path, pki: Any
) -> None:
    """Certified elsewhere with DocMDP "no changes": a further signature would break it, so `sign` says so
    instead of making a letter whose first signature is then invalid."""
    from tests.helpers import sign_with_key

    locked = sign_with_key(letter, tmp_path / "locked.pdf", pki.signer2, tmp_path, certify_no_changes=True)
    out = tmp_path / "out.pdf"
    code, _, err = sign_cli(hsm, [locked], "--out", out, "--invisible")
    assert code == 1 and "no change allowed" in err, err
    assert not out.exists()


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("Initials3", "has no signature field 'Initials3'; its empty ones: Signature1, Initials2"),
        ("Initials1", "the signature field 'Initials1' is already signed"),
    ],
)
def test_a_field_that_is_missing_or_signed_is_refused(
    hsm: Any, letter: Path, tmp_path: Path, field: str, said: str
) -> None:
    initialled = _sign(hsm, letter, tmp_path / "initialled.pdf", "--field", "Initials1")
    out = tmp_path / "again.pdf"
    code, stdout, err = sign_cli(hsm, [initialled], "--out", out, "--field", field)
    assert code == 1 and said in err and not stdout
    assert not out.exists()


def test_a_reserved_field_takes_no_invisible_signature(hsm: Any, letter: Path, tmp_path: Path) -> None:
    code, _, err = sign_cli(
        hsm, [letter], "--out", tmp_path / "out.pdf", "--field", "Initials1", "--invisible"
    )
    assert code == 1 and "visible spot" in err
    assert not (tmp_path / "out.pdf").exists()


def test_without_field_the_signer_signs_signature1_after_the_initials(
    hsm: Any, letter: Path, tmp_path: Path
) -> None:
    initialled = _sign(hsm, letter, tmp_path / "initialled.pdf", "--field", "Initials1")
    again = _sign(hsm, initialled, tmp_path / "again.pdf", "--field", "Initials2")
    signed = _sign(hsm, again, tmp_path / "signed.pdf")
    assert _fields(signed) == {"Signature1": True, "Initials1": True, "Initials2": True}
    assert _pdfsig(signed).count("Signature is Valid") == 3
