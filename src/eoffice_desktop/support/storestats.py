"""The local store described by numbers only: schema revision, rows per table and per state, sizes.

Read through a read-only SQLite connection (nothing is migrated or written). Also gives the text of the most
recent letters, never to be shown, but so that diagnostics can blank it out of the logs.
"""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from eoffice_desktop.store.db import DATABASE_FILE
from eoffice_desktop.support.redact import json_strings, string_leaves

RECENT = 200  # letters (and register entries) whose text is blanked out of the logs

_NOT_CONTENT = {"id", "state", "template", "letter_id", "kind", "level", "mime_type", "idempotency_key"}
_CONTENT_TABLES = ("letters", "letter_versions", "register_entries", "inbox", "inbox_letters", "attachments")
_WAY_TABLES = {  # a letter's way and a received letter's case: JSON whose content sits under these keys
    "routes": "letter_json",
    "route_entries": "entry_json",
    "route_actions": "action_json",
    "cases": "case_json",
    "case_entries": "entry_json",
    "case_actions": "action_json",
}
_CONTENT_KEYS = frozenset({"subject", "summary", "text", "note", "comment", "sender_name", "sender_number"})


def _connect(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(db: sqlite3.Connection) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return sorted(str(r[0]) for r in rows)


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(str(r[1]), str(r[2]).upper()) for r in db.execute(f"PRAGMA table_info({_quoted(table)})")]


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def store_statistics(directory: Path) -> dict[str, Any]:
    """Counts and sizes; no subject, body, name or number of any letter."""
    database = directory / DATABASE_FILE
    stats: dict[str, Any] = {"directory": str(directory), "database": str(database)}
    if not database.is_file():
        stats["present"] = False
        return stats
    stats["present"] = True
    stats["sizes"] = {
        "database_bytes": _size(database),
        "wal_bytes": _size(database.with_name(database.name + "-wal")),
    }
    blobs = directory / "blobs"
    files = [p for p in blobs.rglob("*") if p.is_file()] if blobs.is_dir() else []
    stats["sizes"]["blobs"] = len(files)
    stats["sizes"]["blob_bytes"] = sum(_size(p) for p in files)
    with closing(_connect(database)) as db:
        tables = _tables(db)
        if "alembic_version" in tables:
            stats["schema_revision"] = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        stats["rows"] = {t: db.execute(f"SELECT count(*) FROM {_quoted(t)}").fetchone()[0] for t in tables}
        per_state = {}
        for table in tables:
            if any(name == "state" for name, _ in _columns(db, table)):
                query = f"SELECT state, count(*) FROM {_quoted(table)} GROUP BY state ORDER BY state"
                per_state[table] = {str(s): n for s, n in db.execute(query)}
        stats["states"] = per_state
    return stats


def recent_letter_text(directory: Path) -> Iterator[str]:
    """Text of the most recent letters and register entries (subjects, bodies, names, numbers...)."""
    database = directory / DATABASE_FILE
    if not database.is_file():
        return
    try:
        with closing(_connect(database)) as db:
            tables_all = _tables(db)
            tables = [t for t in tables_all if t in _CONTENT_TABLES]
            for table in tables:
                columns = [
                    name
                    for name, kind in _columns(db, table)
                    if ("CHAR" in kind or "TEXT" in kind or "CLOB" in kind)
                    and name not in _NOT_CONTENT
                    and not name.endswith(("_at", "_sha256", "sha256", "_id", "_code"))
                ]
                if not columns:
                    continue
                query = (
                    f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {_quoted(table)} "
                    f"ORDER BY rowid DESC LIMIT {RECENT}"
                )
                for row in db.execute(query):
                    for name, value in zip(columns, row, strict=True):
                        if isinstance(value, str) and value:
                            yield from json_strings(value) if name.endswith("_json") else (value,)
            for table, column in _WAY_TABLES.items():
                if table not in tables_all:
                    continue
                query = f"SELECT {_quoted(column)} FROM {_quoted(table)} ORDER BY rowid DESC LIMIT {RECENT}"
                for (value,) in db.execute(query):
                    yield from _content_under_keys(value)
    except sqlite3.Error:
        return


def _content_under_keys(text: object) -> Iterator[str]:
    """The content inside a route's or a case's JSON (subjects, summaries, minutes, notes, comments), not
    its states and ids (blanking those would blank ordinary words in the logs)."""
    if not isinstance(text, str):
        return
    try:
        value = json.loads(text)
    except ValueError:
        return
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if key in _CONTENT_KEYS and isinstance(inner, str) and inner.strip():
                    yield from string_leaves(inner)
                elif isinstance(inner, dict | list):
                    stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)
