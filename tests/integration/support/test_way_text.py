"""The logs in a diagnostics zip are blanked of what a letter's way and a received letter's case say (the
subject, the summary, the minute, notes and comments), not of the words their records are made of."""

import datetime as dt
import json
import sqlite3
from pathlib import Path

from eoffice_desktop.domain.case_model import Assignee, CaseAction, CaseActionKind, CaseLetter
from eoffice_desktop.domain.cases import apply
from eoffice_desktop.store.db import DATABASE_FILE, open_store
from eoffice_desktop.support.redact import REDACTED, scrub_log
from eoffice_desktop.support.storestats import recent_letter_text

AT = dt.datetime(2026, 12, 5, 3, 0, tzinfo=dt.UTC)


def test_a_secret_cases_subject_summary_minute_and_note_are_blanked_from_the_logs(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    present = CaseAction(
        "a1", "C1", CaseActionKind.PRESENT, "SB", AT, summary="สรุปเรื่องลับเฉพาะ", steps=("H1",),
        letter=CaseLetter(subject="แผนป้องกันชายแดนลับมาก", secrecy="ลับมาก"),
    )  # fmt: skip
    case = apply(None, present)
    minute = CaseAction(
        "a2", "C1", CaseActionKind.MINUTE, "H1", AT, text="มอบกองกำลังพิเศษดำเนินการ",
        assign=(Assignee(person="A1"),), minute_sha256="m" * 64,
    )  # fmt: skip
    case = apply(case, minute)
    with sqlite3.connect(tmp_path / DATABASE_FILE) as db:
        db.execute(
            "INSERT INTO cases (case_id, case_json, server_json, revision, state, updated_at, local) "
            "VALUES (?, ?, NULL, 0, ?, ?, 1)",
            ("C1", json.dumps(case.to_wire(), ensure_ascii=False), case.state.value, AT.isoformat()),
        )
    found = list(recent_letter_text(tmp_path))
    log = (
        "2026-12-05 10:00:00,000 INFO sync: case C1 presented: แผนป้องกันชายแดนลับมาก\n"
        "2026-12-05 10:00:01,000 INFO minute: มอบกองกำลังพิเศษดำเนินการ\n"
        "2026-12-05 10:00:02,000 INFO sync: 1 case action delivered, state presented\n"
    )
    text, _ = scrub_log(log, found)
    assert "แผนป้องกันชายแดนลับมาก" not in text and "มอบกองกำลังพิเศษดำเนินการ" not in text
    assert text.count(REDACTED) == 2
    assert "state presented" in text and "case action delivered" in text
