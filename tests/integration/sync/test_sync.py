"""Sync against the real reference server on loopback: exactly-once delivery, idempotency, offline."""

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from eoffice_cloud.storage import stats
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.inbox import Inbox
from eoffice_desktop.sync.backend import ServerError
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from tests.cloud import RunningCloud
from tests.helpers import example, run_cli


def _queue(data_dir: Path, letters: list[Path], trust: Path, to: str = "CM") -> None:
    code, _, err = run_cli("--data-dir", data_dir, "queue", "add", *letters, "--to", to, "--trust", trust)
    assert code == 0, err


def _status(data_dir: Path) -> dict[str, int]:
    return json.loads(run_cli("--data-dir", data_dir, "status", "--json")[1])  # type: ignore[no-any-return]


def test_queued_letters_reach_the_server_exactly_once(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters, trust_root)
    token = cloud.token("ws-1", "DS")
    code, out, err = run_cli(
        "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once"
    )
    assert code == 0, err
    assert "delivered 5" in out
    assert _status(data_dir)["delivered"] == 5 and _status(data_dir)["queued"] == 0
    assert stats(cloud.store) == {"documents": 5, "distinct_client_ids": 5, "distinct_sha256": 5}
    code, out, _ = run_cli("--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once")
    assert code == 0 and stats(cloud.store)["documents"] == 5, "nothing is sent twice"
    recipient = cloud.token("cm-1", "CM")
    feed = requests.get(
        f"{cloud.url}/v1/changes", headers={"Authorization": f"Bearer {recipient}"}, timeout=10
    ).json()
    # a few uploads are in flight at once: the letters arrive in any order, each once
    assert sorted(i["metadata"]["number"] for i in feed["items"]) == [f"ดศ 0201/{n}" for n in range(100, 105)]


def test_offline_exits_non_zero_with_the_count_waiting(
    signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters[:2], trust_root)
    code, _, err = run_cli(
        "--data-dir", data_dir, "sync", "--server", "http://127.0.0.1:9", "--token", "x", "--once"
    )
    assert code != 0 and "offline, 2 waiting" in err
    assert _status(data_dir)["queued"] == 2


def test_unknown_recipient_is_rejected_with_the_reason(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters[:1], trust_root, to="NOWHERE")
    code, out, _ = run_cli(
        "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", cloud.token("ws", "DS"), "--once"
    )
    assert code == 0 and "rejected 1" in out
    assert _status(data_dir)["rejected"] == 1


class DropAfterSend(requests.Session):
    """FAKE network fault: the request reaches the real server, then the connection 'drops' before the answer
    arrives (what a flaky mobile link does after the server committed)."""

    def __init__(self, drops: int) -> None:
        super().__init__()
        self.drops = drops

    def post(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        response = super().post(*args, **kwargs)
        if self.drops > 0:
            self.drops -= 1
            raise requests.ConnectionError("connection reset after the request was sent")
        return response


def test_a_connection_dropped_after_the_server_committed_makes_no_duplicate(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters, trust_root)
    store = open_store(data_dir)
    try:
        client = CloudClient(cloud.url, cloud.token("ws", "DS"), session=DropAfterSend(drops=3))
        result = SyncEngine(store, client, "test", sleep=lambda _s: None).run_once()
    finally:
        store.close()
    assert result.delivered == 5
    assert stats(cloud.store) == {"documents": 5, "distinct_client_ids": 5, "distinct_sha256": 5}


def test_idempotency_key_semantics(cloud: RunningCloud, signed_letters: list[Path]) -> None:
    token = cloud.token("ws", "DS")
    pdf = base64.b64encode(signed_letters[0].read_bytes()).decode()
    body = {"letter_id": "L-1", "recipient_agency": "CM", "metadata": {}, "pdf": pdf}
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "key-1"}
    first = requests.post(f"{cloud.url}/v1/letters", json=body, headers=headers, timeout=10)
    again = requests.post(f"{cloud.url}/v1/letters", json=body, headers=headers, timeout=10)
    assert first.status_code == 201 and again.status_code == 201
    assert again.json() == first.json() and again.headers.get("Idempotent-Replayed") == "true"
    other = requests.post(
        f"{cloud.url}/v1/letters", json=body | {"letter_id": "L-2"}, headers=headers, timeout=10
    )
    assert other.status_code == 422 and other.json()["error"] == "idempotency_key_reused"
    missing = requests.post(
        f"{cloud.url}/v1/letters", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert missing.status_code == 400
    unauthorised = requests.post(
        f"{cloud.url}/v1/letters", json=body, headers={"Idempotency-Key": "k"}, timeout=10
    )
    assert unauthorised.status_code == 401
    assert stats(cloud.store)["documents"] == 1
    assert requests.get(f"{cloud.url}/openapi.json", timeout=10).json()["info"]["title"] == "eoffice-cloud"


def test_a_key_still_being_processed_gets_409(cloud: RunningCloud, signed_letters: list[Path]) -> None:
    import datetime as dt
    import hashlib

    from sqlalchemy import select

    from eoffice_cloud.models import IdempotencyRecord, Workstation

    token = cloud.token("ws", "DS")
    body = json.dumps(
        {
            "letter_id": "L-9",
            "recipient_agency": "CM",
            "metadata": {},
            "pdf": base64.b64encode(b"%PDF-1.7").decode(),
        }
    ).encode()
    with cloud.store.sessions.begin() as session:  # a first request with this key is still running
        ws = session.scalar(select(Workstation).where(Workstation.name == "ws"))
        assert ws is not None
        session.add(
            IdempotencyRecord(
                workstation_id=ws.id,
                key="busy",
                fingerprint=hashlib.sha256(body).hexdigest(),
                state="processing",
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    response = requests.post(
        f"{cloud.url}/v1/letters",
        data=body,
        timeout=10,
        headers={
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": "busy",
            "Content-Type": "application/json",
        },
    )
    assert response.status_code == 409


def test_the_recipient_agency_takes_letters_into_its_inbox_and_receive_register(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    sender, recipient = tmp_path / "sender", tmp_path / "recipient"
    _queue(sender, signed_letters[:3], trust_root)
    assert (
        run_cli(
            "--data-dir", sender, "sync", "--server", cloud.url, "--token", cloud.token("ds", "DS"), "--once"
        )[0]
        == 0
    )
    token = cloud.token("cm", "CM")
    code, out, err = run_cli(
        "--data-dir", recipient, "sync", "--server", cloud.url, "--token", token, "--once"
    )
    assert code == 0 and "received 3" in out, err
    code, out, _ = run_cli("--data-dir", recipient, "inbox", "list", "--json")
    page = json.loads(out)
    items = page["items"]
    assert page["total"] == 3
    assert sorted(i["register_no"] for i in items) == [1, 2, 3]
    assert {i["number"] for i in items} == {"ดศ 0201/100", "ดศ 0201/101", "ดศ 0201/102"}
    assert all(i["sender_agency"] == "DS" for i in items)
    code, out, _ = run_cli(
        "--data-dir", recipient, "register", "search", "ประชุม", "--kind", "receive", "--json"
    )
    assert len(json.loads(out)) == 3
    code, out, _ = run_cli("--data-dir", recipient, "sync", "--server", cloud.url, "--token", token, "--once")
    assert "received 0" in out, "the feed resumes after the last letter taken in"
    assert json.loads(run_cli("--data-dir", recipient, "inbox", "list", "--json")[1])["total"] == 3


def test_offline_signed_letters_get_a_trusted_time_before_upload(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path, tsa_url: str
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters[:2], trust_root)
    token = cloud.token("ws", "DS")
    code, _, err = run_cli(
        "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once", "--tsa", tsa_url
    )
    assert code == 0, err
    recipient = cloud.token("cm-aug", "CM")
    feed = requests.get(
        f"{cloud.url}/v1/changes", headers={"Authorization": f"Bearer {recipient}"}, timeout=10
    ).json()
    assert len(feed["items"]) == 2
    for item in feed["items"]:
        pdf = requests.get(
            f"{cloud.url}/v1/letters/{item['id']}/pdf",
            headers={"Authorization": f"Bearer {recipient}"},
            timeout=10,
        ).content
        arrived = tmp_path / f"{item['id']}.pdf"
        arrived.write_bytes(pdf)
        code, out, _ = run_cli("verify", arrived, "--trust", trust_root, "--json")
        (report,) = json.loads(out)
        assert code == 0 and report["signatures"][0]["level"] == "B-T", report


def test_an_unreachable_authority_does_not_hold_letters_back(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters[:1], trust_root)
    code, out, err = run_cli(
        "--data-dir",
        data_dir,
        "sync",
        "--server",
        cloud.url,
        "--token",
        cloud.token("ws", "DS"),
        "--once",
        "--tsa",
        "http://127.0.0.1:9/tsa",
    )
    assert code == 0 and "delivered 1" in out, err


def test_progress_reports_counts_bytes_and_the_current_letter(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    data_dir = tmp_path / "workstation"
    _queue(data_dir, signed_letters[:3], trust_root)
    seen: list[tuple[int, int, str | None]] = []
    store = open_store(data_dir)
    try:
        engine = SyncEngine(store, CloudClient(cloud.url, cloud.token("ws", "DS")), "test")
        engine.run_once(lambda p: seen.append((p.delivered, p.bytes_sent, p.current)))
    finally:
        store.close()
    currents = [c for _d, _b, c in seen if c]
    assert len(currents) == 3 and all("ขอเชิญประชุม" in c for c in currents)
    assert seen[-1][0] == 3 and seen[-1][1] == sum(p.stat().st_size for p in signed_letters[:3])


def test_published_templates_arrive_through_the_feed_and_draft_uses_them(
    cloud: RunningCloud, tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    from eoffice_cloud.templates import publish_template
    from eoffice_desktop.resources import resource_path

    source = resource_path("templates", "memo.toml").read_text(encoding="utf-8")
    published = tmp_path / "memo-province.toml"
    published.write_text(
        source.replace('id = "memo"', 'id = "memo-province"').replace(
            'title = "บันทึกข้อความ"', 'title = "บันทึกข้อความ (จังหวัด)"'
        ),
        encoding="utf-8",
    )
    assert publish_template(cloud.store, published) == "memo-province"
    data_dir = tmp_path / "ws"
    code, _, err = run_cli(
        "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", cloud.token("ws", "DS"), "--once"
    )
    assert code == 0, err
    assert (data_dir / "templates" / "memo-province.toml").is_file()
    out = tmp_path / "m.pdf"
    code, _, err = run_cli(
        "--data-dir",
        data_dir,
        "draft",
        "--template",
        "memo-province",
        "--data",
        write_json(example("memo")),
        "--out",
        out,
    )
    assert code == 0 and out.is_file(), err


class _DropsSecondDownload:
    """The real client, except that the second letter download fails as if the line dropped (a fault the
    loopback server cannot produce on demand at that moment)."""

    def __init__(self, client: CloudClient) -> None:
        self.client = client
        self.downloads = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def letter_pdf(self, server_id: str) -> bytes:
        self.downloads += 1
        if self.downloads == 2:
            raise ServerError("network: ConnectionError: dropped")
        return self.client.letter_pdf(server_id)


def test_an_interrupted_feed_resumes_without_losing_or_doubling_letters(
    cloud: RunningCloud, signed_letters: list[Path], tmp_path: Path, trust_root: Path
) -> None:
    sender = tmp_path / "sender"
    _queue(sender, signed_letters[:3], trust_root)
    assert (
        run_cli(
            "--data-dir", sender, "sync", "--server", cloud.url, "--token", cloud.token("ds", "DS"), "--once"
        )[0]
        == 0
    )
    store = open_store(tmp_path / "recipient")
    try:
        client = CloudClient(cloud.url, cloud.token("cm", "CM"))
        flaky = _DropsSecondDownload(client)
        SyncEngine(store, flaky, "clerk").run_once()  # type: ignore[arg-type]
        assert len(Inbox(store, "").list(10)) == 1
        assert SyncEngine(store, client, "clerk").run_once().received == 2
        items = Inbox(store, "").list(10)
        assert sorted(i.register_no for i in items) == [1, 2, 3]
        assert {i.number for i in items} == {"ดศ 0201/100", "ดศ 0201/101", "ดศ 0201/102"}
    finally:
        store.close()
