"""Queueing signed letters from the command line: outbox, send register, status."""

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.letterdata import read_letter_data
from tests.helpers import PIN_ENV, example, run_cli, sign_cli


@pytest.fixture
def signed_letter(hsm: Any, tmp_path: Path, write_json: Callable[..., Path]) -> Path:
    os.environ[PIN_ENV] = hsm.pin
    letter = tmp_path / "letter.pdf"
    assert (
        run_cli(
            "draft",
            "--template",
            "external-letter",
            "--data",
            write_json(example("external-letter")),
            "--out",
            letter,
        )[0]
        == 0
    )
    out = tmp_path / "signed.pdf"
    code, _, err = sign_cli(
        hsm,
        [letter],
        "--out",
        out,
    )
    assert code == 0, err
    return out


def test_draft_embeds_the_letter_data_and_signing_keeps_it(signed_letter: Path) -> None:
    carried = read_letter_data(signed_letter.read_bytes())
    assert carried is not None
    template, data = carried
    assert template == "external-letter" and data["number"] == "ดศ 0201/123"


def test_queue_add_records_the_letter_outbox_and_send_register(
    signed_letter: Path, tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    code, out, err = run_cli(
        "--data-dir", data_dir, "queue", "add", signed_letter, "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    assert "queued (send register no. 1)" in out
    code, out, _ = run_cli("--data-dir", data_dir, "status", "--json")
    counts = json.loads(out)
    assert counts["queued"] == 1 and counts["delivered"] == 0 and counts["rejected"] == 0
    code, out, _ = run_cli("--data-dir", data_dir, "register", "search", "ประชุมคณะทำงาน", "--json")
    (row,) = json.loads(out)
    assert row["kind"] == "send" and row["reg_no"] == 1 and row["number"] == "ดศ 0201/123"
    assert row["to_party"] == "ผู้ว่าราชการจังหวัดเชียงใหม่"
    code, _, err = run_cli("--data-dir", data_dir, "queue", "add", signed_letter, "--trust", trust_root)
    assert code != 0 and "already queued" in err


def test_unsigned_or_manipulated_pdfs_are_refused(
    signed_letter: Path, tmp_path: Path, trust_root: Path, write_json: Callable[..., Path]
) -> None:
    data_dir = tmp_path / "workstation"
    unsigned = tmp_path / "unsigned.pdf"
    assert (
        run_cli("draft", "--template", "memo", "--data", write_json(example("memo")), "--out", unsigned)[0]
        == 0
    )
    code, _, err = run_cli("--data-dir", data_dir, "queue", "add", unsigned, "--trust", trust_root)
    assert code != 0 and "not validly signed" in err
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(signed_letter.read_bytes() + b"\n1 0 obj (x) endobj\n")
    code, _, err = run_cli("--data-dir", data_dir, "queue", "add", forged, "--trust", trust_root)
    assert code != 0 and "not validly signed" in err
    code, out, _ = run_cli("--data-dir", data_dir, "status", "--json")
    assert json.loads(out)["queued"] == 0, "nothing half-written"


def test_queued_version_records_its_signature(signed_letter: Path, tmp_path: Path, trust_root: Path) -> None:
    from sqlalchemy import select

    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.models import SignatureRecord

    data_dir = tmp_path / "ws"
    assert run_cli("--data-dir", data_dir, "queue", "add", signed_letter, "--trust", trust_root)[0] == 0
    store = open_store(data_dir)
    try:
        with store.sessions() as session:
            (record,) = session.scalars(select(SignatureRecord)).all()
            assert (
                record.signer == "นายสมชาย ใจดี"
                and record.level == "B-B"
                and len(record.certificate_sha256) == 64
            )
    finally:
        store.close()
