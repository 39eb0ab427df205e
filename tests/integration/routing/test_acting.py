"""A step forwarded to a deputy: the deputy signs for the step's owner, and the stamp says so
(รักษาราชการแทน and the owner's position, from the people this workstation knows)."""

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from eoffice_desktop.desk.routing import RouteSigning, act, current_pdf
from eoffice_desktop.domain.people import Person
from eoffice_desktop.domain.routes import Action, ActionKind, RouteState
from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.signing.batch import BatchSigner, SignOptions
from eoffice_desktop.signing.cli import TerminalPin
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.workspace import open_workspace
from tests.helpers import PIN_ENV, example, run_cli
from tests.integration.routing.conftest import PdfShelf, feed_item, queued, receive

OWNER = Person("P004", "DEMO-A", "นางสาวฝ้าย น้ำใจงาม", position="ผู้อำนวยการกองบริหารงานกลาง")


def _stamp_text(pdf: bytes, field: str) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        (page, widget), *_ = [(p, w) for p in doc for w in p.widgets() if w.field_name == field]
        rect = widget.rect
        doc.bake(annots=False, widgets=True)
        return canonical_thai(doc[page.number].get_text(clip=rect))


def test_the_deputy_signs_as_acting_for_the_owner(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    drafter = station("drafter")
    code, out, err = run_cli(
        "--data-dir", drafter, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    letter_id = out.strip()
    code, _, err = run_cli(
        "--data-dir", drafter, "route", letter_id, "--step", "P004:sign", "--person", "P001"
    )
    assert code == 0, err
    (submit,) = queued(drafter)
    shelf.keep_from(drafter)
    forward = Action(
        str(uuid.uuid4()), letter_id, ActionKind.FORWARD, "P004", dt.datetime.now(dt.UTC), 1, step=0,
        forward_to="P005",
    )  # fmt: skip
    item, _ = feed_item([submit.action, forward], submit.letter)
    deputy = station("deputy")
    assert receive(deputy, item, shelf, "P005")

    workspace = open_workspace(deputy)
    try:
        signer = BatchSigner(TokenService(hsm.module), TokenChoice(hsm.label, None), "signer", None)
        signing = RouteSigning(signer, TerminalPin(PIN_ENV), SignOptions())
        people = {"P004": OWNER}.get
        route = act(workspace, letter_id, ActionKind.SIGN, "P005", signing=signing, people=people)
        assert route.state is RouteState.SIGNED and route.steps[0].acted_by == "P005"
        text = _stamp_text(current_pdf(workspace, letter_id), "Signature1")
    finally:
        workspace.close()
    assert canonical_thai("รักษาราชการแทน ผู้อำนวยการกองบริหารงานกลาง") in text, text
