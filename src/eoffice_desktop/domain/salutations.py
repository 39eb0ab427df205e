"""Salutation ↔ closing pairs (ภาคผนวก ๒ of the regulation). The pairs themselves are data."""

from collections.abc import Mapping
from dataclasses import dataclass

from eoffice_desktop.domain.errors import DomainError


@dataclass(frozen=True)
class SalutationTable:
    """Maps a salutation (คำขึ้นต้น) to its closing (คำลงท้าย)."""

    closings: Mapping[str, str]
    default_salutation: str = "เรียน"

    def closing_for(self, salutation: str) -> str:
        try:
            return self.closings[salutation.strip()]
        except KeyError:
            known = ", ".join(self.closings)
            raise DomainError(
                f"no closing is known for salutation {salutation!r}; give 'closing' explicitly "
                f"or use one of: {known}",
                thai=f"ไม่รู้จักคำลงท้ายของคำขึ้นต้น {salutation!r} กรุณาระบุ 'closing'",
            ) from None
