"""Document numbers issued offline from blocks the server leased to this workstation.

A number is taken in one transaction that advances its block and records it as issued (unique per series
and year), so it is never given twice, even after a crash. Numbers run per Buddhist Era year: a block leased
for one year is not used in the next.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from eoffice_desktop.domain.numbering import CIRCULAR_MARK, DocumentNumber
from eoffice_desktop.domain.thai import be_year, latin_digits
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.models import IssuedNumber, NumberBlock

LOW_WATER = 0.2
"""Ask for a new block when fewer than this share of the last block's numbers are left."""


def normalise_series(series: str) -> str:
    """``ดศ ๐๒๐๑`` and ``ดศ 0201`` name the same series; a circular series ends with ``/ว``."""
    return " ".join(latin_digits(series).split())


def current_year() -> int:
    return be_year(dt.datetime.now(dt.UTC).astimezone().date())


@dataclass(frozen=True)
class Remaining:
    series: str
    year: int
    left: int
    last_block_size: int

    @property
    def low(self) -> bool:
        return self.left < max(1, int(self.last_block_size * LOW_WATER))


class NumberPool:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add_block(self, lease: Mapping[str, Any]) -> bool:
        """Keep a leased block (once: the changes feed repeats grants already taken); True when new."""
        with self.store.sessions.begin() as session:
            if session.scalar(select(NumberBlock.id).where(NumberBlock.server_block_id == int(lease["id"]))):
                return False
            session.add(
                NumberBlock(
                    series=normalise_series(str(lease["series"])),
                    year=int(lease["year"]),
                    first=int(lease["first"]),
                    last=int(lease["last"]),
                    next=int(lease["first"]),
                    server_block_id=int(lease["id"]),
                    leased_at=dt.datetime.now(dt.UTC),
                )
            )
        return True

    def next_number(self, series: str, year: int | None = None) -> DocumentNumber:
        """Issue the next number of ``series`` from the leased blocks (offline)."""
        series = normalise_series(series)
        year = year or current_year()
        with self.store.sessions.begin() as session:
            block = session.scalars(
                select(NumberBlock)
                .where(
                    NumberBlock.series == series,
                    NumberBlock.year == year,
                    NumberBlock.next <= NumberBlock.last,
                )
                .order_by(NumberBlock.first)
                .limit(1)
            ).first()
            if block is None:
                raise StoreError(
                    f"no leased number is left for series {series!r} in {year}: reserve more when online "
                    "(eoffice-desktop numbers reserve)",
                    thai=f"ไม่มีเลขที่จองไว้เหลือสำหรับ {series} กรุณาจองเลขเพิ่มเมื่อออนไลน์",
                )
            running = block.next
            advanced = session.execute(
                update(NumberBlock)
                .where(NumberBlock.id == block.id, NumberBlock.next == running)
                .values(next=running + 1)
            )
            if advanced.rowcount != 1:  # type: ignore[attr-defined]
                raise StoreError("another program took this number at the same moment: try again")
            session.add(
                IssuedNumber(series=series, year=year, running=running, issued_at=dt.datetime.now(dt.UTC))
            )
        circular = series.endswith(f"/{CIRCULAR_MARK}")
        prefix = series.removesuffix(f"/{CIRCULAR_MARK}").strip()
        return DocumentNumber(prefix=prefix, running=running, circular=circular)

    def remaining(self) -> list[Remaining]:
        year = current_year()
        with self.store.sessions() as session:
            rows = session.execute(
                select(
                    NumberBlock.series,
                    func.sum(NumberBlock.last - NumberBlock.next + 1),
                    func.max(NumberBlock.last - NumberBlock.first + 1),
                )
                .where(NumberBlock.year == year)
                .group_by(NumberBlock.series)
            ).all()
        return [Remaining(series, year, int(left or 0), int(size or 0)) for series, left, size in rows]

    def unreported(self) -> dict[tuple[str, int], list[int]]:
        with self.store.sessions() as session:
            rows = session.execute(
                select(IssuedNumber.series, IssuedNumber.year, IssuedNumber.running).where(
                    IssuedNumber.reported.is_(False)
                )
            ).all()
        found: dict[tuple[str, int], list[int]] = {}
        for series, year, running in rows:
            found.setdefault((series, year), []).append(running)
        return found

    def mark_reported(self, series: str, year: int, numbers: list[int]) -> None:
        with self.store.sessions.begin() as session:
            session.execute(
                update(IssuedNumber)
                .where(
                    IssuedNumber.series == series,
                    IssuedNumber.year == year,
                    IssuedNumber.running.in_(numbers),
                )
                .values(reported=True)
            )
