"""The command that runs this program, for the commands it prints for the user to run (the demo's hints,
the no-display advice): printed as the shell will take them, they run exactly as printed."""

import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def program_command() -> list[str]:
    """How this process was started, made absolute: the installed ``eoffice-desktop`` (a venv's console
    script, /usr/bin/eoffice-desktop, a frozen bundle), else ``python -m eoffice_desktop.cli``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.suffix != ".py" and script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [sys.executable, "-m", "eoffice_desktop.cli"]


def shell_join(words: Sequence[str | Path]) -> str:
    """``words`` quoted for this system's shell (POSIX sh, or cmd.exe on Windows)."""
    text = [str(w) for w in words]
    return subprocess.list2cmdline(text) if sys.platform == "win32" else shlex.join(text)


def program_line(*args: str | Path) -> str:
    """The shell command line that runs this program with ``args``."""
    return shell_join([*program_command(), *args])
