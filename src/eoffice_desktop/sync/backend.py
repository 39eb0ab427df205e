"""What the sync engine needs from a central cloud, whatever speaks for it.

The engine talks only to a `Backend`. `client.CloudClient` is the one for our open protocol (the reference
server's `/openapi.json`); an adapter for another backend (e.g. an e-CMS gateway) implements the same few
methods and the engine stays as it is.

The contract an adapter keeps:
- `upload` sends a letter under the idempotency key made when it was queued. Sending the same key again
  must give the first answer back and never a second copy. It answers with an `Answer` and does not raise
  for network trouble (`Outcome.RETRY`, with `retry_after` when the cloud said how long to wait). The
  engine calls it from a few threads at once (a pipelined outbox), for different keys.
- `changes(cursor)` returns `{"items": [...], "cursor": int, "more": bool}`. Items have `kind` "letter"
  (`id`, `sha256`, `sender_agency`, `metadata`), "number-block" (`series`, `year`, `first`, `last`) or
  "template" (`id`, `toml`). A cursor it returned resumes the feed after the items it covered.
- `directory(etag)` returns the agency directory, or None while it is unchanged since ``etag`` (or when
  the cloud has none): `{"etag": str, "agency": the workstation's own agency code, "agencies": [{"code",
  "name_th", "name_en", "parent", "ministry", "department"}], "groups": [{"name", "members": [codes]}]}`.
- `me()` says whom the token stands for: `{"workstation", "agency", "person": {"person_id", "agency", "name",
  "position", "unit", "roles", "certificates"} or null}` (None when the cloud knows no people); `people(etag)`
  returns `{"etag": str, "people": [persons as in me()]}` for the workstation's agency, or None while they are
  unchanged since ``etag`` (or when the cloud has none).
- The other calls raise `ServerError` when they cannot be done, network trouble included.
"""

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol


class Outcome(enum.Enum):
    DELIVERED = "delivered"  # the server acknowledged (first answer or replay)
    REJECTED = "rejected"  # the server refuses this letter for good (e.g. unknown recipient)
    RETRY = "retry"  # try again later: network, 5xx, 409 in progress
    AUTH = "auth"  # the token is wrong: no point retrying


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    detail: str
    server_id: str | None = None
    retry_after: float | None = None  # seconds the cloud asked to wait before this letter is tried again


class ServerError(RuntimeError):
    """A call the engine cannot classify as a letter outcome failed (feed, numbers, reports, network)."""


class Backend(Protocol):
    def reachable(self) -> bool:
        """Whether the cloud answers now: a real request, not an OS hint."""
        ...

    def upload(
        self, key: str, letter_id: str, recipient: str | None, metadata: Mapping[str, Any], pdf: bytes
    ) -> Answer: ...

    def changes(self, cursor: int, limit: int = 100) -> dict[str, Any]: ...

    def letter_pdf(self, server_id: str) -> bytes: ...

    def lease_numbers(self, series: str, count: int) -> dict[str, Any]: ...

    def report_issued(self, series: str, year: int, numbers: list[int]) -> None: ...

    def directory(self, etag: str | None) -> dict[str, Any] | None: ...

    def me(self) -> dict[str, Any] | None: ...

    def people(self, etag: str | None) -> dict[str, Any] | None: ...
