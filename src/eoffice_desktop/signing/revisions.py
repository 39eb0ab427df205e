"""What may follow a signature in a signed letter: one rule for `verify` and for what `sign` accepts.

After a signature a letter may only gain, in proper incremental updates: signatures (new or filled
signature fields, their widgets and appearances, /AcroForm /Fields and /SigFlags), document timestamps,
validation data (DSS/VRI), and the saraban desk's number and date filled into their empty fields
(signing/filled.py). Signing software also refreshes the modification date and producer in /Info and
XMP when it writes such an update; nothing else there may change, and an update that adds none of those
things (a metadata-only update, say) is a modification.

Structure is checked byte by byte: every revision after the first signed one must be a well-formed
incremental update (its objects where its own cross-reference section says, that section, a trailer,
``startxref`` pointing at it, ``%%EOF``), with nothing but whitespace between or after. Bytes that no
cross-reference section the reader parsed accounts for may be shown by one viewer and not another.
"""

import io
import logging
import re
from dataclasses import dataclass
from xml.etree import ElementTree

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.pdf_utils.xref import XRefSectionType
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    DiffResult,
    ModificationLevel,
    StandardDiffPolicy,
)
from pyhanko.sign.diff_analysis.form_rules_api import FormUpdatingRule
from pyhanko.sign.diff_analysis.rules.file_structure_rules import (
    CatalogModificationRule,
    ObjectStreamRule,
    XrefStreamRule,
)
from pyhanko.sign.diff_analysis.rules.form_field_rules import (
    DSSCompareRule,
    SigFieldCreationRule,
    SigFieldModificationRule,
)
from pyhanko.sign.diff_analysis.rules.metadata_rules import DocInfoRule, MetadataUpdateRule
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel

from eoffice_desktop.signing.filled import BlankFillRule, fills_in

log = logging.getLogger(__name__)

SIGNATURES_ONLY_POLICY = StandardDiffPolicy(
    global_rules=[
        CatalogModificationRule(),  # type: ignore[no-untyped-call]
        # /Info and XMP may be rewritten by the writer of an allowed update; what they may hold is checked
        # separately (only dates and the producer may change, and only alongside an allowed update)
        DocInfoRule().as_qualified(ModificationLevel.LTA_UPDATES),
        XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
        ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
        DSSCompareRule().as_qualified(ModificationLevel.LTA_UPDATES),
        MetadataUpdateRule().as_qualified(ModificationLevel.LTA_UPDATES),  # type: ignore[no-untyped-call]
    ],
    # pyHanko's default also has GenericFieldModificationRule (text fields filled in): left out, so
    # FORM_FILLING here can only mean signature fields, and the saraban desk's number and date blanks
    form_rule=FormUpdatingRule(
        field_rules=[
            SigFieldCreationRule(),  # type: ignore[no-untyped-call]
            SigFieldModificationRule(),
            BlankFillRule(),
        ]
    ),
)
"""pyHanko's standard difference analysis, allowing signature fields and the number and date blanks
(signing/filled.py) but no other form filling."""

ALLOWED_LEVEL = ModificationLevel.FORM_FILLING
"""Under :data:`SIGNATURES_ONLY_POLICY`: new or filled signature fields, DSS, document timestamps."""

_INFO_WRITER_KEYS = frozenset({"/ModDate", "/Producer"})
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XMP_WRITER_KEYS = frozenset(
    {
        f"{{{_RDF}}}about",
        "{http://ns.adobe.com/xap/1.0/}ModifyDate",
        "{http://ns.adobe.com/xap/1.0/}MetadataDate",
        "{http://ns.adobe.com/pdf/1.3/}Producer",
    }
)


@dataclass(frozen=True)
class Problem:
    english: str
    thai: str
    appended: bool = False  # bytes after the signed part that are not a proper update


ENCRYPTED = Problem("the file is encrypted (password protected)", "ไฟล์ถูกเข้ารหัส (มีรหัสผ่าน)")

APPENDED = Problem(
    "data was added after the signed part of the file: a viewer may show what was not signed",
    "มีข้อมูลถูกต่อท้ายไฟล์หลังส่วนที่ลงนาม สิ่งที่แสดงอาจไม่ใช่สิ่งที่ลงนาม",
    appended=True,
)


def _changed(english: str, thai: str) -> Problem:
    return Problem(f"the letter was changed after signing: {english}", f"หนังสือถูกแก้ไขหลังลงนาม: {thai}")


OTHER_PARTS = _changed(
    "the page content or other parts of the document were changed", "เนื้อหาหน้าเอกสารหรือส่วนอื่นถูกแก้ไข"
)
METADATA = _changed(
    "the document's metadata (document information or XMP) or other parts were changed",
    "ข้อมูลกำกับเอกสาร (metadata) หรือส่วนอื่นของเอกสารถูกแก้ไข",
)
_BY_DEFAULT_LEVEL = {
    ModificationLevel.FORM_FILLING: _changed("form fields were filled in", "มีการกรอกข้อมูลในช่องแบบฟอร์ม"),
    ModificationLevel.ANNOTATIONS: _changed("annotations were added over the page", "มีการเพิ่มหมายเหตุทับบนหน้า"),
}


# -- structure ---------------------------------------------------------------------------------------------

_WS = b" \t\r\n\x00\x0c"
_EOF = re.compile(rb"startxref[ \t\r\n]+(\d+)[ \t\r\n]*%%EOF[ \t]*(?:\r\n|\r|\n)?")
_HEADER = re.compile(rb"(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+obj")
_ENDOBJ = re.compile(rb"[ \t\r\n\x00\x0c]*endobj")


class _Malformed(Exception):
    pass


def _skip_ws(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos] in _WS:
        pos += 1
    return pos


def _revision_end(reader: PdfFileReader, data: bytes, revision: int) -> int:
    """Where ``revision`` ends: after the ``startxref``/``%%EOF`` that follows its cross-reference data."""
    info = reader.xrefs.get_xref_container_info(revision)
    found = _EOF.search(data, info.start_location)
    if found is None or int(found.group(1)) != info.declared_startxref:
        raise _Malformed(f"revision {revision} has no startxref/%%EOF pointing at its cross-reference data")
    return found.end()


def _object_at(reader: PdfFileReader, data: bytes, offset: int, ref: tuple[int, int]) -> int:
    """The object ``ref`` read at ``offset`` (header, body, ``endobj``); where it ends."""
    header = _HEADER.match(data, offset)
    if header is None or (int(header.group(1)), int(header.group(2))) != ref:
        raise _Malformed(f"object {ref[0]} {ref[1]} is not at the offset its cross-reference entry gives")
    stream = io.BytesIO(data)
    stream.seek(_skip_ws(data, header.end()))
    try:
        generic.read_object(stream, generic.Reference(ref[0], ref[1], pdf=reader))
    except (misc.PdfError, ValueError, KeyError) as exc:
        raise _Malformed(f"object {ref[0]} {ref[1]} cannot be read: {exc}") from exc
    end = _ENDOBJ.match(data, stream.tell())
    if end is None:
        raise _Malformed(f"object {ref[0]} {ref[1]} does not end with endobj")
    return end.end()


def _check_revision(reader: PdfFileReader, data: bytes, revision: int, start: int) -> int:
    """Check the bytes of incremental update ``revision`` from ``start``; return where it ends."""
    info = reader.xrefs.get_xref_container_info(revision)
    xref = reader.xrefs.get_xref_data(revision)
    end = _revision_end(reader, data, revision)
    at = info.declared_startxref  # where `startxref` (and the next revision's /Prev) point
    if not start <= at < end:
        raise _Malformed(f"the cross-reference data of revision {revision} is not inside it")
    if info.xref_section_type not in (XRefSectionType.STANDARD, XRefSectionType.STREAM):
        raise _Malformed(f"revision {revision} uses a hybrid cross-reference section")
    placed = sorted((offset, (idnum, gen)) for idnum, (gen, offset) in xref.standard_xrefs.items())
    if info.xref_section_type is XRefSectionType.STREAM and info.stream_ref is not None:
        placed.append((at, (info.stream_ref.idnum, info.stream_ref.generation)))
        placed.sort()
    pos = start
    for offset, ref in placed:
        if not start <= offset < end:
            raise _Malformed(f"object {ref[0]} {ref[1]} of revision {revision} lies outside that revision")
        if _skip_ws(data, pos) != offset:
            raise _Malformed(f"revision {revision} holds bytes that no cross-reference entry accounts for")
        pos = _object_at(reader, data, offset, ref)
    if info.xref_section_type is XRefSectionType.STANDARD:
        if _skip_ws(data, pos) != at or not data.startswith(b"xref", at):
            raise _Malformed(f"revision {revision} holds bytes that no cross-reference entry accounts for")
        stream = io.BytesIO(data)
        stream.seek(info.end_location)
        try:
            trailer = generic.DictionaryObject.read_from_stream(stream, generic.TrailerReference(reader))  # type: ignore[no-untyped-call]
        except (misc.PdfError, ValueError, KeyError) as exc:
            raise _Malformed(f"the trailer of revision {revision} cannot be read: {exc}") from exc
        if not isinstance(trailer, generic.DictionaryObject):
            raise _Malformed(f"revision {revision} has no trailer")
        pos = stream.tell()
    else:
        trailer = reader.get_object(info.stream_ref) if info.stream_ref else None  # type: ignore[no-untyped-call]
    if revision > 0:
        previous = reader.xrefs.get_xref_container_info(revision - 1).declared_startxref
        prev = trailer.get("/Prev") if isinstance(trailer, generic.DictionaryObject) else None
        if prev is None or int(prev) != previous:
            raise _Malformed(
                f"the trailer of revision {revision} does not chain back (/Prev) to the one before"
            )
    tail = _EOF.match(data, _skip_ws(data, pos))
    if tail is None or tail.end() != end:
        raise _Malformed(f"revision {revision} holds bytes after its trailer that nothing accounts for")
    return end


@dataclass(frozen=True)
class StructureFault:
    revision: int  # the first revision that is not a proper update (the number of revisions: after the last)
    detail: str

    @property
    def problem(self) -> Problem:
        return Problem(
            "data was added after the signed part of the file that is not a proper incremental update "
            f"({self.detail}): a viewer may show what was not signed",
            "มีข้อมูลถูกต่อท้ายไฟล์หลังส่วนที่ลงนามซึ่งไม่ใช่การปรับปรุงเอกสารที่ถูกต้อง สิ่งที่แสดงอาจไม่ใช่สิ่งที่ลงนาม",
            appended=True,
        )


def structure_fault(reader: PdfFileReader, data: bytes, after: int) -> StructureFault | None:
    """The first fault in the file's structure after revision ``after`` (a signed one), if any."""
    total = reader.xrefs.total_revisions
    revision = after
    try:
        pos = _revision_end(reader, data, after)
        for revision in range(after + 1, total):
            pos = _check_revision(reader, data, revision, pos)
    except _Malformed as exc:
        return StructureFault(revision, str(exc))
    if data[pos:].strip(_WS):
        return StructureFault(
            total, "bytes after the last %%EOF that no cross-reference section accounts for"
        )
    return None


def signed_before_damage(data: bytes) -> bool:
    """Whether ``data``, unreadable as a whole, was a signed PDF up to one of its earlier ``%%EOF``
    markers: something was appended after signing that breaks the file (poppler then rebuilds the
    cross-reference data and may show what was appended)."""
    for end in reversed([m.end() for m in _EOF.finditer(data)][:-1]):
        try:
            if PdfFileReader(io.BytesIO(data[:end]), strict=False).embedded_signatures:
                return True
        except (misc.PdfError, ValueError, KeyError):
            continue
    return False


BROKEN_UPDATE = Problem(
    "data was added after the signed part of the file that is not a proper incremental update (the file "
    "cannot be read with it): a viewer may show what was not signed",
    "มีข้อมูลถูกต่อท้ายไฟล์หลังส่วนที่ลงนามซึ่งไม่ใช่การปรับปรุงเอกสารที่ถูกต้อง (อ่านไฟล์ทั้งไฟล์ไม่ได้) สิ่งที่แสดงอาจไม่ใช่สิ่งที่ลงนาม",
    appended=True,
)


# -- what the later revisions change -----------------------------------------------------------------------


def _get(container: generic.DictionaryObject, key: str) -> generic.PdfObject | None:
    value = container.get(key)
    return value.get_object() if isinstance(value, generic.IndirectObject) else value  # type: ignore[no-untyped-call]


def _info(resolver: HistoricalResolver) -> dict[str, object]:
    info = _get(resolver.trailer_view, "/Info")
    if not isinstance(info, generic.DictionaryObject):
        return {}
    return {str(k): v for k, v in info.items() if k not in _INFO_WRITER_KEYS}


def _xmp(resolver: HistoricalResolver) -> frozenset[tuple[str, str]] | None:
    """The XMP properties (writer dates and producer left out), whatever the serialisation."""
    metadata = _get(resolver.root, "/Metadata")
    if not isinstance(metadata, generic.StreamObject):
        return None
    try:
        root = ElementTree.fromstring(metadata.data)
    except ElementTree.ParseError:
        return frozenset({("unreadable", metadata.data.hex())})
    found = set()
    for description in root.iter(f"{{{_RDF}}}Description"):
        for key, value in description.attrib.items():
            if key not in _XMP_WRITER_KEYS:
                found.add((key, value))
        for child in description:
            if child.tag not in _XMP_WRITER_KEYS:
                langs = ",".join(e.get(_XML_LANG, "") for e in child.iter())
                found.add((child.tag, "|".join(t.strip() for t in child.itertext() if t.strip()) + langs))
    return frozenset(found)


def _dss(resolver: HistoricalResolver) -> object:
    dss = _get(resolver.root, "/DSS")
    if not isinstance(dss, generic.DictionaryObject):
        return None
    listed = {}
    for key in ("/Certs", "/OCSPs", "/CRLs"):
        entries = _get(dss, key)
        listed[key] = len(entries) if isinstance(entries, generic.ArrayObject) else 0
    vri = _get(dss, "/VRI")
    listed["/VRI"] = len(vri) if isinstance(vri, generic.DictionaryObject) else 0
    return listed


def _revision_problem(reader: PdfFileReader, revision: int, signed_in: set[int]) -> Problem | None:
    """Metadata in ``revision`` (after a signature): only writer dates and producer may change, and only in
    an update that adds a signature, a timestamp or validation data, or fills the number and date."""
    old, new = reader.get_historical_resolver(revision - 1), reader.get_historical_resolver(revision)
    if _info(old) != _info(new) or _xmp(old) != _xmp(new):
        return METADATA
    if revision not in signed_in and _dss(old) == _dss(new) and not fills_in(reader, revision):
        return METADATA
    return None


def _diff_problem(embedded: EmbeddedPdfSignature) -> Problem | None:
    result = embedded.diff_result
    if isinstance(result, DiffResult) and result.modification_level <= ALLOWED_LEVEL:
        return None
    # say what changed in pyHanko's own words: form filling, annotations, or anything else
    default = embedded.evaluate_modifications(DEFAULT_DIFF_POLICY)
    if isinstance(default, DiffResult):
        return _BY_DEFAULT_LEVEL.get(default.modification_level, OTHER_PARTS)
    return OTHER_PARTS


def after_signing(embedded: EmbeddedPdfSignature, data: bytes) -> Problem | None:
    """Why what follows ``embedded``'s signed revision in ``data`` invalidates it; None when the signed
    revision is the whole file, or everything after it is allowed (see the module's description)."""
    reader = embedded.reader
    fault = structure_fault(reader, data, embedded.signed_revision)
    if fault is not None:
        return fault.problem
    embedded.compute_integrity_info(SIGNATURES_ONLY_POLICY)  # type: ignore[no-untyped-call]
    if embedded.coverage is SignatureCoverageLevel.ENTIRE_FILE:
        return None
    if embedded.coverage is not SignatureCoverageLevel.ENTIRE_REVISION:
        return APPENDED
    problem = _diff_problem(embedded)
    if problem is not None:
        return problem
    signed_in = {s.signed_revision for s in reader.embedded_signatures}
    for revision in range(embedded.signed_revision + 1, reader.xrefs.total_revisions):
        problem = _revision_problem(reader, revision, signed_in)
        if problem is not None:
            return problem
    return None
