"""The signature fields a template reserves: the signer's and the reviewers' initials, named and checked."""

from typing import Any

import pytest

from eoffice_desktop.templates import TemplateError, default_registry
from eoffice_desktop.templates.loader import parse_template
from eoffice_desktop.templates.model import ElementType


def _template(*elements: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "t",
        "title": "ต",
        "kind": "internal",
        "fields": [
            {"name": "signer", "type": "object", "fields": [{"name": "name", "type": "text"}]},
            {"name": "reviewers", "type": "lines"},
        ],
        "elements": list(elements),
    }


SIGNATURE = {"type": "signature", "field": "signer", "text": "({name})"}


def test_the_signer_keeps_signature1_and_initials_are_numbered() -> None:
    template = parse_template(
        _template(SIGNATURE, {"type": "initials", "field": "reviewers", "count": 2}), "t"
    )
    signature, initials = template.elements
    assert signature.reserved_fields() == ["Signature1"]
    assert initials.reserved_fields() == ["Initials1", "Initials2"]
    assert initials.reserved_fields(3) == ["Initials1", "Initials2", "Initials3"]  # the letter's reviewers


def test_names_can_be_chosen() -> None:
    template = parse_template(
        _template(
            SIGNATURE | {"pdf_field": "Approver"}, {"type": "initials", "pdf_field": "Check", "count": 1}
        ),
        "t",
    )
    assert [e.reserved_fields() for e in template.elements] == [["Approver"], ["Check1"]]


@pytest.mark.parametrize(
    ("elements", "said"),
    [
        ((SIGNATURE, SIGNATURE), "same signature field"),
        ((SIGNATURE | {"pdf_field": "Initials2"}, {"type": "initials", "count": 1}), "clash"),
        (({"type": "initials", "count": -1},), "count"),
        (({"type": "initials", "count": 1.5},), "count"),
        (({"type": "initials", "pdf_field": "Sign.1"},), "pdf_field"),
        (({"type": "initials", "field": "revewers"},), "revewers"),
    ],
)
def test_bad_reservations_are_named(elements: tuple[dict[str, Any], ...], said: str) -> None:
    with pytest.raises(TemplateError, match=said):
        parse_template(_template(*elements), "t")


@pytest.mark.parametrize("template_id", ["external-letter", "memo"])
def test_bundled_letters_take_reviewers_for_initials(template_id: str) -> None:
    template = default_registry().get(template_id)
    assert "reviewers" in template.field_names()
    (initials,) = [e for e in template.elements if e.type is ElementType.INITIALS]
    assert (
        initials.field == "reviewers" and initials.reserved_fields() == []
    )  # none unless the letter names some
