from eoffice_desktop.errors import EOfficeError


class TemplateError(EOfficeError):
    """A template is unknown, or its definition file is malformed."""
