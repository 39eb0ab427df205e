"""The signing backend over python-pkcs11: tokens and their certificates, chosen by label or serial (slot
numbers change between insertions), a login held until logout, raw signatures."""

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11

from eoffice_desktop.signing.certs import CertificateInfo
from eoffice_desktop.signing.errors import TokenError, TokenRemoved
from eoffice_desktop.signing.mechanisms import operation
from eoffice_desktop.signing.pin import PinProvider, PinStatus, login
from eoffice_desktop.signing.worker import TokenWorker, worker_for

log = logging.getLogger(__name__)

REMOVED = (
    p11.TokenNotPresent,
    p11.DeviceRemoved,
    p11.SessionHandleInvalid,
    p11.SessionClosed,
    p11.TokenNotRecognised,
)
"""PKCS#11 errors that mean the token went away."""


@dataclass(frozen=True)
class TokenInfo:
    label: str
    serial: str
    manufacturer: str
    model: str
    pin_status: PinStatus
    pin_pad: bool

    @classmethod
    def of(cls, token: Any) -> "TokenInfo":
        flags = int(token.flags)
        return cls(
            label=str(token.label).strip(),
            serial=_text(token.serial),
            manufacturer=_text(getattr(token, "manufacturer_id", "")),
            model=_text(getattr(token, "model", "")),
            pin_status=PinStatus.from_flags(flags),
            pin_pad=bool(flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
        )

    def describe(self) -> dict[str, object]:
        return {
            "label": self.label,
            "serial": self.serial,
            "manufacturer": self.manufacturer,
            "model": self.model,
            "pin_status": self.pin_status.value,
            "pin_pad": self.pin_pad,
        }


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip(" \x00")
    return str(value).strip()


@dataclass(frozen=True)
class TokenChoice:
    label: str | None = None
    serial: str | None = None

    def __str__(self) -> str:
        parts = [
            f"label {self.label!r}" if self.label else "",
            f"serial {self.serial}" if self.serial else "",
        ]
        return " ".join(p for p in parts if p) or "any token"


@dataclass
class _Login:
    """A logged-in session on one token, and the PIN for keys that demand it per signature (held only
    until logout)."""

    label: str
    serial: str
    session: Any
    pin: str | None
    keys: dict[str, tuple[Any, bool]] = field(default_factory=dict)  # key id → (handle, PIN per signature)

    def matches(self, choice: TokenChoice) -> bool:
        return (choice.label is None or choice.label == self.label) and (
            choice.serial is None or choice.serial == self.serial
        )


class TokenService:
    """The :class:`signing.backend.SigningBackend` over python-pkcs11. Everything runs on the module's worker
    thread."""

    def __init__(self, module: Path) -> None:
        self.module = module
        self.worker: TokenWorker = worker_for(module)
        self._logins: list[_Login] = []  # touched only on the worker

    # on the worker -------------------------------------------------------------------------------
    def _present(self) -> list[Any]:
        try:
            slots = self.worker.lib.get_slots(token_present=True)
            tokens = [slot.get_token() for slot in slots]
        except p11.PKCS11Error as exc:
            raise TokenError(f"the PKCS#11 module {self.module} failed: {type(exc).__name__}") from exc
        return [t for t in tokens if int(t.flags) & TokenFlag.TOKEN_INITIALIZED]

    def find(self, choice: TokenChoice) -> Any:
        """The one token that matches, read afresh (its PIN flags are current)."""
        present = self._present()
        if not present:
            raise TokenRemoved(
                f"no token is present (module {self.module.name}): insert the token",
                thai="ไม่พบโทเค็น กรุณาเสียบโทเค็น",
            )
        matching = [
            t
            for t in present
            if (choice.label is None or str(t.label).strip() == choice.label)
            and (choice.serial is None or _text(t.serial) == choice.serial)
        ]
        listing = ", ".join(f"{TokenInfo.of(t).label!r} (serial {TokenInfo.of(t).serial})" for t in present)
        if not matching:
            raise TokenError(
                f"no token with {choice} is present; present: {listing}", thai=f"ไม่พบโทเค็นที่ระบุ ({listing})"
            )
        if len(matching) > 1:
            raise TokenError(
                f"several tokens match {choice}: {listing}; choose one by label and serial",
                thai="มีโทเค็นที่ตรงกันหลายอัน กรุณาเลือกด้วยชื่อและหมายเลข",
            )
        return matching[0]

    def _certificates(self, token: Any) -> list[CertificateInfo]:
        try:
            with token.open() as session:
                objects = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}))
                found = []
                for obj in objects:
                    label = str(obj[Attribute.LABEL])
                    cert_id = bytes(obj[Attribute.ID])
                    found.append(CertificateInfo.from_der(bytes(obj[Attribute.VALUE]), label, cert_id))
                return found
        except REMOVED as exc:
            raise TokenRemoved(f"token {token.label!r} was removed", thai="โทเค็นถูกถอดออก") from exc

    # from any thread -----------------------------------------------------------------------------
    def tokens(self) -> list[TokenInfo]:
        return self.worker.call(lambda: [TokenInfo.of(t) for t in self._present()])

    def certificates(self, choice: TokenChoice) -> tuple[TokenInfo, list[CertificateInfo]]:
        def run() -> tuple[TokenInfo, list[CertificateInfo]]:
            token = self.find(choice)
            return TokenInfo.of(token), self._certificates(token)

        return self.worker.call(run)

    def login(self, choice: TokenChoice, provider: PinProvider) -> None:
        def run() -> None:
            if self._held(choice) is not None:
                raise TokenError(f"already logged in to the token with {choice}")
            token = self.find(choice)
            session, pin = login(token, provider)
            info = TokenInfo.of(token)
            self._logins.append(_Login(info.label, info.serial, session, pin))

        self.worker.call(run)

    def logged_in(self, choice: TokenChoice) -> bool:
        return self.worker.call(lambda: self._held(choice) is not None)

    def logout(self, choice: TokenChoice) -> None:
        def run() -> None:
            held = self._held(choice)
            if held is not None:
                self._forget(held)

        self.worker.call(run)

    def sign_raw(
        self, choice: TokenChoice, key_id: str, data: bytes, digest_algorithm: str, signature_algorithm: str
    ) -> bytes:
        def run() -> bytes:
            held = self._held(choice)
            if held is None:
                raise TokenError(f"not logged in to the token with {choice}", thai="ยังไม่ได้เข้าสู่ระบบโทเค็น")
            step = operation(data, digest_algorithm, signature_algorithm)
            try:
                key, per_signature = self._key(held, key_id)
                extra = {"pin": held.pin} if per_signature and held.pin is not None else {}
                signature: bytes = key.sign(step.data, mechanism=step.mechanism, **extra)
            except REMOVED as exc:
                self._forget(held)
                raise TokenRemoved(f"token {held.label!r} was removed", thai="โทเค็นถูกถอดออก") from exc
            except p11.PKCS11Error as exc:
                raise TokenError(
                    f"the token refused to sign: {type(exc).__name__}", thai="โทเค็นไม่ยอมลงนาม"
                ) from exc
            return step.finish(signature)

        return self.worker.call(run)

    # on the worker -------------------------------------------------------------------------------
    def _held(self, choice: TokenChoice) -> _Login | None:
        held = [entry for entry in self._logins if entry.matches(choice)]
        if len(held) > 1:
            raise TokenError(f"logged in to several tokens matching {choice}: choose one by label and serial")
        return held[0] if held else None

    def _forget(self, held: _Login) -> None:
        self._logins.remove(held)
        held.pin = None
        held.keys.clear()
        with contextlib.suppress(p11.PKCS11Error):
            held.session.close()  # logs out first

    def _key(self, held: _Login, key_id: str) -> tuple[Any, bool]:
        if key_id not in held.keys:
            found = list(
                held.session.get_objects(
                    {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: bytes.fromhex(key_id)}
                )
            )
            if len(found) != 1:
                what = "no" if not found else "several"
                raise TokenError(
                    f"{what} private keys with id {key_id} on token {held.label!r}",
                    thai="ไม่พบกุญแจส่วนตัวของใบรับรองนี้บนโทเค็น",
                )
            held.keys[key_id] = (found[0], _always_authenticate(found[0]))
        return held.keys[key_id]


def _always_authenticate(key: Any) -> bool:
    try:
        return bool(key[Attribute.ALWAYS_AUTHENTICATE])
    except (p11.PKCS11Error, KeyError, TypeError):
        return False


def choose_certificate(
    certificates: list[CertificateInfo], label: str | None = None, cert_id: str | None = None
) -> CertificateInfo:
    """The certificate named by label or id; without either, the only one that may sign. Never a silent pick
    among several."""
    if label is not None or cert_id is not None:
        named = [
            c
            for c in certificates
            if (label is None or c.label == label) and (cert_id is None or c.id == cert_id.lower())
        ]
        if len(named) != 1:
            known = ", ".join(f"{c.label!r} (id {c.id})" for c in certificates) or "none"
            what = "no" if not named else "several"
            raise TokenError(f"{what} certificates match; on the token: {known}", thai="เลือกใบรับรองไม่ได้")
        return named[0]
    signing = [c for c in certificates if c.can_sign]
    if len(signing) == 1:
        return signing[0]
    known = ", ".join(f"{c.label!r} (id {c.id})" for c in signing or certificates) or "none"
    if not signing:
        raise TokenError(
            f"no certificate on the token may sign letters: {known}", thai="ไม่มีใบรับรองสำหรับลงนาม"
        )
    raise TokenError(
        f"several signing certificates: {known}; choose with --cert-label or --cert-id",
        thai="มีใบรับรองสำหรับลงนามหลายใบ กรุณาเลือก",
    )
