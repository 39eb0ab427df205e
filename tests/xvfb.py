"""A real X server for the tests and scripts that need one (Debian's xvfb), on a display number it picks."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb(screen: str) -> Iterator[str | None]:
    """Xvfb with one screen of ``screen`` (e.g. "1366x768"); yields its DISPLAY, or None without Xvfb."""
    program = shutil.which("Xvfb")
    if program is None:
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [program, "-displayfd", str(write), "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
