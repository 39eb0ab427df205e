"""Issue 4's end-to-end: two data directories play two offline workstations of one office."""

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eoffice_cloud.storage import stats
from tests.cloud import RunningCloud
from tests.helpers import PIN_ENV, example, reserve_cli, run_cli, sign_cli


def test_reserve_go_offline_sign_queue_come_back_sync(
    cloud: RunningCloud, hsm: Any, tmp_path: Path, write_json: Callable[..., Path], trust_root: Path
) -> None:
    os.environ[PIN_ENV] = hsm.pin
    stations = {
        name: (tmp_path / name, cloud.token(f"ws-{name}", "DS")) for name in ("front-desk", "back-office")
    }
    for data_dir, token in stations.values():  # online: each reserves a block of the office's series
        code, _, err = reserve_cli(data_dir, cloud.url, token, 3)
        assert code == 0, err
    # offline from here: number, draft, sign and queue without the server
    numbers = []
    for name, (data_dir, _token) in stations.items():
        for i in range(3):
            code, out, err = run_cli("--data-dir", data_dir, "numbers", "next", "--series", "ดศ 0201")
            assert code == 0, err
            number = out.strip()
            numbers.append(number)
            data = example("external-letter") | {
                "number": number,
                "subject": f"{name} ฉบับที่ {i + 1}",
                "secrecy": "",  # not classed ลับ: a secret letter reaches only the saraban officers' tokens
            }
            draft = tmp_path / f"{name}-{i}.pdf"
            assert (
                run_cli(
                    "draft",
                    "--template",
                    "external-letter",
                    "--data",
                    write_json(data, f"{name}{i}.json"),
                    "--out",
                    draft,
                )[0]
                == 0
            )
            signed = tmp_path / f"{name}-{i}-signed.pdf"
            code, _, err = sign_cli(
                hsm,
                [draft],
                "--out",
                signed,
            )
            assert code == 0, err
            code, _, err = run_cli(
                "--data-dir", data_dir, "queue", "add", signed, "--to", "CM", "--trust", trust_root
            )
            assert code == 0, err
    assert len(set(numbers)) == 6, "two offline workstations of one office never collide"
    for data_dir, token in stations.values():  # back online
        code, out, err = run_cli(
            "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once"
        )
        assert code == 0 and "delivered 3" in out, err
    assert stats(cloud.store) == {"documents": 6, "distinct_client_ids": 6, "distinct_sha256": 6}
    recipient = tmp_path / "chiang-mai"
    code, out, err = run_cli(
        "--data-dir", recipient, "sync", "--server", cloud.url, "--token", cloud.token("cm", "CM"), "--once"
    )
    assert code == 0 and "received 6" in out, err
    inbox = json.loads(run_cli("--data-dir", recipient, "inbox", "list", "--json")[1])["items"]
    assert sorted(item["number"] for item in inbox) == sorted(numbers)
    assert sorted(item["register_no"] for item in inbox) == [1, 2, 3, 4, 5, 6]
