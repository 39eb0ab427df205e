"""The demo's letters: samples in the user's store, and one letter really signed and sent to the user.

The sample data is ``resources/demo/letters.json`` (shipped in the wheel, unlike ``examples/``). Each sample
has a fixed id, so a second run finds it and adds nothing. Numbers come from a block the demo server leased
to the workstation, as ``eoffice-desktop numbers reserve`` would take it.
"""

import datetime as dt
import json
import logging
import tempfile
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from eoffice_desktop.app import Services
from eoffice_desktop.demo.errors import DemoError
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.resources import resource_path
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.models import OutboxItem
from eoffice_desktop.store.numbers import NumberPool, normalise_series
from eoffice_desktop.sync.backend import Backend

log = logging.getLogger(__name__)

BLOCK_SIZE = 50
_IDS = uuid.UUID("6f1d7c2e-5a0b-4f5e-9a51-0d3c1e6b2a77")  # namespace of the samples' fixed ids


@cache
def samples() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource_path("demo", "letters.json").read_text(encoding="utf-8"))
    return loaded


def sample_id(key: str) -> str:
    return str(uuid.uuid5(_IDS, key))


def ensure_numbers(store: Store, client: Backend, series: str) -> None:
    """A leased block of ``series`` for this year with numbers left, so letters can be numbered offline."""
    pool = NumberPool(store)
    series = normalise_series(series)
    if not any(r.series == series and r.left > 0 for r in pool.remaining()):
        pool.add_block(client.lease_numbers(series, BLOCK_SIZE))


def _filled(
    services: Services, template_id: str, data: Mapping[str, Any], store: Store, series: str
) -> dict[str, Any]:
    """The sample's data dated today, numbered from the leased block when its template asks for a number."""
    template = services.templates.get(template_id)
    filled = {**data, "date": dt.date.today().isoformat()}
    if any(f.name == "number" and f.required for f in template.fields):
        filled["number"] = str(NumberPool(store).next_number(series))
    return filled


def _render(services: Services, template_id: str, data: Mapping[str, Any], out: Path) -> Path:
    from eoffice_desktop import drafting

    template = services.templates.get(template_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    drafted = drafting.draft(template, data, out, services.templates, services.render_options())
    for warning in drafted.result.warnings:
        log.info("demo letter %s: %s", out.name, warning)
    return out


def seed_user_letters(store: Store, services: Services, client: Backend, actor: str) -> int:
    """The sample drafts and the letter waiting for signature (rendered); returns how many were added."""
    user = samples()["user"]
    ensure_numbers(store, client, user["series"])
    letters = LetterRepository(store, actor)
    added = 0
    for spec in user["letters"]:
        letter_id = sample_id(spec["key"])
        try:
            record = letters.get(letter_id)
        except StoreError:
            data = _filled(services, spec["template"], spec["data"], store, user["series"])
            record = letters.create(spec["template"], data, letter_id=letter_id)
            added += 1
        if spec["state"] == "ready" and record.state is LetterState.DRAFT:
            # rendered as the user will sign it: a draft moves to "waiting for signature" with its PDF
            with tempfile.TemporaryDirectory(prefix="eoffice-demo-") as work:
                pdf = _render(services, record.template, letters.data(letter_id), Path(work) / "letter.pdf")
                letters.set_pdf(letter_id, pdf.read_bytes(), signed=False)
            letters.move(letter_id, LetterState.READY)
    return added


class DemoPin:
    """The PIN provider for the demo token's own letter: the demo PIN, no questions."""

    def __init__(self, pin: str) -> None:
        self._pin = pin

    def pin(self, request: Any) -> str | None:
        return self._pin

    def confirm_final_try(self, request: Any) -> bool:
        return True

    def warn(self, request: Any, message: str) -> None:
        log.info("demo token: %s", message)


@dataclass(frozen=True)
class Signing:
    """What signs the incoming letter: the demo token and its trust anchor."""

    module: Path
    token_label: str
    pin: str
    trust: Sequence[Any]  # asn1crypto certificates


def _queued(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count(OutboxItem.id))) or 0)


def send_incoming(
    store: Store, services: Services, client: Backend, signing: Signing, recipient: str, actor: str
) -> int:
    """The other agency's letter to the user: drafted, signed with the demo token, queued and sent through
    the server (once: a second run only delivers what is still waiting). Returns how many were delivered."""
    from eoffice_desktop.signing.batch import BatchSigner, LetterJob, SignOptions
    from eoffice_desktop.signing.tokens import TokenChoice, TokenService
    from eoffice_desktop.sync.engine import SyncEngine
    from eoffice_desktop.sync.outbox import queue_signed

    spec = samples()["incoming"]
    if not _queued(store):
        ensure_numbers(store, client, spec["series"])
        data = _filled(services, spec["template"], spec["data"], store, spec["series"])
        with tempfile.TemporaryDirectory(prefix="eoffice-demo-") as work:
            draft = _render(services, spec["template"], data, Path(work) / "incoming.pdf")
            signed = Path(work) / "incoming-signed.pdf"
            token = TokenChoice(label=signing.token_label)
            signer = BatchSigner(TokenService(signing.module), token, None, None)
            job = LetterJob(draft.read_bytes(), draft.name)
            result = signer.sign([job], DemoPin(signing.pin), SignOptions())
            if not result.all_signed:
                problems = "; ".join(r.problem or "not signed" for r in result.letters)
                raise DemoError(f"the demo letter could not be signed: {problems}", thai="ลงนามหนังสือสาธิตไม่ได้")
            signed.write_bytes(result.letters[0].signed_pdf or b"")
            queue_signed(store, signed, actor, recipients=[recipient], trust=signing.trust)
    progress = SyncEngine(store, client, actor).run_once()
    return progress.delivered
