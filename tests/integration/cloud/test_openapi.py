"""The published OpenAPI schema says what the server does: schemathesis, as an outside client, sends
generated requests (valid and invalid) with a real bearer token to the real server on loopback, and every
answer must be one the schema declares, in the declared shape, and never a 5xx.

Bounded: a few examples per operation, so that the run stays well under a minute on two cores."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from tests.cloud import RunningCloud, running_cloud

EXAMPLES = 30
"""Examples per operation and mode (hypothesis): about 15 s for the whole API on each database."""


@pytest.fixture
def served(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        running.token("recipient-office", "CM")
        yield running


load_all_checks()
CONFORMANCE = CHECKS.get_by_names(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "ignored_auth",
    ]
)
OPERATIONS = [
    ("GET", "/v1/health"),
    ("POST", "/v1/letters"),
    ("GET", "/v1/changes"),
    ("POST", "/v1/number-blocks"),
    ("POST", "/v1/issued-numbers"),
    ("GET", "/v1/directory"),
    ("GET", "/v1/letters/{public_id}/pdf"),
    ("POST", "/v1/routes/{letter_id}/actions"),
    ("GET", "/v1/routes/{letter_id}"),
    ("GET", "/v1/routes/{letter_id}/pdf/{sha256}"),
    ("POST", "/v1/cases/{case_id}/actions"),
    ("GET", "/v1/cases/{case_id}"),
    ("GET", "/v1/cases/{case_id}/minutes/{sha256}"),
    ("GET", "/v1/me"),
    ("GET", "/v1/people"),
]


def test_every_operation_is_fuzzed(served: RunningCloud) -> None:
    loaded = schemathesis.openapi.from_url(f"{served.url}/openapi.json")
    found = {(op.ok().method.upper(), op.ok().path) for op in loaded.get_all_operations()}
    assert found == set(OPERATIONS), "add a new operation to OPERATIONS"


@pytest.mark.parametrize(
    ("method", "path", "mode"),
    [
        (method, path, mode)
        for method, path in OPERATIONS
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        if path not in ("/v1/health", "/v1/me") or mode is GenerationMode.POSITIVE  # no input to get wrong
    ],
    ids=lambda value: value.value if isinstance(value, GenerationMode) else value,
)
def test_the_server_answers_as_its_schema_says(
    cloud: RunningCloud, method: str, path: str, mode: GenerationMode
) -> None:
    """Schemathesis's Python API (a strategy per operation, under hypothesis) rather than its pytest
    plugin's lazy fixtures, which pytest 9.2 broke (they set a node's removed `_nodeid`)."""
    token = cloud.token("ws", "DS")
    config = SchemathesisConfig.from_dict({"auth": {"openapi": {"HTTPBearer": {"bearer": token}}}})
    loaded = schemathesis.openapi.from_url(f"{cloud.url}/openapi.json", config=config)
    operation = loaded[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        phases=[Phase.explicit, Phase.generate],
    )
    def exchange(case: Any) -> None:
        case.call_and_validate(base_url=cloud.url, checks=CONFORMANCE)

    exchange()


def test_the_schema_declares_the_contract(served: RunningCloud) -> None:
    """What a client developer reads first: the upload's body and its required key, the bearer scheme,
    the error answers."""
    spec = requests.get(f"{served.url}/openapi.json", timeout=10).json()
    assert spec["components"]["securitySchemes"]["HTTPBearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["HTTPBearer"]["description"],
    }
    upload = spec["paths"]["/v1/letters"]["post"]
    body = upload["requestBody"]
    assert body["required"] is True
    letter = body["content"]["application/json"]["schema"]
    assert set(letter["required"]) == {"letter_id", "pdf"}
    assert letter["properties"]["letter_id"]["pattern"].endswith("{0,63}$")
    key = next(p for p in upload["parameters"] if p["name"] == "Idempotency-Key")
    assert key["in"] == "header" and key["required"] is True
    assert upload["security"] == [{"HTTPBearer": []}]
    assert {"201", "400", "401", "409", "413", "422", "503"} <= set(upload["responses"])
    error = spec["components"]["schemas"]["ErrorBody"]
    assert set(error["required"]) == {"error", "detail"} and "reason_th" in error["properties"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if path != "/v1/health":
                assert operation["security"] == [{"HTTPBearer": []}], (method, path)
                assert "401" in operation["responses"], (method, path)
    changes = spec["paths"]["/v1/changes"]["get"]["parameters"]
    cursor = next(p for p in changes if p["name"] == "cursor")
    assert cursor["schema"]["maximum"] == 2**31 - 1
    pdf = spec["paths"]["/v1/letters/{public_id}/pdf"]["get"]
    assert "404" in pdf["responses"] and "application/pdf" in pdf["responses"]["200"]["content"]
