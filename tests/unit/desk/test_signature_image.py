"""The window's signing options carry the user's signature image, unless the machine forbids it."""

from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.config import load_config
from eoffice_desktop.desk.signature_image import keep_image
from eoffice_desktop.desk.signing import sign_options
from eoffice_desktop.errors import EOfficeError
from tests.helpers import handwriting


def test_the_window_signs_with_the_profiles_image_unless_forbidden(tmp_path: Path, qt_app: Any) -> None:
    kept = keep_image(handwriting(tmp_path / "mine.png", qt_app), tmp_path / "data")
    user = tmp_path / "config.toml"
    user.write_text(f'[profile]\nsignature_image = "{kept.as_posix()}"\n', encoding="utf-8")
    options = sign_options(load_config(user, tmp_path / "no-policy.toml"))
    assert options.signature_image is not None and options.signature_image.startswith(b"\x89PNG")

    policy = tmp_path / "policy.toml"
    policy.write_text('[policy]\nlocked = ["signing.signature_image"]\n[signing]\nsignature_image = false\n')
    assert sign_options(load_config(user, policy)).signature_image is None

    kept.unlink()  # gone from the data directory: said before any PIN is asked
    with pytest.raises(EOfficeError, match=r"signature image .* is missing"):
        sign_options(load_config(user, tmp_path / "no-policy.toml"))
