"""`route ID` without --step: the template's default_route, else the setting [routing] default_route; with
neither, a clear error in both languages and nothing written. The window pre-fills its route builder from
desk.routing.default_steps."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from eoffice_desktop.desk.routing import default_steps
from eoffice_desktop.domain.routes import StepKind, StepSpec
from eoffice_desktop.resources import resource_path
from eoffice_desktop.workspace import open_workspace
from tests.helpers import example, run_cli
from tests.integration.routing.conftest import queued


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("EOFFICE_CONFIG", str(config))
    return config


def _agency_memo(tmp_path: Path, route: str) -> Path:
    """An agency's memo template (same id: it replaces the bundled one) with a default route."""
    folder = tmp_path / "agency-templates"
    folder.mkdir()
    source = resource_path("templates", "memo.toml").read_text(encoding="utf-8")
    (folder / "memo.toml").write_text(
        source.replace('id = "memo"', f'id = "memo"\ndefault_route = {route}', 1), encoding="utf-8"
    )
    return folder


def _submit_without_steps(
    station: Callable[[str], Path], write_json: Callable[..., Path]
) -> tuple[Path, str, tuple[int, str, str]]:
    drafter = station("drafter")
    code, out, err = run_cli(
        "--data-dir", drafter, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    letter_id = out.strip()
    return drafter, letter_id, run_cli("--data-dir", drafter, "route", letter_id, "--person", "P001")


def _steps(drafter: Path) -> list[tuple[str, str]]:
    (submit,) = queued(drafter)
    return [(s.person, s.kind.value) for s in submit.action.steps]


def test_the_settings_default_route_is_taken_without_steps(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _config(tmp_path, monkeypatch, '[routing]\ndefault_route = ["P002:review", "P003:sign"]\n')
    drafter, _, (code, out, err) = _submit_without_steps(station, write_json)
    assert code == 0, err
    assert "P002" in out
    assert _steps(drafter) == [("P002", "review"), ("P003", "sign")]


def test_the_templates_default_route_wins_over_the_settings(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _agency_memo(tmp_path, '["P005:review", "P006:approve", "P007:sign"]')
    config = _config(
        tmp_path,
        monkeypatch,
        f'[render]\ntemplate_dirs = ["{folder}"]\n[routing]\ndefault_route = ["P002:review", "P003:sign"]\n',
    )
    drafter, _, (code, _, err) = _submit_without_steps(station, write_json)
    assert code == 0, err
    assert _steps(drafter) == [("P005", "review"), ("P006", "approve"), ("P007", "sign")]

    workspace = open_workspace(station("window"), config)
    try:
        assert default_steps(workspace, "memo") == (
            StepSpec("P005", StepKind.REVIEW),
            StepSpec("P006", StepKind.APPROVE),
            StepSpec("P007", StepKind.SIGN),
        )
        assert default_steps(workspace, "external-letter") == (
            StepSpec("P002", StepKind.REVIEW), StepSpec("P003", StepKind.SIGN)
        ), "a template without its own: the setting's"  # fmt: skip
    finally:
        workspace.close()


def test_given_steps_win_over_any_default(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _config(tmp_path, monkeypatch, '[routing]\ndefault_route = ["P002:review", "P003:sign"]\n')
    drafter = station("drafter")
    code, out, err = run_cli(
        "--data-dir", drafter, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    code, _, err = run_cli(
        "--data-dir", drafter, "route", out.strip(), "--step", "P009:sign", "--person", "P001"
    )
    assert code == 0, err
    assert _steps(drafter) == [("P009", "sign")]


def test_without_steps_or_a_default_route_the_error_says_what_to_do_and_nothing_changes(
    station: Callable[[str], Path], write_json: Callable[..., Path]
) -> None:
    drafter, letter_id, (code, _, err) = _submit_without_steps(station, write_json)
    assert code == 1
    assert "--step" in err and "default_route" in err
    assert "ไม่ได้ระบุเส้นทางเสนอ" in err, "Thai too"
    assert queued(drafter) == []
    code, shown, _ = run_cli("--data-dir", drafter, "letters", "show", letter_id, "--json")
    assert json.loads(shown)["state"] == "draft"


def test_a_default_route_that_breaks_the_rules_is_named_and_not_used(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _config(tmp_path, monkeypatch, '[routing]\ndefault_route = ["P002:sign", "P003:review"]\n')
    drafter, _, (code, _, err) = _submit_without_steps(station, write_json)
    assert "routing.default_route" in err and "(ignored)" in err, "the settings' problem is reported"
    assert code == 1 and "--step" in err
    assert queued(drafter) == []


def _hold_people(directory: Path) -> None:
    """The people a workstation holds after a sync (what GET /v1/people answered)."""
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.store.people import People

    people = [
        Person("P002", "ดศ", "นายสมศักดิ์ ตรวจดี", "ผู้อำนวยการกลุ่มงาน", "กลุ่มงานสารบรรณ"),
        Person("P003", "ดศ", "นางสาวสมใจ ใจดี", "ผู้อำนวยการกอง", "กองกลาง"),
        Person("P004", "ดศ", "นายสมชาย ลงนาม", "ผู้อำนวยการกอง", "กองคลัง"),
        Person("P008", "ดศ", "นายสมหมาย รองรับ", "ผู้อำนวยการกลุ่มงาน", "กลุ่มงานสารบรรณ"),
    ]
    workspace = open_workspace(directory)
    try:
        People(workspace.store).replace({"people": [p.to_wire() for p in people]})
    finally:
        workspace.close()


def test_a_default_route_by_position_in_a_unit_goes_to_the_person_who_holds_it(
    station: Callable[[str], Path],
    write_json: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A default route names positions, not people, so it outlives them: the holder is found among the people
    the workstation holds, offline, when the letter is submitted."""
    _config(
        tmp_path, monkeypatch, '[routing]\ndefault_route = ["P002:review", "ผู้อำนวยการกอง@ กองกลาง :sign"]\n'
    )
    _hold_people(station("drafter"))
    drafter, _, (code, _, err) = _submit_without_steps(station, write_json)
    assert code == 0, err
    assert _steps(drafter) == [("P002", "review"), ("P003", "sign")]


def test_a_position_nobody_or_several_hold_is_named_and_nothing_is_submitted(
    station: Callable[[str], Path], write_json: Callable[..., Path]
) -> None:
    drafter = station("drafter")
    _hold_people(drafter)
    code, out, err = run_cli(
        "--data-dir", drafter, "letters", "new", "--template", "memo", "--data", write_json(example("memo"))
    )
    assert code == 0, err
    letter_id = out.strip()
    code, _, err = run_cli(
        "--data-dir", drafter, "route", letter_id, "--step", "ผู้อำนวยการกอง@กองการเจ้าหน้าที่:sign",
        "--person", "P001",
    )  # fmt: skip
    assert code == 1 and "nobody known here holds the position ผู้อำนวยการกอง in กองการเจ้าหน้าที่" in err
    code, _, err = run_cli(
        "--data-dir", drafter, "route", letter_id, "--step", "ผู้อำนวยการกลุ่มงาน@กลุ่มงานสารบรรณ:review",
        "--step", "P003:sign", "--person", "P001",
    )  # fmt: skip
    assert code == 1 and "P002" in err and "P008" in err, "the people who hold it are named"
    assert queued(drafter) == []
    code, shown, _ = run_cli("--data-dir", drafter, "letters", "show", letter_id, "--json")
    assert json.loads(shown)["state"] == "draft"
