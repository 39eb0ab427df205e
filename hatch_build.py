"""Build hook: compile the Qt translations (resources/translations/*.ts → .qm) into the wheel."""

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]  (generic in hatchling)
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        import PySide6

        tool = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        out = Path(tempfile.mkdtemp(prefix="eoffice-qm-"))
        for source in sorted(Path(self.root, "resources", "translations").glob("*.ts")):
            target = out / f"{source.stem}.qm"
            subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = f"eoffice_desktop/resources/translations/{target.name}"
