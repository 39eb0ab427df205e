"""Errors of the domain layer."""

from eoffice_desktop.errors import EOfficeError


class DomainError(EOfficeError):
    """A letter or one of its values breaks a rule of the regulation or of its template."""


class FieldError(DomainError):
    """One field of a letter is missing or malformed; ``field`` is its dotted path (e.g. ``signer.name``)."""

    def __init__(self, field: str, problem: str, *, thai: str | None = None) -> None:
        super().__init__(f"field '{field}': {problem}", thai=f"ช่อง '{field}': {thai or problem}")
        self.field = field
        self.problem = problem
        self.problem_th = thai or problem  # the problem alone, for a message beside the field
