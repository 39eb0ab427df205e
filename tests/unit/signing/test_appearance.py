"""The visible stamp's lines: the certificate's holder, the letter's own position, the time in Thai."""

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest

from eoffice_desktop.signing.batch import SignOptions, appearance_lines
from eoffice_desktop.signing.certs import CertificateInfo

WHEN = dt.datetime(2025, 11, 24, 3, 5, tzinfo=dt.UTC)


def _signer(pki: Any) -> CertificateInfo:
    return CertificateInfo.from_der(pki.signer.cert_der, "signer", b"\x01")  # นายสมชาย ใจดี, ปลัดกระทรวง


def test_the_stamp_takes_the_letters_position_lines(pki: Any) -> None:
    acting = ("รองปลัดกระทรวง ปฏิบัติราชการแทน", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    lines = appearance_lines(_signer(pki), SignOptions(), WHEN, acting)
    assert lines[:3] == ["ลงนามโดย นายสมชาย ใจดี", *acting]
    assert lines[3].startswith("๒๔ พฤศจิกายน ๒๕๖๘ เวลา")


def test_without_a_letter_position_the_certificates_title_and_a_given_position_wins(pki: Any) -> None:
    assert appearance_lines(_signer(pki), SignOptions(), WHEN)[1] == "ปลัดกระทรวง"
    given = SignOptions(signer_name="นายสมชาย ใจดี", signer_position="ผู้ตรวจราชการกระทรวง")
    assert appearance_lines(_signer(pki), given, WHEN, ("ปลัดกระทรวง",))[1] == "ผู้ตรวจราชการกระทรวง"


@pytest.fixture(params=["America/New_York", "UTC"])
def machine_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The machine's time zone (TZ) set to one far from Bangkok for the test."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_the_stamp_says_bangkok_time_whatever_the_machines_zone(pki: Any, machine_zone: str) -> None:
    # 03:05 UTC is 22:05 the evening before in New York, 10:05 in Bangkok
    assert dt.datetime.fromtimestamp(WHEN.timestamp()).hour != 10  # the machine's zone is not Bangkok's
    lines = appearance_lines(_signer(pki), SignOptions(), WHEN)
    assert lines[-1] == "๒๔ พฤศจิกายน ๒๕๖๘ เวลา ๑๐.๐๕ น."
