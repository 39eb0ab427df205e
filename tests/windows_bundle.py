"""A stand-in for a PyInstaller one-folder Windows bundle, for building MSIs without a Windows machine."""

import struct
from pathlib import Path

X64 = 0x8664
X86 = 0x014C

# relative path -> content; names with spaces, an accented letter, several levels, and a dot-less name
FILES = {
    "_internal/python311.dll": b"python runtime stand-in",
    "_internal/base_library.zip": b"PK\x05\x06" + bytes(18),
    "_internal/PySide6/plugins/platforms/qwindows.dll": b"qt platform plugin stand-in",
    "_internal/eoffice_desktop/resources/templates/memo.toml": "kind = 'memo' # บันทึกข้อความ\n".encode(),
    "_internal/eoffice_desktop/store/migrations/versions/0001_initial.py": b"revision = '0001'\n",
    "_internal/my data/café notes.txt": b"a file name with spaces and an accent",
    "_internal/LICENSE": b"licence text",
}


def windows_exe(path: Path, machine: int = X64) -> None:
    """A file with the DOS and PE headers of a Windows program for `machine` (not a runnable program)."""
    header = bytearray(1024)
    header[:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 0x80)
    header[0x80:0x84] = b"PE\0\0"
    struct.pack_into("<H", header, 0x84, machine)
    path.write_bytes(bytes(header))


def make_bundle(directory: Path, machine: int = X64) -> Path:
    """dist/eoffice-desktop as PyInstaller makes it on Windows: eoffice-desktop.exe and an _internal tree."""
    directory.mkdir(parents=True)
    windows_exe(directory / "eoffice-desktop.exe", machine)
    for relative, content in FILES.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return directory


def windows_icon(path: Path) -> None:
    """A 1×1 Windows icon (.ico holding one PNG image)."""
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f"
        "0005fe02fea7d6a44d0000000049454e44ae426082"
    )
    directory = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 1, 1, 0, 0, 1, 32, len(png), 22)
    path.write_bytes(directory + png)
