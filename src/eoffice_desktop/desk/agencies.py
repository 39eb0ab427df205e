"""Agencies as people read them: by name, not by the routing code the server knows them by."""

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any


def agency_name(code: str, carried: str | None = None, known: Mapping[str, str] | None = None) -> str:
    """What the window and the command line show for the agency ``code``: the name the letter carries (the
    sender's ส่วนราชการ), else the Thai name the agency directory held offline gives the code (``known``),
    else the code.

    The inbox sorts by the carried name or the code (store/inbox.py): a directory name only fills in where a
    letter carries none, so the order stays close to what is shown."""
    return (carried or "").strip() or (known or {}).get(code) or code


def named_senders(rows: Sequence[Any], names: Mapping[str, str]) -> list[Any]:
    """Inbox rows (``sender_agency``, ``sender_name``) whose letters carry no sender name, given the
    directory's (``names``: code → Thai name, as Directory.thai_names gives them for a page)."""
    return [
        dataclasses.replace(row, sender_name=names[row.sender_agency])
        if not (row.sender_name or "").strip() and row.sender_agency in names
        else row
        for row in rows
    ]
