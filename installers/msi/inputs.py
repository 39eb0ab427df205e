"""What the MSI is built from, checked before wixl runs: the package version and the Windows bundle.

Standard library only, like the rest of installers/msi.
"""

from __future__ import annotations

import re
import struct
import tomllib
from pathlib import Path, PurePosixPath

EXE_NAME = "eoffice-desktop.exe"
# the same program without a console (the spec builds it on Windows): what the Start menu starts
WINDOW_EXE_NAME = "eoffice-desktop-window.exe"

# The MSI's code page: file names must be written in it. wixl 0.101 crashes on Thai names whatever the
# code page (tried 874, 65001, 1252), so bundles with them are refused with a message rather than a crash.
CODEPAGE = 1252

# PE machine types of the bundle's exe, to wixl's architecture names
_PE_MACHINES = {0x8664: "x64", 0x014C: "x86"}
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
# characters Windows does not allow in a file name, and control characters
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class BuildError(Exception):
    """A bundle, version or file the MSI cannot be built from; the message says which and why."""


def check_version(version: str) -> str:
    """Return `version` if it is an MSI product version: MAJOR.MINOR.PATCH, at most 255.255.65535.

    Windows Installer compares only the first three fields, and only numbers: "1.2.3rc1" or "1.2.3.4" would
    make upgrades silently misbehave, so they are refused.
    """
    match = _VERSION.fullmatch(version)
    if match is None:
        raise BuildError(
            f"version {version!r} is not three numbers MAJOR.MINOR.PATCH (e.g. 1.4.0): "
            "Windows Installer upgrades compare only such versions"
        )
    major, minor, patch = (int(part) for part in match.groups())
    if major > 255 or minor > 255 or patch > 65535:
        raise BuildError(
            f"version {version!r} is out of range: Windows Installer allows at most 255.255.65535"
        )
    return version


def project_version(pyproject: Path) -> str:
    """The package version: `[project] version` of pyproject.toml, the one place it is written."""
    try:
        with pyproject.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise BuildError(f"cannot read the version from {pyproject}: {error}") from error
    version = data.get("project", {}).get("version")
    if not isinstance(version, str):
        raise BuildError(f"{pyproject} has no static [project] version")
    return check_version(version)


def bundle_arch(exe: Path) -> str:
    """wixl's architecture ("x64" or "x86") of a Windows program, from its PE header."""
    try:
        with exe.open("rb") as file:
            header = file.read(4096)
    except OSError as error:
        raise BuildError(f"cannot read {exe}: {error}") from error
    if len(header) < 64 or header[:2] != b"MZ":
        raise BuildError(f"{exe} is not a Windows program (no MZ header): is this a Windows bundle?")
    (pe_offset,) = struct.unpack_from("<I", header, 0x3C)
    if pe_offset + 6 > len(header) or header[pe_offset : pe_offset + 4] != b"PE\0\0":
        raise BuildError(f"{exe} is not a Windows program (no PE header): is this a Windows bundle?")
    (machine,) = struct.unpack_from("<H", header, pe_offset + 4)
    if machine not in _PE_MACHINES:
        raise BuildError(f"{exe} is built for machine type {machine:#06x}; the MSI supports x64 and x86")
    return _PE_MACHINES[machine]


def bundle_files(bundle: Path) -> list[PurePosixPath]:
    """Every file of the bundle, relative and sorted; refuses what Windows Installer cannot install."""
    if not (bundle / EXE_NAME).is_file():
        raise BuildError(
            f"{bundle} is not a Windows bundle of eoffice-desktop: {EXE_NAME} is missing at its top"
        )
    files: list[PurePosixPath] = []
    seen: dict[str, PurePosixPath] = {}
    for path in sorted(bundle.rglob("*")):
        relative = PurePosixPath(path.relative_to(bundle).as_posix())
        for part in relative.parts:
            if _FORBIDDEN.search(part) or part.endswith((" ", ".")):
                raise BuildError(f"{relative}: {part!r} is not a valid Windows file name")
            try:
                part.encode(f"cp{CODEPAGE}")
            except UnicodeEncodeError as error:
                raise BuildError(
                    f"{relative}: {part!r} has characters outside Windows code page {CODEPAGE} (Western "
                    "European), which wixl cannot write into an MSI; rename the file in the bundle"
                ) from error
        folded = relative.as_posix().casefold()
        if folded in seen:
            raise BuildError(f"{seen[folded]} and {relative} are one name on Windows (they differ in case)")
        seen[folded] = relative
        if path.is_file():
            files.append(relative)
        elif not path.is_dir():
            raise BuildError(f"{relative} is neither a file nor a folder")
    return files
