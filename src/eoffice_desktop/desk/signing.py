"""Signing letters of the store: a batch of drafts or letters waiting for signature, one PIN for all.

A letter without its PDF yet is checked and rendered first (one that is incomplete is reported, not signed).
The PDFs go through the same BatchSigner as the command line, from the store's blobs and back (no file
between); each signed PDF becomes the letter's signed
version, its stamp showing the position the letter gives its signer. A pulled token or a cancel leaves the
letters not yet signed exactly as they were.
"""

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eoffice_desktop.config import Config
from eoffice_desktop.desk.drafts import preview_pdf, signable_pdf
from eoffice_desktop.desk.signature_image import stamp_image
from eoffice_desktop.domain.errors import FieldError
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.signers import same_person, same_post
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.signing.backend import SigningBackend
from eoffice_desktop.signing.batch import BatchSigner, LetterJob, LetterResult, SignOptions
from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.levels import Level
from eoffice_desktop.signing.pin import PinProvider
from eoffice_desktop.signing.revocation import RevocationChecker
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.workspace import Workspace

log = logging.getLogger(__name__)

SIGNABLE = (LetterState.DRAFT, LetterState.READY)


@dataclass(frozen=True)
class LetterOutcome:
    letter_id: str
    subject: str
    signed: bool
    problem: str | None = None  # English
    problem_th: str | None = None
    cancelled: bool = False


@dataclass
class SignOutcome:
    certificate: CertificateInfo | None
    letters: list[LetterOutcome]

    @property
    def signed(self) -> int:
        return sum(1 for letter in self.letters if letter.signed)


@dataclass(frozen=True)
class LetterToSign:
    """What the signer sees of a letter before signing it."""

    id: str
    number: str | None
    recipient: str | None
    subject: str
    signer_name: str | None  # as the letter writes it under the signature
    signer_positions: tuple[str, ...]

    def signer_differs(self, cert: CertificateInfo) -> bool:
        """The letter names another signer, or another position, than the certificate's holder and title."""
        return not (
            same_person(self.signer_name, cert.common_name) and same_post(self.signer_positions, cert.title)
        )


def _signer_of(data: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    signer = data.get("signer")
    if not isinstance(signer, dict):
        return None, ()
    name = signer.get("name")
    positions = signer.get("positions") or ()
    if isinstance(positions, str):
        positions = positions.splitlines()
    lines = tuple(str(p).strip() for p in positions if str(p).strip())
    return (str(name).strip() or None) if name else None, lines


def letters_to_sign(workspace: Workspace, letter_ids: Sequence[str]) -> list[LetterToSign]:
    letters = []
    for letter_id in letter_ids:
        record = workspace.letters.get(letter_id)
        name, positions = _signer_of(workspace.letters.data(letter_id))
        letters.append(
            LetterToSign(letter_id, record.number, record.recipient, record.subject, name, positions)
        )
    return letters


def letter_pdf(workspace: Workspace, letter_id: str) -> bytes:
    """The letter as it stands, to read before signing: its stored PDF (the one to be signed, or the signed
    one), else a draft rendered now as far as it is complete."""
    record = workspace.letters.get(letter_id)
    if record.pdf_sha256 is not None:
        return workspace.store.blob_path(record.pdf_sha256).read_bytes()
    template = workspace.services.templates.get(record.template)
    return preview_pdf(workspace, template, workspace.letters.data(letter_id))[0]


def sign_options(config: Config, revocation: RevocationChecker | None = None) -> SignOptions:
    """How the window signs: the configured level, authorities and trust anchors, the user's signature
    image on the stamp (unless the machine forbids it), and how the certificate's revocation is checked
    (``revocation``; None: online, nothing kept). A bad anchor file or a missing image raises EOfficeError
    before any PIN is asked."""
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors

    return SignOptions(
        level=Level(config.level),
        tsa_urls=config.tsa,
        trust=tuple(load_trust_anchors(list(config.trust))),
        signature_image=stamp_image(config),
        revocation=revocation,
    )


def workspace_sign_options(workspace: Workspace) -> SignOptions:
    """:func:`sign_options` of the workspace's configuration, revocation answers kept in its store (what every
    signing dialog of the window asks for before the PIN)."""
    from eoffice_desktop.desk.viewing import revocation_checker

    return sign_options(workspace.services.config, revocation_checker(workspace))


def open_tokens(module: Path) -> TokenService:
    """The token service of ``module`` (loads it on the PKCS#11 worker on first use)."""
    return TokenService(module)


def batch_signer(service: SigningBackend, label: str, serial: str, cert: CertificateInfo) -> BatchSigner:
    return BatchSigner(service, TokenChoice(label, serial), cert.label, cert.id)


def _prepare(workspace: Workspace, letter_id: str) -> tuple[bytes | None, LetterOutcome | None, str]:
    """The letter's PDF to sign (rendered now when it has none), or why it cannot be signed."""
    letters = workspace.letters
    record = letters.get(letter_id)
    if record.state not in SIGNABLE:
        return (
            None,
            LetterOutcome(
                letter_id,
                record.subject,
                False,
                f"a {record.state} letter is not signed again",
                f"หนังสือสถานะ{record.state.thai} ลงนามซ้ำไม่ได้",
            ),
            record.subject,
        )
    if record.pdf_sha256 is None:
        template = workspace.services.templates.get(record.template)
        try:
            pdf = signable_pdf(workspace, template, letters.data(letter_id))
        except FieldError as exc:
            return (
                None,
                LetterOutcome(
                    letter_id,
                    record.subject,
                    False,
                    f"the letter is incomplete: {exc.message}",
                    f"ร่างยังไม่ครบ: {exc.thai}",
                ),
                record.subject,
            )
        record = letters.set_pdf(letter_id, pdf, signed=False)
    assert record.pdf_sha256 is not None
    return workspace.store.blob_path(record.pdf_sha256).read_bytes(), None, record.subject


def sign_letters(
    workspace: Workspace,
    letter_ids: Sequence[str],
    signer: BatchSigner,
    provider: PinProvider,
    options: SignOptions,
    progress: Callable[[LetterOutcome], None] | None = None,
    cancel: threading.Event | None = None,
) -> SignOutcome:
    """Sign the letters in order with one login. Token, PIN and input problems that stop the whole batch
    raise (EOfficeError: nothing was signed); per-letter problems are in the outcome."""
    outcomes: dict[str, LetterOutcome] = {}
    subjects: dict[str, str] = {}
    jobs: dict[LetterJob, str] = {}  # job → its letter
    for letter_id in letter_ids:
        pdf, refused, subjects[letter_id] = _prepare(workspace, letter_id)
        if refused is not None:
            outcomes[letter_id] = refused
            if progress is not None:
                progress(refused)
            continue
        assert pdf is not None
        positions = _signer_of(workspace.letters.data(letter_id))[1]
        jobs[LetterJob(pdf, subjects[letter_id], positions)] = letter_id
    certificate = None
    if jobs:

        def report(result: LetterResult) -> None:
            letter_id = jobs[result.job]
            outcome = _store_result(workspace, letter_id, subjects[letter_id], result)
            outcomes[letter_id] = outcome
            if progress is not None:
                progress(outcome)

        batch = signer.sign(list(jobs), provider, options, progress=report, cancel=cancel)
        certificate = batch.certificate
        for result in batch.letters:  # those the progress did not see (a pulled token)
            letter_id = jobs[result.job]
            if letter_id not in outcomes:
                outcomes[letter_id] = _store_result(workspace, letter_id, subjects[letter_id], result)
                if progress is not None:
                    progress(outcomes[letter_id])
    return SignOutcome(certificate, [outcomes[i] for i in letter_ids if i in outcomes])


def _store_result(workspace: Workspace, letter_id: str, subject: str, result: LetterResult) -> LetterOutcome:
    if not result.signed:
        return LetterOutcome(
            letter_id, subject, False, result.problem, result.problem_th or result.problem, result.cancelled
        )
    assert result.signed_pdf is not None
    try:
        workspace.letters.set_pdf(letter_id, result.signed_pdf, signed=True)
    except (OSError, EOfficeError) as exc:
        log.error("signed letter %s could not be stored: %s", letter_id, exc)
        thai = exc.thai if isinstance(exc, EOfficeError) else str(exc)
        return LetterOutcome(
            letter_id, subject, False, f"signed but not stored: {exc}", f"เก็บฉบับที่ลงนามไม่ได้: {thai}"
        )
    return LetterOutcome(letter_id, subject, True)
