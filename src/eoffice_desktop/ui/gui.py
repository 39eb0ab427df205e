"""Start the window: the Qt application, the UI font, the workspace."""

import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

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


def open_window(workspace: Workspace):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)
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
    workspace = open_workspace(data_dir, config_path)
    try:
        window = open_window(workspace)
        code = app.exec()
        del window, translators
        return code
    finally:
        workspace.close()
