"""A letter the server refuses for its signature ends rejected on the workstation with the server's reason in
Thai (and English): in the store, in `sync --once` and in `status`. Real server over HTTP trusting another
root than the one that signed the letter."""

import json
from pathlib import Path
from typing import Any

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.letters import LetterRepository
from tests.cloud import running_cloud
from tests.helpers import run_cli

NOT_TRUSTED_TH = "ใบรับรองของผู้ลงนามไม่ได้ออกโดยหน่วยงานที่เชื่อถือ"


def test_a_letter_whose_signer_the_server_does_not_trust_is_rejected_with_the_thai_reason(
    tmp_path: Path, signed_letters: list[Path], trust_root: Path, pki: Any
) -> None:
    data_dir = tmp_path / "workstation"
    code, _, err = run_cli(
        "--data-dir", data_dir, "queue", "add", signed_letters[0], "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err  # valid here: this workstation trusts the signer's root
    with running_cloud(tmp_path / "cloud", trust=[pki.write_root(tmp_path, "other_root")]) as cloud:
        cloud.token("cm-desk", "CM")
        token = cloud.token("ds-desk", "DS")
        code, out, _ = run_cli(
            "--data-dir", data_dir, "sync", "--server", cloud.url, "--token", token, "--once"
        )
    assert code == 0 and "rejected 1" in out
    assert NOT_TRUSTED_TH in out and "ขอเชิญประชุม ครั้งที่ 1" in out, out
    store = open_store(data_dir)
    try:
        (letter,) = LetterRepository(store, "").page(LetterState.REJECTED)
    finally:
        store.close()
    assert letter.reject_reason is not None
    assert (
        NOT_TRUSTED_TH in letter.reject_reason and "does not chain to a trusted root" in letter.reject_reason
    )
    code, out, _ = run_cli("--data-dir", data_dir, "status")
    assert code == 0 and NOT_TRUSTED_TH in out
    code, out, _ = run_cli("--data-dir", data_dir, "status", "--json")
    assert json.loads(out)["rejected"] == 1
