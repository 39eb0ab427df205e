"""Where the program keeps its data (no heavy imports: every command may need it)."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "eoffice-desktop"


def data_dir(explicit: Path | None = None) -> Path:
    """``--data-dir``, else ``EOFFICE_DATA_DIR``, else the platform's user data directory."""
    chosen = explicit or (
        Path(os.environ["EOFFICE_DATA_DIR"]) if os.environ.get("EOFFICE_DATA_DIR") else None
    )
    return chosen or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
