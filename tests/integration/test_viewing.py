"""Reading letters from the store: a received letter with its register entry (from an inbox row or the receive
register row an inbox search finds), the files embedded in its PDF as enclosures (not the letter's own data),
and the PDF of any letter to print, a draft's preview included."""

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pikepdf
import pytest

from eoffice_desktop.desk.viewing import ViewError, enclosures, open_received, printable_pdf
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.letterdata import ATTACHMENT
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.helpers import example, run_cli


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


def drafted_with_enclosure(tmp_path: Path, write_json: Callable[..., Path]) -> bytes:
    """A letter drafted by the program (its data embedded) with a spreadsheet embedded beside it."""
    out = tmp_path / "letter.pdf"
    data = example("external-letter") | {"subject": "แจ้งผลการประชุม", "number": "ชม 0017/5"}
    assert run_cli("draft", "--template", "external-letter", "--data", write_json(data), "--out", out)[0] == 0
    with pikepdf.open(out) as pdf:
        pdf.attachments["รายชื่อผู้เข้าประชุม.csv"] = pikepdf.AttachedFileSpec(
            pdf, "ชื่อ,หน่วยงาน\nสมชาย,ชม\n".encode(), description="รายชื่อ"
        )
        buffer = io.BytesIO()
        pdf.save(buffer)
    return buffer.getvalue()


def test_a_received_letter_opens_from_its_inbox_row_and_its_register_row(
    workspace: Workspace, tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    pdf = drafted_with_enclosure(tmp_path, write_json)
    metadata = example("external-letter") | {"subject": "แจ้งผลการประชุม", "number": "ชม 0017/5"}
    received = workspace.inbox.receive("srv-9", "CM", metadata, pdf)

    opened = open_received(workspace, workspace.inbox.list()[0])
    assert opened.pdf == pdf and opened.title == "แจ้งผลการประชุม"
    entry = opened.letter.entry
    assert entry is not None and (entry.year, entry.reg_no) == (received.register_year, received.register_no)
    assert entry.number == "ชม 0017/5" and entry.subject == "แจ้งผลการประชุม"
    assert entry.from_party == metadata["agency"] and entry.letter_date == received.letter_date
    assert opened.letter.metadata["number"] == "ชม 0017/5"
    assert [(e.name, e.description) for e in opened.enclosures] == [("รายชื่อผู้เข้าประชุม.csv", "รายชื่อ")]
    assert opened.enclosures[0].data.decode() == "ชื่อ,หน่วยงาน\nสมชาย,ชม\n"

    row = workspace.registers.search("ผลการประชุม", "receive")[0]
    assert open_received(workspace, row).letter == opened.letter
    assert printable_pdf(workspace, row) == ("แจ้งผลการประชุม", pdf)


def test_the_letters_own_data_is_no_enclosure(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    pdf = drafted_with_enclosure(tmp_path, write_json)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert ATTACHMENT in document.attachments  # it is there, read by the program
    assert ATTACHMENT not in [e.name for e in enclosures(pdf)]
    assert enclosures(b"not a pdf") == []


def test_a_register_entry_without_its_letter_says_so(workspace: Workspace) -> None:
    row = workspace.registers.record("receive", number="ชม 1/1", subject="รับด้วยมือ")
    with pytest.raises(ViewError) as raised:
        open_received(workspace, row)
    assert raised.value.thai == "รายการนี้ในทะเบียนไม่มีหนังสือที่รับไว้ในเครื่อง"


def test_any_letter_prints_its_pdf_and_a_draft_its_preview(workspace: Workspace) -> None:
    letters = workspace.letters
    draft = letters.create("memo", example("memo") | {"subject": "ร่างที่ยังไม่มี PDF"})
    title, pdf = printable_pdf(workspace, letters.get(draft.id))
    assert title == "ร่างที่ยังไม่มี PDF" and pdf.startswith(b"%PDF")
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) >= 1
    signed = letters.create("memo", example("memo") | {"subject": "ลงนามแล้ว"})
    letters.set_pdf(signed.id, b"%PDF stored", signed=True)
    letters.move(signed.id, LetterState.QUEUED)
    assert printable_pdf(workspace, letters.get(signed.id)) == ("ลงนามแล้ว", b"%PDF stored")
