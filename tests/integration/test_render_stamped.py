"""The stamped letter (หนังสือประทับตรา) as the แผ่นแบบ draws it: ที่ at the margin where the external
letter has it, ถึง, the text, then the name of the sending agency, the space for the department's stamp
(ตราชื่อส่วนราชการ), the officer's initials and the date on one axis, no signature; and on every kind that
is signed, the closing, the signature space, the name and the positions centred on one vertical axis.
Everything is measured on the PDF."""

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.drafting import validate_letter
from eoffice_desktop.render import RenderOptions, render_letter
from eoffice_desktop.render.formatting import fill
from eoffice_desktop.templates import default_registry
from eoffice_desktop.templates.model import ElementType
from tests.helpers import CM, example, pdftotext

Line = tuple[pymupdf.Rect, str]  # a line's box on the page and its text, flattened


def _flat(text: str) -> str:
    return "".join(canonical_thai(text).split())


def _render(template_id: str, folder: Path, data: dict[str, Any] | None = None) -> Path:
    registry = default_registry()
    template = registry.get(template_id)
    values = validate_letter(template, example(template_id) if data is None else data, registry)
    out = folder / f"{template_id}.pdf"
    out.write_bytes(render_letter(template, values, RenderOptions()).pdf)
    return out


def _lines(page: pymupdf.Page) -> list[Line]:
    return [
        (pymupdf.Rect(ln["bbox"]), _flat("".join(s["text"] for s in ln["spans"])))
        for b in page.get_text("dict")["blocks"]
        for ln in b.get("lines", [])
    ]


def _find(lines: list[Line], text: str) -> pymupdf.Rect:
    found = [rect for rect, shown in lines if shown == _flat(text)]
    assert found, f"{text!r} is not a line of its own"
    return found[0]


@pytest.fixture(scope="module")
def stamped(tmp_path_factory: pytest.TempPathFactory, qt_app: Any) -> Path:
    return _render("stamped-letter", tmp_path_factory.mktemp("stamped"))


@pytest.fixture(scope="module")
def external(tmp_path_factory: pytest.TempPathFactory, qt_app: Any) -> Path:
    return _render("external-letter", tmp_path_factory.mktemp("external"))


def _stamp_circle(page: pymupdf.Page) -> pymupdf.Rect:
    """The outline drawn for the stamp: the one drawing about 4.5 cm square."""
    rects = [d["rect"] for d in page.get_drawings() if abs(d["rect"].width - 4.5 * CM) < 2]
    assert len(rects) == 1, rects
    assert rects[0].height == pytest.approx(rects[0].width, abs=1), "a circle"
    return pymupdf.Rect(rects[0])


def test_the_number_stands_where_the_external_letters_does_and_nothing_beside_it(
    stamped: Path, external: Path
) -> None:
    data = example("stamped-letter")
    with pymupdf.open(stamped) as ours, pymupdf.open(external) as theirs:
        mine, other = _lines(ours[0]), _lines(theirs[0])
        number = _find(mine, "ที่ ดศ ๐๒๐๑/๔๕๖")
        assert number.x0 == pytest.approx(3 * CM, abs=0.5)
        assert number.y0 == pytest.approx(_find(other, "ที่ ดศ ๐๒๐๑/๑๒๓").y0, abs=0.5)
        beside = [text for rect, text in mine if abs(rect.y0 - number.y0) < 2 and rect != number]
        assert beside == [], "the form has no agency or address beside the number"
        recipient = _find(mine, f"ถึง  {data['recipient']}")
        assert recipient.x0 == pytest.approx(3 * CM, abs=0.5) and recipient.y0 > number.y1


def test_a_long_agency_name_wraps_in_the_external_letters_address_column(
    tmp_path: Path, qt_app: Any, external: Path
) -> None:
    """A name too long to stand beside the number wraps inside the column its address sets, at the x the
    example has; it does not pull the column back against the number."""
    with pymupdf.open(external) as doc:
        axis = _find(_lines(doc[0]), example("external-letter")["agency"]).x0
    data = example("external-letter")
    data["agency"] = "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    with pymupdf.open(_render("external-letter", tmp_path, data)) as doc:
        lines = _lines(doc[0])
    first = next(rect for rect, text in lines if text.startswith(_flat("สำนักงานปลัดกระทรวง")))
    assert first.x0 == pytest.approx(axis, abs=0.5)
    assert _find(lines, data["address"][0]).x0 == pytest.approx(axis, abs=0.5)
    assert _flat(data["agency"]) in "".join(text for _rect, text in lines), "wrapped, every word kept"


def _stamp_page(doc: pymupdf.Document) -> pymupdf.Page:
    """The page with the stamp's space: at Word's spacing the example's tail goes to page two."""
    (page,) = [p for p in doc if any(abs(d["rect"].width - 4.5 * CM) < 2 for d in p.get_drawings())]
    return page


def test_the_stamp_space_and_the_initials_stand_under_the_body_on_one_axis(stamped: Path) -> None:
    data = example("stamped-letter")
    with pymupdf.open(stamped) as doc:
        assert not any(list(p.widgets()) for p in doc), "a stamped letter is not signed"
        page = _stamp_page(doc)
        circle = _stamp_circle(page)
        lines = _lines(page)
        label = _find(lines, "ตราชื่อส่วนราชการ")
        assert circle.contains(label)
        agency = _find(lines, data["agency"])
        initials, date = _find(lines, data["initials"]), _find(lines, "๒๔ พฤศจิกายน ๒๕๖๘")
        assert agency.y1 <= circle.y0 + 1, "the sending agency's name stands above the stamp"
        assert circle.y1 <= initials.y0 + 1 and initials.y1 <= date.y0 + 1, "stamp, initials, date: in order"
        inside = pymupdf.Rect(circle.x0 + 1, circle.y0 + 1, circle.x1 - 1, circle.y1 - 1)
        for rect, text in lines:
            if text != _flat("ตราชื่อส่วนราชการ"):
                assert not rect.intersects(inside), f"{text} runs into the stamp's space"
        centre = (circle.x0 + circle.x1) / 2
        for rect in (agency, initials, date):
            assert (rect.x0 + rect.x1) / 2 == pytest.approx(centre, abs=1)
        assert centre > page.rect.width / 2, "in the right half"
        body = _find(lines, "จำนวน ๒ ชุด")  # the last line of the enclosures, the two lines before the tail
        owner = _find(lines, data["owner_unit"])
        assert body.y1 < agency.y0 and date.y1 < owner.y0


@pytest.mark.parametrize("extractor", ["poppler", "mupdf"])
def test_the_stamped_letter_extracts_exactly(stamped: Path, extractor: str) -> None:
    if extractor == "poppler":
        text = pdftotext(stamped)
    else:
        with pymupdf.open(stamped) as doc:
            text = "".join(page.get_text() for page in doc)
    joined = _flat(text)
    data = example("stamped-letter")
    for given in ("agency", "recipient", "initials", "owner_unit"):
        assert _flat(data[given]) in joined, given
    for given in [*data["body"], *data["enclosures"]]:
        assert _flat(given.replace("2", "๒")) in joined, given
    assert _flat("ตราชื่อส่วนราชการ") in joined


def test_without_a_phone_the_address_stands_under_the_owner_unit(tmp_path: Path, qt_app: Any) -> None:
    """โทร. หรือที่ตั้ง: the owner unit's address, when the letter gives one, under the owner unit."""
    data = example("stamped-letter")
    data["contact"] = {}
    data["owner_address"] = ["ศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา", "กรุงเทพฯ ๑๐๒๑๐"]
    with pymupdf.open(_render("stamped-letter", tmp_path, data)) as doc:
        lines = _lines(doc[0])
    owner = _find(lines, data["owner_unit"])
    first, second = (_find(lines, line) for line in data["owner_address"])
    assert owner.y1 <= first.y0 + 1 and first.y1 <= second.y0 + 1
    assert first.x0 == pytest.approx(3 * CM, abs=0.5) and second.x0 == pytest.approx(3 * CM, abs=0.5)
    assert _flat("โทร.") not in "".join(text for _rect, text in lines)


SIGNED = sorted(t.id for t in default_registry() if any(e.type is ElementType.SIGNATURE for e in t.elements))


@pytest.mark.parametrize("template_id", SIGNED)
def test_closing_signature_name_and_positions_share_one_axis(
    tmp_path: Path, qt_app: Any, template_id: str
) -> None:
    registry = default_registry()
    template = registry.get(template_id)
    values = validate_letter(template, example(template_id), registry)
    (signature,) = [e for e in template.elements if e.type is ElementType.SIGNATURE]
    signer = values[signature.field]
    texts = [fill(signature.text or "({name})", signer), *signer["positions"]]
    if "closing" in values:
        texts.insert(0, values["closing"])
    pdf = tmp_path / f"{template_id}.pdf"
    pdf.write_bytes(render_letter(template, values, RenderOptions()).pdf)
    with pymupdf.open(pdf) as doc:
        page = next(p for p in doc if any(w.field_name == "Signature1" for w in p.widgets()))
        (field,) = [w for w in page.widgets() if w.field_name == "Signature1"]
        lines = _lines(page)
        centres = {text: (r.x0 + r.x1) / 2 for text in texts for r in [_find(lines, text)]}
    axis = (field.rect.x0 + field.rect.x1) / 2
    assert len(centres) >= 2
    for text, centre in centres.items():
        assert centre == pytest.approx(axis, abs=1), f"{text}: {centre:.1f} pt, the axis {axis:.1f} pt"


def test_without_initials_their_line_stays_empty_under_the_stamp(
    stamped: Path, tmp_path: Path, qt_app: Any
) -> None:
    data = example("stamped-letter")
    del data["initials"]
    with pymupdf.open(_render("stamped-letter", tmp_path, data)) as bare, pymupdf.open(stamped) as full:
        pages = [_stamp_page(doc) for doc in (bare, full)]
        dates = [_find(_lines(page), "๒๔ พฤศจิกายน ๒๕๖๘") for page in pages]
        gaps = [date.y0 - _stamp_circle(page).y1 for date, page in zip(dates, pages, strict=True)]
        assert _flat(data["recipient"]) in _flat(bare[0].get_text())
    assert gaps[0] == pytest.approx(gaps[1], abs=0.5), "the initials' line is kept to write them by hand"
