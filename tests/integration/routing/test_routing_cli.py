"""A letter's way across workstations through the command line: the drafter submits it on a route, the
reviewer's workstation receives it from the feed, finds it in `tasks` and initials it with a token; the
signature is checked by our verify and by poppler's pdfsig."""

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from eoffice_desktop.domain.routes import ActionKind
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_file
from tests.helpers import PIN_ENV, example, run_cli
from tests.integration.routing.conftest import PdfShelf, feed_item, queued, receive


def _fields(path: Path) -> dict[str, bool]:
    with pikepdf.open(path) as pdf:
        return {str(f.T): "/V" in f for f in pdf.Root.AcroForm.Fields if f.get("/FT") == "/Sig"}


def _cli(directory: Path, *args: str | Path) -> tuple[int, str, str]:
    return run_cli("--data-dir", directory, *args)


def _drafted(directory: Path, write_json: Callable[..., Path], **data: Any) -> str:
    code, out, err = _cli(
        directory, "letters", "new", "--template", "memo", "--data", write_json(example("memo") | data)
    )
    assert code == 0, err
    return out.strip()


STEPS = ("--step", "P002:review", "--step", "P003:approve", "--step", "P004:sign")


@pytest.fixture
def submitted(station: Callable[[str], Path], write_json: Callable[..., Path]) -> tuple[Path, str]:
    drafter = station("drafter")
    letter_id = _drafted(drafter, write_json)
    code, out, err = _cli(
        drafter, "route", letter_id, *STEPS, "--note", "เสนอเพื่อโปรดพิจารณา", "--person", "P001"
    )
    assert code == 0, err
    assert "P002" in out
    return drafter, letter_id


def test_the_drafter_submits_a_letter_with_a_field_for_each_step(
    submitted: tuple[Path, str], tmp_path: Path
) -> None:
    drafter, letter_id = submitted
    out = tmp_path / "submitted.pdf"
    code, _, err = _cli(drafter, "letters", "export", letter_id, "--out", out)
    assert code == 0, err
    assert _fields(out) == {"Signature1": False, "Initials1": False, "Initials2": False}

    code, shown, _ = _cli(drafter, "letters", "show", letter_id, "--json")
    letter = json.loads(shown)
    assert letter["state"] == "routing"
    assert letter["route"]["state"] == "in_progress" and letter["route_local"] is True
    (action,) = letter["actions"]
    assert action["state"] == "pending"
    assert action["action"]["kind"] == "submit" and action["action"]["round"] == 1
    assert action["action"]["comment"] == "เสนอเพื่อโปรดพิจารณา"
    assert action["action"]["pdf_sha256"] == letter["pdf_sha256"] == letter["route"]["pdf_sha256"]
    assert [s["person"] for s in action["action"]["steps"]] == ["P002", "P003", "P004"]

    code, listed, _ = _cli(drafter, "letters", "list", "--state", "routing", "--json")
    assert [r["id"] for r in json.loads(listed)] == [letter_id]


def test_a_route_without_a_signer_last_is_refused_and_nothing_changes(
    station: Callable[[str], Path], write_json: Callable[..., Path]
) -> None:
    drafter = station("drafter")
    letter_id = _drafted(drafter, write_json)
    code, _, err = _cli(drafter, "route", letter_id, "--step", "P002:review", "--person", "P001")
    assert code == 1 and "last step" in err
    assert queued(drafter) == []
    code, shown, _ = _cli(drafter, "letters", "show", letter_id, "--json")
    assert json.loads(shown)["state"] == "draft"


def test_without_a_person_the_command_says_to_give_one(submitted: tuple[Path, str]) -> None:
    drafter, _ = submitted
    code, _, err = _cli(drafter, "tasks")
    assert code == 1 and "--person" in err and "whom it acts for" in err


def _reviewer_with_the_route(
    submitted: tuple[Path, str], station: Callable[[str], Path], shelf: PdfShelf
) -> Path:
    drafter = submitted[0]
    (submit,) = queued(drafter)
    shelf.keep_from(drafter)  # what the server holds after the submit
    item, _ = feed_item([submit.action], submit.letter)
    reviewer = station("reviewer")
    assert receive(reviewer, item, shelf, "P002")
    return reviewer


def test_the_reviewer_initials_the_letter_with_a_token(
    submitted: tuple[Path, str],
    station: Callable[[str], Path],
    shelf: PdfShelf,
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    _, letter_id = submitted
    reviewer = _reviewer_with_the_route(submitted, station, shelf)

    code, out, err = _cli(reviewer, "tasks", "--person", "P002", "--json")
    assert code == 0, err
    (task,) = json.loads(out)
    assert task["letter_id"] == letter_id and task["task"] == "act"
    assert task["field"] == "Initials1" and task["step"] == 1
    code, out, _ = _cli(reviewer, "tasks", "--person", "P003", "--json")
    assert json.loads(out) == [], "not yet the approver's"

    code, out, err = _cli(
        reviewer, "act", letter_id, "approve", "--note", "ถูกต้อง", "--person", "P002",
        "--pkcs11-module", hsm.module, "--token-label", hsm.label, "--cert-label", "signer",
        "--pin-env", PIN_ENV,
    )  # fmt: skip
    assert code == 0, err
    signed = tmp_path / "initialled.pdf"
    assert _cli(reviewer, "letters", "export", letter_id, "--out", signed)[0] == 0
    assert _fields(signed) == {"Signature1": False, "Initials1": True, "Initials2": False}
    report = verify_file(signed, load_trust_anchors([trust_root]))
    assert report.status in ("valid", "valid-unchecked"), report
    assert [s.field for s in report.signatures] == ["Initials1"]
    if shutil.which("pdfsig"):
        pdfsig = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False).stdout
        assert "Signature is Valid" in pdfsig

    approve = [a for a in queued(reviewer) if a.action.kind is ActionKind.APPROVE]
    assert len(approve) == 1 and approve[0].state == "pending"
    assert approve[0].action.base_sha256 == shelf_sha(shelf, submitted)
    assert approve[0].action.pdf_sha256 == approve[0].pdf_sha256
    code, out, _ = _cli(reviewer, "tasks", "--person", "P002", "--json")
    assert json.loads(out) == [], "done: it waits for the approver now"
    code, out, _ = _cli(reviewer, "tasks", "--person", "P003", "--json")
    assert [t["field"] for t in json.loads(out)] == ["Initials2"]


def shelf_sha(shelf: PdfShelf, submitted: tuple[Path, str]) -> str:
    (submit,) = queued(submitted[0])
    assert submit.action.pdf_sha256 in shelf.pdfs
    return submit.action.pdf_sha256


def test_a_return_without_a_note_is_refused_and_nothing_is_queued(
    submitted: tuple[Path, str], station: Callable[[str], Path], shelf: PdfShelf
) -> None:
    _, letter_id = submitted
    reviewer = _reviewer_with_the_route(submitted, station, shelf)
    code, _, err = _cli(reviewer, "act", letter_id, "return", "--person", "P002")
    assert code == 1 and "note" in err
    assert queued(reviewer) == []
    code, _, err = _cli(reviewer, "act", letter_id, "return", "--note", "แก้ย่อหน้าที่ ๒", "--person", "P002")
    assert code == 0, err
    (back,) = queued(reviewer)
    assert back.action.kind is ActionKind.RETURN and back.action.comment == "แก้ย่อหน้าที่ ๒"


def test_someone_else_cannot_act_on_the_step(
    submitted: tuple[Path, str], station: Callable[[str], Path], shelf: PdfShelf
) -> None:
    _, letter_id = submitted
    reviewer = _reviewer_with_the_route(submitted, station, shelf)
    code, _, err = _cli(reviewer, "act", letter_id, "forward", "P009", "--person", "P003")
    assert code == 1 and "P002" in err
    assert queued(reviewer) == []


def test_route_with_number_takes_the_next_number_of_the_series(
    station: Callable[[str], Path], write_json: Callable[..., Path]
) -> None:
    from eoffice_desktop.domain.thai import latin_digits
    from eoffice_desktop.store.db import open_store
    from eoffice_desktop.store.numbers import NumberPool

    drafter = station("drafter")
    store = open_store(drafter)
    try:
        NumberPool(store).add_block({"series": "ดศ 0201", "year": 2569, "first": 41, "last": 60, "id": 1})
    finally:
        store.close()
    letter_id = _drafted(drafter, write_json, number="ดศ 0201")
    code, _, err = _cli(drafter, "route", letter_id, *STEPS, "--number", "--person", "P001")
    assert code == 0, err
    code, shown, _ = _cli(drafter, "letters", "show", letter_id, "--json")
    assert latin_digits(json.loads(shown)["number"]) == "ดศ 0201/41", "the first of the leased block"


def test_a_letter_on_its_route_cannot_be_edited_or_submitted_again(submitted: tuple[Path, str]) -> None:
    from eoffice_desktop.store.db import StoreError, open_store
    from eoffice_desktop.store.letters import LetterRepository

    drafter, letter_id = submitted
    code, _, err = _cli(drafter, "route", letter_id, *STEPS, "--person", "P001")
    assert code == 1 and "draft" in err
    store = open_store(drafter)
    try:
        with pytest.raises(StoreError, match="on its route"):
            LetterRepository(store, "test").edit(letter_id, example("memo"))
    finally:
        store.close()
    assert len(queued(drafter)) == 1


def test_a_wrong_pin_signs_nothing_and_queues_nothing(
    submitted: tuple[Path, str],
    station: Callable[[str], Path],
    shelf: PdfShelf,
    hsm: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PIN_ENV, "000000")
    _, letter_id = submitted
    reviewer = _reviewer_with_the_route(submitted, station, shelf)
    code, _, err = _cli(
        reviewer, "act", letter_id, "approve", "--person", "P002",
        "--pkcs11-module", hsm.module, "--token-label", hsm.label, "--cert-label", "signer",
        "--pin-env", PIN_ENV,
    )  # fmt: skip
    assert code == 1 and "PIN" in err
    assert queued(reviewer) == []
    code, out, _ = _cli(reviewer, "letters", "show", letter_id, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["state"] is None, "the reviewer sees the letter on its way only"
    assert shown["route"]["steps"][0]["state"] == "active" and shown["subject"]
