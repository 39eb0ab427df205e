"""The hash chain of a history (a route's or a received letter's): each entry hashes the one before, so a
history changed anywhere no longer chains. Server and workstation compute it alike."""

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

GENESIS = "0" * 64
"""The hash before a history's first entry."""


def chain_hash(previous: str, entry: Mapping[str, Any]) -> str:
    """The hash of a history entry: SHA-256 over the previous entry's hash and the entry in canonical
    JSON. Both sides compute it, so a history changed anywhere no longer chains."""
    text = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((previous + text).encode()).hexdigest()


def check_chain(entries: Sequence[Mapping[str, Any]]) -> bool:
    """Whether each entry's ``hash`` follows from the one before (``prev_hash``, ``hash`` excluded)."""
    previous = GENESIS
    for entry in entries:
        body = {k: v for k, v in entry.items() if k not in ("prev_hash", "hash")}
        if entry.get("prev_hash") != previous or entry.get("hash") != chain_hash(previous, body):
            return False
        previous = str(entry["hash"])
    return True
