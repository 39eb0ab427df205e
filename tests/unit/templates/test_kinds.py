"""The kinds of the regulation beyond the first five, as bundled templates; numbered paragraphs, checked."""

from typing import Any

import pytest

from eoffice_desktop.templates import TemplateError, default_registry
from eoffice_desktop.templates.loader import parse_template
from eoffice_desktop.templates.model import DEFAULT_RANK, ElementType

FIRST = ["external-letter", "memo", "stamped-letter", "order", "announcement"]
KINDS = {
    "regulation": "directive",
    "bylaw": "directive",
    "statement": "publicity",
    "news": "publicity",
    "certificate": "evidence",
    "minutes": "evidence",
    "record": "evidence",
    "circular-letter": "external",
}


@pytest.mark.parametrize(("template_id", "kind"), sorted(KINDS.items()))
def test_each_kind_loads_after_the_first_five(template_id: str, kind: str) -> None:
    registry = default_registry()
    template = registry.get(template_id)
    assert template.kind == kind
    assert template.title and template.title_en and template.description and template.description_en
    assert max(registry.get(t).rank for t in FIRST) < template.rank < DEFAULT_RANK
    signatures = [e for e in template.elements if e.type is ElementType.SIGNATURE]
    assert [e.reserved_fields() for e in signatures] in ([], [["Signature1"]])


@pytest.mark.parametrize("template_id", ["regulation", "bylaw"])
def test_directives_number_their_clauses(template_id: str) -> None:
    template = default_registry().get(template_id)
    (clauses,) = [e for e in template.elements if e.field == "clauses"]
    assert clauses.type is ElementType.PARAGRAPHS and clauses.numbered.format(n=1, item="x") == "ข้อ 1  x"
    assert [e.type for e in template.elements][-2:] == [ElementType.LINE, ElementType.SIGNATURE]


def _numbered(form: str) -> dict[str, Any]:
    return {
        "id": "t",
        "title": "ต",
        "kind": "directive",
        "fields": [{"name": "clauses", "type": "paragraphs"}],
        "elements": [{"type": "paragraphs", "field": "clauses", "numbered": form}],
    }


@pytest.mark.parametrize(
    ("form", "said"),
    [("ข้อ {n}", r"must show the \{item\}"), ("ข้อ {m} {item}", "only"), ("ข้อ {n {item}", "only")],
)
def test_a_bad_numbering_form_is_named(form: str, said: str) -> None:
    with pytest.raises(TemplateError, match=said):
        parse_template(_numbered(form), "t")
    assert parse_template(_numbered("({n}) {item}"), "t").elements[0].numbered == "({n}) {item}"


def test_every_bundled_template_has_an_example_that_validates() -> None:
    from eoffice_desktop.domain.fields import ValidationContext, validate
    from tests.helpers import EXAMPLES, example

    registry = default_registry()
    assert {p.stem for p in EXAMPLES.glob("*.json")} == set(FIRST) | set(KINDS) == {t.id for t in registry}
    for template_id in sorted(set(FIRST) | set(KINDS)):
        template = registry.get(template_id)
        validate(example(template_id), template.fields, ValidationContext(registry.salutations))
