"""Which faces letters are set in: a family with many weights under one name gives its regular and bold, and
two font preferences in one process that come to the same faces both render text that reads back."""

from pathlib import Path

import fontpkg_sarabun
import pymupdf

from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.drafting import validate_letter
from eoffice_desktop.render import RenderOptions, render_letter
from eoffice_desktop.render.fonts import find_faces
from eoffice_desktop.templates import default_registry
from tests.helpers import example

SARABUN = Path(fontpkg_sarabun.__file__).parent / "files"  # Thin … ExtraBold, all of family "Sarabun"


def test_a_family_of_many_weights_gives_its_regular_and_bold() -> None:
    regular, bold = find_faces(("Sarabun",), (SARABUN,))
    assert (regular.path.name, bold.path.name) == ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")


def test_two_preferences_with_the_same_faces_in_one_process_both_read_back() -> None:
    registry = default_registry()
    template = registry.get("memo")
    data = example("memo") | {"subject": "ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณ"}
    values = validate_letter(template, data, registry)
    texts = []
    for options in (
        RenderOptions(font_families=("No Such Family",)),  # falls back to the bundled Sarabun
        RenderOptions(font_families=("Sarabun",), font_dirs=(SARABUN,)),  # finds the same files by name
    ):
        with pymupdf.open(stream=render_letter(template, values, options).pdf) as doc:
            texts.append(canonical_thai("".join(page.get_text() for page in doc)))
    assert "บันทึกข้อความ" in texts[0] and canonical_thai(data["subject"]) in texts[0]
    assert texts[1] == texts[0]


LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


def test_the_default_prefers_the_official_families_then_laksaman_then_the_bundled_sarabun(
    tmp_path: Path,
) -> None:
    from eoffice_desktop.config import Config
    from eoffice_desktop.domain.official_fonts import DEFAULT_FAMILIES, OFFICIAL_FAMILIES

    assert Config().font_families == DEFAULT_FAMILIES == (*OFFICIAL_FAMILIES, "Laksaman")
    assert RenderOptions().font_families == DEFAULT_FAMILIES
    regular, bold = find_faces(DEFAULT_FAMILIES)
    official = {f.casefold() for f in OFFICIAL_FAMILIES}
    if regular.family.casefold() not in official:  # no official font on this machine
        expected = "Laksaman" if LAKSAMAN.exists() else "Sarabun"
        assert (regular.family, bold.family) == (expected, expected)
    # a family earlier in the preference wins over Laksaman when it is installed
    (tmp_path / "Sarabun-Regular.ttf").write_bytes((SARABUN / "Sarabun-Regular.ttf").read_bytes())
    (tmp_path / "Sarabun-Bold.ttf").write_bytes((SARABUN / "Sarabun-Bold.ttf").read_bytes())
    regular, _ = find_faces(("Sarabun", "Laksaman"), (tmp_path,))
    assert regular.path.parent == tmp_path
