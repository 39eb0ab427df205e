"""The archive form of a rendered PDF: PDF/A-3b (ISO 19005-3, conformance level B), as ETDA's ขมธอ. 11-2560
asks of electronic documents, kept by signing (pyHanko's incremental updates keep the identification).

Qt's PDF writer already embeds every font it draws with (TrueType subsets, CIDToGIDMap /Identity), writes no
encryption and no transparency group; what it lacks is added here, where a rendered PDF is finished:

- XMP metadata with the PDF/A identification (``pdfaid:part`` 3, ``pdfaid:conformance`` B), written afresh:
  Qt's packet declares a PDF/X namespace and ``pdf:Trapped``, which PDF/A-3 does not allow without an
  extension schema. The document information dictionary keeps only entries XMP mirrors, with equal values.
- An output intent (GTS_PDFA1) with an sRGB ICC profile (``resources/color/sRGB.icc``): Qt paints in
  DeviceRGB and DeviceGray.
- Embedded files as associated files: in the catalogue's /AF, with /AFRelationship, a MIME type and /ModDate.
- An (empty) appearance for each widget that has none: reserved signature fields and the blanks for the
  number and date get their real appearance when signed or filled.
- PDF 1.7 in the header, a file identifier (qpdf writes /ID).
"""

import io
import logging
import re
from datetime import UTC, datetime
from functools import cache
from xml.sax.saxutils import escape

import pikepdf

from eoffice_desktop.letterdata import ATTACHMENT
from eoffice_desktop.resources import resource_path

log = logging.getLogger(__name__)

PART = 3
CONFORMANCE = "B"
SRGB = "sRGB IEC61966-2.1"
PDF_VERSION = "1.7"
DATA_RELATIONSHIP = pikepdf.Name.Data
"""How the letter's data relates to the letter: the information its visual presentation is derived from."""

_MIRRORED = ("/Title", "/Creator", "/CreationDate", "/ModDate")
"""Document information entries written to XMP too; any other entry is dropped. Not /Producer: pyHanko, when
it signs, appends itself to the information dictionary's producer but writes only itself to the XMP's, which
would then disagree; without one it writes the same producer to both."""


@cache
def srgb_profile() -> bytes:
    return resource_path("color", "sRGB.icc").read_bytes()


def pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def xmp_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _created(info: pikepdf.Dictionary) -> datetime:
    """The creation time Qt wrote, or now."""
    try:
        return pikepdf.models.metadata.decode_pdf_date(str(info["/CreationDate"])).astimezone(UTC)
    except (KeyError, ValueError):
        return datetime.now(UTC).replace(microsecond=0)


def xmp_packet(title: str, creator: str, created: datetime, modified: datetime) -> bytes:
    """An XMP packet with the PDF/A-3b identification and the document information's equivalents."""
    title_xml = (
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>'
        if title
        else ""
    )
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>{PART}</pdfaid:part>
   <pdfaid:conformance>{CONFORMANCE}</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   {title_xml}
   <xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{xmp_date(created)}</xmp:CreateDate>
   <xmp:ModifyDate>{xmp_date(modified)}</xmp:ModifyDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
{" " * 99}
<?xpacket end="w"?>"""
    return body.encode("utf-8")


def _qt_title(pdf: pikepdf.Pdf) -> str | None:
    """The title in the XMP packet Qt wrote: Qt's document information /Title turns every byte 0x0D of its
    UTF-16 into 0x0A (ญ U+0E0D comes out as ช U+0E0A), its XMP keeps the text."""
    if "/Metadata" not in pdf.Root:
        return None
    try:
        title = pdf.open_metadata(set_pikepdf_as_editor=False).get("dc:title")
    except (ValueError, SyntaxError, pikepdf.PdfError):  # pragma: no cover - Qt's packet is well formed
        return None
    return str(title) if title else None


def _metadata(pdf: pikepdf.Pdf, title: str | None) -> datetime:
    info = pdf.docinfo
    created = _created(info)
    values = {key: str(info[key]) for key in _MIRRORED if key in info}
    title = title if title is not None else _qt_title(pdf)
    if title is not None:
        values["/Title"] = title
        info.Title = pikepdf.String(title)
    for key in list(info.keys()):
        if key not in _MIRRORED or not values.get(key):
            del info[key]
    info.CreationDate = info.ModDate = pikepdf.String(pdf_date(created))
    packet = xmp_packet(values.get("/Title", ""), values.get("/Creator", ""), created, created)
    pdf.Root.Metadata = pdf.make_stream(packet, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
    return created


def _output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pdf.make_stream(srgb_profile(), N=3)
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(SRGB),
        Info=pikepdf.String(SRGB),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def _associated_files(pdf: pikepdf.Pdf, modified: datetime) -> None:
    """Every embedded file of the document is associated with it (PDF/A-3 allows files of any type then)."""
    names = pdf.Root.get("/Names")
    carried = isinstance(names, pikepdf.Dictionary) and "/EmbeddedFiles" in names
    files = pdf.attachments.items() if carried else ()
    associated = pikepdf.Array()
    for name, spec in files:
        filespec = spec.obj
        if name == ATTACHMENT:
            filespec.AFRelationship = DATA_RELATIONSHIP
        elif "/AFRelationship" not in filespec:
            filespec.AFRelationship = pikepdf.Name.Unspecified
        for stream in filespec.EF.values():
            if "/Subtype" not in stream.stream_dict:
                stream.stream_dict.Subtype = pikepdf.Name("/application/octet-stream")
            if "/Params" not in stream.stream_dict:
                stream.stream_dict.Params = pikepdf.Dictionary()
            stream.stream_dict.Params.ModDate = pikepdf.String(pdf_date(modified))
        associated.append(filespec if filespec.is_indirect else pdf.make_indirect(filespec))
    if len(associated):
        pdf.Root.AF = associated
    elif "/AF" in pdf.Root:
        del pdf.Root.AF


def _appearances(pdf: pikepdf.Pdf) -> None:
    """An empty normal appearance for each widget without one (PDF/A: every visible annotation has one)."""
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", ()):
            if "/AP" in annot or annot.get("/Subtype") != pikepdf.Name.Widget:
                continue
            x0, y0, x1, y1 = (float(v) for v in annot.Rect)
            empty = pdf.make_stream(
                b"",
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Form,
                BBox=pikepdf.Array([0, 0, round(abs(x1 - x0), 2), round(abs(y1 - y0), 2)]),
                Resources=pikepdf.Dictionary(),
            )
            annot.AP = pikepdf.Dictionary(N=empty)


_NAME_END = rb"(?=[\s()<>\[\]{}/%]|$)"
"""Where a name ends in a content stream: white space, a delimiter or the end (so /CSp is not /CSpcmyk)."""


def drop_unused_colour_resources(pdf: pikepdf.Pdf) -> None:
    """Drop the colour spaces Qt declares on every page but this page does not use (DeviceCMYK among them,
    which an RGB output intent does not cover), and an empty pattern dictionary. Also for the one-page PDFs
    that become appearances inside a letter (signature stamps, the filled number and date)."""
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        if not isinstance(resources, pikepdf.Dictionary):
            continue
        content = b"\n".join(stream.read_bytes() for stream in _contents(page))
        spaces = resources.get("/ColorSpace")
        if isinstance(spaces, pikepdf.Dictionary):
            for name in list(spaces.keys()):
                if not re.search(re.escape(name.encode()) + _NAME_END, content):
                    del spaces[name]
        patterns = resources.get("/Pattern")
        if isinstance(patterns, pikepdf.Dictionary) and not len(patterns):
            del resources.Pattern


def _contents(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.get("/Contents")
    if isinstance(contents, pikepdf.Array):
        return [part for part in contents if isinstance(part, pikepdf.Stream)]
    return [contents] if isinstance(contents, pikepdf.Stream) else []


_FONT_PROGRAMS = ("/FontFile", "/FontFile2", "/FontFile3")


def unembedded_fonts(pdf: pikepdf.Pdf) -> list[str]:
    """The fonts the pages' content and appearances draw with that carry no font program."""
    missing: list[str] = []
    seen: set[tuple[int, int]] = set()

    def walk(resources: pikepdf.Object | None) -> None:
        if not isinstance(resources, pikepdf.Dictionary):
            return
        for font in resources.get("/Font", pikepdf.Dictionary()).values():
            if font.objgen in seen and font.objgen != (0, 0):
                continue
            seen.add(font.objgen)
            descriptor = (
                font.DescendantFonts[0].get("/FontDescriptor")
                if "/DescendantFonts" in font
                else font.get("/FontDescriptor")
            )
            if font.get("/Subtype") == pikepdf.Name.Type3:
                walk(font.get("/Resources"))
                continue
            if descriptor is None or not any(k in descriptor for k in _FONT_PROGRAMS):
                missing.append(str(font.get("/BaseFont", "?")))
        for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
            if xobject.get("/Subtype") == pikepdf.Name.Form and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                walk(xobject.get("/Resources"))

    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
        for annot in page.obj.get("/Annots", ()):
            for appearance in annot.get("/AP", pikepdf.Dictionary()).values():
                states = appearance.values() if isinstance(appearance, pikepdf.Dictionary) else [appearance]
                for form in states:
                    walk(form.get("/Resources"))
    return missing


def make_archival(pdf: pikepdf.Pdf, title: str | None = None) -> None:
    """Turn a PDF Qt wrote (and we repaired) into PDF/A-3b in place; save it with :func:`save_archival`.

    ``title``: the document's title (else the one Qt wrote in its XMP, else in the information dictionary)."""
    modified = _metadata(pdf, title)
    _output_intent(pdf)
    _associated_files(pdf, modified)
    _appearances(pdf)
    drop_unused_colour_resources(pdf)
    if "/Encrypt" in pdf.trailer:  # pragma: no cover - Qt writes none
        raise ValueError("an encrypted PDF cannot be PDF/A")
    missing = unembedded_fonts(pdf)
    if missing:
        log.warning("fonts drawn without their program embedded (not PDF/A): %s", ", ".join(missing))


def save_archival(pdf: pikepdf.Pdf, title: str | None = None) -> bytes:
    """The finished file: :func:`make_archival`, then saved as PDF 1.7 with a file identifier."""
    make_archival(pdf, title)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, min_version=PDF_VERSION)
    return out.getvalue()
