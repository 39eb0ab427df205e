"""Batch signing and validation speed on a SoftHSM2 token, against pyHanko's own paths in the same run.

    .venv/bin/python bench/sign.py [--letters N]

Signing: per-letter time of `BatchSigner` (one login, Thai appearance made once per batch) against pyHanko's
naive path: the same token session, a visible Thai text stamp set by pyHanko per letter (its font subset again
for every letter). Target ≤ 0.5. Validation: our `verify_file` per signature (pyHanko's validation plus the
stricter checks) against pyHanko's `validate_pdf_signature` alone. Target ≤ 2.
Needs softhsm2 (apt) and pyHanko's opentype extra (pip install 'pyhanko[opentype]').
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from asn1crypto import x509
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from tests.helpers import run_cli
from tests.pki import make_pki
from tests.softhsm import make_token

from eoffice_desktop.render.fonts import load_fontset
from eoffice_desktop.signing.batch import BatchSigner, LetterJob, SignOptions
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.signing.verify import verify_file


class Pin:
    def __init__(self, pin: str) -> None:
        self.value = pin

    def pin(self, request: object) -> str:
        return self.value

    def confirm_final_try(self, request: object) -> bool:
        return False

    def warn(self, request: object, message: str) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=100)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="eoffice-bench-"))
    pki = make_pki()
    hsm = make_token(work / "hsm", pki)
    letter = work / "letter.pdf"
    examples = Path(__file__).resolve().parent.parent / "examples"
    run_cli(
        "draft", "--template", "external-letter", "--data", examples / "external-letter.json", "--out", letter
    )
    sources = []
    for i in range(args.letters):
        path = work / f"in-{i:03d}.pdf"
        path.write_bytes(letter.read_bytes())
        sources.append(path)
    (work / "ours").mkdir()
    (work / "naive").mkdir()
    service = TokenService(hsm.module)

    # ours: one batch
    start = time.perf_counter()
    result = BatchSigner(service, TokenChoice(hsm.label), "signer", None).sign(
        [LetterJob(p, work / "ours" / p.name) for p in sources], Pin(hsm.pin), SignOptions()
    )
    ours = (time.perf_counter() - start) / args.letters
    assert result.all_signed

    # pyHanko's naive path: same session, a Thai text stamp laid out and subset per letter
    font = load_fontset().regular.path
    style = TextStampStyle(
        stamp_text="ลงนามโดย %(signer)s\n%(ts)s",
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(font)), font_size=11, leading=18),
    )

    def naive() -> None:
        token = service.find(TokenChoice(hsm.label))
        with token.open(user_pin=hsm.pin) as session:
            signer = PKCS11Signer(
                session, key_id=b"\x01", signing_cert=x509.Certificate.load(pki.signer.cert_der)
            )
            for path in sources:
                writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
                meta = signers.PdfSignatureMetadata(
                    field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES
                )
                out = io.BytesIO()
                signers.PdfSigner(meta, signer, stamp_style=style).sign_pdf(writer, output=out)
                (work / "naive" / path.name).write_bytes(out.getvalue())

    start = time.perf_counter()
    service.worker.call(naive)
    baseline = (time.perf_counter() - start) / args.letters

    print(f"pyHanko naive, visible Thai stamp : {baseline * 1000:7.1f} ms per letter")
    print(f"eoffice-desktop batch             : {ours * 1000:7.1f} ms per letter")
    print(f"signing ratio                     : {ours / baseline:7.2f}  (target ≤ 0.5)")

    # validation
    signed = sorted((work / "ours").glob("*.pdf"))[:30]
    root = x509.Certificate.load(pki.root.cert_der)
    start = time.perf_counter()
    for path in signed:
        with path.open("rb") as handle:
            sig = PdfFileReader(handle).embedded_signatures[0]
            validate_pdf_signature(sig, ValidationContext(trust_roots=[root], allow_fetching=False))
    theirs = (time.perf_counter() - start) / len(signed)
    start = time.perf_counter()
    for path in signed:
        assert verify_file(path, [root]).valid
    ours_v = (time.perf_counter() - start) / len(signed)
    print(f"pyHanko validate_pdf_signature    : {theirs * 1000:7.1f} ms per signature")
    print(f"eoffice-desktop verify            : {ours_v * 1000:7.1f} ms per signature")
    print(f"validation ratio                  : {ours_v / theirs:7.2f}  (target ≤ 2)")


if __name__ == "__main__":
    main()
