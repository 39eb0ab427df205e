"""Repair the ToUnicode maps of a PDF written by Qt so that extracted Thai equals the source text."""

import io
import logging
from collections.abc import Mapping
from pathlib import Path

import pikepdf
from fontTools.ttLib import TTFont, TTLibError

from eoffice_desktop.render.glyphmap import glyph_index, outline_key

log = logging.getLogger(__name__)


def _cmap_stream(cid_text: Mapping[int, str]) -> bytes:
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
    items = sorted(cid_text.items())
    for start in range(0, len(items), 100):  # at most 100 entries per block (PDF 1.7, 9.10.3)
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>" for cid, text in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _base_name(font: pikepdf.Dictionary) -> str:
    name = str(font.get("/BaseFont", ""))[1:]
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


GlyphTexts = dict[tuple[int, int], dict[int, str]]
"""Font object (objgen) → CID → text, as written into the repaired ToUnicode maps."""


def _repair_font(pdf: pikepdf.Pdf, font: pikepdf.Dictionary, source: Path) -> dict[int, str]:
    descendant = font.DescendantFonts[0]
    program = descendant.FontDescriptor.get("/FontFile2")
    if program is None:
        return {}
    cid_to_gid = descendant.get("/CIDToGIDMap")
    if cid_to_gid is not None and cid_to_gid != pikepdf.Name.Identity:
        log.warning("font %s has a CIDToGIDMap stream; its text map is left as it is", _base_name(font))
        return {}
    try:
        subset = TTFont(io.BytesIO(program.read_bytes()))
    except (TTLibError, AssertionError, ValueError) as exc:
        log.warning("cannot read embedded font %s: %s", _base_name(font), exc)
        return {}
    index = glyph_index(source)
    mapping: dict[int, str] = {}
    for gid, name in enumerate(subset.getGlyphOrder()):
        if gid == 0:
            continue
        text = index.text_for(outline_key(subset, name))
        if text:
            mapping[gid] = text
        else:
            log.debug("glyph %d of %s has no known text", gid, _base_name(font))
    font.ToUnicode = pdf.make_stream(_cmap_stream(mapping))
    return mapping


def repair_tounicode(pdf: pikepdf.Pdf, sources: Mapping[str, Path]) -> GlyphTexts:
    """Rewrite the ToUnicode map of every embedded TrueType font whose source file is known.

    ``sources`` maps a font's PostScript name to the file it was embedded from. Returns the text of each
    glyph of each repaired font.
    """
    done: set[tuple[int, int]] = set()
    written: GlyphTexts = {}
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
        if not isinstance(fonts, pikepdf.Dictionary):
            continue
        for font in fonts.values():
            if not isinstance(font, pikepdf.Dictionary):
                continue
            if font.objgen in done or font.get("/Subtype") != pikepdf.Name.Type0:
                continue
            done.add(font.objgen)
            source = sources.get(_base_name(font))
            if source is None:
                log.warning("no source file known for embedded font %s", _base_name(font))
                continue
            written[font.objgen] = _repair_font(pdf, font, source)
    return written
