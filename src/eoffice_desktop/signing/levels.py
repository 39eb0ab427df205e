"""PAdES baseline levels, and what the long-term ones need: a validation context to collect the signer's
certificates, OCSP responses and CRLs with."""

import enum
from collections.abc import Sequence

from asn1crypto import x509
from pyhanko_certvalidator import ValidationContext


class Level(enum.StrEnum):
    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"


def validation_context(trust: Sequence[x509.Certificate]) -> ValidationContext:
    """For collecting validation data: the configured anchors, revocation status fetched (OCSP, CRL)."""
    return ValidationContext(trust_roots=list(trust), allow_fetching=True, revocation_mode="hard-fail")
