"""The signer's handwritten-signature image (ลายมือชื่อ): chosen once, kept as the user's own copy in their
data directory (never a reference to a file elsewhere that may move or vanish), named in the settings as
``[profile] signature_image``, and drawn above the name on every visible signature they make afterwards.

The machine policy may forbid it (``[signing] signature_image = false``, locked): then it is never drawn, and
the window says why.
"""

import hashlib
import logging
from pathlib import Path

from eoffice_desktop.config import Config
from eoffice_desktop.durable import write_atomically
from eoffice_desktop.errors import EOfficeError

log = logging.getLogger(__name__)

SETTING = "profile.signature_image"  # the user's copy
POLICY = "signing.signature_image"  # false: forbidden on this machine
FOLDER = "signature"  # in the data directory
PREFIX = "signature-"


def forbidden(config: Config) -> str | None:
    """Why signature images may not be used on this machine (the policy's note when it locks the setting),
    or None when they may."""
    if config.signature_image:
        return None
    return config.locked.get(POLICY) or f"{POLICY} = false in {config.sources.get(POLICY, 'the settings')}"


def keep_image(source: Path, data_dir: Path) -> Path:
    """Check ``source`` (PNG or JPEG), make it stamp-sized and keep it in ``data_dir``; the copy's path, for
    the settings. Nothing is written when the file is not a usable image."""
    from eoffice_desktop.render.signature_image import signature_png  # Qt: only when an image is chosen

    png = signature_png(_read(source), source.name)
    folder = data_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{PREFIX}{hashlib.sha256(png).hexdigest()[:16]}.png"
    if not kept.is_file():
        write_atomically(kept, png)
    log.info("signature image kept as %s", kept)
    return kept


def discard_others(data_dir: Path, keep: Path | None) -> None:
    """Remove the kept images other than ``keep`` (one chosen before, or chosen and not saved)."""
    folder = data_dir / FOLDER
    if not folder.is_dir():
        return
    for path in folder.glob(f"{PREFIX}*.png"):
        if keep is None or path.resolve() != keep.resolve():
            path.unlink(missing_ok=True)


def stamp_image(config: Config, chosen: Path | None = None, *, use: bool = True) -> bytes | None:
    """The image the stamps of this signing get: ``chosen`` (e.g. ``--signature-image``), else the user's
    own, else none; none when ``use`` is False. ``chosen`` on a machine that forbids images is refused; the
    user's own is then left out quietly (the settings say why)."""
    reason = forbidden(config)
    if chosen is not None:
        if reason is not None:
            raise EOfficeError(
                f"signature images are not allowed on this machine: {reason}",
                thai=f"เครื่องนี้ไม่อนุญาตให้ใช้ภาพลายมือชื่อ: {reason}",
            )
        from eoffice_desktop.render.signature_image import signature_png

        return signature_png(_read(chosen), chosen.name)
    own = config.profile.signature_image
    if not use or own is None or reason is not None:
        return None
    if not own.is_file():
        raise EOfficeError(
            f"your signature image {own} is missing: choose it again (Settings, Office profile) or remove it",
            thai=f"ไม่พบภาพลายมือชื่อ {own} เลือกภาพใหม่หรือลบออกที่ การตั้งค่า > ข้อมูลหน่วยงาน",
        )
    from eoffice_desktop.render.signature_image import signature_png

    return signature_png(_read(own), own.name)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise EOfficeError(
            f"cannot read the signature image {path}: {reason}",
            thai=f"อ่านภาพลายมือชื่อ {path} ไม่ได้: {reason}",
        ) from exc
