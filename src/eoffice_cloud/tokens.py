"""Workstations by bearer token, kept in the process for a few seconds.

Every request names its workstation by a token; looking it up in the database each time cost a query per
upload. Found workstations are kept for ``TOKEN_TTL_S`` seconds, by the token's SHA-256 (the token itself is
not kept). Unknown tokens are not kept: a token just created works at once. A token replaced (`token create`
again for the same workstation) or a workstation moved to another agency is seen by each instance within
``TOKEN_TTL_S`` seconds.
"""

import threading
import time
from collections.abc import Callable

from sqlalchemy import select

from eoffice_cloud.models import Workstation
from eoffice_cloud.storage import CloudStore, token_digest

TOKEN_TTL_S = 5.0
"""How long a found workstation is kept before its token is looked up again."""
_MAX_KEPT = 10_000


class KnownTokens:
    def __init__(
        self, store: CloudStore, ttl: float = TOKEN_TTL_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.store = store
        self.ttl = ttl
        self.clock = clock
        self._kept: dict[str, tuple[float, Workstation]] = {}
        self._lock = threading.Lock()

    def find(self, token: str) -> Workstation | None:
        """The workstation of ``token`` (a detached row: read its columns only), or None."""
        digest = token_digest(token)
        now = self.clock()
        with self._lock:
            kept = self._kept.get(digest)
        if kept is not None and kept[0] > now:
            return kept[1]
        with self.store.sessions() as session:
            found = session.scalar(select(Workstation).where(Workstation.token_sha256 == digest))
        with self._lock:
            if found is None:
                self._kept.pop(digest, None)
            else:
                if len(self._kept) >= _MAX_KEPT:
                    self._kept = {k: v for k, v in self._kept.items() if v[0] > now}
                self._kept[digest] = (now + self.ttl, found)
        return found
