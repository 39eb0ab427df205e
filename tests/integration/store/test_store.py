"""The local store on a real SQLite file: migrations, pragmas, lifecycle, versions, registers, audit chain."""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from eoffice_desktop.domain.lifecycle import LetterState, LifecycleError
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import (
    DATABASE_FILE,
    HEAD_REVISION,
    Store,
    StoreError,
    current_revision,
    head_revision,
    open_store,
)
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.registers import Registers
from tests.helpers import example


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def test_fresh_store_is_migrated_with_safe_pragmas(store: Store) -> None:
    assert current_revision(store.engine) == head_revision() == HEAD_REVISION, "update HEAD_REVISION"
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert (store.directory / DATABASE_FILE).is_file()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    record = LetterRepository(first, "clerk").create("memo", example("memo"))
    first.close()
    second = open_store(tmp_path)
    assert LetterRepository(second, "clerk").get(record.id).subject == example("memo")["subject"]
    second.close()


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_DATA_DIR", str(tmp_path / "env-data"))
    opened = open_store()
    assert opened.directory == tmp_path / "env-data"
    opened.close()


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data directory"):
        open_store(blocker / "data")


def test_letter_lifecycle_and_ecms_fields(store: Store) -> None:
    letters = LetterRepository(store, "clerk")
    record = letters.create("external-letter", example("external-letter"))
    assert record.state is LetterState.DRAFT and record.version == 1
    assert record.number == "ดศ 0201/123" and record.recipient == "ผู้ว่าราชการจังหวัดเชียงใหม่"
    letters.move(record.id, LetterState.READY)
    signed = letters.set_pdf(record.id, b"%PDF-1.7 signed", signed=True)
    assert signed.state is LetterState.SIGNED and signed.signed
    assert store.get_blob(signed.pdf_sha256 or "") == b"%PDF-1.7 signed"
    letters.move(record.id, LetterState.QUEUED)
    rejected = letters.move(record.id, LetterState.REJECTED, reason="เลขที่หนังสือซ้ำ")
    assert rejected.reject_reason == "เลขที่หนังสือซ้ำ"
    with pytest.raises(LifecycleError):
        letters.move(record.id, LetterState.DELIVERED)
    assert letters.counts()["rejected"] == 1


def test_a_signed_version_is_never_changed(store: Store) -> None:
    letters = LetterRepository(store, "signer")
    record = letters.create("memo", example("memo"))
    letters.set_pdf(record.id, b"%PDF signed v1", signed=True)
    with pytest.raises(StoreError, match="immutable"):
        letters.set_pdf(record.id, b"%PDF other", signed=True)
    edited = letters.edit(record.id, example("memo") | {"subject": "เรื่องใหม่"})
    assert edited.version == 2 and edited.state is LetterState.DRAFT and not edited.signed
    assert edited.subject == "เรื่องใหม่"
    draft_edit = letters.edit(record.id, example("memo") | {"subject": "แก้อีกครั้ง"})
    assert draft_edit.version == 2, "a draft is edited in place"


def test_pages_newest_first(store: Store) -> None:
    letters = LetterRepository(store, "clerk")
    ids = [letters.create("memo", example("memo") | {"subject": f"เรื่องที่ {i}"}).id for i in range(7)]
    first = letters.page(LetterState.DRAFT, limit=5)
    second = letters.page(LetterState.DRAFT, offset=5, limit=5)
    assert [r.id for r in first + second] == list(reversed(ids))


def test_times_come_back_in_utc_as_written(store: Store) -> None:
    """SQLite keeps no time zone: a naive time read back would be taken for local time in the lists."""
    before = dt.datetime.now(dt.UTC)
    letter = LetterRepository(store, "clerk").create("memo", example("memo"))
    listed = LetterRepository(store, "clerk").page()[0]
    entry = Registers(store).record("send", subject="ทดสอบ")
    for moment in (letter.updated_at, listed.updated_at, Registers(store).page("send")[0].recorded_at):
        assert moment.utcoffset() == dt.timedelta(0) and before <= moment <= dt.datetime.now(dt.UTC)
    assert entry.recorded_at.tzinfo is not None


def test_registers_number_per_year_and_find_thai_substrings(store: Store) -> None:
    registers = Registers(store)
    when = dt.datetime(2025, 12, 30, 3, 0, tzinfo=dt.UTC)
    a = registers.record(
        "send",
        number="ดศ 0201/123",
        to_party="จังหวัดเชียงใหม่",
        subject="ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์",
        when=when,
    )
    b = registers.record(
        "send", number="ดศ 0201/124", to_party="จังหวัดลำปาง", subject="ส่งคู่มือการใช้งาน", when=when
    )
    c = registers.record("send", number="ดศ 0201/1", subject="ปีใหม่", when=when + dt.timedelta(days=5))
    r = registers.record("receive", number="ชม 0017/1234", from_party="จังหวัดเชียงใหม่", subject="ตอบรับการประชุม")
    assert (a.reg_no, b.reg_no) == (1, 2) and a.year == 2568
    assert c.reg_no == 1 and c.year == 2569, "a register runs per year"
    assert r.reg_no == 1
    assert [row.reg_no for row in registers.search("ประชุม", kind="send")] == [1]  # inside a word
    assert {row.kind for row in registers.search("เชียงใหม่")} == {"send", "receive"}
    assert [row.number for row in registers.search("คู่มือ")] == ["ดศ 0201/124"]
    assert (
        registers.search("ลำ") and registers.search("ลำ")[0].to_party == "จังหวัดลำปาง"
    )  # two characters: LIKE
    assert registers.search("ไม่มีคำนี้") == []


def test_register_search_takes_percent_and_underscore_literally(store: Store) -> None:
    registers = Registers(store)
    registers.record("send", number="ดศ 0201/1", subject="ส่วนลด 10% สำหรับผู้เข้าประชุม")
    registers.record("send", number="ดศ 0201/2", subject="ไฟล์ report_2568.pdf")
    registers.record("send", number="ดศ 0201/3", subject="ขอเชิญประชุม")
    assert [row.subject for row in registers.search("%")] == ["ส่วนลด 10% สำหรับผู้เข้าประชุม"]
    assert [row.subject for row in registers.search("_")] == ["ไฟล์ report_2568.pdf"]
    assert registers.search("%%") == [] and registers.search("\\") == []
    assert [row.reg_no for row in registers.search("0%")] == [1]


def test_audit_chain_detects_tampering(store: Store) -> None:
    letters = LetterRepository(store, "clerk")
    record = letters.create("memo", example("memo"))
    letters.move(record.id, LetterState.READY)
    letters.set_pdf(record.id, b"%PDF", signed=True)
    with store.sessions() as session:
        assert audit.first_broken(session) is None
    path = store.directory / DATABASE_FILE
    with sqlite3.connect(path) as raw:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
        raw.execute("DROP TRIGGER audit_log_no_update")  # what a tamperer with file access could do
        raw.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
    with store.sessions() as session:
        assert audit.first_broken(session) == 2


def test_enclosures_belong_to_a_version_and_carry_into_the_next(store: Store) -> None:
    letters = LetterRepository(store, "clerk")
    record = letters.create("memo", example("memo"))
    table = "ลำดับ,รายการ\n1,ครุภัณฑ์\n".encode()
    added = letters.attach(record.id, "C:\\เอกสาร\\บัญชีรายการ.csv", table)
    assert added.filename == "บัญชีรายการ.csv" and added.mime_type == "text/csv" and added.size == len(table)
    assert store.get_blob(added.sha256) == table
    with pytest.raises(StoreError, match="already has"):
        letters.attach(record.id, "บัญชีรายการ.csv", b"other")

    letters.set_pdf(record.id, b"%PDF signed v1", signed=True)
    with pytest.raises(StoreError, match="only to a draft"):
        letters.attach(record.id, "late.pdf", b"%PDF late")
    assert letters.attachments(record.id) == [added]

    letters.edit(record.id, example("memo") | {"subject": "ฉบับแก้ไข"})
    letters.attach(record.id, "ภาคผนวก.pdf", b"%PDF appendix")
    assert [a.filename for a in letters.attachments(record.id)] == ["บัญชีรายการ.csv", "ภาคผนวก.pdf"]
    assert letters.attachments(record.id, version=1) == [added], "the signed version's enclosures are fixed"
    with store.sessions() as session:
        assert audit.first_broken(session) is None
