"""The signing backend on its own, on a real SoftHSM2 token: tokens, certificates, login, a raw signature,
logout; letters signed as bytes through it validate in our verify and in poppler's pdfsig."""

import datetime as dt
import io
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding
from pkcs11 import Attribute, ObjectClass
from pkcs11.util.ec import decode_ec_private_key
from pkcs11.util.x509 import decode_x509_certificate
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers

from eoffice_desktop.signing.backend import SigningBackend
from eoffice_desktop.signing.batch import BatchSigner, LetterJob, SignOptions
from eoffice_desktop.signing.errors import TokenError
from eoffice_desktop.signing.pin import PinRequest
from eoffice_desktop.signing.token_signer import TokenSigner
from eoffice_desktop.signing.tokens import TokenChoice, TokenService, choose_certificate
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_data
from tests.helpers import example, run_cli

EC_ID = b"\x0a"
EC_LABEL = "ec-signer"


class _Pin:
    """Gives the test token's PIN, as the window gives the one typed in its PIN field."""

    def __init__(self, value: str) -> None:
        self.value = value

    def pin(self, request: PinRequest) -> str | None:
        return self.value

    def confirm_final_try(self, request: PinRequest) -> bool:
        return False

    def warn(self, request: PinRequest, message: str) -> None:
        pass


@pytest.fixture
def letter_pdf(tmp_path: Path, write_json: Callable[..., Path]) -> bytes:
    out = tmp_path / "letter.pdf"
    code, _, err = run_cli("draft", "--template", "memo", "--data", write_json(example("memo")), "--out", out)
    assert code == 0, err
    return out.read_bytes()


def _pdfsig(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is required as the independent validator")
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def _valid(data: bytes, trust_root: Path, tmp_path: Path) -> None:
    report = verify_data(data, "signed.pdf", load_trust_anchors([trust_root]))
    assert report.valid, report.describe()
    assert all(s.valid and s.coverage == "entire-file" for s in report.signatures)
    pdfsig = _pdfsig(data, tmp_path)
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig, pdfsig


def test_the_backend_lists_logs_in_signs_raw_and_logs_out(hsm: Any, pki: Any) -> None:
    backend: SigningBackend = TokenService(hsm.module)
    choice = TokenChoice(hsm.label)
    assert hsm.label in [t.label for t in backend.tokens()]
    _info, certificates = backend.certificates(choice)
    cert = choose_certificate(certificates, "signer")
    with pytest.raises(TokenError, match="not logged in"):
        backend.sign_raw(choice, cert.id, b"data", "sha256", "rsassa_pkcs1v15")
    backend.login(choice, _Pin(hsm.pin))
    try:
        assert backend.logged_in(choice)
        signature = backend.sign_raw(choice, cert.id, b"data", "sha256", "rsassa_pkcs1v15")
    finally:
        backend.logout(choice)
    assert not backend.logged_in(choice)
    # RSA PKCS#1 v1.5 over SHA-256 by the signer's key (raises when it is not)
    pki.signer.key.public_key().verify(signature, b"data", padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(TokenError, match="not logged in"):
        backend.sign_raw(choice, cert.id, b"data", "sha256", "rsassa_pkcs1v15")


def test_letter_bytes_signed_through_the_backend_validate(
    hsm: Any, letter_pdf: bytes, trust_root: Path, tmp_path: Path
) -> None:
    backend = TokenService(hsm.module)
    signer = BatchSigner(backend, TokenChoice(hsm.label), "signer", None)
    job = LetterJob(letter_pdf, "letter.pdf")
    result = signer.sign([job], _Pin(hsm.pin), SignOptions())
    (letter,) = result.letters
    assert letter.signed and letter.job is job and letter.signed_pdf is not None, letter.problem
    assert letter.signed_pdf.startswith(letter_pdf), "an incremental update of the letter given"
    _valid(letter.signed_pdf, trust_root, tmp_path)
    assert not backend.logged_in(TokenChoice(hsm.label)), "the batch logs out"


def test_pyhanko_signs_through_the_public_signer_class(
    hsm: Any, letter_pdf: bytes, trust_root: Path, tmp_path: Path
) -> None:
    backend = TokenService(hsm.module)
    choice = TokenChoice(hsm.label)
    cert = choose_certificate(backend.certificates(choice)[1], "signer")
    backend.login(choice, _Pin(hsm.pin))
    try:
        out = io.BytesIO()
        signers.PdfSigner(
            signers.PdfSignatureMetadata(field_name="Signature1"), TokenSigner(backend, choice, cert)
        ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(letter_pdf), strict=False), output=out)
    finally:
        backend.logout(choice)
    _valid(out.getvalue(), trust_root, tmp_path)


@pytest.fixture
def ec_key(hsm: Any, pki: Any) -> Iterator[None]:
    """An EC P-256 key and its certificate (under the test root) on the token, for this test only."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(cx509.Name([cx509.NameAttribute(cx509.oid.NameOID.COMMON_NAME, "นางสาวทดสอบ อีซี")]))
        .issuer_name(pki.root.cert.subject)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            cx509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(pki.root.key, hashes.SHA256())
    )
    worker = TokenService(hsm.module).worker

    def objects(action: Callable[[Any], None]) -> None:
        token = worker.lib.get_token(token_label=hsm.label)
        with token.open(rw=True, user_pin=hsm.pin) as session:
            action(session)

    def load(session: Any) -> None:
        attributes = decode_ec_private_key(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
        common = {Attribute.TOKEN: True, Attribute.LABEL: EC_LABEL, Attribute.ID: EC_ID}
        session.create_object(
            {**attributes, **common, Attribute.PRIVATE: True, Attribute.SENSITIVE: True, Attribute.SIGN: True}
        )
        certificate = decode_x509_certificate(cert.public_bytes(serialization.Encoding.DER))
        session.create_object({**certificate, **common, Attribute.CLASS: ObjectClass.CERTIFICATE})

    def remove(session: Any) -> None:
        for found in list(session.get_objects({Attribute.ID: EC_ID})):
            found.destroy()

    worker.call(lambda: objects(load))
    yield
    worker.call(lambda: objects(remove))


def test_an_ec_key_signs_with_ecdsa(
    hsm: Any, ec_key: None, letter_pdf: bytes, trust_root: Path, tmp_path: Path
) -> None:
    signer = BatchSigner(TokenService(hsm.module), TokenChoice(hsm.label), EC_LABEL, None)
    (letter,) = signer.sign([LetterJob(letter_pdf)], _Pin(hsm.pin), SignOptions()).letters
    assert letter.signed and letter.signed_pdf is not None, letter.problem
    _valid(letter.signed_pdf, trust_root, tmp_path)
    (embedded,) = PdfFileReader(io.BytesIO(letter.signed_pdf), strict=False).embedded_signatures
    assert embedded.signer_info["signature_algorithm"].signature_algo == "ecdsa"
