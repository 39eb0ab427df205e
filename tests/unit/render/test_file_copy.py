"""The file copy's drawing (render/file_copy.py): the mark on page one, the lines at the bottom left of the
last page extracting exactly, a page of their own when the letter's text reaches the bottom, no fields left,
and the archive form kept."""

import io
from pathlib import Path

import pikepdf

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.render.file_copy import MARK, CopyLine, FileCopyContent, render_file_copy
from tests.helpers import example, pdftotext

LINES = (
    CopyLine("ร่าง", "นางสาวน้ำฝน ใจดี", "๕ ธ.ค. ๒๕๖๙"),
    CopyLine("พิมพ์", "นางปิ่นทอง ร่ำรวย", "๕ ธ.ค. ๒๕๖๙"),
    CopyLine("ทาน", "นายผู้ตรวจ ปั้นดี", "๖ ธ.ค. ๒๕๖๙"),
    CopyLine("ตรวจ", "นายผู้ตรวจ ปั้นดี", "๖ ธ.ค. ๒๕๖๙"),
    CopyLine("ตรวจ", "นายศักดิ์ชัย ค่ำคืน", "๗ ธ.ค. ๒๕๖๙"),
)


def _memo() -> bytes:
    from eoffice_desktop.drafting import validate_letter
    from eoffice_desktop.render import render_letter
    from eoffice_desktop.templates import default_registry

    registry = default_registry()
    template = registry.get("memo")
    data = example("memo")
    data["body"] = data["body"][:1]  # at Word's spacing the whole example leaves no room for the lines
    return render_letter(template, validate_letter(template, data, registry)).pdf


def _rows(path: Path, page: int) -> list[str]:
    text = pdftotext(path, "-layout", "-f", str(page), "-l", str(page))
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    start = max(i for i, line in enumerate(lines) if line.startswith("ร่าง"))
    return [canonical_thai(line) for line in lines[start : start + len(LINES)]]


def _expected() -> list[str]:
    return [canonical_thai(f"{x.label} {x.name} {x.date}") for x in LINES]


def test_the_copy_of_a_letter_carries_the_mark_and_the_lines_exactly(tmp_path: Path) -> None:
    from tests.integration.test_archive_form import check_pdfa

    letter = _memo()
    with pikepdf.open(io.BytesIO(letter)) as pdf:
        assert "/AcroForm" in pdf.Root, "the memo reserves the signer's field"
    title = "สำเนาคู่ฉบับ ขอความร่วมมือ"
    result = render_file_copy(letter, FileCopyContent(LINES, title=title))
    path = tmp_path / "copy.pdf"
    path.write_bytes(result.pdf)
    assert result.pages == 1
    first = pdftotext(path, "-raw", "-f", "1", "-l", "1")
    assert first.splitlines()[0].strip() == MARK, "the mark comes first in page one's content"
    assert _rows(path, 1) == _expected()
    import pymupdf

    with pymupdf.open(path) as document:  # MuPDF too: each line's label, name and date, lines in order
        mupdf = canonical_thai(document[0].get_text())
    assert canonical_thai(MARK) in mupdf
    assert canonical_thai(" ".join(f"{x.label} {x.name} {x.date}" for x in LINES)) in mupdf
    with pikepdf.open(path) as pdf:
        assert "/AcroForm" not in pdf.Root
        assert all("/Annots" not in page.obj for page in pdf.pages)
    check_pdfa(path, title, signed=False)


def _full_page() -> bytes:
    """A one-page PDF whose text runs to the bottom of the page at the left margin."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595.28, 841.89))
    page.obj.Resources = pikepdf.Dictionary(
        Font=pikepdf.Dictionary(
            F1=pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
            )
        )
    )
    lines = b"".join(b"BT /F1 12 Tf 90 %d Td (Body text line) Tj ET\n" % y for y in range(800, 30, -20))
    page.obj.Contents = pdf.make_stream(lines)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_the_lines_go_on_a_page_of_their_own_when_the_last_page_is_full(tmp_path: Path) -> None:
    result = render_file_copy(_full_page(), FileCopyContent(LINES))
    path = tmp_path / "copy.pdf"
    path.write_bytes(result.pdf)
    assert result.pages == 2
    assert MARK in pdftotext(path, "-f", "1", "-l", "1")
    assert "ร่าง" not in pdftotext(path, "-f", "1", "-l", "1")
    assert _rows(path, 2) == _expected()


def test_the_lines_stay_above_a_secrecy_stamp_at_the_foot(tmp_path: Path) -> None:
    import pymupdf

    from eoffice_desktop.drafting import validate_letter
    from eoffice_desktop.render import render_letter
    from eoffice_desktop.templates import default_registry

    registry = default_registry()
    template = registry.get("external-letter")
    data = example("external-letter")
    assert data.get("secrecy") == "ลับ"
    letter = render_letter(template, validate_letter(template, data, registry))
    result = render_file_copy(letter.pdf, FileCopyContent(LINES))
    path = tmp_path / "copy.pdf"
    path.write_bytes(result.pdf)
    assert result.pages == letter.pages, "room enough under the letter's last text"
    last = result.pages
    assert _rows(path, last) == _expected()
    with pymupdf.open(path) as document:
        page = document[last - 1]
        (stamp,) = [r for r in page.search_for("ลับ") if r.y0 > page.rect.height / 2]
        rows = page.search_for("ตรวจ")
        assert rows and max(r.y1 for r in rows) < stamp.y0, "the lines end above the stamp"
