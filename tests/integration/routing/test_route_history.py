"""The history of a letter's way with the verdict on each signature: a reviewer initials the letter with a
SoftHSM token, the server's feed item brings the route and its history to the next workstation, and
`letters show --json` there pairs the approve entry with the signature in Initials1, checked by the
client's strict verify against the trust anchors of the settings."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.domain.routes import ActionKind
from tests.helpers import PIN_ENV, example, run_cli
from tests.integration.routing.conftest import PdfShelf, feed_item, queued, receive

STEPS = ("--step", "P002:review", "--step", "P003:approve", "--step", "P004:sign")


def _cli(directory: Path, *args: str | Path) -> tuple[int, str, str]:
    return run_cli("--data-dir", directory, *args)


def initialled(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    monkeypatch: pytest.MonkeyPatch,
    *,
    note: str = "ถูกต้อง",
) -> tuple[str, dict[str, Any]]:
    """A letter submitted by P001 and initialled by P002 with the token; returns its id and the feed item the
    server sends after both (the route waits for P003)."""
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    drafter = station("drafter")
    code, out, err = _cli(
        drafter, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    letter_id = out.strip()
    code, _, err = _cli(
        drafter, "route", letter_id, *STEPS, "--note", "เสนอเพื่อโปรดพิจารณา", "--person", "P001"
    )
    assert code == 0, err
    (submit,) = queued(drafter)
    shelf.keep_from(drafter)
    item, _ = feed_item([submit.action], submit.letter)
    reviewer = station("reviewer")
    assert receive(reviewer, item, shelf, "P002")
    code, _, err = _cli(
        reviewer, "act", letter_id, "approve", "--note", note, "--person", "P002",
        "--pkcs11-module", hsm.module, "--token-label", hsm.label, "--cert-label", "signer",
        "--pin-env", PIN_ENV,
    )  # fmt: skip
    assert code == 0, err
    (approve,) = [a for a in queued(reviewer) if a.action.kind is ActionKind.APPROVE]
    shelf.keep_from(reviewer)
    item, _ = feed_item([submit.action, approve.action], submit.letter)
    return letter_id, item


def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trust: Path | None) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[signing]\ntrust = ["{trust}"]\n' if trust else "", encoding="utf-8")
    monkeypatch.setenv("EOFFICE_CONFIG", str(config))


def _shown(directory: Path, letter_id: str) -> dict[str, Any]:
    code, out, err = _cli(directory, "letters", "show", letter_id, "--json")
    assert code == 0, err
    shown: dict[str, Any] = json.loads(out)
    return shown


def test_the_approve_entry_carries_the_verdict_on_its_initials(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id, item = initialled(station, write_json, shelf, hsm, monkeypatch)
    approver = station("approver")
    assert receive(approver, item, shelf, "P003")
    _settings(tmp_path, monkeypatch, trust_root)

    history = _shown(approver, letter_id)["history"]
    assert [e["action"]["kind"] for e in history] == ["submit", "approve"]
    assert history[0]["signature"] is None, "a submission signs nothing"
    signature = history[1]["signature"]
    assert signature["field"] == "Initials1"
    assert signature["verdict"] in ("valid", "unchecked"), signature
    assert signature["signer"] and signature["signed_at"]
    assert "ลงนาม" in signature["text_th"] and signature["text"]
    assert history[1]["action"]["comment"] == "ถูกต้อง"


def test_without_trust_anchors_the_initials_are_untrusted_not_invalid(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id, item = initialled(station, write_json, shelf, hsm, monkeypatch)
    approver = station("approver")
    assert receive(approver, item, shelf, "P003")
    _settings(tmp_path, monkeypatch, None)

    signature = _shown(approver, letter_id)["history"][1]["signature"]
    assert signature["verdict"] == "untrusted" and signature["field"] == "Initials1"
    assert "ไม่รู้จักผู้ออกใบรับรอง" in signature["text_th"]


def test_before_the_signed_pdf_arrives_the_verdict_says_so(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    shelf: PdfShelf,
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id, item = initialled(station, write_json, shelf, hsm, monkeypatch)
    del shelf.pdfs[item["route"]["pdf_sha256"]]  # the download fails: the route is kept, its PDF comes later
    approver = station("approver")
    receive(approver, item, shelf, "P003")
    _settings(tmp_path, monkeypatch, trust_root)
    signature = _shown(approver, letter_id)["history"][1]["signature"]
    assert signature["verdict"] == "unavailable" and signature["field"] == "Initials1"
    assert signature["signer"] is None
