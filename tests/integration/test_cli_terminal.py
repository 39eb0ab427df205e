"""The command line in a terminal, as a newcomer uses it: output piped into `head`, no display for the window.

Each test runs the installed program as a process of its own, with real pipes and a real environment."""

import os
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from eoffice_desktop.display import display_problem
from tests.helpers import example, program, run_cli

BROKEN_PIPE = 141  # 128 + SIGPIPE, as `set -o pipefail` reports `yes | head -1`


def _env(**changes: str | None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _into_a_closed_pipe(*args: str | Path) -> tuple[int, str]:
    """Run the program with its output into a pipe whose reader has already gone; its status and stderr."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the program writes: every write meets a broken pipe
    try:
        done = subprocess.run(
            [*program(), *map(str, args)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    return done.returncode, done.stderr


@pytest.fixture
def letter(tmp_path: Path, write_json: Callable[..., Path]) -> Path:
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(example("memo")), "--out", out)
    assert code == 0, err
    return out


@pytest.mark.parametrize(
    "command",
    [
        ("templates",),
        ("templates", "--json"),
        ("verify", "LETTER", "--json"),
        ("--data-dir", "DATA", "self-test"),
    ],
    ids=["templates", "templates-json", "verify-json", "self-test"],
)
def test_output_into_a_closed_pipe_ends_quietly(
    command: tuple[str, ...], letter: Path, tmp_path: Path
) -> None:
    args = [{"LETTER": str(letter), "DATA": str(tmp_path / "data")}.get(a, a) for a in command]
    code, err = _into_a_closed_pipe(*args)
    assert code == BROKEN_PIPE, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err


def test_piped_into_head_the_first_line_comes_through(tmp_path: Path) -> None:
    head = subprocess.run(
        f'{" ".join(program())} templates | head -1; echo "status ${{PIPESTATUS[0]}}" >&2',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    first = run_cli("templates")[1].splitlines()[0]
    assert head.stdout == first + "\n"
    assert "Traceback" not in head.stderr and "Exception ignored" not in head.stderr, head.stderr
    assert head.stderr.strip().splitlines()[-1] in ("status 0", f"status {BROKEN_PIPE}")


# no display --------------------------------------------------------------------------------------------

NO_DISPLAY = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}


def _advice(stderr: str) -> list[str]:
    """The command line the message suggests (between backticks), as the shell splits it."""
    return shlex.split(stderr.split("`")[1])


@pytest.mark.parametrize("command", [[], ["gui"]], ids=["no-command", "gui"])
def test_the_window_without_a_display_says_so_instead_of_aborting(command: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [*program(), "--data-dir", str(tmp_path / "data"), *command],
        capture_output=True,
        text=True,
        env=_env(**NO_DISPLAY),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(
        "eoffice-desktop: error: no display (neither DISPLAY nor WAYLAND_DISPLAY is set): the window needs "
        "a graphical desktop"
    )
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
    advice = subprocess.run(_advice(done.stderr), capture_output=True, text=True, timeout=60, check=False)
    assert advice.returncode == 0 and "usage: eoffice-desktop" in advice.stdout


def test_the_demo_without_a_display_points_at_no_window_and_prepares_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "my demo"
    done = subprocess.run(
        [*program(), "demo", "--dir", str(directory)],
        capture_output=True,
        text=True,
        env=_env(**NO_DISPLAY),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "no display" in done.stderr and "qt.qpa" not in done.stderr
    assert _advice(done.stderr) == [*program(), "demo", "--dir", str(directory), "--no-window"]
    assert not directory.exists()


def test_a_platform_that_needs_no_display_is_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux") == (
        "no display (QT_QPA_PLATFORM=xcb, and DISPLAY is not set)"
    )
