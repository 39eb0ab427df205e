"""Routes on sync: the answers to this workstation's actions (accepted, someone was first, refused, try
again), what a route that comes back signed or returned does to the drafter's letter, and urgent tasks first.

The server's route endpoints are not part of this change: their answers here are the ones docs/routing.md
specifies, given by a stand-in (PdfShelf); the end-to-end test runs against the real server."""

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import Action, ActionKind, Route, StepKind, StepSpec
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.routes import RouteStore, RouteStoreError
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.client import RouteAnswer
from eoffice_desktop.sync.routing import RouteSync
from tests.helpers import example, run_cli
from tests.integration.routing.conftest import PdfShelf, entry_for, feed_item, queued, receive

STEPS = (StepSpec("P002", StepKind.REVIEW), StepSpec("P004", StepKind.SIGN))
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def _action(kind: ActionKind, person: str, letter_id: str, **fields: Any) -> Action:
    return Action(
        str(uuid.uuid4()), letter_id, kind, person, fields.pop("at", NOW), fields.pop("round", 1), **fields
    )


def _submit(letter_id: str, pdf_sha: str, **fields: Any) -> Action:
    return _action(ActionKind.SUBMIT, "P001", letter_id, steps=STEPS, pdf_sha256=pdf_sha, **fields)


def _drafted_and_routed(directory: Path, write_json: Callable[..., Path], *steps: str) -> str:
    code, out, err = run_cli(
        "--data-dir", directory, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    letter_id = out.strip()
    chosen = steps or ("P002:review", "P004:sign")
    code, _, err = run_cli(
        "--data-dir",
        directory,
        "route",
        letter_id,
        *(a for s in chosen for a in ("--step", s)),
        "--person",
        "P001",
    )
    assert code == 0, err
    return letter_id


def _show(directory: Path, letter_id: str) -> dict[str, Any]:
    code, out, err = run_cli("--data-dir", directory, "letters", "show", letter_id, "--json")
    assert code == 0, err
    shown: dict[str, Any] = json.loads(out)
    return shown


def _push(directory: Path, shelf: PdfShelf, person: str | None = "P001") -> Any:
    store = open_store(directory)
    try:
        return RouteSync(store, shelf, "test", person).push()
    finally:
        store.close()


def _accepted(route: Route, entry: dict[str, Any]) -> RouteAnswer:
    return RouteAnswer(200, {"outcome": "accepted", "route": route.to_wire(), "entry": entry})


def test_an_accepted_submit_takes_the_servers_route_and_history(
    station: Callable[[str], Path], write_json: Callable[..., Path], shelf: PdfShelf
) -> None:
    drafter = station("drafter")
    letter_id = _drafted_and_routed(drafter, write_json)
    (submit,) = queued(drafter)
    item, route = feed_item([submit.action], submit.letter)
    shelf.answers.append(_accepted(route, item["history"][0]))
    tally = _push(drafter, shelf)
    assert tally.accepted == 1
    (sent,) = shelf.sent
    assert sent["action"] == submit.action.to_wire()
    assert sent["letter"]["subject"] == example("memo")["subject"] and sent["letter"]["template"] == "memo"
    assert hashlib.sha256(sent["pdf"]).hexdigest() == submit.action.pdf_sha256
    shown = _show(drafter, letter_id)
    assert [a["state"] for a in shown["actions"]] == ["accepted"]
    assert shown["route_local"] is False and shown["route"]["revision"] == 1
    assert [e["seq"] for e in shown["history"]] == [1]
    assert _push(drafter, shelf).accepted == 0, "nothing is sent twice"


def test_someone_first_makes_the_action_a_note_and_the_servers_route_is_shown(
    station: Callable[[str], Path], write_json: Callable[..., Path], shelf: PdfShelf
) -> None:
    drafter = station("drafter")
    letter_id = _drafted_and_routed(drafter, write_json)
    (submit,) = queued(drafter)
    shelf.keep_from(drafter)
    reviewer = station("reviewer")
    item, route = feed_item([submit.action], submit.letter)
    assert receive(reviewer, item, shelf, "P002")
    code, _, err = run_cli(
        "--data-dir",
        reviewer,
        "act",
        letter_id,
        "forward",
        "P007",
        "--person",
        "P002",
        "--note",
        "ท่านลาพักร้อน",
    )
    assert code == 0, err
    # meanwhile, from another workstation, the reviewer's deputy returned it to the drafter first
    first = _action(
        ActionKind.RETURN, "P002", letter_id, step=0, comment="แก้ชื่อเรื่อง", at=NOW + dt.timedelta(minutes=5)
    )
    server = apply(route, first)
    entries = [*item["history"], entry_for(item["history"], first)]
    (forward,) = [a for a in queued(reviewer) if a.action.kind is ActionKind.FORWARD]
    noted_entry = entry_for(entries, forward.action, "noted")
    reason = "ดำเนินการแล้วโดย P002 เมื่อ ๑ ธ.ค. ๒๕๖๙ ๑๖.๐๕ น."
    shelf.answers.append(
        RouteAnswer(
            409,
            {
                "error": "already_done",
                "detail": "already done",
                "reason_th": reason,
                "by": "P002",
                "route": server.to_wire(),
                "entry": noted_entry,
            },
        )
    )
    assert _push(reviewer, shelf, "P002").noted == 1
    shown = _show_route(reviewer, letter_id)
    assert shown["actions"][0]["state"] == "noted" and shown["actions"][0]["message"] == reason
    assert shown["route"]["state"] == "returned" and shown["route_local"] is False


def _show_route(directory: Path, letter_id: str) -> dict[str, Any]:
    store = open_store(directory)
    try:
        routes = RouteStore(store, "test")
        held = routes.get(letter_id)
        assert held is not None
        return {
            "route": held.route.to_wire(),
            "route_local": held.local,
            "actions": [a.describe() for a in routes.actions(letter_id)],
        }
    finally:
        store.close()


def test_a_refused_action_is_kept_with_its_reason_and_the_route_goes_back(
    station: Callable[[str], Path], write_json: Callable[..., Path], shelf: PdfShelf
) -> None:
    drafter = station("drafter")
    letter_id = _drafted_and_routed(drafter, write_json)
    shelf.answers.append(
        RouteAnswer(422, {"error": "not_a_pdf", "detail": "not a PDF", "reason_th": "ไม่ใช่ไฟล์ PDF"})
    )
    assert _push(drafter, shelf).refused == 1
    shown = _show(drafter, letter_id)
    assert shown["actions"][0]["state"] == "refused" and shown["actions"][0]["message"] == "ไม่ใช่ไฟล์ PDF"


def test_network_trouble_and_server_errors_leave_actions_for_the_next_sync(
    station: Callable[[str], Path], write_json: Callable[..., Path], shelf: PdfShelf
) -> None:
    drafter = station("drafter")
    letter_id = _drafted_and_routed(drafter, write_json)
    shelf.answers.append(ServerError("network: ConnectionError"))
    assert _push(drafter, shelf).waiting == 1
    shelf.answers.append(RouteAnswer(503, {"detail": "busy"}))
    assert _push(drafter, shelf).waiting == 1
    shelf.answers.append(RouteAnswer(409, {"error": "in_progress", "detail": "send the action again"}))
    assert _push(drafter, shelf).waiting == 1
    shown = _show(drafter, letter_id)
    assert [(a["state"], a["attempts"]) for a in shown["actions"]] == [("pending", 3)]
    assert len({json.dumps(s["action"]) for s in shelf.sent}) == 1, (
        "the same action each time (its id the key)"
    )


def test_a_route_signed_elsewhere_makes_the_drafters_letter_signed(
    station: Callable[[str], Path], write_json: Callable[..., Path], shelf: PdfShelf
) -> None:
    drafter = station("drafter")
    letter_id = _drafted_and_routed(drafter, write_json)
    (submit,) = queued(drafter)
    final = b"%PDF-1.7 the letter with its initials and signature (stand-in bytes)"
    final_sha = hashlib.sha256(final).hexdigest()
    shelf.pdfs[final_sha] = final
    approve = _action(ActionKind.APPROVE, "P002", letter_id, step=0, pdf_sha256="a" * 64)
    sign = _action(ActionKind.SIGN, "P004", letter_id, step=1, pdf_sha256=final_sha)
    item, route = feed_item([submit.action, approve, sign], submit.letter)
    assert route.state.value == "signed"
    shelf.answers.append(_accepted(feed_item([submit.action])[1], item["history"][0]))
    _push(drafter, shelf)
    assert receive(drafter, item, shelf, "P001")
    shown = _show(drafter, letter_id)
    assert shown["state"] == "signed" and shown["signed"] and shown["pdf_sha256"] == final_sha
    assert not receive(drafter, item, shelf, "P001"), "an older or the same revision is not taken again"


def test_the_sender_who_never_had_the_letter_gets_it_signed(
    station: Callable[[str], Path], shelf: PdfShelf
) -> None:
    final = b"%PDF-1.7 signed (stand-in bytes)"
    final_sha = hashlib.sha256(final).hexdigest()
    shelf.pdfs[final_sha] = final
    letter_id = str(uuid.uuid4())
    submit = _submit(letter_id, "b" * 64, send_by="P010")
    approve = _action(ActionKind.APPROVE, "P002", letter_id, step=0, pdf_sha256="c" * 64)
    sign = _action(ActionKind.SIGN, "P004", letter_id, step=1, pdf_sha256=final_sha)
    info = {"subject": "เชิญประชุม", "speed": "ด่วน", "secret": None, "template": "memo"}
    item, _ = feed_item([submit, approve, sign], info)
    saraban = station("saraban")
    assert receive(saraban, item, shelf, "P010")
    shown = _show(saraban, letter_id)
    assert shown["state"] == "signed" and shown["subject"] == "เชิญประชุม" and shown["pdf_sha256"] == final_sha
    other = station("other")
    assert receive(other, item, shelf, "P002")
    assert _show(other, letter_id)["state"] is None, "not the sender's workstation: no letter made there"


def test_a_returned_letter_goes_back_to_draft_and_is_submitted_again_in_round_two(
    station: Callable[[str], Path], write_json: Callable[..., Path], shelf: PdfShelf
) -> None:
    drafter = station("drafter")
    letter_id = _drafted_and_routed(drafter, write_json)
    (submit,) = queued(drafter)
    back = _action(ActionKind.RETURN, "P002", letter_id, step=0, comment="แก้ย่อหน้าแรก")
    item, _ = feed_item([submit.action, back], submit.letter)
    shelf.answers.append(_accepted(feed_item([submit.action])[1], item["history"][0]))
    _push(drafter, shelf)
    assert receive(drafter, item, shelf, "P001")
    shown = _show(drafter, letter_id)
    assert shown["state"] == "draft" and shown["version"] == 2 and not shown["pdf_sha256"]
    code, _, err = run_cli(
        "--data-dir",
        drafter,
        "route",
        letter_id,
        "--step",
        "P002:review",
        "--step",
        "P004:sign",
        "--person",
        "P001",
    )
    assert code == 0, err
    shown = _show(drafter, letter_id)
    assert shown["state"] == "routing" and shown["route"]["round"] == 2
    assert [a["action"]["round"] for a in shown["actions"]] == [1, 2]
    assert shown["route"]["pdf_sha256"] == shown["pdf_sha256"] != submit.action.pdf_sha256


def test_tasks_show_the_most_urgent_then_the_oldest_first(station: Callable[[str], Path]) -> None:
    reviewer = station("reviewer")
    made = {}
    for minutes, speed in [(0, None), (10, "ด่วน"), (20, "ด่วนที่สุด"), (30, "ด่วนที่สุด"), (40, "ด่วนมาก")]:
        letter_id = str(uuid.uuid4())
        submit = _submit(letter_id, "d" * 64, at=NOW + dt.timedelta(minutes=minutes))
        item, _ = feed_item(
            [submit], {"subject": f"เรื่อง {minutes}", "speed": speed, "secret": None, "template": "memo"}
        )
        made[letter_id] = minutes
        store = open_store(reviewer)
        try:
            RouteStore(store, "test").take(Route.from_wire(item["route"]), item["letter"], item["history"])
        finally:
            store.close()
    code, out, err = run_cli("--data-dir", reviewer, "tasks", "--person", "P002", "--json")
    assert code == 0, err
    assert [made[t["letter_id"]] for t in json.loads(out)] == [20, 30, 40, 10, 0]


def test_a_history_that_does_not_chain_is_refused_whole(
    station: Callable[[str], Path], shelf: PdfShelf
) -> None:
    letter_id = str(uuid.uuid4())
    item, _ = feed_item([_submit(letter_id, "e" * 64)])
    item["history"][0]["action"]["comment"] = "changed after it was recorded"
    reviewer = station("reviewer")
    store = open_store(reviewer)
    try:
        with pytest.raises(RouteStoreError, match="does not chain"):
            RouteSync(store, shelf, "test", "P002").take(item)
        assert RouteStore(store, "test").get(letter_id) is None
    finally:
        store.close()


class Feed(PdfShelf):
    """The changes feed with one page of items, as GET /v1/changes gives it."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        super().__init__()
        self.items = items

    def changes(self, cursor: int, limit: int = 100) -> dict[str, Any]:
        return {"items": self.items if cursor == 0 else [], "cursor": 1, "more": False}


def test_the_sync_engine_takes_route_items_from_the_feed(station: Callable[[str], Path]) -> None:
    from eoffice_desktop.sync.engine import SyncEngine

    letter_id = str(uuid.uuid4())
    item, _ = feed_item([_submit(letter_id, "f" * 64)])
    broken, _ = feed_item([_submit(str(uuid.uuid4()), "f" * 64)])
    broken["history"][0]["outcome"] = "noted"  # changed after it was recorded: passed over, not a stop
    feed = Feed([broken, item])
    feed.pdfs["f" * 64] = b"wrong bytes"
    store = open_store(station("reviewer"))
    try:
        engine = SyncEngine(store, feed, "test")  # type: ignore[arg-type]
        engine.chosen_person = "P009"
        engine.pull()
        held = RouteStore(store, "test").get(letter_id)
        assert held is not None and held.route.holder == "P002"
        assert not store.blob_path("f" * 64).is_file(), "not this person's task: its PDF is not fetched"
    finally:
        store.close()


def test_a_damaged_pdf_is_not_kept_and_the_route_waits_for_it(
    station: Callable[[str], Path], shelf: PdfShelf
) -> None:
    letter_id = str(uuid.uuid4())
    item, _ = feed_item([_submit(letter_id, "f" * 64)])
    shelf.pdfs["f" * 64] = b"bytes that are not the letter"
    reviewer = station("reviewer")
    assert receive(reviewer, item, shelf, "P002")
    code, _, err = run_cli(
        "--data-dir", reviewer, "letters", "export", letter_id, "--out", reviewer / "x.pdf"
    )
    assert code == 1 and "no PDF here yet" in err
    assert not (reviewer / "x.pdf").exists()
