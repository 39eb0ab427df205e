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

from eoffice_desktop.signing.errors import PinError, TokenError, TokenRemoved, WrongPin

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

    def warn(self, request: PinRequest, message: str) -> None:
        """Told before the PIN is asked when few tries are left. A provider that asks nobody (the PIN comes
        from an environment variable) may keep it to itself: a refused PIN's error says it again, and a
        PIN the token accepts resets the count."""


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
        raise WrongPin(
            "wrong PIN: its length is not what the token accepts. Check the PIN and try again",
            thai="PIN ไม่ถูกต้อง ความยาวไม่ตรงกับที่โทเค็นรับ กรุณาตรวจสอบ PIN แล้วลองอีกครั้ง",
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


WRONG_PIN = {  # after a refused PIN, by the token's state now: what happened, and what to do
    PinStatus.OK: (
        "wrong PIN: the token did not accept it. Check the PIN and try again; several wrong PINs in a row "
        "lock the token",
        "PIN ไม่ถูกต้อง โทเค็นไม่รับ PIN นี้ กรุณาตรวจสอบ PIN แล้วลองอีกครั้ง หากใส่ผิดหลายครั้งติดกันโทเค็นจะถูกล็อก",
    ),
    PinStatus.COUNT_LOW: (
        "wrong PIN: the token did not accept it, and only a few tries are left before it locks. "
        "Check the PIN before you try again",
        "PIN ไม่ถูกต้อง เหลือโอกาสอีกไม่กี่ครั้งก่อนโทเค็นจะถูกล็อก กรุณาตรวจสอบ PIN ก่อนลองอีกครั้ง",
    ),
    PinStatus.FINAL_TRY: (
        "wrong PIN: one try is left, and one more wrong PIN locks the token. "
        "Check the PIN before you try again",
        "PIN ไม่ถูกต้อง เหลือโอกาสครั้งสุดท้าย หากใส่ผิดอีกโทเค็นจะถูกล็อก กรุณาตรวจสอบ PIN ก่อนลองอีกครั้ง",
    ),
    PinStatus.LOCKED: (
        "wrong PIN: the token is now locked. Ask the certificate authority or IT to unlock it",
        "PIN ไม่ถูกต้อง โทเค็นถูกล็อกแล้ว กรุณาติดต่อผู้ออกใบรับรองหรือฝ่ายไอทีเพื่อปลดล็อก",
    ),
}


def _wrong_pin(token: TokenLike) -> WrongPin:
    status = PinStatus.from_flags(_current_flags(token))
    english, thai = WRONG_PIN[status]
    return WrongPin(english, thai=thai, status=status)
