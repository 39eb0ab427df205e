"""Leasing blocks of running numbers to workstations, so that they can number letters offline without ever
colliding; and recording the numbers they report as issued."""

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from eoffice_cloud.models import FeedEvent, IssuedNumber, NumberBlock, NumberSeries, Workstation
from eoffice_cloud.series import check_owner, normalise_series
from eoffice_cloud.storage import CloudStore

MAX_BLOCK = 1000


def be_year(now: dt.datetime | None = None) -> int:
    return (now or dt.datetime.now(dt.UTC)).astimezone().year + 543


class NumberService:
    def __init__(self, store: CloudStore) -> None:
        self.store = store

    def lease(self, ws: Workstation, series: str, count: int, year: int | None = None) -> dict[str, Any]:
        """The next ``count`` free numbers of ``series`` in ``year``, as one block for ``ws``. The counter row
        is locked (FOR UPDATE on PostgreSQL; SQLite serialises writers), so two leases never overlap. Raises
        SeriesNotYours when the series belongs to another agency (a series nobody owns becomes ws's)."""
        year = year or be_year()
        series = normalise_series(series)
        for _attempt in range(5):
            try:
                with self.store.sessions.begin() as session:
                    check_owner(session, series, ws.agency_code)
                    counter = session.scalar(
                        select(NumberSeries)
                        .where(NumberSeries.series == series, NumberSeries.year == year)
                        .with_for_update()
                    )
                    if counter is None:
                        counter = NumberSeries(series=series, year=year, next_free=1)
                        session.add(counter)
                        session.flush()
                    first = counter.next_free
                    counter.next_free = first + count
                    block = NumberBlock(
                        series=series,
                        year=year,
                        first=first,
                        last=first + count - 1,
                        workstation_id=ws.id,
                        leased_at=dt.datetime.now(dt.UTC),
                    )
                    session.add(block)
                    session.flush()
                    lease = {
                        "id": block.id,
                        "series": series,
                        "year": year,
                        "first": block.first,
                        "last": block.last,
                    }
                    session.add(
                        FeedEvent(
                            kind="number-block",
                            workstation_id=ws.id,
                            payload_json=json.dumps(lease),
                            created_at=dt.datetime.now(dt.UTC),
                        )
                    )
                    return lease
            except IntegrityError:
                continue  # two first leases of a new series raced to create its counter
        raise RuntimeError("number series is too busy")

    def report_issued(self, ws: Workstation, series: str, year: int, numbers: list[int]) -> int:
        """Record issued numbers; returns how many were new (reporting again is harmless). Raises
        SeriesNotYours as lease does."""
        new = 0
        series = normalise_series(series)
        with self.store.sessions.begin() as session:
            check_owner(session, series, ws.agency_code)
            for running in numbers:
                exists = session.scalar(
                    select(IssuedNumber.id).where(
                        IssuedNumber.series == series,
                        IssuedNumber.year == year,
                        IssuedNumber.running == running,
                    )
                )
                if exists is None:
                    session.add(
                        IssuedNumber(
                            series=series,
                            year=year,
                            running=running,
                            workstation_id=ws.id,
                            reported_at=dt.datetime.now(dt.UTC),
                        )
                    )
                    new += 1
        return new
