"""A token pulled out mid-batch. SoftHSM cannot be unplugged, so the removal is a FAKE: the fourth signature
raises the error a real module raises when the card goes (CKR_DEVICE_REMOVED). The rest is the real token."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pkcs11 import exceptions as p11

from eoffice_desktop.signing import batch
from tests.helpers import PIN_ENV, example, run_cli, sign_cli


def test_pulled_token_keeps_signed_letters_and_the_batch_resumes(
    hsm: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    write_json: Callable[..., Path],
    trust_root: Path,
) -> None:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    source = tmp_path / "letter.pdf"
    assert (
        run_cli("draft", "--template", "memo", "--data", write_json(example("memo")), "--out", source)[0] == 0
    )
    letters = []
    for i in range(6):
        copy = tmp_path / f"in-{i}.pdf"
        copy.write_bytes(source.read_bytes())
        letters.append(copy)
    originals = {p: p.read_bytes() for p in letters}
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    real_sign_one = batch._sign_one
    calls = {"n": 0}

    def pulled_on_fourth(*args: Any, **kwargs: Any) -> bytes:
        calls["n"] += 1
        if calls["n"] == 4:
            raise p11.DeviceRemoved()  # the fake: what the module raises when the card is pulled
        return real_sign_one(*args, **kwargs)

    monkeypatch.setattr(batch, "_sign_one", pulled_on_fourth)
    code, out, err = sign_cli(hsm, letters, "--out-dir", out_dir)
    assert code != 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["in-0.pdf", "in-1.pdf", "in-2.pdf"], (
        "no partial output"
    )
    assert err.count("NOT signed") == 3 and "removed" in err
    assert all(p.read_bytes() == originals[p] for p in letters), "inputs untouched"
    code, report = run_cli("verify", *sorted(out_dir.iterdir()), "--trust", trust_root, "--json")[:2]
    assert code == 0 and all(r["valid"] for r in json.loads(report))

    monkeypatch.setattr(batch, "_sign_one", real_sign_one)  # the token is back
    code, out, err = sign_cli(hsm, letters, "--out-dir", out_dir)
    assert code == 0, err
    assert out.count("already signed") == 3 and out.count(": signed") == 3
    code, report = run_cli("verify", *sorted(out_dir.iterdir()), "--trust", trust_root, "--json")[:2]
    assert code == 0 and len(json.loads(report)) == 6
