"""Workstations of one office for the route window tests: the people held (as sync keeps them), a drafter who
submits a letter through the real service, and a reviewer's store that takes the route as the server's feed
item (tests/integration/routing/conftest.py)."""

from pathlib import Path
from typing import Any

from eoffice_desktop.desk.routing import submit
from eoffice_desktop.domain.people import Person, Role
from eoffice_desktop.domain.routes import StepKind, StepSpec
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.people import People
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import write_config
from tests.helpers import example
from tests.integration.routing.conftest import PdfShelf, feed_item, queued, receive

PEOPLE = [
    Person("P001", "DS", "นางสาวสมใจ ตั้งใจ", "นักจัดการงานทั่วไป", "กองกลาง", (Role.DRAFTER,)),
    Person("P002", "DS", "นายสมศักดิ์ รักงาน", "ผู้อำนวยการกองกลาง", "กองกลาง", (Role.REVIEWER,)),
    Person("P003", "DS", "นางวิภา ดีมาก", "รองปลัดกระทรวง", "สำนักงานปลัด", (Role.REVIEWER,)),
    Person("P004", "DS", "นายสมชาย ใจดี", "ปลัดกระทรวง", "สำนักงานปลัด", (Role.SIGNER,)),
]
STEPS = (StepSpec("P002", StepKind.REVIEW), StepSpec("P004", StepKind.SIGN))


def hold_people(directory: Path) -> None:
    store = open_store(directory)
    try:
        People(store).replace({"etag": '"1"', "people": [p.to_wire() for p in PEOPLE]})
    finally:
        store.close()


def station(tmp_path: Path, name: str, hsm: Any, trust_root: Path, person: str | None) -> Workspace:
    """A workstation acting for ``person`` (None: it does not know whom), holding the agency's people."""
    directory = tmp_path / name
    directory.mkdir(exist_ok=True)
    hold_people(directory)
    identity = f'[identity]\nperson = "{person}"\n' if person else ""
    config = write_config(tmp_path / f"{name}.toml", hsm, trust_root, profile=identity)
    return open_workspace(directory, config)


def drafted(workspace: Workspace, subject: str = "ขอความเห็นชอบโครงการอบรม") -> str:
    record = workspace.letters.create("memo", example("memo") | {"subject": subject})
    return record.id


def routed_to_reviewer(
    tmp_path: Path, hsm: Any, trust_root: Path, subject: str = "ขอความเห็นชอบโครงการอบรม"
) -> str:
    """A letter the drafter P001 submitted through P002 (review) to P004 (sign), taken by the reviewer's
    store (``tmp_path / "reviewer"``) as the server's feed item; returns its id."""
    drafter = station(tmp_path, "drafter", hsm, trust_root, "P001")
    try:
        letter_id = drafted(drafter, subject)
        submit(drafter, letter_id, STEPS, "P001")
    finally:
        drafter.close()
    (action,) = queued(tmp_path / "drafter")
    item, _route = feed_item([action.action], action.letter)
    shelf = PdfShelf()
    shelf.keep_from(tmp_path / "drafter")
    reviewer = tmp_path / "reviewer"
    reviewer.mkdir(exist_ok=True)
    assert receive(reviewer, item, shelf, "P002")
    return letter_id
