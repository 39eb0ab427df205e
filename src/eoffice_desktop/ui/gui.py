"""Start the window: the Qt application, the UI font, the workspace."""

import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from eoffice_desktop.workspace import Workspace, open_workspace

APP_NAME = "eoffice-desktop"


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if app is not None:
        raise RuntimeError("a non-widget Qt application is already running")
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("eoffice")
    return app


def use_thai_ui_font(app: QApplication) -> None:
    """The bundled Sarabun for the whole UI, so Thai shapes correctly whatever fonts the machine has."""
    from eoffice_desktop.render.fonts import bundled_fontset_faces

    families: list[str] = []
    for face in bundled_fontset_faces():
        font_id = QFontDatabase.addApplicationFont(str(face.path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 11.0))
        app.setFont(font)


def sync_bridge(workspace: Workspace):  # type: ignore[no-untyped-def]
    """Background sync with the configured server, using the token the OS keyring holds for it (put there
    by `eoffice-desktop sync --server URL --token TOKEN`); None when either is missing."""
    from eoffice_desktop.sync.secrets import load_token

    server = workspace.services.config.server
    token = load_token(server) if server else None
    if server is None or token is None:
        return None
    from eoffice_desktop.sync.client import CloudClient, new_session
    from eoffice_desktop.sync.engine import SyncEngine
    from eoffice_desktop.ui.sync_bridge import SyncBridge

    return SyncBridge(
        lambda: SyncEngine(
            workspace.store, CloudClient(server, token, session=new_session()), workspace.actor
        )
    )


def open_window(workspace: Workspace):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace, sync=sync_bridge(workspace))
    window.show()
    return window


def run_gui(
    data_dir: Path | None = None, config_path: Path | None = None, language: str | None = None
) -> int:
    from eoffice_desktop.ui.i18n import DEFAULT_LANGUAGE, install_translations

    app = ensure_application()
    use_thai_ui_font(app)
    translators = install_translations(
        app, language or os.environ.get("EOFFICE_LANGUAGE") or DEFAULT_LANGUAGE
    )
    from eoffice_desktop.ui.crash import install_crash_handler

    workspace = open_workspace(data_dir, config_path)
    holder: list[QWidget] = []  # the window, once there is one: the crash dialog's parent
    previous_hook = install_crash_handler(workspace.directory, lambda: holder[0] if holder else None)
    try:
        window = open_window(workspace)
        holder.append(window)
        code = app.exec()
        del window, translators
        return code
    finally:
        sys.excepthook = previous_hook
        workspace.close()
