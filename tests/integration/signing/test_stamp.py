"""The visible signature as a reader sees it: Thai time whatever the machine's time zone, and the signer's
handwritten-signature image above the name while the stamp's Thai text still extracts exactly."""

import datetime as dt
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_desktop.domain.thai import canonical_thai, thai_date_time
from tests.helpers import PIN_ENV, example, handwriting, program, run_cli, sign_cli


@pytest.fixture
def pin_env(hsm: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    return PIN_ENV


@pytest.fixture
def letter(tmp_path: Path, write_json: Callable[..., Path], emblem: Path) -> Path:
    out = tmp_path / "letter.pdf"
    data = write_json(example("external-letter"))
    code, _, err = run_cli(
        "draft", "--template", "external-letter", "--data", data, "--out", out, "--emblem", emblem
    )
    assert code == 0, err
    return out


@pytest.fixture
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's settings file the sign command reads (empty: no profile image)."""
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    monkeypatch.setenv("EOFFICE_CONFIG", str(path))
    return path


def stamp(signed: Path) -> tuple[str, int, int]:
    """The stamp's text (its appearance baked into the page to read it), and its dark (black ink) pixels in
    the upper and lower halves of the field at 200 dpi."""
    with pymupdf.open(signed) as doc:
        (page, widget), *_ = [(p, w) for p in doc for w in p.widgets()]
        rect = widget.rect
        doc.bake(annots=False, widgets=True)
        baked = doc[page.number]
        text = baked.get_text(clip=rect)
        pixmap = baked.get_pixmap(dpi=200, clip=rect)
    dark = [0, 0]
    samples, n = pixmap.samples, pixmap.n
    for y in range(pixmap.height):
        for x in range(pixmap.width):
            i = (y * pixmap.width + x) * n
            if max(samples[i], samples[i + 1], samples[i + 2]) < 90:
                dark[0 if y < pixmap.height / 2 else 1] += 1
    return text, dark[0], dark[1]


def signing_time(signed: Path) -> dt.datetime:
    with signed.open("rb") as handle:
        (signature,) = PdfFileReader(handle, strict=False).embedded_signatures
        moment = signature.self_reported_timestamp
    assert moment is not None
    return moment


def stamp_lines(text: str) -> list[str]:
    """The stamp's lines as extracted (MuPDF returns a baked appearance's text twice: the first copy)."""
    return [canonical_thai(line) for line in text.splitlines() if line.strip()][:3]


def expected_lines(signed: Path) -> list[list[str]]:
    """The source lines of the stamp (`sign` gives the certificate's title as the position), for each
    minute the stamp may have been made in before the signature's own time."""
    when = signing_time(signed)
    head = ["ลงนามโดย นายสมชาย ใจดี", "ปลัดกระทรวง"]
    return [
        [canonical_thai(line) for line in (*head, thai_date_time(when - dt.timedelta(minutes=m)))]
        for m in (0, 1)
    ]


def test_a_real_sign_run_writes_bangkok_time_whatever_the_machines_zone(
    hsm: Any, letter: Path, tmp_path: Path, user_config: Path
) -> None:
    for zone in ("America/New_York", "UTC"):
        out = tmp_path / f"signed-{zone.replace('/', '-')}.pdf"
        env = {**os.environ, "TZ": zone, PIN_ENV: hsm.pin}
        done = subprocess.run(
            [*program(), "sign", str(letter), "--out", str(out), "--pkcs11-module", str(hsm.module),
             "--token-label", hsm.label, "--cert-label", "signer", "--pin-env", PIN_ENV],
            env=env, capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        text, _, _ = stamp(out)
        assert stamp_lines(text) in expected_lines(out), text
        bangkok = signing_time(out).astimezone(dt.timezone(dt.timedelta(hours=7)))
        assert f"เวลา {bangkok:%H}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) in text
        assert text.rstrip().endswith("น.")


def test_the_signature_image_is_drawn_above_the_name_and_the_text_stays_exact(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, trust_root: Path, qt_app: Any, user_config: Path
) -> None:
    image = handwriting(tmp_path / "my-signature.jpg", qt_app, "JPEG")
    plain, drawn = tmp_path / "plain.pdf", tmp_path / "with-image.pdf"
    assert sign_cli(hsm, [letter], "--out", plain)[0] == 0
    code, _, err = sign_cli(hsm, [letter], "--out", drawn, "--signature-image", image)
    assert code == 0, err

    text, upper, lower = stamp(drawn)
    assert stamp_lines(text) in expected_lines(drawn), text
    assert upper > 300, "the handwriting is drawn in the upper part of the stamp"
    plain_text, plain_upper, _ = stamp(plain)
    assert stamp_lines(plain_text) in expected_lines(plain) and plain_upper < 20
    assert lower < upper  # the name and time lines are blue, not black: the image stays above them

    code, out, err = run_cli("verify", drawn, "--trust", trust_root)
    assert code == 0, out + err
    pdfsig = subprocess.run(["pdfsig", str(drawn)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig
    assert drawn.stat().st_size < plain.stat().st_size + 200_000  # the 1200 px image was made stamp-sized


def test_the_profiles_image_is_used_unless_refused_or_forbidden_by_the_machine(
    hsm: Any, pin_env: str, letter: Path, tmp_path: Path, qt_app: Any, user_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from eoffice_desktop.desk.signature_image import keep_image

    source = handwriting(tmp_path / "chosen.png", qt_app)
    kept = keep_image(source, tmp_path / "data")
    source.unlink()  # the user's copy stays usable when the chosen file goes
    user_config.write_text(f'[profile]\nsignature_image = "{kept.as_posix()}"\n', encoding="utf-8")

    assert sign_cli(hsm, [letter], "--out", tmp_path / "own.pdf")[0] == 0
    assert stamp(tmp_path / "own.pdf")[1] > 300
    assert sign_cli(hsm, [letter], "--out", tmp_path / "none.pdf", "--no-signature-image")[0] == 0
    assert stamp(tmp_path / "none.pdf")[1] < 20

    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[policy]\nlocked = ["signing.signature_image"]\nnote = "ห้ามใช้ภาพลายมือชื่อ (ระเบียบกรม)"\n'
        "[signing]\nsignature_image = false\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EOFFICE_POLICY", str(policy))
    assert sign_cli(hsm, [letter], "--out", tmp_path / "forbidden.pdf")[0] == 0
    assert stamp(tmp_path / "forbidden.pdf")[1] < 20, "the machine forbids it: never drawn"
    refused = tmp_path / "refused.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", refused, "--signature-image", kept)
    assert code == 1 and "not allowed on this machine: ห้ามใช้ภาพลายมือชื่อ (ระเบียบกรม)" in err
    assert not refused.exists()


def test_a_file_that_is_not_an_image_is_refused_before_the_pin(
    hsm: Any, letter: Path, tmp_path: Path, user_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PIN_ENV, raising=False)  # no PIN at hand: the image is checked first
    notes = tmp_path / "signature.png"
    notes.write_text("not an image", encoding="utf-8")
    out = tmp_path / "signed.pdf"
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--signature-image", notes)
    assert code == 1 and "signature.png is not a PNG or JPEG image" in err
    code, _, err = sign_cli(hsm, [letter], "--out", out, "--signature-image", tmp_path / "gone.png")
    assert code == 1 and "cannot read the signature image" in err
    assert not out.exists()
