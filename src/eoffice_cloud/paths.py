"""Certificate paths validated once per signer for a while, not once per letter (the server's path cache).

Many letters come from few signers. pyHanko builds and validates the signer's certificate path (issuer
lookup, every certificate's signature, validity, constraints) afresh for each letter: about a quarter of what
checking a letter costs. ``ValidatedPaths`` keeps the path found for a signer's certificate (by its whole
DER encoding) and hands it back to pyHanko for the next letters, while a letter verifier has it active.

Only the path is kept. Each letter's own signature is still checked against its certificate and its digest
against its bytes (pyHanko does that before it looks for a path), the key usage is still checked, and the
certificate's revocation is still asked of ``RevocationAnswers`` for every letter (verification.py): a
kept path never decides whether a certificate is revoked. A path is used again only for what it was found
for: the verifier's trust anchors, pyHanko's "soft-fail, nothing fetched, no revocation data" checking
(the letter's own long-term validation data are checked with other settings, never from here), no extra
PKIX parameters, and a validation time inside every certificate's validity period. Failed validations are
not kept: an untrusted signer's letters are worked out every time. The cache is bounded (least recently
used out) and each path is kept ``ttl`` seconds.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from asn1crypto import x509
from pyhanko.sign.validation import generic_cms
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator import find_valid_path as _original_find_valid_path
from pyhanko_certvalidator.path import ValidationPath
from pyhanko_certvalidator.registry import SimpleTrustManager

PATH_TTL_S = 300.0
"""How long a validated path is used again before it is built and validated anew."""
PATH_CACHE_SIZE = 1024
"""Signers' paths kept at most (the least recently used is forgotten first)."""

_active: "ContextVar[ValidatedPaths | None]" = ContextVar("eoffice_validated_paths", default=None)
_lock = threading.Lock()


class _Kept:
    __slots__ = ("path", "until", "valid_from", "valid_to")

    def __init__(self, path: ValidationPath, until: float) -> None:
        validities = [c["tbs_certificate"]["validity"] for c in path.iter_certs(include_root=True)]
        self.path = path
        self.until = until
        self.valid_from = max(v["not_before"].native for v in validities)
        self.valid_to = min(v["not_after"].native for v in validities)


class ValidatedPaths:
    """Paths found for signers' certificates under ``trust``; ``built`` and ``reused`` count, for
    diagnostics, the paths pyHanko worked out and those handed back from here."""

    def __init__(
        self,
        trust: Sequence[x509.Certificate],
        ttl: float = PATH_TTL_S,
        size: int = PATH_CACHE_SIZE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.size = size
        self.clock = clock
        self.built = 0
        self.reused = 0
        self._trust = frozenset(c.dump() for c in trust)
        self._policy = ValidationContext(
            trust_roots=list(trust), allow_fetching=False, revocation_mode="soft-fail"
        ).revinfo_policy
        self._kept: OrderedDict[bytes, _Kept] = OrderedDict()
        self._guard = threading.Lock()

    @contextmanager
    def active(self) -> Iterator[None]:
        """pyHanko's path validation in this thread (and the event loops it starts) goes through here."""
        install()
        token = _active.set(self)
        try:
            yield
        finally:
            _active.reset(token)

    def applies(self, context: ValidationContext) -> bool:
        """Whether a path kept here answers for ``context``: the same anchors and checking settings."""
        if (
            context.fetching_allowed
            or context.crls
            or context.ocsps
            or context.revinfo_policy != self._policy
        ):
            return False
        manager = context.path_builder.trust_manager
        if not isinstance(manager, SimpleTrustManager):
            return False
        return frozenset(c.dump() for c in manager.iter_certs()) == self._trust

    def get(self, key: bytes, moment: datetime) -> ValidationPath | None:
        with self._guard:
            kept = self._kept.get(key)
            if kept is None:
                return None
            if kept.until <= self.clock():
                del self._kept[key]
                return None
            if not kept.valid_from <= moment <= kept.valid_to:
                return None
            self._kept.move_to_end(key)
            self.reused += 1
            return kept.path

    def keep(self, key: bytes, path: ValidationPath) -> None:
        kept = _Kept(path, self.clock() + self.ttl)
        with self._guard:
            self.built += 1
            self._kept[key] = kept
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)


async def find_valid_path(
    certificate: x509.Certificate,
    paths: Any,
    validation_context: ValidationContext,
    pkix_validation_params: Any = None,
) -> ValidationPath:
    """Drop-in for pyhanko_certvalidator's find_valid_path as pyHanko's CMS validation calls it."""
    cache = _active.get()
    if cache is None or pkix_validation_params is not None or not cache.applies(validation_context):
        found: ValidationPath = await _original_find_valid_path(
            certificate, paths, validation_context, pkix_validation_params
        )
        return found
    key = hashlib.sha256(certificate.dump()).digest()
    kept = cache.get(key, validation_context.moment)
    if kept is not None:
        await paths.cancel()
        return kept
    path: ValidationPath = await _original_find_valid_path(
        certificate, paths, validation_context, pkix_validation_params
    )
    cache.keep(key, path)
    return path


def install() -> None:
    """Route pyHanko's CMS path validation through :func:`find_valid_path` (idle while no cache is active)."""
    with _lock:
        generic_cms.find_valid_path = find_valid_path  # type: ignore[attr-defined]
