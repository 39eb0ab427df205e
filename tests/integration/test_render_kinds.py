"""The kinds beyond letters, memos, orders and announcements (ระเบียบ, ข้อบังคับ, แถลงการณ์, ข่าว, หนังสือรับรอง,
รายงานการประชุม, บันทึก, หนังสือเวียน): each example renders on the pages a Word letter of it fills, its Thai text
extracts exactly, and the elements stand in the regulation's order from the top of page one down."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.domain.thai import canonical_thai
from tests.helpers import CM, example, pdftotext, run_cli

# what each kind shows, top to bottom, as the regulation orders it (the texts as printed, Thai digits)
ORDER: dict[str, list[str]] = {
    "regulation": [
        "ระเบียบกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "ว่าด้วยการรับส่งหนังสือราชการทางระบบสารบรรณอิเล็กทรอนิกส์",
        "พ.ศ. ๒๕๖๘",
        "โดยที่เป็นการสมควร",
        "อาศัยอำนาจตามความในมาตรา ๒๑",
        "ข้อ ๑ ระเบียบนี้เรียกว่า",
        "ข้อ ๒ ระเบียบนี้ให้ใช้บังคับ",
        "ข้อ ๓ ให้หน่วยงาน",
        "ข้อ ๔ ให้ปลัดกระทรวง",
        "ประกาศ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘",
        "(นายสมชาย ใจดี)",
        "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    ],
    "bylaw": [
        "ข้อบังคับสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์",
        "ว่าด้วยการลงลายมือชื่ออิเล็กทรอนิกส์ของพนักงาน (ฉบับที่ ๒)",
        "พ.ศ. ๒๕๖๘",
        "โดยที่เป็นการสมควร",
        "อาศัยอำนาจตามความในมาตรา ๑๗",
        "ข้อ ๑ ข้อบังคับนี้เรียกว่า",
        "ข้อ ๒ ข้อบังคับนี้ให้ใช้บังคับ",
        "ข้อ ๓ พนักงาน",
        "ข้อ ๔ ให้ผู้อำนวยการ",
        "ประกาศ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘",
        "(นางสาวสมศรี รักงาน)",
        "ประธานกรรมการ",
    ],
    "statement": [
        "แถลงการณ์กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "เรื่อง การหยุดให้บริการระบบสารบรรณอิเล็กทรอนิกส์ชั่วคราว",
        "ฉบับที่ ๑",
        "ตามที่ระบบสารบรรณอิเล็กทรอนิกส์กลาง",
        "จึงแถลงมาเพื่อทราบโดยทั่วกัน",
        "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘",
    ],
    "news": [
        "ข่าวกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "เรื่อง การอบรมการลงลายมือชื่ออิเล็กทรอนิกส์แก่เจ้าหน้าที่",
        "ฉบับที่ ๑๒/๒๕๖๘",
        "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม จัดอบรม",
        "ผู้เข้าอบรมจะได้ฝึกลงนาม",
        "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘",
    ],
    "certificate": [
        "ที่ ดศ ๐๒๐๑/๔๕๖",
        "ศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา",
        "กรุงเทพฯ ๑๐๒๑๐",
        "หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นางสาวปิ่นแก้ว ศักดิ์ศรี",
        "ให้ไว้เพื่อประกอบการขอสินเชื่อ",
        "ให้ไว้ ณ วันที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๘",
        "(นายสมชาย ใจดี)",
        "ผู้อำนวยการกองบริหารงานกลาง",
    ],
    "minutes": [
        "รายงานการประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์",
        "ครั้งที่ ๓/๒๕๖๘",
        "เมื่อวันพุธที่ ๑๐ ธันวาคม พ.ศ. ๒๕๖๘",
        "ณ ห้องประชุม ๑ ชั้น ๙",
        "ผู้มาประชุม",
        "๑. นายสมชาย ใจดี",
        "๓. นางสาวปิ่นแก้ว ศักดิ์ศรี",
        "ผู้ไม่มาประชุม",
        "๑. นายฤๅชัย น้ำค้าง ผู้อำนวยการกองกฎหมาย ติดราชการ",
        "ผู้เข้าร่วมประชุม",
        "๑. นายกำธร ค่ำคืน",
        "เริ่มประชุมเวลา ๐๙.๓๐ น.",
        "ระเบียบวาระที่ ๑",
        "ระเบียบวาระที่ ๒",
        "เลิกประชุมเวลา ๑๒.๐๐ น.",
        "(นางสาวปิ่นแก้ว ศักดิ์ศรี)",
        "นักจัดการงานทั่วไปชำนาญการ",
        "ผู้จดรายงานการประชุม",
    ],
    "record": [
        "บันทึกข้อความ",
        "เรียน ผู้อำนวยการกองบริหารงานกลาง",
        "ข้าพเจ้าได้ตรวจสอบ",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "เอกสารประกอบ รายการหนังสือที่ส่งล่าช้า",
        "(นายปู่ ป่าไม้)",
        "นักวิชาการคอมพิวเตอร์ชำนาญการ",
        "๒๕ พฤศจิกายน ๒๕๖๘",
    ],
    "circular-letter": [  # page one: the letter; its list of recipients follows on page two
        "ที่ ดศ ๐๒๐๑/ว ๑๒๔",
        "๒๔ พฤศจิกายน ๒๕๖๘",
        "เรื่อง การรับส่งหนังสือราชการทางระบบสารบรรณอิเล็กทรอนิกส์",
        "เรียน ผู้ว่าราชการจังหวัด (ตามบัญชีแนบ)",
        "ด้วยระเบียบสำนักนายกรัฐมนตรี",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "ขอแสดงความนับถือ",
        "(นายสมชาย ใจดี)",
        "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "สำนักงานปลัดกระทรวง กองบริหารงานกลาง",
        "ไปรษณีย์อิเล็กทรอนิกส์ saraban@mdes.go.th",
    ],
}

SIGNED = {"regulation", "bylaw", "certificate", "minutes", "record", "circular-letter"}
WITH_EMBLEM = {"regulation", "bylaw", "statement", "certificate", "record", "circular-letter"}  # not ข่าว
PAGES = {"regulation": 2, "bylaw": 2, "minutes": 2, "circular-letter": 3}
"""At Word's single spacing (22 lines a full page): the rest take one page. The circular letter's own two
pages are followed by its list of recipients."""

FURNITURE_PT = 60.0
"""The band at the top of a continuation page that holds its number (the body starts 2.5 cm down)."""
INITIALS = {"circular-letter": ["Initials1"]}  # the reviewers the example names


def _strings(value: Any) -> Iterator[str]:
    """Every text an example gives, nested lists and objects included (dates aside: checked as printed)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "date":
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _flat(text: str) -> str:
    return "".join(canonical_thai(text).split())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, emblem: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    folder = tmp_path_factory.mktemp("kinds")
    config = folder / "config.toml"  # the page counts below are measured in the bundled Sarabun
    config.write_text('[render]\nfont_families = ["Sarabun"]\n', encoding="utf-8")
    for template in ORDER:
        data = folder / f"{template}.json"
        data.write_text(json.dumps(example(template), ensure_ascii=False), encoding="utf-8")
        pdf = folder / f"{template}.pdf"
        args = ("draft", "--template", template, "--data", data, "--out", pdf, "--emblem", emblem)
        code, _, err = run_cli("--config", config, *args)
        assert code == 0, err
        out[template] = pdf
    return out


def _body_text(pdf: Path, extractor: str) -> str:
    """The text of every page, without the number at the top of the continuation pages: extractors put it
    in a paragraph that runs on from the page before (poppler even inside its first line)."""
    texts = []
    with pymupdf.open(pdf) as doc:
        for n, page in enumerate(doc):
            top = FURNITURE_PT if n else 0.0
            if extractor == "poppler":
                crop = (
                    "-y",
                    str(int(top)),
                    "-W",
                    str(int(page.rect.width)),
                    "-H",
                    str(int(page.rect.height)),
                )
                texts.append(pdftotext(pdf, "-f", str(n + 1), "-l", str(n + 1), "-x", "0", *crop))
            else:
                texts.append(page.get_text(clip=pymupdf.Rect(0, top, page.rect.width, page.rect.height)))
    return "".join(texts)


@pytest.mark.parametrize("template", sorted(ORDER))
@pytest.mark.parametrize("extractor", ["poppler", "mupdf"])
def test_the_example_extracts_exactly(rendered: dict[str, Path], template: str, extractor: str) -> None:
    joined = _flat(_body_text(rendered[template], extractor))
    for given in _strings(example(template)):
        assert _flat(given) in joined, given
    for printed in ORDER[template]:
        assert _flat(printed) in joined, printed


@pytest.mark.parametrize("template", sorted(ORDER))
def test_the_pages_in_the_regulations_order(rendered: dict[str, Path], template: str) -> None:
    with pymupdf.open(rendered[template]) as doc:
        assert doc.page_count == PAGES.get(template, 1)
        page = doc[0]
        lines = [  # the pages one under the other: y counts from the top of page one
            (
                ln["bbox"][1] + n * page.rect.height,
                _flat("".join(s["text"] for s in ln["spans"])),
                ln["bbox"][0],
            )
            for n, each in enumerate(doc)
            for b in each.get_text("dict")["blocks"]
            for ln in b.get("lines", [])
            if not n or ln["bbox"][1] > FURNITURE_PT
        ]
        lines.sort()
        top = 0.0
        for printed in ORDER[template]:  # each below the one before (a later text may repeat an earlier one)
            found = [y for y, text, _x in lines if y > top and _flat(printed) in text]
            assert found, f"{printed!r} is not on a line below {top:.0f} pt"
            top = found[0]
        assert bool(page.get_image_info()) is (template in WITH_EMBLEM)
        assert not any(doc[n].get_image_info() for n in range(1, doc.page_count)), "on page one only"
        signed_page = next((n for n, each in enumerate(doc) if list(each.widgets())), 0)
        assert all(not list(each.widgets()) for n, each in enumerate(doc) if n != signed_page)
        widgets = list(doc[signed_page].widgets())
        lines = [(y - signed_page * page.rect.height, text, x) for y, text, x in lines]
        if template in SIGNED:
            names = sorted(w.field_name for w in widgets)
            assert names == sorted(["Signature1", *INITIALS.get(template, [])])
            (widget,) = [w for w in widgets if w.field_name == "Signature1"]
            assert widget.field_type == pymupdf.PDF_WIDGET_TYPE_SIGNATURE
            assert widget.field_name == "Signature1"
            name = next(text for text in ORDER[template] if text.startswith("("))
            assert widget.rect.y1 <= next(y for y, text, _x in lines if _flat(name) in text) + 1
        else:
            assert not widgets, "a kind that is not signed reserves no signature field"
            # it ends with the agency and the date, in the right half of the page
            agency, date = ORDER[template][-2:]
            ends = [ln for ln in lines if ln[1] in (_flat(agency), _flat(date))][-2:]
            assert [text for _y, text, _x in ends] == [_flat(agency), _flat(date)]
            assert all(x > page.rect.width / 2 - CM for _y, _text, x in ends)


def _lines(pdf: Path) -> list[tuple[float, float, str]]:
    """Each line of page one: its top, its left edge, its text flattened."""
    with pymupdf.open(pdf) as doc:
        return [
            (ln["bbox"][1], ln["bbox"][0], _flat("".join(s["text"] for s in ln["spans"])))
            for b in doc[0].get_text("dict")["blocks"]
            for ln in b.get("lines", [])
        ]


def test_a_list_of_names_hangs_after_its_numbers_and_clauses_wrap_to_the_margin(
    rendered: dict[str, Path],
) -> None:
    minutes = _lines(rendered["minutes"])
    first = next(i for i, (_y, _x, text) in enumerate(minutes) if text.startswith(_flat("๑. นายสมชาย")))
    number_x, wrapped_x = minutes[first][1], minutes[first + 1][1]
    assert minutes[first + 1][2] and not minutes[first + 1][2].startswith("2.")
    assert wrapped_x > number_x + 5, "the wrapped line starts under the name, not under the number"
    regulation = _lines(rendered["regulation"])
    clause = next(i for i, (_y, _x, text) in enumerate(regulation) if text.startswith(_flat("ข้อ ๑")))
    assert regulation[clause][1] > 3 * CM + 2 * CM, "a clause's first line is indented"
    assert regulation[clause + 1][1] == pytest.approx(3 * CM, abs=1), "its next line starts at the margin"


def test_minutes_leave_out_the_headings_of_lists_not_given(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    data = {k: v for k, v in example("minutes").items() if k not in ("absent", "attendees")}
    out = tmp_path / "minutes.pdf"
    code, _, err = run_cli("draft", "--template", "minutes", "--data", write_json(data), "--out", out)
    assert code == 0, err
    text = _flat(pdftotext(out))
    assert _flat("ผู้มาประชุม") in text and _flat("เริ่มประชุมเวลา") in text
    assert _flat("ผู้ไม่มาประชุม") not in text and _flat("ผู้เข้าร่วมประชุม") not in text


def test_a_circular_letter_attaches_its_list_of_recipients_on_a_page_of_its_own(
    rendered: dict[str, Path], tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    with pymupdf.open(rendered["circular-letter"]) as doc:
        letter, attached = "".join(page.get_text() for page in doc.pages(0, -1)), doc[-1].get_text()
        assert list(doc[-2].widgets()), "the signature and the initials on the letter's last page"
        assert not list(doc[-1].widgets()), "the signature and the initials stay on the letter's page"
    assert _flat("ผู้ว่าราชการจังหวัดเชียงใหม่") not in _flat(letter)
    lines = [_flat(line) for line in attached.splitlines() if line.strip()]
    assert lines[:3] == [
        _flat("- ๓ -"),
        _flat("บัญชีรายชื่อผู้รับหนังสือ"),
        _flat("แนบท้ายหนังสือ ที่ ดศ ๐๒๐๑/ว ๑๒๔ ลงวันที่ ๒๔ พฤศจิกายน ๒๕๖๘"),
    ]
    assert lines[3:] == [
        _flat(f"{n}. {name}") for n, name in enumerate(example("circular-letter")["distribution"], start=1)
    ]
    # without a list, the letter is its own two pages and says nothing of one
    data = {k: v for k, v in example("circular-letter").items() if k != "distribution"}
    out = tmp_path / "circular.pdf"
    config = tmp_path / "config.toml"
    config.write_text('[render]\nfont_families = ["Sarabun"]\n', encoding="utf-8")
    args = ("--config", config, "draft", "--template", "circular-letter", "--data", write_json(data))
    code, _, err = run_cli(*args, "--out", out)
    assert code == 0, err
    with pymupdf.open(out) as doc:
        assert doc.page_count == 2
        assert all(_flat("บัญชีรายชื่อ") not in _flat(page.get_text()) for page in doc)


def test_a_long_letter_keeps_its_closing_with_the_body_before_the_attached_list(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    data = example("circular-letter")
    data["body"] = data["body"] * 3
    out = tmp_path / "long.pdf"
    code, _, err = run_cli("draft", "--template", "circular-letter", "--data", write_json(data), "--out", out)
    assert code == 0, err
    with pymupdf.open(out) as doc:
        texts = [_flat(page.get_text()) for page in doc]
    closing = next(i for i, text in enumerate(texts) if _flat("ขอแสดงความนับถือ") in text)
    assert _flat("(นายสมชาย ใจดี)") in texts[closing] and _flat("saraban@mdes.go.th") in texts[closing]
    before = texts[closing].split(_flat("ขอแสดงความนับถือ"))[0].removeprefix(_flat(f"- {closing + 1} -"))
    assert len(before) > 40, "body lines stand above the closing on its page"
    assert len(texts) >= 3 and closing == len(texts) - 2
    assert _flat("บัญชีรายชื่อผู้รับหนังสือ") in texts[-1] and _flat("ขอแสดงความนับถือ") not in texts[-1]


def test_the_new_kinds_are_listed() -> None:
    code, out, _ = run_cli("templates", "--json")
    assert code == 0
    listed = {t["id"]: t for t in json.loads(out)}
    assert set(listed) >= set(ORDER)
    assert listed["regulation"]["kind"] == listed["bylaw"]["kind"] == "directive"
    assert listed["statement"]["kind"] == listed["news"]["kind"] == "publicity"
    assert {listed[t]["kind"] for t in ("certificate", "minutes", "record")} == {"evidence"}
    assert listed["circular-letter"]["kind"] == "external"


def test_numbered_paragraphs_leave_other_lists_as_they_were(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    """The enclosures of a letter keep their own numbering, "๑. …"."""
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(example("external-letter")),
        "--out",
        out,
    )
    assert code == 0, err
    assert _flat("๑. กำหนดการประชุม") in _flat(pdftotext(out))
