"""The verdict on the signature each action of a letter's way made.

An approve or sign action signs a reserved field (Initials1, …, Signature1: ``Route.field_of``). The
signatures are checked in the latest PDF of their round (the route's current PDF for the current round)
with the client's strict verify (signing/verify.py) against the configured trust anchors, and each is
matched to its history line by the field its step signs. A round's later signatures are incremental updates
of the same file, so that PDF holds all of the round's signatures. Slow: the window runs it on a worker.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eoffice_desktop.desk.route_history import HistoryLine
from eoffice_desktop.domain.routes import Route
from eoffice_desktop.workspace import Workspace

if TYPE_CHECKING:
    from asn1crypto import x509

    from eoffice_desktop.signing.revocation import RevocationChecker
    from eoffice_desktop.signing.verify import FileReport, SignatureReport

ABSENT = "absent"  # the field holds no signature in the PDF
UNAVAILABLE = "unavailable"  # the PDF that holds it has not arrived on this workstation


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one action's signature: ``verdict`` is a verdict tone (valid, untrusted, unchecked,
    invalid; signing/verdict.py) or ``absent`` / ``unavailable``; ``english`` and ``thai`` say it."""

    field: str
    signer: str | None
    verdict: str
    english: str
    thai: str
    signed_at: str | None = None

    def text(self, thai: bool) -> str:
        return self.thai if thai else self.english

    def describe(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "signer": self.signer,
            "verdict": self.verdict,
            "signed_at": self.signed_at,
            "text": self.english,
            "text_th": self.thai,
        }


def with_signatures(
    workspace: Workspace,
    route: Route | None,
    lines: Sequence[HistoryLine],
    *,
    trust: "Sequence[x509.Certificate] | None" = None,
    revocation: "RevocationChecker | None" = None,
) -> list[HistoryLine]:
    """``lines`` (of the letter whose route is ``route``), each signing one with its signature's verdict.
    ``trust``: the anchors (default: the settings' ``[signing] trust``); ``revocation``: how certificates
    are checked (default: as the window checks them, online with the store's cache)."""
    signing = [line for line in lines if line.field is not None]
    if not signing:
        return list(lines)
    latest: dict[int, str] = {}  # round → the latest PDF of the round
    for line in signing:
        if line.action.pdf_sha256:
            latest[line.action.round] = line.action.pdf_sha256
    if route is not None and route.pdf_sha256:
        latest[route.round] = route.pdf_sha256
    if trust is None:
        from eoffice_desktop.signing.trust_anchors import load_trust_anchors

        trust = load_trust_anchors(list(workspace.services.config.trust))
    if revocation is None:
        from eoffice_desktop.desk.viewing import revocation_checker

        revocation = revocation_checker(workspace)
    reports: dict[str, FileReport | None] = {}
    checked = []
    for line in lines:
        if line.field is None:
            checked.append(line)
            continue
        digest = latest.get(line.action.round)
        if digest is not None and digest not in reports:
            reports[digest] = _verify(workspace, digest, trust, revocation)
        checked.append(line.with_signature(_check(reports.get(digest) if digest else None, line.field)))
    return checked


def _verify(
    workspace: Workspace, digest: str, trust: "Sequence[x509.Certificate]", revocation: "RevocationChecker"
) -> "FileReport | None":
    from eoffice_desktop.signing.verify import verify_data

    if not workspace.store.blob_path(digest).is_file():
        return None
    pdf = workspace.store.get_blob(digest)
    if hashlib.sha256(pdf).hexdigest() != digest:
        from eoffice_desktop.signing.verify import FileReport

        damaged = FileReport(file=digest)
        damaged.problems.append("the stored PDF is damaged")
        damaged.problems_th.append("ไฟล์หนังสือที่เก็บไว้เสียหาย")
        return damaged
    return verify_data(pdf, digest, trust, revocation)


def _check(report: "FileReport | None", field: str) -> SignatureCheck:
    from eoffice_desktop.signing.verdict import verdict
    from eoffice_desktop.signing.verify import FileReport

    if report is None:
        return SignatureCheck(
            field,
            None,
            UNAVAILABLE,
            "The signed PDF has not arrived here yet",
            "ยังไม่ได้รับไฟล์หนังสือที่ลงนามในเครื่องนี้",
        )
    if report.problems and not report.unsigned:
        said = verdict(report)
        return SignatureCheck(field, None, said.tone.value, said.english, said.thai)
    found: SignatureReport | None = next((s for s in report.signatures if s.field == field), None)
    if found is None:
        return SignatureCheck(
            field, None, ABSENT, f"No signature in the field {field}", f"ไม่พบลายมือชื่อในช่อง {field}"
        )
    said = verdict(FileReport(file=report.file, signatures=[found]))
    return SignatureCheck(field, found.signer, said.tone.value, said.english, said.thai, found.signing_time)
