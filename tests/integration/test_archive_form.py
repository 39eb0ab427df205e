"""Letters are PDF/A-3b, and signing keeps them so: the structure checked with pikepdf (and pikepdf's own
PDF/A validator, which applies veraPDF's rules but does not check forms or embedded files), the fonts with
poppler's pdffonts, the Thai text with pdftotext, the signature with our verify and with pdfsig. No veraPDF
here: see the README's "Archive form" for what is and is not checked."""

import io
import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.letterdata import ATTACHMENT
from tests.helpers import PIN_ENV, example, pdftotext, run_cli, sign_cli

HARD_WORDS = "น้ำ ที่ ผู้ ปั้น ปลื้ม ฝ้าย ฤๅษี กำ ค่ำ ญี่ปุ่น ศักดิ์ ตุ๊กตา ฎีกา ฐาน ปู่ ป่า ร่ำ ป้ำ ปิ่น ทำ"
NOT_CHECKED_BY_PIKEPDF = {"pikepdf:schema-Catalog", "pikepdf:embedded-file"}
"""What pikepdf's validator reports as unsupported in a letter (forms, embedded files): checked here."""


@pytest.fixture
def letter_data() -> dict[str, Any]:
    data = example("external-letter")
    data["body"] = [f"คำยาก: {HARD_WORDS}", *data["body"]]
    return data


@pytest.fixture
def letter(
    tmp_path: Path, write_json: Callable[..., Path], emblem: Path, letter_data: dict[str, Any]
) -> Path:
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(letter_data),
        "--out",
        out,
        "--emblem",
        emblem,
    )
    assert code == 0, err
    return out


@pytest.fixture
def signed(hsm: Any, letter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, emblem: Path) -> Path:
    """Signed in the reserved spot, the stamp carrying a signature image with transparent parts."""
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    out = tmp_path / "signed.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--signature-image", emblem)
    assert code == 0, err
    return out


def _date(value: str) -> datetime:
    return pikepdf.models.metadata.decode_pdf_date(value)


def check_archive_form(path: Path, data: dict[str, Any], signed: bool) -> None:
    """A letter: PDF/A-3b carrying its data, its Thai text extracting exactly."""
    check_pdfa(path, data["subject"], signed)
    with pikepdf.open(path) as pdf:
        _check_letter_data(pdf, data)
    words = canonical_thai(pdftotext(path)).split()
    for word in canonical_thai(HARD_WORDS).split():
        assert word in words, f"{word!r} not extracted exactly"


def check_pdfa(path: Path, title: str, signed: bool) -> None:
    """Any PDF we render (letter, minute, routing slip): PDF/A-3b as far as checked here."""
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-1.7\n%"), "PDF 1.7 header with the binary comment"
    with pikepdf.open(path) as pdf:
        assert "/Encrypt" not in pdf.trailer
        assert len(pdf.trailer.ID) == 2 and all(bytes(part) for part in pdf.trailer.ID)  # Qt's, then qpdf's
        _check_metadata(pdf, title, signed)
        _check_output_intent(pdf)
        _check_pages(pdf)
    _check_validator(raw)
    _check_fonts(path)


def _check_metadata(pdf: pikepdf.Pdf, title: str, signed: bool) -> None:
    """XMP: the identification, and every information dictionary entry mirrored with the same value."""
    meta = pdf.open_metadata()
    assert meta.pdfa_status == "3B"
    assert "/Filter" not in pdf.Root.Metadata.stream_dict, "the XMP stays readable without decoding"
    info = pdf.docinfo
    assert set(info.keys()) <= {"/Title", "/Creator", "/Producer", "/CreationDate", "/ModDate"}
    assert ("/Producer" in info) == signed
    assert str(info.Title) == meta["dc:title"] == title
    assert str(info.Creator) == meta["xmp:CreatorTool"]
    assert str(info.get("/Producer", "")) == meta.get("pdf:Producer", "")
    assert _date(str(info.CreationDate)) == datetime.fromisoformat(meta["xmp:CreateDate"])
    assert _date(str(info.ModDate)) == datetime.fromisoformat(meta["xmp:ModifyDate"])
    packet = pdf.Root.Metadata.read_bytes().decode("utf-8")
    for namespace in ("pdfxid", "pdf:Trapped"):
        assert namespace not in packet  # not allowed in PDF/A-3 without an extension schema


def _check_output_intent(pdf: pikepdf.Pdf) -> None:
    """GTS_PDFA1 with an sRGB ICC profile."""
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == pikepdf.Name.GTS_PDFA1
    assert "sRGB" in str(intent.OutputConditionIdentifier)
    profile = intent.DestOutputProfile
    assert profile.N == 3
    icc = profile.read_bytes()
    assert icc[36:40] == b"acsp" and icc[12:16] == b"mntr" and icc[16:20] == b"RGB "
    assert int.from_bytes(icc[:4], "big") == len(icc)
    assert b"sRGB" in icc


def _check_letter_data(pdf: pikepdf.Pdf, data: dict[str, Any]) -> None:
    """The letter data as an associated file, equal to what was drafted."""
    (spec,) = pdf.Root.AF
    assert str(spec.F) == str(spec.UF) == ATTACHMENT
    assert spec.AFRelationship == pikepdf.Name.Data
    embedded = spec.EF.F
    assert embedded.stream_dict.Subtype == pikepdf.Name("/application/json")
    assert _date(str(embedded.stream_dict.Params.ModDate))
    assert pdf.attachments[ATTACHMENT].obj.objgen == spec.objgen, "/AF and the name tree hold one file"
    carried = json.loads(embedded.read_bytes())
    assert carried["template"] == "external-letter"
    for key, value in data.items():
        assert carried["data"][key] == value, key


def _check_pages(pdf: pikepdf.Pdf) -> None:
    """Every annotation prints and has a normal appearance; no transparency group, no CMYK."""
    for page in pdf.pages:
        assert "/Group" not in page.obj, "Qt writes no transparency group"
        for annot in page.obj.get("/Annots", ()):
            assert int(annot.F) & 4 and not int(annot.F) & 0b100100011  # printed, never hidden
            x0, y0, x1, y1 = (float(v) for v in annot.Rect)
            if x1 - x0 or y1 - y0:  # an invisible signature's widget has no size and needs no appearance
                assert set(annot.AP.keys()) == {"/N"}, "PDF/A: a normal appearance only"
            assert "/AA" not in annot and "/A" not in annot  # no actions
        spaces = page.obj.Resources.get("/ColorSpace", {})
        assert all("CMYK" not in str(space) for space in spaces.values())
    assert "/NeedAppearances" not in pdf.Root.get("/AcroForm", {})


def _check_validator(raw: bytes) -> None:
    """pikepdf's validator (veraPDF's rules) on the rest: no violation, only what it leaves unchecked."""
    from pikepdf.pdfa import validate_written

    report = validate_written(io.BytesIO(raw), "3b")
    violations = [f for f in report.findings if f.kind != "unsupported"]
    assert not violations, violations
    assert {f.rule for f in report.findings} <= NOT_CHECKED_BY_PIKEPDF, report.findings
    # the form stops it at the catalogue (the embedded file, pyHanko's /Extensions and /DSS unchecked):
    # without the form, its widgets (their appearances drawn on the page) and what signing adds to the
    # catalogue, it passes
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        for key in ("/AcroForm", "/Extensions", "/DSS"):
            if key in pdf.Root:
                del pdf.Root[key]
        for page in pdf.pages:
            widgets = [a for a in page.obj.get("/Annots", ()) if a.get("/Subtype") == pikepdf.Name.Widget]
            page.obj.Annots = pikepdf.Array([a for a in page.obj.get("/Annots", ()) if a not in widgets])
            for widget in widgets:  # their appearances drawn on the page instead, so that they are checked
                if "/AP" in widget:
                    x, y = (float(v) for v in widget.Rect[:2])
                    name = page.add_resource(widget.AP.N, pikepdf.Name.XObject, prefix="Ap")
                    page.contents_add(pdf.make_stream(f"q 1 0 0 1 {x} {y} cm {name} Do Q".encode()))
        formless = io.BytesIO()
        pdf.save(formless)
    formless.seek(0)
    report = validate_written(formless, "3b")
    assert report.verdict == "pass", report.findings


def _check_fonts(path: Path) -> None:
    """Every font embedded, with a Unicode map (poppler's pdffonts)."""
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts
    for row in fonts:
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row


def _masked_images(form: pikepdf.Stream, depth: int = 0) -> int:
    """Images with a soft mask or a stencil mask (Qt's choice when every pixel is opaque or clear)."""
    found = 0
    for xobject in form.get("/Resources", {}).get("/XObject", {}).values():
        if xobject.get("/Subtype") == pikepdf.Name.Image:
            found += "/SMask" in xobject or "/Mask" in xobject
        elif depth < 5:
            found += _masked_images(xobject, depth + 1)
    return found


def test_a_drafted_letter_is_pdfa_3b(letter: Path, letter_data: dict[str, Any]) -> None:
    check_archive_form(letter, letter_data, signed=False)


def test_signing_keeps_the_archive_form_and_the_signature_validates(
    signed: Path, letter_data: dict[str, Any], trust_root: Path
) -> None:
    check_archive_form(signed, letter_data, signed=True)
    with pikepdf.open(signed) as pdf:
        (widget,) = [a for a in pdf.pages[-1].obj.Annots if str(a.get("/T")) == "Signature1"]
        assert _masked_images(widget.AP.N), "the stamp carries the signature image, transparent around it"
    code, out, _err = run_cli("verify", signed, "--json", "--trust", trust_root)
    (report,) = json.loads(out)
    assert code == 0 and report["valid"] is True, report
    (sig,) = report["signatures"]
    assert sig["coverage"] == "entire-file" and sig["modified_after_signing"] is False
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is required as the independent validator")
    pdfsig = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig


def test_a_minute_is_pdfa_3b(tmp_path: Path) -> None:
    from eoffice_desktop.render.minute import render_minute
    from tests.unit.render.test_minute import _content

    content = _content()
    path = tmp_path / "minute.pdf"
    path.write_bytes(render_minute(content).pdf)
    check_pdfa(path, f"{content.heading} {content.letter.subject}".strip(), signed=False)
    with pikepdf.open(path) as pdf:
        assert "/AF" not in pdf.Root and not pdf.attachments  # it carries no file


def test_a_second_signature_timestamps_and_validation_data_keep_the_archive_form(
    hsm: Any, signed: Path, letter_data: dict[str, Any], tsa_url: str, trust_root: Path, tmp_path: Path
) -> None:
    """Each update pyHanko appends (a signature, the DSS, a document timestamp) rewrites the XMP and the
    information dictionary's dates: they must still agree, and the identification stay."""
    out = tmp_path / "long-term.pdf"
    trust = ("--tsa", tsa_url, "--trust", trust_root)
    code, _, err = sign_cli(hsm, [signed], "--out", out, "--level", "B-LTA", "--invisible", *trust)
    assert code == 0, err
    check_archive_form(out, letter_data, signed=True)
    code, stdout, _err = run_cli("verify", out, "--json", "--trust", trust_root)
    (report,) = json.loads(stdout)
    assert code == 0 and report["valid"] is True, report
    assert [s["valid"] for s in report["signatures"]] == [True, True]
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, check=False).stdout
    assert pdfsig.count("Signature is Valid") >= 2, pdfsig


def test_the_number_and_date_filled_after_signing_keep_the_archive_form(
    hsm: Any, tmp_path: Path, trust_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letter numbered after its signature (blank fields, signed, then filled by the saraban desk)."""
    from eoffice_desktop.drafting import validate_letter
    from eoffice_desktop.render import render_letter
    from eoffice_desktop.render.blanks import MARKS
    from eoffice_desktop.render.field_text import render_field_text
    from eoffice_desktop.render.letter import RenderOptions
    from eoffice_desktop.signing.fill import fill_blanks
    from eoffice_desktop.templates import default_registry

    registry = default_registry()
    template = registry.get("external-letter")
    data = example("external-letter")
    values = validate_letter(template, data, registry)
    values["number"], values["date"] = MARKS["number"], MARKS["date"]
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(render_letter(template, values, RenderOptions(embed_data=data)).pdf)
    check_pdfa(blank, data["subject"], signed=False)
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    signed = tmp_path / "signed.pdf"
    code, _, err = sign_cli(hsm, [blank], "--out", signed)
    assert code == 0, err
    filled = tmp_path / "filled.pdf"
    filled.write_bytes(
        fill_blanks(signed.read_bytes(), {"number": "ดศ ๐๒๐๑/๙", "date": "๕ ธันวาคม ๒๕๖๙"}, render_field_text)
    )
    check_pdfa(filled, data["subject"], signed=True)
    code, stdout, _err = run_cli("verify", filled, "--json", "--trust", trust_root, "--offline")
    (report,) = json.loads(stdout)
    assert report["signatures"][0]["intact"] is True, report


def test_a_routing_slip_is_pdfa_3b(tmp_path: Path) -> None:
    from eoffice_desktop.render.routing_slip import SlipContent, SlipRow, render_routing_slip

    title = "บันทึกการเสนอ ขอเชิญประชุม"
    row = SlipRow("๑", "นายสมชาย ใจดี\nผู้ร่าง", "เสนอ", "๕ ธ.ค. ๒๕๖๙ ๐๙.๓๐ น.", "ปั้นงานให้ทัน", "ถูกต้อง")
    content = SlipContent("บันทึกการเสนอ", (("เรื่อง", "ขอเชิญประชุม"),), (row,), "พิมพ์เมื่อ", title)
    path = tmp_path / "slip.pdf"
    path.write_bytes(render_routing_slip(content).pdf)
    check_pdfa(path, title, signed=False)
