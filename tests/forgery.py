"""Ways to change a signed letter after signing, as an attacker (or a careless tool) would."""

import io
import re
from collections.abc import Callable

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def incremental(data: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    """A proper incremental update (pyHanko's writer) carrying ``change``."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_page_content(writer: IncrementalPdfFileWriter) -> None:
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 400 Td (APPROVED) Tj ET")
    contents = page["/Contents"]
    existing = list(contents) if isinstance(contents, generic.ArrayObject) else [page.raw_get("/Contents")]
    page["/Contents"] = generic.ArrayObject([*existing, writer.add_object(forged)])
    writer.update_container(page)


def add_annotation(writer: IncrementalPdfFileWriter) -> None:
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (80, 300, 500, 360)]
            ),
            generic.NameObject("/Contents"): generic.TextStringObject("อนุมัติแล้ว"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 20 Tf 0 g"),
        }
    )
    existing = page.get("/Annots")
    annots = generic.ArrayObject(list(existing.get_object()) if existing is not None else [])
    annots.append(writer.add_object(annot))
    page["/Annots"] = annots
    writer.update_container(page)


def new_info(writer: IncrementalPdfFileWriter) -> None:
    """A new document information dictionary: another title and author."""
    info = generic.DictionaryObject(
        {
            generic.NameObject("/Title"): generic.TextStringObject("อนุมัติแล้ว (forged title)"),
            generic.NameObject("/Author"): generic.TextStringObject("someone else"),
        }
    )
    writer.set_info(writer.add_object(info))


XMP = b"""<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">forged title</rdf:li></rdf:Alt></dc:title>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def new_xmp(writer: IncrementalPdfFileWriter) -> None:
    """An XMP metadata stream put in the catalog."""
    stream = generic.StreamObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Metadata"),
            generic.NameObject("/Subtype"): generic.NameObject("/XML"),
        },
        stream_data=XMP,
    )
    writer.root["/Metadata"] = writer.add_object(stream)
    writer.update_root()


def _last_startxref(data: bytes) -> int:
    return int(re.findall(rb"startxref\s+(\d+)", data)[-1])


def _size(data: bytes) -> int:
    return max(int(n) for n in re.findall(rb"/Size\s+(\d+)", data))


def appended_object(data: bytes) -> bytes:
    """About 90 bytes: an object and a trailer, ``startxref`` still pointing at the signed revision's
    cross-reference data, then ``%%EOF``: no new cross-reference section."""
    n = _size(data)
    tail = (
        f"\n{n} 0 obj (forged text a viewer may show) endobj\n"
        f"trailer <</Size {n + 1}>>\nstartxref {_last_startxref(data)}\n%%EOF\n"
    )
    return data + tail.encode()


def appended_catalog(data: bytes, bogus_xref: bool) -> bytes:
    """A whole new catalog, page tree and page (saying APPROVED) and a trailer whose /Root points at it;
    ``startxref`` points at the signed revision's cross-reference data, or (``bogus_xref``) at a new
    cross-reference table whose offsets are wrong."""
    n = _size(data)
    content = b"BT /F1 24 Tf 100 400 Td (APPROVED) Tj ET"
    objects = [
        f"<</Type /Catalog /Pages {n + 1} 0 R>>".encode(),
        f"<</Type /Pages /Kids [{n + 2} 0 R] /Count 1>>".encode(),
        f"<</Type /Page /Parent {n + 1} 0 R /MediaBox [0 0 595 842] /Contents {n + 3} 0 R>>".encode(),
        b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(data + b"\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += f"{n + i} 0 obj\n".encode() + body + b"\nendobj\n"
    prev = _last_startxref(data)
    if bogus_xref:
        xref_at = len(out)
        out += f"xref\n{n} {len(objects)}\n".encode()
        for offset in offsets:
            out += b"%010d 00000 n \n" % (offset + 3)  # off by three: no object starts there
        startxref = xref_at
    else:
        startxref = prev
    out += f"trailer\n<</Size {n + len(objects)} /Root {n} 0 R /Prev {prev}>>\n".encode()
    out += f"startxref\n{startxref}\n%%EOF\n".encode()
    return bytes(out)
