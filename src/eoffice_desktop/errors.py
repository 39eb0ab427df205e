"""The root of every error this program raises on purpose.

Each subsystem derives its own base from :class:`EOfficeError`. An error carries a user-facing message
(``str(err)``) and optionally a Thai one for the GUI; the technical cause is chained with ``raise … from``.
"""


class EOfficeError(Exception):
    """A known problem the user can act on (bad input, missing file, unreachable service...)."""

    def __init__(self, message: str, *, thai: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.thai = thai or message
