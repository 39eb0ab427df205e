"""A letter's route through the real server on loopback (SQLite and PostgreSQL): the drafter submits a memo,
the reviewer initials it (a real signature into Initials1 with the SoftHSM token), the signer signs
Signature1; the server checks every PDF, orders concurrent actions, answers replays, keeps a chained history
and tells the agency's workstations through the changes feed."""

import base64
import datetime as dt
import hashlib
import json
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_cloud.models import Person, RouteEntry
from eoffice_cloud.storage import open_cloud
from eoffice_desktop.domain.history_chain import check_chain
from tests.cloud import RunningCloud, drop_everything, serving
from tests.helpers import PIN_ENV, example, run_cli, sign_cli
from tests.integration.sync.conftest import database_url

STEPS = [{"person": "P002", "kind": "review"}, {"person": "P003", "kind": "sign"}]
LETTER = {"subject": "ขอความร่วมมือทดสอบระบบ", "speed": "ด่วน", "secret": None, "template": "memo"}


@dataclass(frozen=True)
class Versions:
    draft: Path  # Initials1 and Signature1 reserved, unsigned
    initialled: Path  # the reviewer's initials in Initials1
    initialled_again: Path  # the same reviewer's initials made a second time (other bytes)
    signed: Path  # then the signer's signature in Signature1
    other: Path  # another draft, initialled: not an update of the draft


def _draft(directory: Path, name: str, subject: str) -> Path:
    data = directory / f"{name}.json"
    memo = example("memo") | {"subject": subject, "reviewers": ["ผู้อำนวยการกองบริหารงานกลาง"]}
    data.write_text(json.dumps(memo, ensure_ascii=False), encoding="utf-8")
    out = directory / f"{name}.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", data, "--out", out)
    assert code == 0, err
    return out


def _sign(hsm: Any, source: Path, out: Path, *extra: str) -> Path:
    code, _, err = sign_cli(hsm, [source], "--out", out, *extra)
    assert code == 0, err
    return out


@pytest.fixture(scope="module")
def versions(hsm: Any, tmp_path_factory: pytest.TempPathFactory) -> Versions:
    os.environ[PIN_ENV] = hsm.pin
    directory = tmp_path_factory.mktemp("route-letters")
    draft = _draft(directory, "draft", LETTER["subject"])
    initialled = _sign(hsm, draft, directory / "initialled.pdf", "--field", "Initials1")
    again = _sign(hsm, draft, directory / "initialled-again.pdf", "--field", "Initials1")
    signed = _sign(hsm, initialled, directory / "signed.pdf", "--field", "Signature1")
    other_draft = _draft(directory, "other-draft", "เรื่องอื่น")
    other = _sign(hsm, other_draft, directory / "other.pdf", "--field", "Initials1")
    return Versions(draft, initialled, again, signed, other)


@dataclass
class Office:
    cloud: RunningCloud
    drafter: str
    reviewer: str
    reviewer_elsewhere: str  # the reviewer's token on another workstation
    signer: str
    machine: str  # a workstation token of the same agency


@pytest.fixture
def office(cloud: RunningCloud) -> Office:
    return Office(
        cloud,
        cloud.person_with_token("P001", "DS", "desk-01", "นายร่าง ดี", "นักจัดการงานทั่วไป"),
        cloud.person_with_token("P002", "DS", "desk-02", "นางตรวจ ละเอียด", "ผู้อำนวยการกลุ่ม"),
        cloud.person_with_token("P002", "DS", "laptop-02"),
        cloud.person_with_token("P003", "DS", "desk-03", "นายลงนาม ใหญ่", "ผู้อำนวยการกอง"),
        cloud.token("saraban-01", "DS"),
    )


def _action(kind: str, person: str, letter_id: str, **fields: Any) -> dict[str, Any]:
    pdf: Path | None = fields.pop("pdf", None)
    return {
        "action_id": str(uuid.uuid4()),
        "letter_id": letter_id,
        "kind": kind,
        "person": person,
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "round": 1,
        "pdf_sha256": hashlib.sha256(pdf.read_bytes()).hexdigest() if pdf else None,
        **fields,
    }


def _post(
    cloud: RunningCloud,
    token: str,
    action: dict[str, Any],
    pdf: Path | None = None,
    with_letter: bool = False,
) -> requests.Response:
    body = {
        "action": action,
        "letter": LETTER if with_letter else None,
        "pdf": base64.b64encode(pdf.read_bytes()).decode() if pdf else None,
    }
    return requests.post(
        f"{cloud.url}/v1/routes/{action['letter_id']}/actions",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )


def _get(cloud: RunningCloud, token: str, path: str) -> requests.Response:
    return requests.get(f"{cloud.url}{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30)


def _submit(office: Office, versions: Versions, letter_id: str) -> dict[str, Any]:
    submit = _action("submit", "P001", letter_id, steps=STEPS, pdf=versions.draft)
    answer = _post(office.cloud, office.drafter, submit, versions.draft, with_letter=True)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


@contextmanager
def running_processes(tmp_path: Path, config: Path) -> Iterator[tuple[str, str]]:
    with (
        serving(tmp_path / "one", "--config", config) as first,
        serving(tmp_path / "two", "--config", config) as second,
    ):
        yield first, second


def _history(cloud: RunningCloud, letter_id: str) -> list[str]:
    with cloud.store.sessions() as session:
        entries = session.query(RouteEntry).filter_by(letter_id=letter_id).order_by(RouteEntry.seq)
        return [e.outcome for e in entries]


def test_a_letter_goes_from_its_drafter_through_the_reviewer_to_the_signer(
    office: Office, versions: Versions
) -> None:
    cloud = office.cloud
    submitted = _submit(office, versions, "L-1")
    assert submitted["route"]["steps"][0]["state"] == "active"
    assert submitted["entry"]["by_name"] == "นายร่าง ดี"

    approve = _action("approve", "P002", "L-1", step=0, pdf=versions.initialled, comment="ถูกต้อง")
    approved = _post(cloud, office.reviewer, approve, versions.initialled)
    assert approved.status_code == 200, approved.text
    assert approved.json()["route"]["steps"][1]["state"] == "active"

    sign = _action("sign", "P003", "L-1", step=1, pdf=versions.signed)
    signed = _post(cloud, office.signer, sign, versions.signed)
    assert signed.status_code == 200, signed.text

    shown = _get(cloud, office.machine, "/v1/routes/L-1").json()
    assert shown["route"]["state"] == "signed"
    assert shown["route"]["pdf_sha256"] == hashlib.sha256(versions.signed.read_bytes()).hexdigest()
    assert shown["letter"]["subject"] == LETTER["subject"]
    assert [e["outcome"] for e in shown["history"]] == ["accepted"] * 3
    assert check_chain(shown["history"])
    for version in (versions.draft, versions.initialled, versions.signed):
        digest = hashlib.sha256(version.read_bytes()).hexdigest()
        got = _get(cloud, office.drafter, f"/v1/routes/L-1/pdf/{digest}")
        assert got.status_code == 200 and got.content == version.read_bytes()
    with cloud.store.sessions() as session:  # the reviewer's and signer's certificates were learnt
        assert len(json.loads(session.get(Person, "P002").certificates_json)) == 1  # type: ignore[union-attr]
        assert len(json.loads(session.get(Person, "P003").certificates_json)) == 1  # type: ignore[union-attr]


def test_a_pdf_that_is_not_the_current_version_with_initials_added_is_refused(
    office: Office, versions: Versions
) -> None:
    _submit(office, versions, "L-2")
    approve = _action("approve", "P002", "L-2", step=0, pdf=versions.other)
    refused = _post(office.cloud, office.reviewer, approve, versions.other)
    assert refused.status_code == 422
    assert refused.json()["error"] == "not_incremental" and refused.json()["reason_th"]
    wrong = _action("approve", "P002", "L-2", step=0, pdf=versions.draft)  # no signature added
    assert _post(office.cloud, office.reviewer, wrong, versions.draft).json()["error"] == "not_incremental"
    assert _history(office.cloud, "L-2") == ["accepted"]  # nothing recorded of either


def test_a_signature_by_a_certificate_not_the_persons_is_refused(office: Office, versions: Versions) -> None:
    with office.cloud.store.sessions.begin() as session:
        reviewer = session.get(Person, "P002")
        assert reviewer is not None
        reviewer.certificates_json = json.dumps(["ab" * 32])
    _submit(office, versions, "L-3")
    approve = _action("approve", "P002", "L-3", step=0, pdf=versions.initialled)
    refused = _post(office.cloud, office.reviewer, approve, versions.initialled)
    assert refused.status_code == 422 and refused.json()["error"] == "not_their_certificate"


def test_only_the_persons_own_token_acts(office: Office, versions: Versions) -> None:
    submit = _action("submit", "P001", "L-4", steps=STEPS, pdf=versions.draft)
    by_machine = _post(office.cloud, office.machine, submit, versions.draft, with_letter=True)
    assert by_machine.status_code == 403 and by_machine.json()["error"] == "person_token_required"
    by_other = _post(office.cloud, office.reviewer, submit, versions.draft, with_letter=True)
    assert by_other.status_code == 403 and by_other.json()["error"] == "not_your_action"
    assert _get(office.cloud, office.drafter, "/v1/routes/L-4").status_code == 404


def test_two_approvals_of_one_step_at_once_one_wins_the_other_is_a_note(
    office: Office, versions: Versions
) -> None:
    _submit(office, versions, "L-5")
    sent = [
        (
            office.reviewer,
            _action("approve", "P002", "L-5", step=0, pdf=versions.initialled),
            versions.initialled,
        ),
        (
            office.reviewer_elsewhere,
            _action("approve", "P002", "L-5", step=0, pdf=versions.initialled_again, comment="ดูแล้ว"),
            versions.initialled_again,
        ),
    ]
    answers: list[requests.Response] = []
    start = threading.Barrier(len(sent))

    def send(token: str, action: dict[str, Any], pdf: Path) -> None:
        start.wait()
        answers.append(_post(office.cloud, token, action, pdf))

    threads = [threading.Thread(target=send, args=one) for one in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
    late = next(a for a in answers if a.status_code == 409).json()
    assert late["error"] == "already_done" and late["by"] == "P002" and late["at"]
    assert late["reason_th"].startswith("ดำเนินการแล้วโดย นางตรวจ ละเอียด")
    assert late["entry"]["outcome"] == "noted"
    history = _get(office.cloud, office.drafter, "/v1/routes/L-5").json()["history"]
    assert [e["outcome"] for e in history] == ["accepted", "accepted", "noted"]
    assert check_chain(history)


def test_an_action_sent_again_gets_its_first_answer(office: Office, versions: Versions) -> None:
    cloud = office.cloud
    submit = _action("submit", "P001", "L-6", steps=STEPS, pdf=versions.draft)
    first = _post(cloud, office.drafter, submit, versions.draft, with_letter=True)
    again = _post(cloud, office.drafter, submit, versions.draft, with_letter=True)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    stranger = _action("forward", "P002", "L-6", step=0, forward_to="P404")
    refused = _post(cloud, office.reviewer, stranger, None)
    assert refused.status_code == 422 and refused.json()["error"] == "unknown_person"
    cloud.person_with_token("P009", "DS", "desk-09", "นางรักษา การแทน", "ผู้อำนวยการกลุ่ม")
    forward = _action("forward", "P002", "L-6", step=0, forward_to="P009")
    assert _post(cloud, office.reviewer, forward, None).status_code == 200
    late = _action("return", "P002", "L-6", step=0, comment="แก้ไขวันที่")  # forwarded away: too late
    noted = _post(cloud, office.reviewer, late, None)
    assert noted.status_code == 409
    assert _post(cloud, office.reviewer, late, None).json() == noted.json()
    assert _history(cloud, "L-6") == ["accepted", "accepted", "noted"]


def test_a_return_needs_a_comment(office: Office, versions: Versions) -> None:
    _submit(office, versions, "L-7")
    bare = _action("return", "P002", "L-7", step=0)
    refused = _post(office.cloud, office.reviewer, bare, None)
    assert refused.status_code == 422 and refused.json()["error"] == "route_refused"
    assert "ความเห็น" in refused.json()["reason_th"]
    back = _action("return", "P002", "L-7", step=0, comment="แก้ไขชื่อเรื่อง")
    returned = _post(office.cloud, office.reviewer, back, None)
    assert returned.status_code == 200 and returned.json()["route"]["state"] == "returned"


def test_route_changes_reach_the_agencys_workstations_and_no_other(
    office: Office, versions: Versions
) -> None:
    cloud = office.cloud
    _submit(office, versions, "L-8")
    outsider = cloud.token("outside-01", "CM")

    def routes(token: str) -> list[dict[str, Any]]:
        items = _get(cloud, token, "/v1/changes").json()["items"]
        return [i for i in items if i["kind"] == "route"]

    seen = routes(office.machine)
    assert [i["letter_id"] for i in seen] == ["L-8"]
    assert seen[0]["route"]["steps"][0]["holder"] == "P002"
    assert seen[0]["letter"]["subject"] == LETTER["subject"] and len(seen[0]["history"]) == 1
    assert routes(outsider) == []
    assert _get(cloud, outsider, "/v1/routes/L-8").status_code == 404
    digest = hashlib.sha256(versions.draft.read_bytes()).hexdigest()
    assert _get(cloud, outsider, f"/v1/routes/L-8/pdf/{digest}").status_code == 404


def test_two_server_processes_on_postgresql_let_one_approval_of_a_step_win(
    tmp_path: Path, trust_root: Path, versions: Versions
) -> None:
    """Two `eoffice-cloud serve` processes on one PostgreSQL: the same step approved through each at once."""
    url = database_url("postgresql")
    assert url is not None
    drop_everything(url)
    (tmp_path / "root.pem").write_bytes(trust_root.read_bytes())
    config = tmp_path / "server.toml"
    config.write_text(
        f'[server]\ndatabase_url = "{url}"\n[trust]\nanchors = ["root.pem"]\n', encoding="utf-8"
    )
    store = open_cloud(tmp_path / "setup", url)
    try:
        with running_processes(tmp_path, config) as (first, second):
            helper = RunningCloud(first, store, tmp_path)
            office = Office(
                helper,
                helper.person_with_token("P001", "DS", "desk-01", "นายร่าง ดี"),
                helper.person_with_token("P002", "DS", "desk-02", "นางตรวจ ละเอียด"),
                helper.person_with_token("P002", "DS", "laptop-02"),
                helper.person_with_token("P003", "DS", "desk-03"),
                helper.token("saraban-01", "DS"),
            )
            _submit(office, versions, "L-9")
            sent = [
                (first, office.reviewer, _action("approve", "P002", "L-9", step=0, pdf=versions.initialled)),
                (
                    second,
                    office.reviewer_elsewhere,
                    _action("approve", "P002", "L-9", step=0, pdf=versions.initialled_again),
                ),
            ]
            pdfs = [versions.initialled, versions.initialled_again]
            answers: list[int] = []
            start = threading.Barrier(2)

            def send(index: int) -> None:
                server, token, action = sent[index]
                start.wait()
                answers.append(
                    _post(RunningCloud(server, store, tmp_path), token, action, pdfs[index]).status_code
                )

            threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(answers) == [200, 409]
            assert _history(helper, "L-9") == ["accepted", "accepted", "noted"]
    finally:
        store.engine.dispose()
