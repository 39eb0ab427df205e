"""The PIN policy, in one place: token flags are read before every login.

COUNT_LOW → the caller is warned; FINAL_TRY → the caller must confirm explicitly; LOCKED → no login attempt.
A PIN-pad reader (protected authentication path) takes the PIN itself. The PIN is handed from the provider
to the token and nowhere else: not logged, not stored, not put into an exception.
"""

import enum
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from pkcs11 import PROTECTED_AUTH, TokenFlag
from pkcs11 import exceptions as p11

from eoffice_desktop.signing.errors import PinError, TokenError, TokenRemoved

log = logging.getLogger(__name__)


class PinStatus(enum.Enum):
    OK = "ok"
    COUNT_LOW = "count-low"  # at least one wrong PIN since the last good login
    FINAL_TRY = "final-try"  # one more wrong PIN locks the token
    LOCKED = "locked"

    @classmethod
    def from_flags(cls, flags: int) -> "PinStatus":
        if flags & TokenFlag.USER_PIN_LOCKED:
            return cls.LOCKED
        if flags & TokenFlag.USER_PIN_FINAL_TRY:
            return cls.FINAL_TRY
        if flags & TokenFlag.USER_PIN_COUNT_LOW:
            return cls.COUNT_LOW
        return cls.OK

    def tries_left(self) -> str:
        return {
            PinStatus.OK: "several",
            PinStatus.COUNT_LOW: "few",
            PinStatus.FINAL_TRY: "1",
            PinStatus.LOCKED: "0",
        }[self]

    def message(self) -> tuple[str, str]:
        """English and Thai text for the user."""
        return {
            PinStatus.OK: ("", ""),
            PinStatus.COUNT_LOW: (
                "a wrong PIN was entered before: few tries are left",
                "เคยใส่ PIN ผิดมาแล้ว เหลือโอกาสอีกไม่กี่ครั้ง",
            ),
            PinStatus.FINAL_TRY: (
                "this is the last try: one more wrong PIN locks the token",
                "เหลือโอกาสครั้งสุดท้าย หากใส่ PIN ผิดอีก โทเค็นจะถูกล็อก",
            ),
            PinStatus.LOCKED: (
                "the PIN is locked: ask the certificate authority or IT to unlock the token",
                "PIN ถูกล็อกแล้ว กรุณาติดต่อผู้ออกใบรับรองหรือฝ่ายไอทีเพื่อปลดล็อก",
            ),
        }[self]


class WrongPin(PinError):
    """The token refused the PIN; ``status`` is the token's PIN state just after (how many tries are left)."""

    def __init__(self, message: str, *, thai: str, status: PinStatus) -> None:
        super().__init__(message, thai=thai)
        self.status = status


@dataclass(frozen=True)
class PinRequest:
    """What the caller is told before it supplies a PIN."""

    token_label: str
    status: PinStatus
    pin_pad: bool  # the reader takes the PIN; the caller only tells the user to type it there


class PinProvider(Protocol):
    """The GUI or the CLI: asks the user. Returns the PIN, or None when the user cancels."""

    def pin(self, request: PinRequest) -> str | None: ...

    def confirm_final_try(self, request: PinRequest) -> bool: ...

    def warn(self, request: PinRequest, message: str) -> None: ...


class TokenLike(Protocol):
    """The parts of a python-pkcs11 Token the policy uses (a fake implements it in tests)."""

    label: str
    flags: int

    def open(self, rw: bool = ..., user_pin: Any = ...) -> Any: ...


def login(token: TokenLike, provider: PinProvider) -> tuple[Any, str | None]:
    """Open a logged-in session on ``token`` (freshly read: its flags are current).

    Returns the session and the PIN when the caller gave one (kept by the caller only for keys that need
    it per signature; None with a PIN pad).
    """
    status = PinStatus.from_flags(int(token.flags))
    request = PinRequest(
        token.label, status, bool(int(token.flags) & TokenFlag.PROTECTED_AUTHENTICATION_PATH)
    )
    english, thai = status.message()
    if status is PinStatus.LOCKED:
        raise PinError(english, thai=thai)
    if status is PinStatus.COUNT_LOW:
        provider.warn(request, english)
    if status is PinStatus.FINAL_TRY and not provider.confirm_final_try(request):
        raise PinError(
            "cancelled: the last PIN try was not confirmed", thai="ยกเลิก: ไม่ได้ยืนยันการใส่ PIN ครั้งสุดท้าย"
        )
    pin = None if request.pin_pad else provider.pin(request)
    if pin is None and not request.pin_pad:
        raise PinError("cancelled: no PIN was given", thai="ยกเลิก: ไม่ได้ใส่ PIN")
    try:
        session = token.open(user_pin=PROTECTED_AUTH if request.pin_pad else pin)
    except p11.PinIncorrect:
        raise _wrong_pin(token) from None  # the chained cause would carry nothing useful; the PIN stays out
    except p11.PinLocked:
        english, thai = PinStatus.LOCKED.message()
        raise PinError(english, thai=thai) from None
    except p11.PinLenRange:
        raise PinError(
            "wrong PIN: its length is not what the token accepts", thai="PIN ผิด: ความยาวไม่ถูกต้อง"
        ) from None
    except (p11.TokenNotPresent, p11.DeviceRemoved) as exc:
        raise TokenRemoved(f"token {token.label!r} was removed", thai="โทเค็นถูกถอดออก") from exc
    except p11.PKCS11Error as exc:
        raise TokenError(f"cannot log in to token {token.label!r}: {type(exc).__name__}") from exc
    log.debug("logged in to token %r", token.label)
    return session, pin


def _current_flags(token: TokenLike) -> int:
    """The token's flags now (a python-pkcs11 Token keeps those it had when it was listed)."""
    slot = getattr(token, "slot", None)
    if slot is not None:
        try:
            return int(slot.get_token().flags)
        except p11.PKCS11Error:
            pass
    return int(token.flags)


def _wrong_pin(token: TokenLike) -> WrongPin:
    flags = _current_flags(token)
    status = PinStatus.from_flags(flags)
    english, thai = status.message()
    tail = f": {english}" if english else ""
    return WrongPin(
        f"wrong PIN (tries left: {status.tries_left()}){tail}",
        thai=f"PIN ไม่ถูกต้อง (เหลือโอกาส: {status.tries_left()}) {thai}".strip(),
        status=status,
    )
