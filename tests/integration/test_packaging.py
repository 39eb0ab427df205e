"""The wheel carries the templates and data files, so a non-editable install finds them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.slow
def test_wheel_contains_resources(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("eoffice_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in ("external-letter", "memo", "stamped-letter", "order", "announcement"):
        assert f"eoffice_desktop/resources/templates/{template}.toml" in names
    assert "eoffice_desktop/resources/salutations.toml" in names
    assert "eoffice_desktop/resources/translations/eoffice_th.qm" in names, "compiled by hatch_build.py"
    for migration in ("env.py", "script.py.mako", "versions/0001_initial.py", "versions/0004_inbox.py"):
        assert f"eoffice_desktop/store/migrations/{migration}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "eoffice-desktop = eoffice_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
