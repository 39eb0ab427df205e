"""Can the window open here? Asked before Qt is started (no Qt import).

On Linux and the BSDs Qt aborts the whole process, with a core dump and a hint to reinstall, when its platform
plugin finds no display: no exception the program could catch. So the command line asks first, from the
environment Qt reads, and says in plain words what to do instead.
"""

import os
import sys
from collections.abc import Mapping

# Qt platform plugins that draw without a display server (QT_QPA_PLATFORM=offscreen is how tests and CI run)
WITHOUT_DISPLAY = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})
DEFAULT_PLATFORMS = ("xcb", "wayland")  # what Qt tries on Linux when QT_QPA_PLATFORM is not set


def _needs(platform: str) -> str | None:
    """The environment variable a platform plugin needs to reach its display server; None: nothing known."""
    if platform == "xcb":
        return "DISPLAY"
    if platform.startswith("wayland"):
        return "WAYLAND_DISPLAY"
    return None


def display_problem(environ: Mapping[str, str] | None = None, system: str | None = None) -> str | None:
    """Why the window cannot open in this environment, or None when it can (or when it cannot be told:
    Windows and macOS always have their display; an unknown platform plugin is left to Qt)."""
    env = os.environ if environ is None else environ
    system = system or sys.platform
    if system.startswith(("win", "darwin", "cygwin")):
        return None
    requested = env.get("QT_QPA_PLATFORM", "")
    platforms = [p.split(":", 1)[0].strip() for p in requested.split(";") if p.strip()] or list(
        DEFAULT_PLATFORMS
    )
    missing: list[str] = []
    for platform in platforms:
        needed = _needs(platform)
        if platform in WITHOUT_DISPLAY or needed is None or env.get(needed):
            return None
        if needed not in missing:
            missing.append(needed)
    unset = " nor ".join(missing)
    unset = f"neither {unset} is set" if len(missing) > 1 else f"{unset} is not set"
    chosen = f"QT_QPA_PLATFORM={requested}, and " if requested else ""
    return f"no display ({chosen}{unset})"
