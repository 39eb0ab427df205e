"""What the user reads about an error: the known problem in the window's language, else a plain notice."""

from PySide6.QtCore import QCoreApplication, QLocale

from eoffice_desktop.errors import EOfficeError


def user_message(error: BaseException) -> str:
    if isinstance(error, EOfficeError):
        return error.thai if QLocale().language() is QLocale.Language.Thai else error.message
    return QCoreApplication.translate("Messages", "Unexpected error: %1").replace(
        "%1", str(error) or type(error).__name__
    )
