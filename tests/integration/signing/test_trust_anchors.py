"""Trust anchors as IT deploys them: files, or a folder of certificate files (the MSI's TRUSTDIR)."""

import shutil
from pathlib import Path

import pytest

from eoffice_desktop.signing.errors import SigningError
from eoffice_desktop.signing.verify import load_trust_anchors


def test_a_folder_gives_every_certificate_file_in_it(trust_root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "trust"
    folder.mkdir()
    shutil.copy(trust_root, folder / "root.PEM")
    shutil.copy(trust_root, folder / "copy.crt")
    (folder / "readme.txt").write_text("not a certificate", encoding="utf-8")
    anchors = load_trust_anchors([folder])
    assert len(anchors) == 2 and anchors[0].subject == load_trust_anchors([trust_root])[0].subject


def test_a_folder_without_certificates_is_named(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match=f"trust anchor folder {tmp_path} holds no certificate files"):
        load_trust_anchors([tmp_path])
