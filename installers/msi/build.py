"""Build dist/eoffice-desktop-<version>.msi from a PyInstaller one-folder Windows bundle with wixl.

Run through installers/build-msi.sh BUNDLE_DIR. The .wxs comes from wxs.py; wixl builds it; msibuild then
sets what wixl (0.101, Debian 12) cannot express: the component conditions that keep an unset policy
property from writing an empty registry value, and SecureCustomProperties for the six policy properties
(wixl reads Property/@Secure but only lists its own upgrade properties). The MSI appears in the output
folder only once it is complete.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from installers.msi.inputs import BuildError, project_version
from installers.msi.wxs import BUNDLE_SOURCE, ICON_SOURCE, POLICY_PROPERTIES, PRODUCT, Msi, make_msi

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ICON = ROOT / "resources" / "icons" / "eoffice-desktop.ico"

log = logging.getLogger(__name__)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BuildError(f"{name} is not installed: sudo apt-get install wixl msitools")
    return path


def _run(command: Sequence[str], cwd: Path | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def _property(msi_file: Path, name: str) -> str | None:
    """A row of the MSI's Property table (msiinfo export: three header lines, then tab-separated rows)."""
    # run in the MSI's folder: msiinfo export writes a table's binary streams into the working directory
    table = _run([_tool("msiinfo"), "export", msi_file.name, "Property"], cwd=msi_file.parent)
    for line in table.splitlines()[3:]:
        key, _, value = line.partition("\t")
        if key == name:
            return value
    return None


def _fix_up(msi_file: Path, msi: Msi) -> None:
    """Component conditions and SecureCustomProperties, which wixl does not write (see the module doc)."""
    queries = [
        f"UPDATE `Component` SET `Condition` = '{name}' WHERE `Component` = '{component}'"
        for name, component in msi.policy_components.items()
    ]
    current = _property(msi_file, "SecureCustomProperties")
    secure = [p for p in (current or "").split(";") if p]
    secure += [p for p in POLICY_PROPERTIES if p not in secure]
    value = ";".join(secure)
    if current is None:
        queries.append(
            f"INSERT INTO `Property` (`Property`, `Value`) VALUES ('SecureCustomProperties', '{value}')"
        )
    else:
        queries.append(
            f"UPDATE `Property` SET `Value` = '{value}' WHERE `Property` = 'SecureCustomProperties'"
        )
    msibuild = _tool("msibuild")
    for query in queries:
        _run([msibuild, str(msi_file), "-q", query])


def build(bundle: Path, out_dir: Path, pyproject: Path, icon: Path | None) -> Path:
    """Build the MSI of `bundle` into `out_dir`; returns its path."""
    wixl = _tool("wixl")
    if not bundle.is_dir():
        raise BuildError(f"{bundle} is not a folder (expected the PyInstaller bundle, dist/eoffice-desktop)")
    if icon is not None and not icon.is_file():
        raise BuildError(f"icon {icon} does not exist")
    version = project_version(pyproject)
    msi = make_msi(bundle, version, icon=icon is not None)
    target = out_dir / f"{PRODUCT}-{version}.msi"
    with tempfile.TemporaryDirectory(prefix="eoffice-msi-") as work:
        (Path(work) / BUNDLE_SOURCE).symlink_to(bundle.resolve(), target_is_directory=True)
        if icon is not None:
            shutil.copyfile(icon, Path(work) / ICON_SOURCE)
        wxs = Path(work) / f"{PRODUCT}.wxs"
        wxs.write_text(msi.wxs, encoding="utf-8")
        built = Path(work) / target.name
        log.info("wixl: %s (%s) from %s", target.name, msi.arch, bundle)
        _run([wixl, "-a", msi.arch, "-o", str(built), str(wxs)])
        _fix_up(built, msi)
        out_dir.mkdir(parents=True, exist_ok=True)
        partial = out_dir / f".{target.name}.partial"
        shutil.copyfile(built, partial)
        os.replace(partial, target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build-msi.sh", description="Build dist/eoffice-desktop-<version>.msi from a Windows bundle."
    )
    parser.add_argument("bundle", type=Path, help="PyInstaller one-folder bundle made on Windows")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml", help=argparse.SUPPRESS)
    parser.add_argument(
        "--icon",
        type=Path,
        help=f"Start-menu and Add/Remove Programs icon (default: {DEFAULT_ICON} if present)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="build-msi: %(message)s")
    icon = args.icon if args.icon is not None else (DEFAULT_ICON if DEFAULT_ICON.is_file() else None)
    try:
        target = build(args.bundle, args.out_dir, args.pyproject, icon)
    except BuildError as error:
        print(f"build-msi: error: {error}", file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
