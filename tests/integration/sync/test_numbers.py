"""Offline numbering: blocks leased from the real server, numbers issued offline, never twice."""

from pathlib import Path

from sqlalchemy import func, select

from eoffice_cloud.models import IssuedNumber
from tests.cloud import RunningCloud
from tests.helpers import reserve_cli, run_cli


def _next(data_dir: Path, series: str) -> tuple[int, str, str]:
    return run_cli("--data-dir", data_dir, "numbers", "next", "--series", series)


def test_two_offline_workstations_never_collide(cloud: RunningCloud, tmp_path: Path) -> None:
    a, b = tmp_path / "ws-a", tmp_path / "ws-b"
    for data_dir, name in ((a, "a"), (b, "b")):
        token = cloud.token(f"ws-{name}", "DS")
        code, out, err = reserve_cli(data_dir, cloud.url, token, 5)
        assert code == 0, err
    issued = []
    for _ in range(5):  # offline from here: no server involved
        for data_dir in (a, b):
            code, out, err = _next(data_dir, "ดศ ๐๒๐๑")  # Thai or Latin digits name the same series
            assert code == 0, err
            issued.append(out.strip())
    assert len(set(issued)) == 10, "no number is issued twice across the office"
    assert all(n.startswith("ดศ ๐๒๐๑/") for n in issued)
    assert sorted(issued) == sorted(
        f"ดศ ๐๒๐๑/{n}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) for n in range(1, 11)
    )
    code, _, err = _next(a, "ดศ 0201")
    assert code != 0 and "no leased number is left" in err and "reserve" in err


def test_circular_series(cloud: RunningCloud, tmp_path: Path) -> None:
    token = cloud.token("ws", "DS")
    assert reserve_cli(tmp_path / "ws", cloud.url, token, 2, series="ดศ 0201/ว")[0] == 0
    assert _next(tmp_path / "ws", "ดศ 0201/ว")[1].strip() == "ดศ ๐๒๐๑/ว ๑"


def test_sync_reports_issued_numbers_and_leases_before_running_out(
    cloud: RunningCloud, tmp_path: Path
) -> None:
    data_dir = tmp_path / "ws"
    token = cloud.token("ws", "DS")
    assert reserve_cli(data_dir, cloud.url, token, 10)[0] == 0
    for _ in range(9):
        assert _next(data_dir, "ดศ 0201")[0] == 0
    code, _, err = run_cli("--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once")
    assert code == 0, err
    with cloud.store.sessions() as session:
        assert session.scalar(select(func.count(IssuedNumber.id))) == 9
    for _ in range(5):  # the new block carries on where the office's numbers stand
        code, out, err = _next(data_dir, "ดศ 0201")
        assert code == 0, err
    assert out.strip() == "ดศ ๐๒๐๑/๑๔"


def test_reserve_when_offline_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = reserve_cli(tmp_path / "ws", "http://127.0.0.1:9", "x", 5)
    assert code != 0 and "cannot reserve numbers" in err
