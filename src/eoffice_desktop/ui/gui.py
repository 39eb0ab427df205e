"""Start the window: the Qt application, the UI font, the workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from eoffice_desktop.resources import resource_path

if TYPE_CHECKING:  # the store loads SQLAlchemy: after the window shows
    from eoffice_desktop.workspace import Workspace

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
    app.setDesktopFileName(APP_NAME)  # the desktop entry the .deb installs: its icon and name in the dock
    icon = resource_path("icons", "eoffice-desktop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def use_thai_ui_font(app: QApplication) -> None:
    """The bundled Sarabun for the whole UI, so Thai shapes correctly whatever fonts the machine has."""
    import fontpkg_sarabun  # the files only: parsing them (render.fonts) is for letters, and slow

    files = Path(fontpkg_sarabun.__file__).parent / "files"
    families: list[str] = []
    for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(files / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 11.0))
        app.setFont(font)


def sync_bridge(workspace: Workspace, token: str | None = None):  # type: ignore[no-untyped-def]
    """Background sync with the configured server, using ``token`` or else the one the OS keyring holds for
    it (put there by `eoffice-desktop sync --server URL --token TOKEN`); None when either is missing."""
    from eoffice_desktop.sync.secrets import load_token

    server = workspace.services.config.server
    token = token or (load_token(server) if server else None)
    if server is None or token is None:
        return None
    from eoffice_desktop.desk.syncing import workspace_engine
    from eoffice_desktop.ui.sync_bridge import SyncBridge

    return SyncBridge(lambda: workspace_engine(workspace, server, token))


def start_window(  # type: ignore[no-untyped-def]
    data_dir: Path | None = None, config_path: Path | None = None, sync_token: str | None = None
):
    """Show the window at once, then open the workspace (the store, SQLAlchemy, migrations) on a worker
    thread and attach it: the user sees the window without waiting on the disk. Returns the window and a
    list that will hold the workspace. ``sync_token``: the server token to sync with instead of the
    keyring's (the demo's, which must never reach the OS keyring)."""
    from eoffice_desktop.paths import data_dir as resolve_data_dir
    from eoffice_desktop.ui.main_window import SETTINGS_FILE, MainWindow
    from eoffice_desktop.ui.messages import user_message

    directory = resolve_data_dir(data_dir)
    window = MainWindow(settings_path=directory / SETTINGS_FILE)
    window.show()
    opened: list[Workspace] = []

    def work() -> Workspace:
        from eoffice_desktop.workspace import open_workspace

        return open_workspace(directory, config_path)

    def done(workspace: Workspace) -> None:
        opened.append(workspace)
        window.attach(workspace, sync_bridge(workspace, sync_token))

    def failed(error: BaseException) -> None:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Startup", "Cannot open the letter store"),
            user_message(error),
        )
        QCoreApplication.exit(1)

    window.tasks.run(work, done, failed)
    return window, opened


def _configured_language(config_path: Path | None) -> str | None:
    """``[ui] language`` (read before the window is made; a broken file is reported when the store opens)."""
    from eoffice_desktop.config import ConfigError, load_config

    try:
        return load_config(config_path).language
    except ConfigError:
        return None


def run_gui(
    data_dir: Path | None = None,
    config_path: Path | None = None,
    language: str | None = None,
    sync_token: str | None = None,
    demo: bool = False,
) -> int:
    from eoffice_desktop.paths import data_dir as resolve_data_dir
    from eoffice_desktop.ui.crash import install_crash_handler
    from eoffice_desktop.ui.i18n import DEFAULT_LANGUAGE, install_translations
    from eoffice_desktop.ui.interrupt import closing_on_signals

    app = ensure_application()
    use_thai_ui_font(app)
    translators = install_translations(
        app,
        language
        or os.environ.get("EOFFICE_LANGUAGE")
        or _configured_language(config_path)
        or DEFAULT_LANGUAGE,
    )
    holder: list[QWidget] = []  # the window, once there is one: the crash dialog's parent
    previous_hook = install_crash_handler(resolve_data_dir(data_dir), lambda: holder[0] if holder else None)
    opened: list[Workspace] = []
    try:
        window, opened = start_window(data_dir, config_path, sync_token)
        if demo:
            window.mark_demo()
        holder.append(window)
        with closing_on_signals(app) as interruption:  # Ctrl+C at the terminal closes the window
            code = app.exec()
        code = interruption.exit_code or code
        window.tasks.wait()
        del window, translators
        return code
    finally:
        sys.excepthook = previous_hook
        for workspace in opened:
            workspace.close()
