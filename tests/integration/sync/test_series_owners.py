"""Number series belong to agencies: another agency's workstation may neither lease nor report numbers of
them (403 series_not_yours); the first lease of a new series claims it, even when two agencies race; IT
assigns series with `eoffice-cloud series assign`."""

import contextlib
import io
import json
import threading
from pathlib import Path
from typing import Any

import requests

from eoffice_cloud.cli import main
from tests.cloud import RunningCloud
from tests.helpers import reserve_cli


def _lease(cloud: RunningCloud, token: str, series: str, count: int = 5) -> requests.Response:
    return requests.post(
        f"{cloud.url}/v1/number-blocks",
        json={"series": series, "count": count},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def _report(cloud: RunningCloud, token: str, series: str, numbers: list[int]) -> requests.Response:
    return requests.post(
        f"{cloud.url}/v1/issued-numbers",
        json={"series": series, "year": 2569, "numbers": numbers},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def _cloud_cli(cloud: RunningCloud, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    url = cloud.store.engine.url.render_as_string(hide_password=False)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*args, "--data-dir", str(cloud.data_dir), "--database-url", url])
    return code, out.getvalue(), err.getvalue()


def test_another_agencys_series_is_refused_until_it_assigns_it(cloud: RunningCloud, tmp_path: Path) -> None:
    ds, cm = cloud.token("ds-clerk", "DS"), cloud.token("cm-clerk", "CM")
    assert _lease(cloud, ds, "ดศ 0201").status_code == 201  # the first lease claims the series for DS

    refused = _lease(cloud, cm, "ดศ 0201")
    assert refused.status_code == 403
    assert refused.json()["error"] == "series_not_yours"
    assert "belongs to agency DS" in refused.json()["detail"]
    reported = _report(cloud, cm, "ดศ ๐๒๐๑", [1])  # Thai digits name the same series
    assert reported.status_code == 403 and reported.json()["error"] == "series_not_yours"
    assert _report(cloud, ds, "ดศ 0201", [1]).json() == {"recorded": 1}

    code, _out, err = reserve_cli(tmp_path / "cm", cloud.url, cm, 5)  # the clerk sees why
    assert code != 0 and "belongs to agency DS" in err and "refused the token" not in err

    code, out, err = _cloud_cli(cloud, "series", "assign", "--agency", "CM", "ดศ ๐๒๐๑", "ชม 0001")
    assert code == 0, err
    assert "ดศ 0201: CM (was DS)" in out and "ชม 0001: CM (new)" in out
    code, out, _err = _cloud_cli(cloud, "series", "list", "--json")
    assert {(row["series"], row["agency"]) for row in json.loads(out)} == {
        ("ดศ 0201", "CM"),
        ("ชม 0001", "CM"),
    }
    assert _lease(cloud, cm, "ดศ 0201").json()["first"] == 6, "the series' numbers carry on"
    assert _lease(cloud, ds, "ดศ 0201").status_code == 403
    assert _lease(cloud, ds, "ชม 0001").status_code == 403, "an assigned series was never DS's to claim"

    code, _out, err = _cloud_cli(cloud, "series", "assign", "--agency", "XX", "ดศ 0201")
    assert code == 1 and "no agency with code 'XX'" in err


def test_two_agencies_racing_for_a_new_series_one_gets_it(cloud: RunningCloud) -> None:
    tokens = {"DS": cloud.token("ds-clerk", "DS"), "CM": cloud.token("cm-clerk", "CM")}
    barrier = threading.Barrier(8)
    answers: list[tuple[str, int, dict[str, Any]]] = []

    def lease(agency: str) -> None:
        barrier.wait()
        response = _lease(cloud, tokens[agency], "ทส 0300", 3)
        answers.append((agency, response.status_code, response.json()))

    threads = [threading.Thread(target=lease, args=(agency,)) for agency in ("DS", "CM") * 4]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == 8
    winners = {agency for agency, status, _ in answers if status == 201}
    assert len(winners) == 1, answers
    assert all(status == (201 if agency in winners else 403) for agency, status, _ in answers), answers
    blocks = sorted((body["first"], body["last"]) for _, status, body in answers if status == 201)
    assert blocks == [(1, 3), (4, 6), (7, 9), (10, 12)], "four leases of the winner, none overlapping"
