"""A letter signed by three people one after the other, on their own tokens, at different levels, then
augmented: valid in our verify, in pdfsig and in pyHanko's CLI; any other change after the signatures makes
it invalid."""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests import forgery
from tests.helpers import PIN_ENV, example, run_cli, sign_cli


@dataclass(frozen=True)
class Letters:
    first: Path  # B-B in the reserved field Signature1
    second: Path  # + B-LT, invisible (a field of its own)
    third: Path  # + B-T, invisible
    augmented: Path  # + document timestamp and validation data for all (augment --level B-LT)


@pytest.fixture(scope="module")
def letters(
    hsm: Any, pki: Any, tsa_url: str, trust_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Letters]:
    from tests.softhsm import add_token, remove_token

    second_card = add_token(hsm, "eoffice-test-2", pki.signer2)
    third_card = add_token(hsm, "eoffice-test-3", pki.signer3)
    directory = tmp_path_factory.mktemp("several")
    data = directory / "letter.json"
    data.write_text(json.dumps(example("external-letter"), ensure_ascii=False), encoding="utf-8")
    draft = directory / "draft.pdf"
    assert run_cli("draft", "--template", "external-letter", "--data", data, "--out", draft)[0] == 0
    os.environ[PIN_ENV] = hsm.pin
    made = Letters(*(directory / f"{n}.pdf" for n in ("first", "second", "third", "augmented")))
    code, _, err = sign_cli(hsm, [draft], "--out", made.first)
    assert code == 0, err
    trust = ("--tsa", tsa_url, "--trust", trust_root)
    code, _, err = sign_cli(
        second_card, [made.first], "--out", made.second, "--level", "B-LT", "--invisible", *trust,
        cert="signer2",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = sign_cli(
        third_card, [made.second], "--out", made.third, "--level", "B-T", "--invisible", "--tsa", tsa_url,
        cert="signer3",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run_cli("augment", made.third, "--out", made.augmented, "--level", "B-LT", *trust)
    assert code == 0, err
    yield made
    remove_token(second_card)
    remove_token(third_card)


def _verify(path: Path, trust: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run_cli("verify", path, "--trust", trust, "--json")
    return code, json.loads(out)[0]


def _pdfsig(path: Path, *extra: str) -> str:
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is required as the independent validator")
    return subprocess.run(["pdfsig", *extra, str(path)], capture_output=True, text=True, check=False).stdout


def _pyhanko(path: Path, trust: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pyhanko", "sign", "validate", "--trust", str(trust), "--trust-replace",
         "--pretty-print", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_each_signature_keeps_the_earlier_ones_valid(letters: Letters, trust_root: Path) -> None:
    """A countersignature is not a change that breaks the first signature (it once was: 'form fields were
    filled in or signed')."""
    for path, count in ((letters.first, 1), (letters.second, 2), (letters.third, 3)):
        code, report = _verify(path, trust_root)
        assert code == 0 and report["valid"] is True, report
        assert len(report["signatures"]) == count
        assert all(s["valid"] and not s["modified_after_signing"] for s in report["signatures"]), report


def test_each_signature_has_its_own_level(letters: Letters, trust_root: Path, pki: Any) -> None:
    """The first (B-B) is not B-T because a later signature carries a timestamp, nor B-LT because a later
    signer added validation data for their own certificate; the third (B-T) is not B-LT either."""
    _code, report = _verify(letters.third, trust_root)
    signatures = report["signatures"]
    assert [s["level"] for s in signatures] == ["B-B", "B-LT", "B-T"], signatures
    assert signatures[0]["field"] == "Signature1"
    names = [s["signer"] for s in signatures]
    assert names == ["นายสมชาย ใจดี", "นางสาวสมหญิง รักงาน", "นายสมศักดิ์ มั่นคง"]
    assert signatures[0]["timestamp_time"] is None and signatures[0]["signing_time"]
    assert all(s["timestamp_time"] for s in signatures[1:])


def test_three_signatures_augmented_are_valid_everywhere(letters: Letters, trust_root: Path) -> None:
    code, report = _verify(letters.augmented, trust_root)
    assert code == 0 and report["valid"] is True, report
    signatures = report["signatures"]
    assert len(signatures) == 3 and all(s["valid"] for s in signatures), signatures
    # the second signer's validation data came before augmentation's document timestamp, which covers it
    assert [s["level"] for s in signatures] == ["B-LT", "B-LTA", "B-LT"], signatures
    # poppler: each of the three signatures valid (the document timestamp, the fourth, it cannot check)
    pdfsig = _pdfsig(letters.augmented, "-nocert")
    parts = pdfsig.split("Signature #")[1:]
    assert len(parts) == 4, pdfsig
    assert all("Signature is Valid" in part for part in parts[:3]), pdfsig
    # pyHanko's own command line, with our root trusted
    pyhanko = _pyhanko(letters.augmented, trust_root)
    assert pyhanko.returncode == 0, pyhanko.stdout + pyhanko.stderr
    assert pyhanko.stdout.count("The signature is judged VALID") >= 3, pyhanko.stdout


def test_a_letter_signed_at_long_term_levels_can_be_signed_again(
    letters: Letters, hsm: Any, tmp_path: Path, trust_root: Path
) -> None:
    """`sign` once refused letters with a DSS or a document timestamp after the last signature."""
    os.environ[PIN_ENV] = hsm.pin
    out = tmp_path / "fourth.pdf"
    code, _, err = sign_cli(hsm, [letters.augmented], "--out", out, "--invisible")
    assert code == 0, err
    code, report = _verify(out, trust_root)
    assert code == 0 and len(report["signatures"]) == 4, report


def test_a_signature_added_offline_after_a_timestamped_one_is_timestamped_later(
    letters: Letters, hsm: Any, tmp_path: Path, trust_root: Path, tsa_url: str
) -> None:
    """Each signature has its own trusted time: the letter's earlier document timestamps do not cover a
    signature made after them, so the sync (needs_timestamp) and `augment` still give it one."""
    from eoffice_desktop.signing.augment import needs_timestamp

    os.environ[PIN_ENV] = hsm.pin
    fourth = tmp_path / "fourth.pdf"
    code, _, err = sign_cli(hsm, [letters.augmented], "--out", fourth, "--invisible")
    assert code == 0, err
    assert not needs_timestamp(letters.augmented.read_bytes())
    assert needs_timestamp(fourth.read_bytes()), "the fourth signature has no trusted time yet"
    code, report = _verify(fourth, trust_root)
    assert report["signatures"][-1]["level"] == "B-B"
    stamped = tmp_path / "stamped.pdf"
    code, _, err = run_cli("augment", fourth, "--out", stamped, "--tsa", tsa_url, "--level", "B-T")
    assert code == 0, err
    assert not needs_timestamp(stamped.read_bytes())
    code, report = _verify(stamped, trust_root)
    assert code == 0 and [s["valid"] for s in report["signatures"]] == [True] * 4, report
    # B-LT, not just B-T: the letter's DSS already holds validation data for this certificate (the first
    # signer's, the same token)
    assert report["signatures"][-1]["level"] in ("B-T", "B-LT") and report["signatures"][-1]["timestamp_time"]
    code, _, err = run_cli("augment", stamped, "--out", tmp_path / "again.pdf", "--tsa", tsa_url)
    assert code != 0 and "already has a trusted time" in err


# Observed on these forgeries of the three-signature letter (poppler 22.12, pyHanko 0.38): pdfsig reports
# every signature valid for all of them but the bogus cross-reference table (it checks no incremental
# update; there it rebuilds the cross-reference data, finds the appended catalog and "does not contain any
# signatures"); pyHanko's CLI judges the appended object, the appended catalog (old startxref), the new
# /Info and the new XMP "ACCEPTABLE_MODIFICATIONS". Our verify must reject them all.
FORGERIES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "appended-object": (forgery.appended_object, "not a proper incremental update"),
    "appended-catalog": (lambda d: forgery.appended_catalog(d, bogus_xref=False), "not a proper incremental"),
    "appended-catalog-bogus-xref": (lambda d: forgery.appended_catalog(d, bogus_xref=True), "not a proper"),
    "new-info": (lambda d: forgery.incremental(d, forgery.new_info), "metadata"),
    "new-xmp": (lambda d: forgery.incremental(d, forgery.new_xmp), "metadata"),
    "page-content": (lambda d: forgery.incremental(d, forgery.add_page_content), "changed after signing"),
    "annotation": (lambda d: forgery.incremental(d, forgery.add_annotation), "changed after signing"),
}


@pytest.mark.parametrize("variant", list(FORGERIES))
def test_changes_after_three_signatures_make_every_signature_invalid(
    letters: Letters, tmp_path: Path, trust_root: Path, variant: str, hsm: Any
) -> None:
    change, expected = FORGERIES[variant]
    forged = tmp_path / f"{variant}.pdf"
    forged.write_bytes(change(letters.augmented.read_bytes()))
    code, report = _verify(forged, trust_root)
    assert code != 0 and report["valid"] is False, report
    signatures = report["signatures"]
    if variant == "appended-catalog-bogus-xref":  # unreadable with what was appended: said for the file
        assert not signatures and any(expected in p for p in report["problems"]), report
        thai = report["problems_th"]
    else:
        assert len(signatures) == 3 and not any(s["valid"] for s in signatures), signatures
        assert all(s["modified_after_signing"] for s in signatures), signatures
        for s in signatures:
            assert any(expected in p for p in s["problems"]), s["problems"]
        thai = [p for s in signatures for p in s["problems_th"]]
    assert thai and all(any("\u0e00" <= ch <= "\u0e7f" for ch in p) for p in thai), "a Thai explanation too"
    # and `sign` refuses to add a signature to it
    os.environ[PIN_ENV] = hsm.pin
    code, _, err = sign_cli(hsm, [forged], "--out", tmp_path / "never.pdf", "--invisible")
    assert code != 0 and not (tmp_path / "never.pdf").exists(), err
    if variant != "appended-catalog-bogus-xref":
        assert "changed after signature" in err, err
