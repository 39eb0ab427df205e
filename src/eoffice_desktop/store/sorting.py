"""Lists sorted by a column in SQL: Thai text in dictionary order, and always a unique last key so that paging
returns every row exactly once.

Thai text sorts by ``thai_key(column)``, a deterministic SQL function every connection of the store has (see
:func:`register_functions`) that returns :func:`~eoffice_desktop.domain.thai_order.thai_sort_key`.
Migration 0005 indexes these expressions, so the first page of a sorted list of 100,000 letters reads an index
instead of sorting the table (and calls no Python per row). A connection without the function can read the
store but not change the indexed tables: every connection must come from
:func:`eoffice_desktop.store.db.open_store`.
"""

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, case, func
from sqlalchemy.sql.elements import UnaryExpression

from eoffice_desktop.domain.classes import NONE, OTHER, ranks
from eoffice_desktop.domain.thai_order import thai_sort_key

SQL_FUNCTION = "thai_key"


@lru_cache(maxsize=4096)
def _thai_key(value: str | None) -> str | None:
    return None if value is None else thai_sort_key(str(value))


def register_functions(dbapi_connection: Any, _record: Any) -> None:
    """For ``event.listen(engine, "connect", register_functions)`` on the store's SQLite engine."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, _thai_key, deterministic=True)


def thai(column: Any) -> ColumnElement[Any]:
    """``column`` in Thai dictionary order (the expression migration 0005 indexes)."""
    expression: ColumnElement[Any] = getattr(func, SQL_FUNCTION)(column)
    return expression


def ranked(column: Any, classes: tuple[str, ...]) -> ColumnElement[int]:
    """``column`` (a speed or secrecy class) as its rank (domain/classes.py rank): none, an unknown class,
    then the listed classes from the lowest to the highest."""
    cleaned = func.trim(column)
    whens = [(cleaned == name, value) for name, value in ranks(classes).items()]
    return case(*whens, (func.coalesce(cleaned, "") != "", OTHER), else_=NONE)


def order_by(
    columns: Mapping[str, Sequence[SQLColumnExpression[Any]]],
    unique: SQLColumnExpression[Any],
    key: str,
    descending: bool,
) -> list[UnaryExpression[Any]]:
    """ORDER BY the expressions ``columns`` names ``key`` (only those: nothing from the caller reaches the
    SQL), then ``unique``, all in one direction (so one index serves both)."""
    try:
        chosen = columns[key]
    except KeyError:
        known = ", ".join(sorted(columns))
        raise ValueError(f"cannot sort by {key!r} (known: {known})") from None
    return [e.desc() if descending else e.asc() for e in (*chosen, unique)]
