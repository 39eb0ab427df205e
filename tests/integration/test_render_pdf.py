"""Rendered letters, checked in the PDF: geometry, fonts, emblem, stamps, page numbers and extracted Thai."""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from tests.helpers import CM, example, pdftotext, run_cli, without_page_furniture

HARD_WORDS = "น้ำ ที่ ผู้ ปั้น ปลื้ม ฝ้าย ฤๅษี กำ ค่ำ ญี่ปุ่น ศักดิ์ ตุ๊กตา ฎีกา ฐาน ปู่ ป่า ร่ำ ป้ำ ปิ่น ทำ"
RED = (0.7, 0.2)  # minimum red, maximum green and blue of a red stamp


def _render(
    tmp_path: Path, write_json: Callable[..., Path], template: str, data: dict[str, Any], *extra: str | Path
) -> Path:
    out = tmp_path / f"{template}.pdf"
    code, _, err = run_cli("draft", "--template", template, "--data", write_json(data), "--out", out, *extra)
    assert code == 0, err
    return out


@pytest.fixture
def letter(tmp_path: Path, write_json: Callable[..., Path], emblem: Path) -> Path:
    return _render(tmp_path, write_json, "external-letter", example("external-letter"), "--emblem", emblem)


def _words(text: str) -> list[str]:
    return canonical_thai(text).split()


def _spans(page: pymupdf.Page) -> list[dict[str, Any]]:
    return [s for b in page.get_text("dict")["blocks"] for ln in b.get("lines", []) for s in ln["spans"]]


def _rgb(color: int) -> tuple[float, float, float]:
    return ((color >> 16) / 255, ((color >> 8) & 255) / 255, (color & 255) / 255)


def test_a4_pages_with_all_fonts_embedded(letter: Path) -> None:
    with pymupdf.open(letter) as doc:
        for page in doc:
            assert page.rect.width == pytest.approx(595.28, abs=0.5)
            assert page.rect.height == pytest.approx(841.89, abs=0.5)
            fonts = page.get_fonts()
            assert fonts, "no fonts on the page"
            assert all(ext == "ttf" for _xref, ext, *_ in fonts), fonts  # embedded TrueType programs


def test_pdffonts_reports_every_font_embedded_with_unicode_map(letter: Path) -> None:
    import subprocess

    rows = subprocess.run(["pdffonts", str(letter)], capture_output=True, text=True, check=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts
    for row in fonts:
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row


def test_emblem_is_3cm_high_top_centre_of_the_text_area(letter: Path) -> None:
    with pymupdf.open(letter) as doc:
        images = doc[0].get_image_info()
        assert len(images) == 1
        x0, y0, x1, y1 = images[0]["bbox"]
        assert y1 - y0 == pytest.approx(3 * CM, abs=0.5)
        assert y0 == pytest.approx(1.5 * CM, abs=0.5)
        text_centre = (3 * CM + (21 - 2) * CM) / 2
        assert (x0 + x1) / 2 == pytest.approx(text_centre, abs=0.5)
        assert not doc[1].get_image_info(), "the emblem is on page one only"


def test_memo_emblem_is_15mm_top_left(tmp_path: Path, write_json: Callable[..., Path], emblem: Path) -> None:
    pdf = _render(tmp_path, write_json, "memo", example("memo"), "--emblem", emblem)
    with pymupdf.open(pdf) as doc:
        (image,) = doc[0].get_image_info()
        x0, y0, _x1, y1 = image["bbox"]
        assert y1 - y0 == pytest.approx(1.5 * CM, abs=0.5)
        assert x0 == pytest.approx(3 * CM, abs=0.5)
        heading = next(s for s in _spans(doc[0]) if s["text"].strip() == "บันทึกข้อความ")
        assert heading["size"] == pytest.approx(29, abs=0.5)
        assert "Bold" in heading["font"]


def test_text_keeps_inside_the_margins(letter: Path) -> None:
    with pymupdf.open(letter) as doc:
        for page in doc:
            for span in _spans(page):
                if _rgb(span["color"])[0] > RED[0] and max(_rgb(span["color"])[1:]) < RED[1]:
                    continue  # stamps sit in the top and bottom margins by design
                x0, _y0, x1, y1 = span["bbox"]
                assert x0 >= 3 * CM - 0.5, span["text"]
                assert x1 <= (21 - 2) * CM + 0.5, span["text"]
                assert y1 <= (29.7 - 2) * CM + 0.5, span["text"]


def test_body_text_is_16pt(letter: Path) -> None:
    with pymupdf.open(letter) as doc:
        sizes = {round(s["size"]) for s in _spans(doc[0]) if "ตามหนังสือ" in s["text"]}
    assert sizes == {16}


@pytest.mark.parametrize("extractor", ["poppler", "mupdf"])
def test_extracted_thai_equals_the_source(
    tmp_path: Path, write_json: Callable[..., Path], extractor: str
) -> None:
    data = example("external-letter")
    data["body"] = [f"คำยาก: {HARD_WORDS}", *data["body"]]
    pdf = _render(tmp_path, write_json, "external-letter", data)
    if extractor == "poppler":
        text = pdftotext(pdf)
    else:
        with pymupdf.open(pdf) as doc:
            text = "".join(page.get_text() for page in doc)
    words = _words(text)
    for word in _words(HARD_WORDS):
        assert word in words, f"{word!r} not extracted exactly ({extractor})"
    # the whole body comes back, line breaks and page furniture (page numbers, stamps) aside
    joined = "".join(_words(without_page_furniture(text)))
    for paragraph in data["body"][1:]:
        assert "".join(_words(paragraph)) in joined
    for fixed in (
        "ดศ ๐๒๐๑/๑๒๓",
        "๒๔ พฤศจิกายน ๒๕๖๘",
        "ขอแสดงความนับถือ",
        "(นายสมชาย ใจดี)",
        "saraban@mdes.go.th",
    ):
        assert "".join(_words(fixed)) in joined


def test_thai_digits_everywhere_but_the_email(letter: Path) -> None:
    text = pdftotext(letter)
    assert re.findall(r"[0-9]", text.replace("saraban@mdes.go.th", "")) == []
    assert "๐ ๒๑๔๑ ๖๗๔๗" in text


def test_continuation_pages_are_numbered(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    data = example("external-letter")
    data["body"] = data["body"] * 4
    pdf = _render(tmp_path, write_json, "external-letter", data)
    with pymupdf.open(pdf) as doc:
        assert doc.page_count >= 3
        assert "- ๑ -" not in doc[0].get_text()
        for number, page in enumerate(doc, start=1):
            if number == 1:
                continue
            spans = [s for s in _spans(page) if s["text"].strip() == f"- {'๐๑๒๓๔๕๖๗๘๙'[number]} -"]
            assert spans, f"no page number on page {number}"
            x0, _y0, x1, y1 = spans[0]["bbox"]
            assert (x0 + x1) / 2 == pytest.approx(11 * CM, abs=2)
            assert y1 < 2.5 * CM
        last = doc[-1].get_text()
        assert "ขอแสดงความนับถือ" in last and "(นายสมชาย ใจดี)" in last
        before_closing = last.split("ขอแสดงความนับถือ")[0].splitlines()
        body = [
            ln for ln in before_closing if ln.strip() and not re.fullmatch(r"\s*(-\s*[๐-๙]+\s*-|ลับ)\s*", ln)
        ]
        assert len(body) >= 2, "the closing never stands on a page without body text above it"
        assert doc.pdf_catalog() and doc.xref_get_key(doc.pdf_catalog(), "Lang") == ("string", "th-TH")


def test_speed_and_secrecy_stamps_are_red(letter: Path) -> None:
    with pymupdf.open(letter) as doc:
        for number, page in enumerate(doc):
            red = [
                s for s in _spans(page) if _rgb(s["color"])[0] > RED[0] and max(_rgb(s["color"])[1:]) < RED[1]
            ]
            secrecy = [s for s in red if s["text"].strip() == "ลับ"]
            assert len(secrecy) == 2, f"page {number + 1}: secrecy stamp top and bottom"
            tops = sorted(s["bbox"][1] for s in secrecy)
            assert tops[0] < 2 * CM and tops[1] > 27 * CM
            if number == 0:
                speed = [s for s in red if s["text"].strip() == "ด่วนที่สุด"]
                assert speed and speed[0]["size"] == pytest.approx(32, abs=0.5)


def test_signature_spot_is_reserved_above_the_signer_name(letter: Path) -> None:
    with pymupdf.open(letter) as doc:
        widgets = [(page, w) for page in doc for w in page.widgets()]
        assert len(widgets) == 1
        page, widget = widgets[0]
        assert widget.field_type == pymupdf.PDF_WIDGET_TYPE_SIGNATURE
        name = page.search_for("(นายสมชาย ใจดี)")
        assert name, "signer name not found on the signature page"
        rect = widget.rect
        assert rect.y1 <= name[0].y0 + 1
        assert rect.x0 >= 3 * CM + (16 * CM) / 4 - 1  # in the right part of the text area


def test_no_emblem_leaves_the_space_empty_and_says_so(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    out = tmp_path / "no-emblem.pdf"
    data = write_json(example("external-letter"))
    code, _, err = run_cli("draft", "--template", "external-letter", "--data", data, "--out", out)
    assert code == 0
    assert "emblem" in err
    with pymupdf.open(out) as doc:
        assert not doc[0].get_image_info()
        first_text = min(s["bbox"][1] for s in _spans(doc[0]) if s["text"].startswith("ที่"))
        assert first_text > 4.5 * CM


@pytest.mark.parametrize("template", ["memo", "stamped-letter", "order", "announcement"])
def test_every_kind_renders_its_text(tmp_path: Path, write_json: Callable[..., Path], template: str) -> None:
    data = example(template)
    pdf = _render(tmp_path, write_json, template, data)
    text = "".join(_words(without_page_furniture(pdftotext(pdf))))  # the order runs on to page two
    for key in ("subject", "agency", "recipient"):
        if key in data:
            assert "".join(_words(data[key])) in text, key
    for paragraph in data["body"]:
        assert "".join(_words(paragraph)) in text


def test_circular_number_and_order_date_forms(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    memo = pdftotext(_render(tmp_path, write_json, "memo", example("memo")))
    assert "ดศ ๐๒๐๑/ว ๑๒๔" in memo
    order = pdftotext(_render(tmp_path, write_json, "order", example("order")))
    assert "สั่ง ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘" in order
    assert "ที่ ๑๒/๒๕๖๘" in order


def test_lines_break_at_word_boundaries(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    data = example("external-letter")
    data["body"] = ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุมเรื่องการพัฒนาระบบ" * 3]
    pdf = _render(tmp_path, write_json, "external-letter", data)
    vocabulary = [
        "กระทรวง",
        "ดิจิทัล",
        "เพื่อ",
        "เศรษฐกิจ",
        "และ",
        "สังคม",
        "ขอ",
        "เชิญ",
        "ผู้แทน",
        "หน่วยงาน",
        "หน่วย",
        "งาน",
        "เข้า",
        "ร่วม",
        "ประชุม",
        "เรื่อง",
        "การ",
        "พัฒนา",
        "ระบบ",
        "ผู้",
        "แทน",
    ]
    with pymupdf.open(pdf) as doc:
        lines = [ln for b in doc[0].get_text("dict")["blocks"] for ln in b.get("lines", [])]
    body = ["".join(s["text"] for s in ln["spans"]).strip() for ln in lines]
    paragraph = canonical_thai(data["body"][0])
    body = [b for b in body if len(b) > 20 and canonical_thai(b).replace(" ", "") in paragraph]
    assert len(body) >= 2
    pattern = re.compile("(?:" + "|".join(sorted(vocabulary, key=len, reverse=True)) + ")+")
    for line in body:
        assert pattern.fullmatch(canonical_thai(line).replace(" ", "")), (
            f"line does not end on a word: {line}"
        )


LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


@pytest.mark.skipif(
    not LAKSAMAN.exists(), reason="fonts-tlwg-laksaman is not installed (scripts/test installs it)"
)
@pytest.mark.parametrize("extractor", ["poppler", "mupdf"])
def test_installed_official_font_is_preferred_and_extracts_exactly(
    tmp_path: Path, write_json: Callable[..., Path], extractor: str
) -> None:
    """Laksaman is TH Sarabun PSK under another name (TLWG); its Thai marks include private-use forms."""
    config = tmp_path / "config.toml"
    config.write_text('[render]\nfont_families = ["Laksaman"]\n', encoding="utf-8")
    data = example("external-letter") | {"body": [f"คำยาก: {HARD_WORDS}"]}
    out = tmp_path / "laksaman.pdf"
    letter = write_json(data)
    code, _, err = run_cli(
        "--config", config, "draft", "--template", "external-letter", "--data", letter, "--out", out
    )
    assert code == 0, err
    with pymupdf.open(out) as doc:
        assert {f[3].split("+")[-1] for f in doc[0].get_fonts()} >= {"Laksaman"}
        text = pdftotext(out) if extractor == "poppler" else "".join(p.get_text() for p in doc)
    words = _words(text)
    for word in _words(HARD_WORDS):
        assert word in words, f"{word!r} not extracted exactly with Laksaman ({extractor})"


MIXED = [
    'ตามที่ สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ.) ได้ประกาศมาตรฐาน ขมธอ. 23-2563 เรื่อง "แนวทางการลงลายมือชื่อ'
    'อิเล็กทรอนิกส์" เมื่อวันที่ 15 มิถุนายน 2563 นั้น',
    "โปรดดูรายละเอียดที่ https://www.etda.or.th/th/regulator/ หรือโทรศัพท์ 0-2123-1234 ต่อ 5678 (ในเวลาราชการ)",
    "ให้ถือปฏิบัติตามระเบียบฯ ข้อ 11, 12 และ 14 อย่างเคร่งครัด; หากมีข้อสงสัย [โปรดสอบถาม] กองกลาง ๆ ภายใน 7 วัน – ขอบคุณ",
    "The Ministry of Digital Economy and Society (MDES) asks all offices to use e-Office by 31 March 2026.",
    "ฤๅษีเล่าว่า น้ำค้างบนใบบัวมีค่ากว่าทองคำ กุ๊กไก่ ปั๊มน้ำมัน ก๋วยเตี๋ยว เฉลิมพระเกียรติ ศักดิ์สิทธิ์ กรรไกร",
]


@pytest.mark.parametrize("extractor", ["poppler", "poppler-raw", "mupdf"])
def test_mixed_thai_latin_punctuation_over_several_pages_extracts_exactly(
    tmp_path: Path, write_json: Callable[..., Path], extractor: str
) -> None:
    """Thai with Latin words, digits, brackets, quotes, a URL and ligatures (fi), across page breaks."""
    pdf = _render(tmp_path, write_json, "external-letter", example("external-letter") | {"body": MIXED * 3})
    if extractor == "mupdf":
        with pymupdf.open(pdf) as doc:
            text = "".join(page.get_text() for page in doc)
    else:
        text = pdftotext(pdf, *(["-raw"] if extractor == "poppler-raw" else []))
    joined = "".join(_words(without_page_furniture(text)))
    for paragraph in MIXED:
        assert "".join(_words(paragraph)) in joined, paragraph[:40]


def test_pdf_structure_is_clean(letter: Path) -> None:
    """qpdf finds no syntax problem and MuPDF no warning after the content streams were rewritten."""
    import pikepdf

    with pikepdf.open(letter) as pdf:
        assert pdf.check_pdf_syntax() == []
    pymupdf.TOOLS.reset_mupdf_warnings()
    with pymupdf.open(letter) as doc:
        for page in doc:
            page.get_text()
            page.get_pixmap(dpi=30)
    # MuPDF folds a warning repeated by an earlier test into "... repeated N times..." and says so only when
    # the next warning comes or the buffer is read: that line is the earlier test's, not this letter's
    warnings = [
        line
        for line in pymupdf.TOOLS.mupdf_warnings().splitlines()
        if not re.fullmatch(r"\.\.\. repeated \d+ times\.\.\.", line)
    ]
    assert warnings == []


REVIEWERS = ["หัวหน้ากลุ่มงานสารบรรณ", "นายปู่ ป่าไม้ ผู้อำนวยการกอง"]


def _widgets(pdf: Path) -> dict[str, tuple[int, pymupdf.Rect]]:
    with pymupdf.open(pdf) as doc:
        return {w.field_name: (page.number, w.rect) for page in doc for w in page.widgets()}


def test_reviewers_get_initials_fields_in_the_bottom_margin_and_the_body_keeps_its_layout(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    (tmp_path / "plain").mkdir()
    data = example("memo") | {"secrecy": "ลับที่สุด"}
    plain = _render(tmp_path / "plain", write_json, "memo", data)
    reviewed = _render(tmp_path, write_json, "memo", data | {"reviewers": REVIEWERS})
    fields = _widgets(reviewed)
    assert sorted(fields) == ["Initials1", "Initials2", "Signature1"]
    assert fields["Signature1"] == _widgets(plain)["Signature1"], "the signer's spot has not moved"
    with pymupdf.open(reviewed) as doc, pymupdf.open(plain) as before:
        last = doc[-1]
        (stamp,) = [s for s in _spans(last) if s["text"].strip() == "ลับที่สุด" and s["bbox"][1] > 27 * CM]
        for name in ("Initials1", "Initials2"):
            page, rect = fields[name]
            assert page == doc.page_count - 1, "initials go on the last page, with the signature"
            assert rect.y0 >= (29.7 - 2) * CM - 0.5 and rect.y1 < 29.7 * CM - 0.5 * CM, "in the bottom margin"
            assert rect.x0 >= 3 * CM - 0.5 and rect.x1 < stamp["bbox"][0], "clear of the secrecy stamp"
        assert fields["Initials1"][1].x1 < fields["Initials2"][1].x0
        # everything above the bottom margin is where it was without the initials spots
        for page, old in zip(doc, before, strict=True):
            body = [(s["text"], s["bbox"]) for s in _spans(page) if s["bbox"][3] <= (29.7 - 2) * CM]
            assert body == [(s["text"], s["bbox"]) for s in _spans(old) if s["bbox"][3] <= (29.7 - 2) * CM]
        labels = [s for s in _spans(last) if s["bbox"][1] > fields["Initials1"][1].y0]
        assert all(s["size"] < 10 for s in labels if s["text"].strip() != "ลับที่สุด"), "discreet labels"
    # beside a secrecy stamp the spots are narrower and a long label is cut short, as drawn: "…"
    assert "หัวหน้ากลุ่มงานสาร…" in "".join(_words(pdftotext(reviewed)))
    (tmp_path / "open").mkdir()
    roomy = _render(tmp_path / "open", write_json, "memo", example("memo") | {"reviewers": REVIEWERS})
    text = _words(pdftotext(roomy))
    assert _words(REVIEWERS[0])[0] in text, "the reviewers' labels extract exactly"
    assert "".join(_words(REVIEWERS[1])) in "".join(text)


def test_a_template_declares_how_many_initials_spots(tmp_path: Path) -> None:
    """Without reviewers in the letter, the template's count and label give the spots; the reviewers a
    letter names override the count."""
    import dataclasses

    from eoffice_desktop.domain.fields import ValidationContext, validate
    from eoffice_desktop.render import render_letter
    from eoffice_desktop.templates.model import ElementType
    from eoffice_desktop.templates.registry import default_registry

    registry = default_registry()
    memo = registry.get("memo")
    elements = tuple(
        dataclasses.replace(e, count=3, label="ตรวจ") if e.type is ElementType.INITIALS else e
        for e in memo.elements
    )
    template = dataclasses.replace(memo, elements=elements)
    context = ValidationContext(registry.salutations)
    result = render_letter(template, validate(example("memo"), template.fields, context))
    assert [f.name for f in result.fields] == ["Signature1", "Initials1", "Initials2", "Initials3"]
    pdf = tmp_path / "counted.pdf"
    pdf.write_bytes(result.pdf)
    assert pdftotext(pdf).count("ตรวจ") == 3
    named = render_letter(
        template, validate(example("memo") | {"reviewers": REVIEWERS}, template.fields, context)
    )
    assert [f.name for f in named.fields] == ["Signature1", "Initials1", "Initials2"]
