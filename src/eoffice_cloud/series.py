"""Number series belong to agencies: only workstations of a series' agency lease or report its numbers. IT
assigns a series (`eoffice-cloud series assign`); a series nobody owns is claimed by the first agency that
leases it (or reports numbers of it)."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from eoffice_cloud.models import Agency, SeriesOwner
from eoffice_cloud.storage import CloudStore
from eoffice_desktop.domain.thai import latin_digits


class SeriesNotYours(Exception):
    """A workstation used a series that belongs to another agency (HTTP 403 series_not_yours)."""

    def __init__(self, series: str, owner: str, agency: str) -> None:
        super().__init__(
            f"number series {series!r} belongs to agency {owner}, not to {agency}: "
            f"IT can assign it with `eoffice-cloud series assign --agency {agency} SERIES`"
        )
        self.series, self.owner, self.agency = series, owner, agency


class SeriesError(Exception):
    """A series assignment IT asked for cannot be made."""


@dataclass(frozen=True)
class Owner:
    series: str
    agency: str
    how: str
    since: dt.datetime


def normalise_series(series: str) -> str:
    """As workstations name a series: ``ดศ ๐๒๐๑`` and ``ดศ 0201`` are the same series."""
    return " ".join(latin_digits(series).split())


def check_owner(session: Session, series: str, agency: str) -> None:
    """Raise SeriesNotYours unless ``series`` belongs to ``agency``; a series nobody owns becomes
    ``agency``'s. The claim is one insert-if-absent (ON CONFLICT DO NOTHING) before the read, so two agencies
    racing for a new series see the same winner; on SQLite it also takes the write lock first."""
    values = {"series": series, "agency_code": agency, "how": "claimed", "since": dt.datetime.now(dt.UTC)}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(SeriesOwner).values(values).on_conflict_do_nothing(index_elements=["series"]))
    owner = session.scalar(select(SeriesOwner.agency_code).where(SeriesOwner.series == series))
    if owner != agency:
        raise SeriesNotYours(series, str(owner), agency)


def assign(store: CloudStore, agency: str, series: list[str]) -> dict[str, str | None]:
    """Give each of ``series`` to ``agency`` (taking it from another agency if need be), in one transaction;
    returns each series' previous owner."""
    before: dict[str, str | None] = {}
    with store.sessions.begin() as session:
        if session.get(Agency, agency) is None:
            raise SeriesError(
                f"no agency with code {agency!r}: import the directory or enrol a workstation of it first"
            )
        for name in series:
            key = normalise_series(name)
            if not key or len(key) > 64:
                raise SeriesError(f"not a series name: {name!r}")
            row = session.get(SeriesOwner, key, with_for_update=True)
            before[key] = row.agency_code if row else None
            if row is None:
                session.add(SeriesOwner(series=key, agency_code=agency, how="assigned", since=_now()))
            elif row.agency_code != agency:
                row.agency_code, row.how, row.since = agency, "assigned", _now()
            session.flush()
    return before


def owners(store: CloudStore) -> list[Owner]:
    with store.sessions() as session:
        rows = session.scalars(select(SeriesOwner).order_by(SeriesOwner.agency_code, SeriesOwner.series))
        return [Owner(r.series, r.agency_code, r.how, r.since) for r in rows]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
