"""Rebuild the ToUnicode maps of a PDF written by Qt so that every glyph says which text it stands for.

Qt builds these maps by reverse cmap lookup, so glyphs that exist only after shaping (Thai tone marks moved
down or left, nikhahit + tone ligatures) get no text. The renderer knows which source-font glyphs it drew on
every line (Qt's glyph runs); zipping them with the codes Qt wrote for the same line gives each code its
source glyph exactly, and the source font says what text that glyph is (cmap, GSUB, glyph names). Codes that
cannot be placed that way (text Qt drew for itself) are matched by glyph shape instead.
"""

import io
import logging
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import pikepdf
from fontTools.ttLib import TTFont, TTLibError

from eoffice_desktop.render.contentscan import PageScan, page_fonts
from eoffice_desktop.render.glyphmap import glyph_index, glyph_texts, outline_key

log = logging.getLogger(__name__)

FontId = tuple[int, int]
GlyphTexts = dict[FontId, dict[int, str]]
"""Font object (objgen) → code → text."""


def base_name(font: pikepdf.Dictionary) -> str:
    """The PostScript name of a font without a subset tag (``ABCDEF+``)."""
    name = str(font.get("/BaseFont", ""))[1:]
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


@cache
def source_glyph_texts(path: Path) -> dict[int, str]:
    """Glyph id → text for every glyph of a font file whose text can be derived."""
    with TTFont(path, lazy=True) as font:
        texts = glyph_texts(font)
        return {gid: texts[name] for gid, name in enumerate(font.getGlyphOrder()) if name in texts}


def _exact_codes(pdf: pikepdf.Pdf, scans: Sequence[PageScan]) -> dict[FontId, dict[int, int]]:
    """Code → source glyph id per font, from each line's glyph runs and the codes drawn for that line.

    A font where one code would stand for two glyphs is left out entirely (its codes fall back to shapes).
    """
    codes: dict[FontId, dict[int, int]] = {}
    conflicts: set[FontId] = set()
    for page, scan in zip(pdf.pages, scans, strict=True):
        fonts = {res: (font.objgen, base_name(font)) for res, font in page_fonts(page).items()}
        for index, shown in scan.by_line().items():
            line = scan.lines[index]
            for face in {face for face, _ in line.runs}:
                gids = [g for f, run in line.runs if f == face for g in run]
                drawn = [
                    (fonts[s.font][0], c)
                    for s in shown
                    if s.font in fonts and fonts[s.font][1] == face
                    for c in s.cids
                ]
                if len(gids) != len(drawn):
                    log.debug("a line has %d glyphs drawn for %d in its runs", len(drawn), len(gids))
                    continue
                for (font_id, code), gid in zip(drawn, gids, strict=True):
                    if codes.setdefault(font_id, {}).setdefault(code, gid) != gid:
                        conflicts.add(font_id)
    for font_id in conflicts:
        log.warning("codes of font %s do not match the glyphs drawn; matching by shape", font_id)
        codes.pop(font_id, None)
    return codes


def _by_shape(font: pikepdf.Dictionary, codes: Sequence[int], source: Path) -> dict[int, str]:
    descendant = font.DescendantFonts[0]
    program = descendant.FontDescriptor.get("/FontFile2")
    cid_to_gid = descendant.get("/CIDToGIDMap")
    if program is None or (cid_to_gid is not None and cid_to_gid != pikepdf.Name.Identity):
        return {}
    try:
        with TTFont(io.BytesIO(program.read_bytes())) as subset:
            order = subset.getGlyphOrder()
            index = glyph_index(source)
            found = {}
            for code in codes:
                if 0 < code < len(order):
                    text = index.text_for(outline_key(subset, order[code]))
                    if text:
                        found[code] = text
            return found
    except (TTLibError, AssertionError, ValueError) as exc:
        log.warning("cannot read embedded font %s: %s", base_name(font), exc)
        return {}


def glyph_texts_of_pdf(
    pdf: pikepdf.Pdf, scans: Sequence[PageScan], sources: Mapping[str, Path]
) -> GlyphTexts:
    """The text of every code drawn with a font whose source file is known (PostScript name → file)."""
    used: dict[FontId, set[int]] = {}
    dictionaries: dict[FontId, pikepdf.Dictionary] = {}
    for page, scan in zip(pdf.pages, scans, strict=True):
        codes_by_resource: dict[str, set[int]] = {}
        for shown in scan.shown:
            codes_by_resource.setdefault(shown.font, set()).update(shown.cids)
        fonts = page_fonts(page)
        for resource, codes in codes_by_resource.items():
            font = fonts.get(resource)
            if font is not None and font.get("/Subtype") == pikepdf.Name.Type0:
                used.setdefault(font.objgen, set()).update(codes)
                dictionaries[font.objgen] = font
    exact = _exact_codes(pdf, scans)
    result: GlyphTexts = {}
    for font_id, codes in used.items():
        font = dictionaries[font_id]
        source = sources.get(base_name(font))
        if source is None:
            log.warning("no source file known for embedded font %s; its text map is Qt's", base_name(font))
            continue
        texts = source_glyph_texts(source)
        known = exact.get(font_id, {})
        mapped = {code: texts[known[code]] for code in codes if code in known and known[code] in texts}
        missing = sorted(codes - mapped.keys())
        if missing:
            mapped |= _by_shape(font, missing, source)
        result[font_id] = mapped
    return result


def _cmap_stream(code_text: Mapping[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(code_text.items())
    for start in range(0, len(items), 100):  # at most 100 entries per block (PDF 32000-1, 9.10.3)
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def write_tounicode(pdf: pikepdf.Pdf, texts: GlyphTexts) -> None:
    """Replace the ToUnicode map of each font in ``texts``."""
    for page in pdf.pages:
        for font in page_fonts(page).values():
            if font.objgen in texts:
                font.ToUnicode = pdf.make_stream(_cmap_stream(texts[font.objgen]))
