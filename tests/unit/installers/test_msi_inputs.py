"""The MSI's version rule, architecture and file checks (installers/msi/inputs.py), without wixl."""

import re
from pathlib import Path

import pytest
from installers.msi.inputs import BuildError, bundle_arch, bundle_files, check_version, project_version

from tests.helpers import ROOT
from tests.windows_bundle import X64, X86, make_bundle, windows_exe


def test_project_version_is_strictly_three_numbers() -> None:
    """Windows Installer upgrades compare MAJOR.MINOR.PATCH only: the one version we ship must be that."""
    version = project_version(ROOT / "pyproject.toml")
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    major, minor, patch = (int(part) for part in version.split("."))
    assert major <= 255 and minor <= 255 and patch <= 65535


@pytest.mark.parametrize("version", ["0.1.0", "1.4.12", "255.255.65535", "10.0.0"])
def test_msi_versions_accepted(version: str) -> None:
    assert check_version(version) == version


@pytest.mark.parametrize(
    ("version", "reason"),
    [
        ("1.0", "three numbers"),
        ("1.2.3.4", "three numbers"),
        ("1.2.3rc1", "three numbers"),
        ("1.2.3.dev0", "three numbers"),
        ("v1.2.3", "three numbers"),
        ("01.2.3", "three numbers"),
        ("", "three numbers"),
        ("256.0.0", "at most 255.255.65535"),
        ("1.256.0", "at most 255.255.65535"),
        ("1.2.65536", "at most 255.255.65535"),
    ],
)
def test_versions_msi_cannot_upgrade_refused(version: str, reason: str) -> None:
    with pytest.raises(BuildError, match=reason):
        check_version(version)


def test_version_read_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "eoffice-desktop"\nversion = "2.3.4"\n')
    assert project_version(pyproject) == "2.3.4"
    pyproject.write_text('[project]\nname = "eoffice-desktop"\ndynamic = ["version"]\n')
    with pytest.raises(BuildError, match="no static"):
        project_version(pyproject)


@pytest.mark.parametrize(("machine", "arch"), [(X64, "x64"), (X86, "x86")])
def test_architecture_from_the_programs_header(tmp_path: Path, machine: int, arch: str) -> None:
    exe = tmp_path / "eoffice-desktop.exe"
    windows_exe(exe, machine)
    assert bundle_arch(exe) == arch


def test_linux_program_is_not_a_windows_bundle(tmp_path: Path) -> None:
    exe = tmp_path / "eoffice-desktop.exe"
    exe.write_bytes(b"\x7fELF" + bytes(200))
    with pytest.raises(BuildError, match="not a Windows program"):
        bundle_arch(exe)


def test_arm64_program_refused(tmp_path: Path) -> None:
    exe = tmp_path / "eoffice-desktop.exe"
    windows_exe(exe, 0xAA64)
    with pytest.raises(BuildError, match="x64 and x86"):
        bundle_arch(exe)


def test_every_file_of_the_bundle_listed(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "eoffice-desktop")
    files = {path.as_posix() for path in bundle_files(bundle)}
    expected = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*") if path.is_file()}
    assert files == expected
    assert "_internal/my data/café notes.txt" in files


def test_thai_file_name_refused_before_wixl(tmp_path: Path) -> None:
    """wixl 0.101 crashes (SIGSEGV) on Thai file names: the build says which file instead."""
    bundle = make_bundle(tmp_path / "eoffice-desktop")
    (bundle / "_internal" / "ตัวอย่าง.txt").write_text("x")
    with pytest.raises(BuildError, match=r"_internal/ตัวอย่าง\.txt.*code page 1252"):
        bundle_files(bundle)


def test_folder_without_the_program_is_not_a_bundle(tmp_path: Path) -> None:
    (tmp_path / "_internal").mkdir()
    with pytest.raises(BuildError, match=r"eoffice-desktop\.exe is missing"):
        bundle_files(tmp_path)


def test_names_differing_only_in_case_refused(tmp_path: Path) -> None:
    """A bundle copied through Linux could hold both; Windows cannot."""
    bundle = make_bundle(tmp_path / "eoffice-desktop")
    (bundle / "_internal" / "LICENSE").write_text("one")
    (bundle / "_internal" / "license").write_text("two")
    with pytest.raises(BuildError, match=r"_internal/LICENSE and _internal/license are one name on Windows"):
        bundle_files(bundle)
