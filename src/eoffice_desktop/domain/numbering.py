"""Document numbers (ที่): ``ดศ ๐๒๐๑/๑๒๓``, circular letters ``ดศ ๐๒๐๑/ว ๑๒๔``."""

import re
from dataclasses import dataclass

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.thai import latin_digits, thai_digits

CIRCULAR_MARK = "ว"

_NUMBER = re.compile(
    r"""^\s*
    (?P<prefix>[^/]*?\S)      # agency letter code and unit number, e.g. "ดศ 0201"
    \s*/\s*
    (?P<circ>ว\s*)?           # circular letters put ว before the running number
    (?P<running>\d+)
    \s*$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DocumentNumber:
    """A letter's number: the series prefix (agency code + unit), running number and circular flag."""

    prefix: str
    running: int
    circular: bool = False

    @classmethod
    def parse(cls, text: str) -> "DocumentNumber":
        """Parse ``ดศ 0201/123``, ``ดศ ๐๒๐๑/ว ๑๒๔`` and similar; Latin and Thai digits are both accepted."""
        match = _NUMBER.match(latin_digits(text))
        if match is None:
            raise DomainError(
                f"not a document number: {text!r} (expected e.g. 'ดศ 0201/123' or 'ดศ 0201/ว 124')",
                thai=f"เลขที่หนังสือไม่ถูกต้อง: {text!r} (ตัวอย่าง 'ดศ ๐๒๐๑/๑๒๓' หรือ 'ดศ ๐๒๐๑/ว ๑๒๔')",
            )
        running = int(match["running"])
        if running <= 0:
            raise DomainError(f"running number must be positive: {text!r}")
        prefix = " ".join(match["prefix"].split())
        return cls(prefix=prefix, running=running, circular=match["circ"] is not None)

    @property
    def series(self) -> str:
        """The register series this number runs in (prefix plus the circular flag)."""
        return f"{self.prefix}/{CIRCULAR_MARK}" if self.circular else self.prefix

    def __str__(self) -> str:
        running = f"{CIRCULAR_MARK} {self.running}" if self.circular else str(self.running)
        return thai_digits(f"{self.prefix}/{running}")
