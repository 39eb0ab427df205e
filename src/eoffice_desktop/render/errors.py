from eoffice_desktop.errors import EOfficeError


class RenderError(EOfficeError):
    """A letter could not be rendered (missing font, unreadable emblem...)."""
