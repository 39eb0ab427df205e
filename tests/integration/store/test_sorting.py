"""Lists sorted by a column on a real SQLite store: each column both ways, Thai in dictionary order, numbers
by value, pages that never repeat or skip a row, search and sort together, stores made before the sort
indexes."""

import datetime as dt
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import sessionmaker

from eoffice_desktop.domain.classes import SECRECY_CLASSES, SPEED_CLASSES, rank
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.thai_order import thai_sort_key
from eoffice_desktop.durable import sqlite_pragmas
from eoffice_desktop.store import db
from eoffice_desktop.store.db import DATABASE_FILE, Store, open_store
from eoffice_desktop.store.inbox import SORT_KEYS as INBOX_SORTS
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.store.letters import SORT_KEYS as LETTER_SORTS
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.registers import SORT_KEYS as REGISTER_SORTS
from eoffice_desktop.store.registers import Registers
from tests.helpers import example

# in Thai dictionary order; code-point order would put every word with a leading vowel (เ แ โ ใ ไ) last
SUBJECTS = [
    "ขอเชิญประชุม",
    "ขออนุมัติจัดซื้อครุภัณฑ์",
    "เชิญร่วมงานวันสถาปนา",
    "แต่งตั้งคณะทำงาน",
    "ประกาศรับสมัคร",
    "เปลี่ยนแปลงกำหนดการ",
    "ส่งรายงานผลการดำเนินงาน",
    "แสดงความยินดี",
    "ใหม่ทั้งหมด",
    "ไหว้ครู",
]
SPEEDS = [None, "ด่วน", "ด่วนที่สุด", "ด่วนมาก"]
SECRECIES = [None, "ลับมาก", "ลับ", None, "ลับที่สุด", "ปกปิด"]  # ปกปิด: a legacy class, ranked above none
KINDS = ["memo", "external-letter", "order"]
PLACES = ["จังหวัดกระบี่", "จังหวัดขอนแก่น", "จังหวัดเชียงใหม่", "จังหวัดแพร่", "จังหวัดลำปาง"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def _all_pages(fetch: Callable[[int, int], list[Any]], size: int) -> list[Any]:
    rows: list[Any] = []
    while True:
        page = fetch(len(rows), size)
        rows += page
        if len(page) < size:
            return rows


def _thai(value: str | None) -> tuple[int, str]:
    return (0, "") if value is None else (1, thai_sort_key(value))  # SQL puts NULL first


@pytest.fixture
def letters(store: Store) -> LetterRepository:
    repository = LetterRepository(store, "clerk")
    order = list(range(len(SUBJECTS)))
    random.Random(7).shuffle(order)
    for n, i in enumerate(order):
        data = example("memo") | {"subject": SUBJECTS[i], "recipient": f"ผู้ว่าราชการ{PLACES[i % 5]}"}
        data |= {"speed": SPEEDS[i % 4], "secrecy": SECRECIES[i % 6]}
        if n % 4 == 3:
            del data["number"]  # drafts without a number yet
        else:
            data["number"] = f"ดศ 0201/{(i * 7) % 12 + 1}" if i % 3 else f"ดศ ๐๒๐๑/๑{i}"
        repository.create(KINDS[i % 3], data)
    return repository


def test_letters_sort_by_subject_in_thai_dictionary_order(letters: LetterRepository) -> None:
    for size in (3, 100):  # across page boundaries, and in one page
        ascending = _all_pages(
            lambda offset, limit: letters.page(LetterState.DRAFT, offset=offset, limit=limit, sort="subject"),
            size,
        )
        assert [r.subject for r in ascending] == SUBJECTS
        descending = _all_pages(
            lambda offset, limit: letters.page(
                LetterState.DRAFT, offset=offset, limit=limit, sort="subject", descending=True
            ),
            size,
        )
        assert [r.subject for r in descending] == SUBJECTS[::-1]


def test_letters_sort_by_every_column_both_ways(letters: LetterRepository) -> None:
    everything = letters.page(LetterState.DRAFT, limit=100)
    reference: dict[str, Callable[[Any], Any]] = {
        "kind": lambda r: r.template,
        "number": lambda r: _thai(r.number),
        "subject": lambda r: _thai(r.subject),
        "recipient": lambda r: _thai(r.recipient),
        "speed": lambda r: rank(r.speed, SPEED_CLASSES),
        "secrecy": lambda r: rank(r.secrecy, SECRECY_CLASSES),
        "updated": lambda r: r.updated_at,
        "reason": lambda r: _thai(r.reject_reason),
    }
    assert set(reference) == set(LETTER_SORTS)
    for key, value in reference.items():
        for descending in (False, True):
            got = _all_pages(
                lambda offset, limit, k=key, d=descending: letters.page(
                    LetterState.DRAFT, offset=offset, limit=limit, sort=k, descending=d
                ),
                4,
            )
            expected = sorted(everything, key=lambda r, v=value: (v(r), r.id), reverse=descending)
            assert [r.id for r in got] == [r.id for r in expected], (key, descending)


def test_the_most_urgent_and_most_secret_letters_come_first(letters: LetterRepository) -> None:
    speeds = [r.speed for r in letters.page(LetterState.DRAFT, sort="speed", descending=True)]
    assert speeds[:2] == ["ด่วนที่สุด"] * 2 and speeds[-1] is None
    assert speeds.index("ด่วนมาก") < speeds.index("ด่วน") < speeds.index(None)
    secrecies = [r.secrecy for r in letters.page(LetterState.DRAFT, sort="secrecy", descending=True)]
    assert secrecies[:5] == ["ลับที่สุด", "ลับมาก", "ลับมาก", "ลับ", "ลับ"] and secrecies[5] == "ปกปิด"


def test_speed_and_secrecy_are_kept_with_every_save(store: Store) -> None:
    repository = LetterRepository(store, "clerk")
    draft = repository.save_draft("d-1", "memo", example("memo") | {"speed": "ด่วนที่สุด", "secrecy": "ลับ"})
    assert (draft.speed, draft.secrecy) == ("ด่วนที่สุด", "ลับ")
    changed = repository.save_draft("d-1", "memo", example("memo") | {"speed": None, "secrecy": "ลับมาก"})
    assert (changed.speed, changed.secrecy) == (None, "ลับมาก"), "a cleared class is cleared in the lists"
    listed = repository.page(LetterState.DRAFT)[0]
    assert (listed.speed, listed.secrecy) == (None, "ลับมาก")


def test_document_numbers_sort_by_series_then_number(store: Store) -> None:
    repository = LetterRepository(store, "clerk")
    for number in ["ตย 0101/๒๕๖๙", "ดศ 0201/10", "ดศ 0201/9", "ดศ 0201/ว 1", "ตย 0101/12", "ดศ ๐๒๐๑/๑๑"]:
        repository.create("memo", example("memo") | {"number": number})
    got = [r.number for r in repository.page(LetterState.DRAFT, sort="number")]
    assert got == ["ดศ 0201/9", "ดศ 0201/10", "ดศ ๐๒๐๑/๑๑", "ดศ 0201/ว 1", "ตย 0101/12", "ตย 0101/๒๕๖๙"]


def test_pages_of_equal_values_hold_every_letter_exactly_once(store: Store) -> None:
    repository = LetterRepository(store, "clerk")
    ids = sorted(repository.create("memo", example("memo")).id for _ in range(23))  # one subject, one number
    for key in LETTER_SORTS:
        for descending in (False, True):
            got = _all_pages(
                lambda offset, limit, k=key, d=descending: repository.page(
                    offset=offset, limit=limit, sort=k, descending=d
                ),
                5,
            )
            if key != "updated":  # equal values: the id decides
                assert [r.id for r in got] == (ids[::-1] if descending else ids)
            assert sorted(r.id for r in got) == ids


def test_search_and_sort_combine(letters: LetterRepository) -> None:
    found = letters.page(LetterState.DRAFT, text="เชิญ", sort="subject", descending=True)
    assert [r.subject for r in found] == ["เชิญร่วมงานวันสถาปนา", "ขอเชิญประชุม"]


def test_unknown_columns_are_refused_not_put_into_sql(letters: LetterRepository, store: Store) -> None:
    with pytest.raises(ValueError, match="cannot sort by"):
        letters.page(sort="subject; DROP TABLE letters")
    with pytest.raises(ValueError, match="cannot sort by"):
        Registers(store).page("send", sort="updated")
    assert len(letters.page(limit=100)) == len(SUBJECTS)


def test_registers_sort_by_every_column_both_ways_also_when_searching(store: Store) -> None:
    registers = Registers(store)
    start = dt.datetime(2026, 3, 1, 3, 0, tzinfo=dt.UTC)
    order = list(range(len(SUBJECTS)))
    random.Random(3).shuffle(order)
    for n, i in enumerate(order):
        registers.record(
            "send",
            number=f"ดศ 0201/{i + 1}",
            letter_date=dt.date(2026, 2, 1) + dt.timedelta(days=(i * 5) % 9),
            from_party="กองกลาง",
            to_party=PLACES[i % 5],
            subject=f"{SUBJECTS[i]} ปี 2569",
            action=["", "แจ้งเวียน", "เสนอผู้อำนวยการ", "เก็บเข้าแฟ้ม"][i % 4],
            remark=["", "ด่วน", "ต้นฉบับส่งทางไปรษณีย์"][i % 3],
            when=start + dt.timedelta(minutes=n),
        )
    registers.record("receive", subject="ขอเชิญประชุม ปี 2569", when=start)  # another register
    everything = registers.page("send", limit=100)
    reference: dict[str, Callable[[Any], Any]] = {
        "reg": lambda r: (r.year, r.reg_no),
        "number": lambda r: _thai(r.number),
        "date": lambda r: r.letter_date,
        "from": lambda r: _thai(r.from_party),
        "to": lambda r: _thai(r.to_party),
        "subject": lambda r: _thai(r.subject),
        "action": lambda r: _thai(r.action),
        "remark": lambda r: _thai(r.remark),
        "holder": lambda r: _thai(r.holder),  # received letters' (their cases'): empty in a send register
        "due": lambda r: (r.due is not None, r.due or dt.date.min),  # no date first, as SQL sorts NULL
    }
    assert set(reference) == set(REGISTER_SORTS)
    ids = {r.reg_no: i for i, r in enumerate(sorted(everything, key=lambda r: r.recorded_at))}  # id order
    for key, value in reference.items():
        for descending in (False, True):
            expected = sorted(everything, key=lambda r, v=value: (v(r), ids[r.reg_no]), reverse=descending)
            paged = _all_pages(
                lambda offset, limit, k=key, d=descending: registers.page(
                    "send", offset=offset, limit=limit, sort=k, descending=d
                ),
                3,
            )
            assert [r.reg_no for r in paged] == [r.reg_no for r in expected], (key, descending)
            for query in ("2569", "ปี"):  # the trigram index, and LIKE for short text
                searched = _all_pages(
                    lambda offset, limit, k=key, d=descending, q=query: registers.search(
                        q, "send", limit=limit, offset=offset, sort=k, descending=d
                    ),
                    4,
                )
                assert [r.reg_no for r in searched] == [r.reg_no for r in expected], (key, descending, query)
    by_place = [r.to_party for r in registers.page("send", limit=5, sort="to")]
    assert by_place == ["จังหวัดกระบี่"] * 2 + ["จังหวัดขอนแก่น"] * 2 + ["จังหวัดเชียงใหม่"]


def test_the_inbox_sorts_by_its_columns(store: Store) -> None:
    inbox = Inbox(store, "clerk")
    for i, (agency, subject) in enumerate(zip(["ชม", "กบ", "ลป", "ขก"], SUBJECTS[::-1], strict=False)):
        inbox.receive(
            f"srv-{i}",
            agency,
            example("memo") | {"number": f"{agency} 0017/{i}", "subject": subject, "agency": None},
            b"%PDF",
        )
    assert [r.subject for r in inbox.list(sort="subject")] == sorted(SUBJECTS[::-1][:4], key=thai_sort_key)
    assert [r.sender_agency for r in inbox.list(sort="from", descending=True)] == ["ลป", "ชม", "ขก", "กบ"], (
        "letters without their agency's name sort by its code"
    )
    assert [r.register_no for r in inbox.list(sort="reg", descending=True)] == [4, 3, 2, 1]
    assert [r.number for r in inbox.list(sort="number", limit=2, offset=1)] == ["ขก 0017/3", "ชม 0017/0"]
    assert [r.register_no for r in inbox.list()] == [4, 3, 2, 1], "newest first by default"


def test_the_inbox_sorts_and_searches_by_what_it_shows(store: Store) -> None:
    inbox = Inbox(store, "clerk")
    senders = [("CM", "จังหวัดเชียงใหม่"), ("KB", "จังหวัดกระบี่"), ("LP", ""), ("KK", "จังหวัดขอนแก่น")]
    for i, (code, name) in enumerate(senders):
        data = example("memo") | {"agency": name, "subject": f"{SUBJECTS[i]} ปี 2569"}
        inbox.receive(f"srv-{i}", code, data | {"speed": SPEEDS[i], "secrecy": SECRECIES[i + 1]}, b"%PDF")
    everything = inbox.list()
    assert [r.sender_name for r in everything][::-1] == ["จังหวัดเชียงใหม่", "จังหวัดกระบี่", None, "จังหวัดขอนแก่น"]
    shown = lambda r: _thai(r.sender_name or r.sender_agency)  # noqa: E731
    reference: dict[str, Callable[[Any], Any]] = {
        "reg": lambda r: (r.register_year, r.register_no),
        "received": lambda r: r.received_at,
        "number": lambda r: _thai(r.number),
        "from": shown,
        "subject": lambda r: _thai(r.subject),
        "speed": lambda r: rank(r.speed, SPEED_CLASSES),
        "secrecy": lambda r: rank(r.secrecy, SECRECY_CLASSES),
    }
    assert set(reference) == set(INBOX_SORTS)
    for key, value in reference.items():
        for descending in (False, True):
            expected = sorted(everything, key=lambda r, v=value: (v(r), r.register_no), reverse=descending)
            got = _all_pages(lambda o, n, k=key, d=descending: inbox.list(n, o, sort=k, descending=d), 3)
            assert [r.server_id for r in got] == [r.server_id for r in expected], (key, descending)
            for query in ("2569", "ปี"):  # the register's trigram index, and LIKE for short text
                found = _all_pages(
                    lambda o, n, k=key, d=descending, q=query: inbox.search(q, n, o, sort=k, descending=d), 3
                )
                assert [r.server_id for r in found] == [r.server_id for r in expected], (key, query)
    assert [r.subject for r in inbox.search("ร่วมงาน")] == [f"{SUBJECTS[2]} ปี 2569"]
    assert inbox.search("จังหวัดกระบี่")[0].server_id == "srv-1", "the sender's name is found too"
    assert inbox.search("  ") == []


def test_a_store_from_before_the_sort_indexes_is_migrated_and_sorts(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_FILE}")
    event.listen(engine, "connect", sqlite_pragmas)
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    old = LetterRepository(Store(tmp_path, engine, sessionmaker(engine, expire_on_commit=False)), "clerk")
    for subject in reversed(SUBJECTS):
        old.create("memo", example("memo") | {"subject": subject})
    engine.dispose()

    store = open_store(tmp_path)
    try:
        assert db.current_revision(store.engine) == db.HEAD_REVISION
        assert [
            r.subject for r in LetterRepository(store, "clerk").page(limit=100, sort="subject")
        ] == SUBJECTS
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        store.close()


def test_every_sort_expression_can_be_indexed_as_it_stands() -> None:
    """SQLite uses an expression index only for the same expression with the same constants: a bound
    parameter (a JSON path, a class name) in the ORDER BY would keep every index from being used."""
    from sqlalchemy.dialects import sqlite

    from eoffice_desktop.store import inbox, letters, registers

    for module in (letters, inbox, registers):
        for key, expressions in module._SORTS.items():
            for expression in expressions:
                assert not expression.compile(dialect=sqlite.dialect()).params, (module.__name__, key)


def _plans(store: Store, list_page: Callable[[], Any]) -> list[str]:
    """The query plans of the statements ``list_page`` runs, as SQLite would execute them."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        list_page()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        return [
            " / ".join(row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
            for sql, params in statements
        ]


@pytest.mark.parametrize("descending", [False, True])
def test_every_sorted_list_is_read_through_an_index(store: Store, descending: bool) -> None:
    """A sort the store cannot take from an index sorts the whole table for every page (a temporary B-tree):
    on 100,000 letters that is the difference between a few and a few hundred milliseconds."""
    pages: list[tuple[str, Callable[[], Any]]] = []
    letters, registers, inbox = LetterRepository(store, "clerk"), Registers(store), Inbox(store, "clerk")
    for key in LETTER_SORTS:
        pages.append(
            (
                f"letters/{key}",
                lambda k=key: letters.page(LetterState.READY, limit=100, sort=k, descending=descending),
            )
        )
    for key in REGISTER_SORTS:
        pages.append(
            (
                f"register/{key}",
                lambda k=key: registers.page("send", limit=100, sort=k, descending=descending),
            )
        )
    for key in INBOX_SORTS:
        pages.append((f"inbox/{key}", lambda k=key: inbox.list(100, 0, sort=k, descending=descending)))
    slow = {}
    for name, page in pages:
        plans = _plans(store, page)
        sorting = [p for p in plans if "TEMP B-TREE FOR ORDER BY" in p]
        if sorting:
            slow[name] = sorting
    assert slow == {}
