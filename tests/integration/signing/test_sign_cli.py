"""`eoffice-desktop sign` as a person at a terminal meets it: output folders, a mistyped PIN, trust files."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import PIN_ENV, example, run_cli, sign_cli


@pytest.fixture
def letters(tmp_path: Path, write_json: Callable[..., Path]) -> list[Path]:
    drafts = []
    for i in range(2):
        out = tmp_path / f"letter-{i}.pdf"
        data = write_json(example("memo") | {"subject": f"ขอเชิญประชุม ครั้งที่ {i + 1}"}, f"l{i}.json")
        code, _, err = run_cli("draft", "--template", "memo", "--data", data, "--out", out)
        assert code == 0, err
        drafts.append(out)
    return drafts


def test_sign_makes_a_missing_output_directory(
    hsm: Any, letters: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    out_dir = tmp_path / "signed" / "today"
    code, out, err = sign_cli(hsm, letters, "--out-dir", out_dir)
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["letter-0.pdf", "letter-1.pdf"]
    assert out.count(": signed") == 2


def test_a_sign_that_fails_leaves_no_directory_it_made(
    hsm: Any, letters: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_ENV, "999999")
    code, _, err = sign_cli(hsm, letters, "--out-dir", tmp_path / "signed" / "today")
    assert code == 1 and "wrong PIN" in err
    assert not (tmp_path / "signed").exists()
    monkeypatch.setenv(PIN_ENV, hsm.pin)  # the token's count of wrong PINs is reset for the other tests
    assert sign_cli(hsm, letters[:1], "--out", tmp_path / "reset.pdf")[0] == 0
