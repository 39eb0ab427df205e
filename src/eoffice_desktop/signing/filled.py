"""The one form filling allowed after a signature: the saraban desk's number and date.

When an office numbers letters after the signature (``[routing] numbering = "after"``), a letter is signed
with two empty text fields, ``eoffice.number`` and ``eoffice.date``, and the saraban desk fills them in a
later incremental update. Only those two, only from empty, only with a value and a new appearance: any other
field, a value changed once given, or anything on the page is still a change after signing.
"""

from collections.abc import Iterable

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.diff_analysis.form_rules_api import FieldComparisonContext, FieldComparisonSpec, FormUpdate
from pyhanko.sign.diff_analysis.rules.form_field_rules import GenericFieldModificationRule

BLANK_PARENT = "eoffice"
BLANK_NAMES = ("number", "date")
FILLABLE = frozenset(f"{BLANK_PARENT}.{name}" for name in BLANK_NAMES)
"""The full names of the fields the saraban desk may fill after the signature."""


class BlankFillRule(GenericFieldModificationRule):
    """pyHanko's rule for filled text fields, for :data:`FILLABLE` only and only when they were empty."""

    def check_form_field(
        self, fq_name: str, spec: FieldComparisonSpec, context: FieldComparisonContext
    ) -> Iterable[tuple[ModificationLevel, FormUpdate]]:
        if fq_name not in FILLABLE or spec.field_type != "/Tx":
            return
        old = spec.old_field
        if old is None or "/V" in old:
            return  # a field added after signing, or a value given before: not a filling
        yield from super().check_form_field(fq_name, spec, context)


def _blank_fields(root: generic.DictionaryObject) -> dict[str, generic.DictionaryObject]:
    """The blanks' field dictionaries (their widgets) in a document catalogue, by short name."""
    found: dict[str, generic.DictionaryObject] = {}
    try:
        fields = root["/AcroForm"]["/Fields"]
    except KeyError:
        return found
    for ref in fields:
        parent = ref.get_object()
        if not isinstance(parent, generic.DictionaryObject) or parent.get("/T") != BLANK_PARENT:
            continue
        for kid_ref in parent.get("/Kids", ()):
            kid = kid_ref.get_object()
            name = str(kid.get("/T", ""))
            if isinstance(kid, generic.DictionaryObject) and name in BLANK_NAMES:
                found[name] = kid
    return found


def blank_values(root: generic.DictionaryObject) -> dict[str, str | None]:
    """``{"number": value or None, "date": …}`` of the blanks a catalogue has (none: an empty dict)."""
    return {name: (str(kid["/V"]) if "/V" in kid else None) for name, kid in _blank_fields(root).items()}


def filled_after(reader: PdfFileReader, revision: int) -> dict[str, str]:
    """The blanks empty in ``revision`` (a signed one) and filled in the file as it stands."""
    then = blank_values(reader.get_historical_root(revision))
    now = blank_values(reader.root)
    return {name: value for name, value in now.items() if value is not None and then.get(name) is None}


def fills_in(reader: PdfFileReader, revision: int) -> bool:
    """Whether ``revision`` fills a blank that was empty in the one before."""
    before = blank_values(reader.get_historical_root(revision - 1))
    after = blank_values(reader.get_historical_root(revision))
    return any(value is not None and before.get(name) is None for name, value in after.items())


def after_last_signature(reader: PdfFileReader) -> dict[str, str]:
    """The blanks filled after the file's last signature (document timestamps aside)."""
    revisions = [s.signed_revision for s in reader.embedded_regular_signatures]
    return filled_after(reader, max(revisions)) if revisions else {}


def describe_filled(values: dict[str, str]) -> tuple[str, str]:
    """``filled in after signing: number …, date …`` in English and in Thai."""
    english = ", ".join(f"{name} {values[name]}" for name in BLANK_NAMES if name in values)
    thai_names = {"number": "เลขที่", "date": "วันที่"}
    thai = " ".join(f"{thai_names[name]} {values[name]}" for name in BLANK_NAMES if name in values)
    return f"filled in after signing: {english}", f"กรอกหลังลงนาม: {thai}"
