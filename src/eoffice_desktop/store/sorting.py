"""Lists sorted by a column in SQL: Thai text in dictionary order, and always a unique last key so that paging
returns every row exactly once.

Thai text sorts by ``thai_key(column)``, a deterministic SQL function every connection of the store has (see
:func:`register_functions`) that returns :func:`~eoffice_desktop.domain.thai_order.thai_sort_key`.
Migration 0005 indexes these expressions, so the first page of a sorted list of 100,000 letters reads an index
instead of sorting the table (and calls no Python per row). Speed and secrecy classes sort by their rank:
``speed_rank(column)`` and ``secrecy_rank(column)`` (:func:`~eoffice_desktop.domain.classes.rank`) are
functions of the same kind. A connection without the functions can read the store but not change the indexed
tables: every connection must come from :func:`eoffice_desktop.store.db.open_store`.

The expressions hold no bound parameter (SQLite matches an expression index only to the same expression with
the same constants), so each of them can be indexed as it stands.
"""

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, func, literal_column
from sqlalchemy.sql.elements import UnaryExpression

from eoffice_desktop.domain.classes import NONE, SECRECY_CLASSES, SPEED_CLASSES, rank
from eoffice_desktop.domain.thai_order import thai_sort_key

SQL_FUNCTION = "thai_key"
RANKS = {"speed_rank": SPEED_CLASSES, "secrecy_rank": SECRECY_CLASSES}


@lru_cache(maxsize=4096)
def _thai_key(value: str | None) -> str | None:
    return None if value is None else thai_sort_key(str(value))


def register_functions(dbapi_connection: Any, _record: Any) -> None:
    """For ``event.listen(engine, "connect", register_functions)`` on the store's SQLite engine."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, _thai_key, deterministic=True)
    for name, classes in RANKS.items():
        dbapi_connection.create_function(name, 1, _ranker(classes), deterministic=True)


def _ranker(classes: tuple[str, ...]) -> Callable[[Any], int]:
    def ranked(value: Any) -> int:
        return rank(value, classes) if isinstance(value, str) else NONE

    return ranked


def thai(column: Any) -> ColumnElement[Any]:
    """``column`` in Thai dictionary order (the expression migration 0005 indexes)."""
    expression: ColumnElement[Any] = getattr(func, SQL_FUNCTION)(column)
    return expression


def speed_rank(column: Any) -> ColumnElement[int]:
    """``column`` (ด่วน, ด่วนมาก, ด่วนที่สุด) as its rank: descending puts ด่วนที่สุด first, no class last."""
    expression: ColumnElement[int] = func.speed_rank(column)
    return expression


def secrecy_rank(column: Any) -> ColumnElement[int]:
    """``column`` (ลับ, ลับมาก, ลับที่สุด) as its rank."""
    expression: ColumnElement[int] = func.secrecy_rank(column)
    return expression


def json_text(column: Any, key: str) -> ColumnElement[Any]:
    """The text under ``key`` of the JSON object in ``column``, NULL when absent or blank. ``key`` is a name
    from the code, written into the SQL as a constant (so that the expression can be indexed)."""
    if not key.isidentifier():
        raise ValueError(f"not a JSON key this store reads: {key!r}")
    extracted = func.json_extract(column, literal_column(f"'$.{key}'"))
    return func.nullif(func.trim(extracted), literal_column("''"))


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
