"""`eoffice-desktop sign` as a person at a terminal meets it: output folders, a mistyped PIN, trust files."""

import os
import select
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import PIN_ENV, example, program, run_cli, sign_cli


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


def test_a_wrong_pin_is_said_once_and_the_right_one_then_signs_without_warnings(
    hsm: Any, letters: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "signed.pdf"
    monkeypatch.setenv(PIN_ENV, "999999")
    for _ in range(2):  # the second time the token already counts a wrong PIN: still one message
        code, stdout, err = sign_cli(hsm, letters[:1], "--out", out)
        assert code == 1 and not stdout and not out.exists()
        assert err.splitlines() == [
            "eoffice-desktop: error: wrong PIN: the token did not accept it, and only a few tries are left "
            f"before it locks. Check the PIN before you try again (the PIN came from the environment "
            f"variable {PIN_ENV})"
        ]
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    code, stdout, err = sign_cli(hsm, letters[:1], "--out", out)
    assert code == 0 and stdout == f"{out}: signed\n"
    assert err == "", "the earlier mistakes leave no warning behind once the right PIN is given"
    code, _, err = sign_cli(hsm, letters[1:], "--out", tmp_path / "next.pdf")
    assert code == 0 and err == ""


class Terminal:
    """The program on a pseudo-terminal of its own, as someone typing at a terminal runs it."""

    def __init__(self, *args: str | Path) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(
            [*program(), *map(str, args)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.seen:
            ready, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                pytest.fail(f"no {text!r} on the terminal; it shows:\n{self.seen.decode(errors='replace')}")
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the program ended and the terminal closed
                chunk = b""
            if not chunk:
                pytest.fail(f"the program ended before {text!r}:\n{self.seen.decode(errors='replace')}")
            self.seen += chunk
        return self.seen.decode(errors="replace")

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self) -> tuple[int, str]:
        code = self.process.wait(timeout=60)
        while True:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk
        os.close(self.master)
        return code, self.seen.decode(errors="replace")


def test_typed_at_a_terminal_the_prompt_says_few_tries_are_left(
    hsm: Any, letters: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_ENV, hsm.pin)  # a good login first: no wrong PIN of another test is counted
    assert sign_cli(hsm, letters[1:], "--out", tmp_path / "first.pdf")[0] == 0
    out = tmp_path / "signed.pdf"
    sign = ["sign", letters[0], "--out", out, "--pkcs11-module", hsm.module, "--token-label", hsm.label]
    sign += ["--cert-label", "signer"]
    terminal = Terminal(*sign)
    first = terminal.wait_for("PIN for token")
    assert "few tries" not in first
    terminal.type("999999")
    code, shown = terminal.finish()
    assert code == 1 and shown.count("wrong PIN") == 1 and "Traceback" not in shown
    assert "999999" not in shown, "the PIN is not echoed"

    terminal = Terminal(*sign)
    prompt = terminal.wait_for("): ")
    assert f"PIN for token '{hsm.label}' (a wrong PIN was entered before: few tries are left): " in prompt
    terminal.type(hsm.pin)
    code, shown = terminal.finish()
    assert code == 0 and f"{out}: signed" in shown
    assert "warning" not in shown and shown.count("few tries") == 1, shown
