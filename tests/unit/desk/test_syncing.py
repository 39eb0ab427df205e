"""Where the sync's timestamping comes from: the settings, replaced by what the command line gives; a
broken configured anchor file does not stop delivery, a broken one given on the command line is said."""

import logging
from pathlib import Path

import pytest

from eoffice_desktop.config import Config
from eoffice_desktop.desk.syncing import augment_policy
from eoffice_desktop.errors import EOfficeError

TSA = "http://tsa.example.go.th/tsa"


def test_no_authority_anywhere_means_letters_go_as_signed() -> None:
    assert augment_policy(Config()) is None


def test_the_configured_authority_gives_b_t() -> None:
    policy = augment_policy(Config(tsa=(TSA,)))
    assert policy is not None and policy.tsa_urls == (TSA,) and policy.level == "B-T"


def test_the_command_line_replaces_the_settings(trust_root: Path) -> None:
    policy = augment_policy(Config(tsa=(TSA,)), ["http://other/tsa"], [trust_root])
    assert policy is not None and policy.tsa_urls == ("http://other/tsa",)
    assert policy.level == "B-LT" and len(policy.trust) == 1


def test_configured_anchors_give_b_lt(trust_root: Path) -> None:
    policy = augment_policy(Config(tsa=(TSA,), trust=(trust_root,)))
    assert policy is not None and policy.level == "B-LT"


def test_a_broken_configured_anchor_is_left_out_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "root.pem"
    broken.write_text("not a certificate")
    with caplog.at_level(logging.WARNING):
        policy = augment_policy(Config(tsa=(TSA,), trust=(broken,)))
    assert policy is not None and policy.level == "B-T" and policy.trust == ()
    assert "trust anchors left out" in caplog.text


def test_a_broken_anchor_given_on_the_command_line_is_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "root.pem"
    broken.write_text("not a certificate")
    with pytest.raises(EOfficeError):
        augment_policy(Config(), [], [broken])
