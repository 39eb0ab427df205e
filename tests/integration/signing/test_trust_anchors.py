"""Trust anchors as IT deploys them: files, or a folder of certificate files (the MSI's TRUSTDIR)."""

import shutil
import subprocess
from pathlib import Path

import pytest

from eoffice_desktop.signing.errors import SigningError
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from tests.helpers import program, run_cli


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


def _not_certificates(folder: Path) -> dict[str, Path]:
    """Files people give as --trust by mistake: notes, a letter, an empty file, the CA's private key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    files = {
        "text": b"the CA certificate is on the shared drive\n",
        "pdf": b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "empty": b"",
        "key-pem": key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        "key-der": key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{name}.pem"
        path.write_bytes(data)
        paths[name] = path
    return paths


def test_a_file_that_is_not_a_certificate_is_named_in_plain_words(tmp_path: Path) -> None:
    for name, path in _not_certificates(tmp_path).items():
        with pytest.raises(SigningError) as raised:
            load_trust_anchors([path])
        expected = f"trust anchor {path}: not a certificate (PEM or DER X.509 expected)"
        assert str(raised.value).startswith(expected)
        assert ("private key" in str(raised.value)) == (name == "key-pem"), name
        assert "Insufficient data" not in str(raised.value) and "asn1crypto" not in str(raised.value)


def test_a_certificate_file_that_also_holds_its_key_gives_the_certificate(
    trust_root: Path, tmp_path: Path
) -> None:
    combined = tmp_path / "root-and-key.pem"
    combined.write_bytes(trust_root.read_bytes() + _not_certificates(tmp_path)["key-pem"].read_bytes())
    assert [a.subject for a in load_trust_anchors([combined])] == [
        a.subject for a in load_trust_anchors([trust_root])
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["sign", "LETTER", "--out", "OUT", "--pkcs11-module", "/no/such/module.so"],
        ["verify", "LETTER"],
        ["augment", "LETTER", "--out", "OUT", "--tsa", "http://127.0.0.1:9/tsa"],
        ["--data-dir", "DATA", "queue", "add", "LETTER", "--to", "DEMO-B"],
        ["--data-dir", "DATA", "sync", "--server", "http://127.0.0.1:9", "--token", "T", "--once"],
        ["--data-dir", "DATA", "sync", "--server", "http://127.0.0.1:9", "--token", "T", "--tsa", "http://x"],
    ],
    ids=["sign", "verify", "augment", "queue-add", "sync", "sync-tsa"],
)
def test_every_command_taking_trust_says_which_file_is_not_a_certificate(
    command: list[str], tmp_path: Path
) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.7\n%%EOF\n")
    names = {"LETTER": str(letter), "OUT": str(tmp_path / "out.pdf"), "DATA": str(tmp_path / "data")}
    args = [names.get(a, a) for a in command]
    for path in _not_certificates(tmp_path).values():
        code, out, err = run_cli(*args, "--trust", path)
        assert code == 1, (path, out, err)
        assert f"eoffice-desktop: error: trust anchor {path}: not a certificate" in err
        assert "Traceback" not in err and not out
    assert not (tmp_path / "out.pdf").exists()


def test_the_program_says_it_without_a_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "ca.txt"
    notes.write_text("the CA certificate is on the shared drive\n", encoding="utf-8")
    done = subprocess.run(
        [*program(), "verify", str(notes), "--trust", str(notes)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"eoffice-desktop: error: trust anchor {notes}: not a certificate (PEM or DER X.509 expected)"
    )
