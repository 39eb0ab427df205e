"""The PIN policy. SoftHSM never reports FINAL_TRY or LOCKED (PITFALLS: after 12 wrong PINs only COUNT_LOW,
and the right PIN still works), so these paths run against a FAKE token layer: a stand-in with the flags
a real card would report. Everything else runs against the real SoftHSM token."""

from dataclasses import dataclass, field
from typing import Any

import pytest
from pkcs11 import PROTECTED_AUTH, TokenFlag
from pkcs11 import exceptions as p11

from eoffice_desktop.signing.errors import PinError
from eoffice_desktop.signing.pin import PinRequest, PinStatus, login


@dataclass
class FakeToken:
    """Fake: only flags and a login outcome, as a smart card would present them."""

    flags: int
    label: str = "fake card"
    wrong: bool = False
    opened_with: list[Any] = field(default_factory=list)

    def open(self, rw: bool = False, user_pin: Any = None) -> str:
        self.opened_with.append(user_pin)
        if self.wrong:
            self.flags |= TokenFlag.USER_PIN_FINAL_TRY
            raise p11.PinIncorrect()
        return "session"


@dataclass
class Provider:
    confirm: bool = True
    answer: str | None = "1234"
    asked: list[PinRequest] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)

    def pin(self, request: PinRequest) -> str | None:
        self.asked.append(request)
        return self.answer

    def confirm_final_try(self, request: PinRequest) -> bool:
        return self.confirm

    def warn(self, request: PinRequest, message: str) -> None:
        self.warned.append(message)


INIT = TokenFlag.TOKEN_INITIALIZED | TokenFlag.LOGIN_REQUIRED


def test_ok_token_logs_in_with_the_pin() -> None:
    token, provider = FakeToken(INIT), Provider()
    assert login(token, provider) == ("session", "1234")
    assert token.opened_with == ["1234"] and provider.warned == []


def test_count_low_warns_then_logs_in() -> None:
    token, provider = FakeToken(INIT | TokenFlag.USER_PIN_COUNT_LOW), Provider()
    login(token, provider)
    assert provider.warned and "few tries" in provider.warned[0]


def test_final_try_needs_explicit_confirmation() -> None:
    token, provider = FakeToken(INIT | TokenFlag.USER_PIN_FINAL_TRY), Provider(confirm=False)
    with pytest.raises(PinError, match="last PIN try was not confirmed"):
        login(token, provider)
    assert token.opened_with == [] and provider.asked == [], "no PIN asked, no login tried"
    confirmed = FakeToken(INIT | TokenFlag.USER_PIN_FINAL_TRY)
    login(confirmed, Provider(confirm=True))
    assert confirmed.opened_with == ["1234"]


def test_locked_pin_is_never_tried() -> None:
    token, provider = FakeToken(INIT | TokenFlag.USER_PIN_LOCKED), Provider()
    with pytest.raises(PinError, match="locked") as err:
        login(token, provider)
    assert token.opened_with == [] and provider.asked == []
    assert "ปลดล็อก" in err.value.thai


def test_pin_pad_reader_takes_the_pin_itself() -> None:
    token, provider = FakeToken(INIT | TokenFlag.PROTECTED_AUTHENTICATION_PATH), Provider()
    _session, pin = login(token, provider)
    assert token.opened_with == [PROTECTED_AUTH] and pin is None and provider.asked == []


def test_wrong_pin_reports_tries_left_and_never_the_pin() -> None:
    token, provider = FakeToken(INIT, wrong=True), Provider(answer="98765")
    with pytest.raises(PinError) as err:
        login(token, provider)
    assert str(err.value).startswith("wrong PIN: one try is left, and one more wrong PIN locks the token")
    assert "98765" not in str(err.value) + err.value.thai + repr(err.value.__cause__) + repr(
        err.value.__context__
    )


def test_cancelled_pin_entry() -> None:
    with pytest.raises(PinError, match="cancelled"):
        login(FakeToken(INIT), Provider(answer=None))


def test_status_from_flags() -> None:
    assert PinStatus.from_flags(int(INIT)) is PinStatus.OK
    assert (
        PinStatus.from_flags(int(TokenFlag.USER_PIN_LOCKED | TokenFlag.USER_PIN_FINAL_TRY))
        is PinStatus.LOCKED
    )
