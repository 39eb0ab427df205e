"""The self-test's checks of this machine: configuration, fonts, data directory, database, rendering, the
PKCS#11 module and the trust anchors. Network checks are in :mod:`eoffice_desktop.support.probes`.

A check returns a :class:`CheckResult` or raises :class:`CheckFailed` (or anything else: the runner turns it
into a failure naming the error).
"""

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from eoffice_desktop.config import Config
from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.support.selftest import CheckFailed, CheckResult, passed, skipped

PKCS11_TIMEOUT_S = 15.0

TEST_LETTER = {
    "agency": "สำนักงานทดสอบระบบ กองเทคโนโลยีสารสนเทศ",
    "number": "ทส 0001/1",
    "date": "2025-11-24",
    "subject": "ทดสอบการจัดทำหนังสือราชการ",
    "recipient": "ผู้ดูแลระบบ",
    "body": ["ที่นี่น้ำใจงาม ทดสอบการแสดงผลภาษาไทยและการค้นหาข้อความ"],
    "signer": {"name": "นายทดสอบ ระบบงาน", "positions": ["ผู้ดูแลระบบ"]},
}
"""Rendered by the render check; its body must come back out of the PDF exactly (tone marks, sara am)."""
PROBE_TEXT = "ที่นี่น้ำใจงาม ทดสอบการแสดงผลภาษาไทยและการค้นหาข้อความ"


def configuration(config: Config) -> CheckResult:
    """Where the configuration came from, and its mistakes as a warning (not run through the runner: it has
    nothing to raise)."""
    where = []
    if config.source is not None:
        where.append(f"user file {config.source}")
    policies = sorted({s.removeprefix("policy ") for s in config.sources.values() if s.startswith("policy ")})
    if config.policy is not None and str(config.policy) not in policies:
        policies.insert(0, str(config.policy))
    if policies:
        locked = len(config.locked)
        where.append(
            f"machine policy {', '.join(policies)} ({locked} key{'s' if locked != 1 else ''} locked)"
        )
    detail = "; ".join(where) or "defaults (no configuration file, no machine policy)"
    problems = config.problems
    if problems:
        return CheckResult(
            "configuration", False, f"{detail}; problems: {'; '.join(problems)}", required=False
        )
    return passed("configuration", detail)


def fonts(config: Config) -> CheckResult:
    """An official TH Sarabun, or Laksaman (the same design), is installed (else the bundled Sarabun stands
    in: a warning). The detail names the face letters are set in."""
    from eoffice_desktop.render.fonts import bundled_fontset_faces, find_faces

    regular, bold = find_faces(tuple(config.font_families), tuple(config.font_dirs))
    if regular.family.casefold() in {f.casefold() for f in config.font_families}:
        return passed("fonts", f"letters are set in {regular.family} ({regular.path}, {bold.path})")
    bundled, _ = bundled_fontset_faces()
    wanted = ", ".join(config.font_families)
    if not wanted:
        where = bundled.path.parent
        return passed("fonts", f"letters are set in the bundled {bundled.family} ({where}), as configured")
    return CheckResult(
        "fonts",
        False,
        f"none of {wanted} is installed; letters are set in the bundled {bundled.family} "
        f"({bundled.path.parent}), which has the same metrics",
        required=False,
    )


def data_directory(directory: Path) -> CheckResult:
    """The data directory exists or can be made, and a file can be written, synced and removed in it."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".self-test-", dir=directory)
        try:
            os.write(fd, b"eoffice-desktop self-test\n")
            os.fsync(fd)
        finally:
            os.close(fd)
            Path(name).unlink()
    except OSError as exc:
        raise CheckFailed(f"{directory} is not writable: {exc.strerror or exc}") from exc
    free = shutil.disk_usage(directory).free
    return passed("data-directory", f"{directory} is writable ({free / 2**30:.1f} GiB free)")


def database(directory: Path) -> CheckResult:
    """The store's schema is current (an existing store is migrated, as the program does at start); without a
    store yet, the migrations run on a scratch database, so that a fresh data directory is known to work."""
    from eoffice_desktop.store.db import DATABASE_FILE, HEAD_REVISION, head_revision

    head = head_revision()
    if head != HEAD_REVISION:
        raise CheckFailed(f"the program's migrations end at {head or 'nothing'}, expected {HEAD_REVISION}")
    if (directory / DATABASE_FILE).is_file():
        revision = _opened_revision(directory)
        if revision != head:
            raise CheckFailed(f"{directory / DATABASE_FILE} is at schema {revision}, expected {head}")
        return passed("database", f"{directory / DATABASE_FILE}: schema {revision} (current)")
    with tempfile.TemporaryDirectory(prefix="eoffice-self-test-") as scratch:
        revision = _opened_revision(Path(scratch))
    if revision != head:
        raise CheckFailed(f"a new store migrates to {revision or 'nothing'}, expected {head}")
    return passed("database", f"no store in {directory} yet; a new one is created at schema {revision}")


def _opened_revision(directory: Path) -> str:
    """The schema of the store in ``directory`` once opened (migrated), as the program opens it."""
    from eoffice_desktop.store.db import current_revision, open_store

    store = open_store(directory)
    try:
        return current_revision(store.engine)
    finally:
        store.close()


def _normalised(text: str) -> str:
    """Thai as the project compares it (sara am, mark order, digits), without the line breaks of layout."""
    return "".join(canonical_thai(text).split())


def extract_text(pdf: bytes) -> str:
    """The text of every page, as a PDF reader (PDFium) copies it out."""
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(pdf)
    try:
        parts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        document.close()


def render(config: Config) -> CheckResult:
    """A short Thai memo renders through the real path (Qt offscreen without a screen) with the configured
    fonts and emblem, and its text reads back out of the PDF."""
    from eoffice_desktop.drafting import validate_letter
    from eoffice_desktop.render import RenderOptions, render_letter
    from eoffice_desktop.templates import default_registry

    if config.emblem is not None and not config.emblem.is_file():
        raise CheckFailed(f"the configured emblem image {config.emblem} does not exist")
    registry = default_registry()  # the bundled templates: agency ones may differ in fields
    template = registry.get("memo")
    values = validate_letter(template, TEST_LETTER, registry)
    options = RenderOptions(
        emblem=config.emblem, font_families=tuple(config.font_families), font_dirs=tuple(config.font_dirs)
    )
    result = render_letter(template, values, options)
    text = extract_text(result.pdf)
    if _normalised(PROBE_TEXT) not in _normalised(text):
        raise CheckFailed(f"the test letter rendered, but its Thai text does not read back: {text[:200]!r}")
    notes = [w for w in result.warnings if "no emblem" not in w]
    emblem = f"emblem {config.emblem.name}" if config.emblem else "no emblem configured"
    detail = (
        f"a test letter rendered ({result.pages} page, {result.font_family}, {emblem}) "
        "and its Thai text reads back"
    )
    if notes:
        return CheckResult("render", False, f"{detail}; but: {'; '.join(notes)}", required=False)
    return passed("render", detail)


def _token_listing(module: Path) -> tuple[str, list[Any]]:
    """On the module's worker thread: the library's description and the tokens present."""
    from eoffice_desktop.signing.tokens import TokenInfo
    from eoffice_desktop.signing.worker import worker_for

    worker = worker_for(module)

    def run() -> tuple[str, list[Any]]:
        lib = worker.lib
        described = f"{str(lib.manufacturer_id).strip()} {str(lib.library_description).strip()}".strip()
        version = getattr(lib, "library_version", None)
        if isinstance(version, tuple):
            described += f" {'.'.join(str(v) for v in version)}"
        slots = lib.get_slots(token_present=True)
        return described, [TokenInfo.of(slot.get_token()) for slot in slots]

    return worker.submit(run).result(timeout=PKCS11_TIMEOUT_S)


def pkcs11(config: Config) -> CheckResult:
    """The configured PKCS#11 module loads and lists its tokens (none present is fine: not inserted)."""
    module = config.pkcs11_module
    if module is None:
        return skipped("pkcs11", "not configured ([signing] module)")
    if not module.is_file():
        raise CheckFailed(f"the PKCS#11 module {module} does not exist")
    described, tokens = _token_listing(module)
    listing = ", ".join(
        f"{t.label!r} (serial {t.serial}, PIN {t.pin_status.value}{', PIN pad' if t.pin_pad else ''})"
        for t in tokens
    )
    found = f"tokens: {listing}" if tokens else "no token inserted"
    return passed("pkcs11", f"{module} loaded ({described}); {found}")


def trust_anchors(config: Config) -> CheckResult:
    """Every configured trust anchor (a file, or every certificate file of a folder) parses as a certificate
    (PEM or DER)."""
    import datetime as dt

    from eoffice_desktop.signing.errors import SigningError
    from eoffice_desktop.signing.trust_anchors import load_trust_anchors

    if not config.trust:
        return skipped("trust-anchors", "not configured ([signing] trust): signatures cannot be trusted")
    names, expired = [], []
    now = dt.datetime.now(dt.UTC)
    for path in config.trust:  # a file, or a folder of certificate files
        if not path.exists():
            raise CheckFailed(f"the trust anchor {path} does not exist")
        try:
            anchors = load_trust_anchors([path])
        except SigningError as exc:
            raise CheckFailed(str(exc)) from exc
        if not anchors:
            raise CheckFailed(f"the trust anchor {path} holds no certificate")
        for cert in anchors:
            name = str(cert.subject.native.get("common_name", cert.subject.human_friendly))
            names.append(name)
            if cert.not_valid_after < now:
                expired.append(f"{name} (expired {cert.not_valid_after:%Y-%m-%d})")
    detail = f"{len(names)} certificate{'s' if len(names) != 1 else ''}: {', '.join(names)}"
    if expired:
        return CheckResult("trust-anchors", False, f"{detail}; expired: {', '.join(expired)}", required=False)
    return passed("trust-anchors", detail)
