"""The revocation answers fetched online, kept so that a letter can be checked again offline.

One certificate's answers (the OCSP responses and CRLs that settled its chain) replace the ones kept for it
before. What is kept is only ever used as the validator would use a fresh answer: an OCSP response or a CRL
past its next update is ignored by the validation, not by this store.
"""

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select

from eoffice_desktop.store.db import Store
from eoffice_desktop.store.models import RevocationResponse

OCSP = "ocsp"
CRL = "crl"


class RevocationCache:
    """What signing.revocation asks of a cache (``answers``, ``remember``), kept in the local store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def answers(self, cert_sha256: str) -> tuple[list[bytes], list[bytes]]:
        """The OCSP responses and the CRLs kept for the certificate with this SHA-256 (hex)."""
        with self.store.sessions() as session:
            rows = session.scalars(
                select(RevocationResponse).where(RevocationResponse.cert_sha256 == cert_sha256)
            ).all()
        return [r.der for r in rows if r.kind == OCSP], [r.der for r in rows if r.kind == CRL]

    def remember(self, cert_sha256: str, ocsps: Sequence[bytes], crls: Sequence[bytes]) -> None:
        """Keep these answers for the certificate, in place of any kept before."""
        now = dt.datetime.now(dt.UTC)
        with self.store.sessions.begin() as session:
            session.execute(delete(RevocationResponse).where(RevocationResponse.cert_sha256 == cert_sha256))
            for kind, blobs in ((OCSP, ocsps), (CRL, crls)):
                for der in dict.fromkeys(blobs):
                    session.add(
                        RevocationResponse(cert_sha256=cert_sha256, kind=kind, der=der, fetched_at=now)
                    )
