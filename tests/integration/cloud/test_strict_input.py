"""Every bad input gets a 4xx with a JSON reason, through real HTTP, on SQLite and on PostgreSQL: numbers
beyond the database's 32-bit ids, text longer than its columns or holding NUL, metadata that is not small
JSON. Before the bounds, each of these reached the database and came back as a 500 (and the sync client
retried a 500 forever)."""

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_cloud.storage import stats
from tests.cloud import RunningCloud, running_cloud
from tests.integration.sync.conftest import database_url

PDF = base64.b64encode(b"%PDF-1.7\n%%EOF\n").decode()


@pytest.fixture(params=["sqlite", "postgresql"])
def cloud(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningCloud]:
    """The server storing letters unchecked (development mode): the bounds are checked before any signature,
    and these tests show that a body within them goes through under the same key, with a stand-in PDF.
    The signatures' own refusals are test_letter_verification's."""
    with running_cloud(tmp_path / "cloud", database_url(request.param), accept_unverified=True) as running:
        running.token("recipient-office", "CM")
        yield running


def _auth(cloud: RunningCloud) -> dict[str, str]:
    return {"Authorization": f"Bearer {cloud.token('ws', 'DS')}"}


def _refused(response: requests.Response, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["detail"], str) and body["detail"]
    for word in words:
        assert word in body["detail"], body
    return body


def _healthy(cloud: RunningCloud) -> None:
    assert requests.get(f"{cloud.url}/v1/health", timeout=10).json() == {"ok": True}


def test_changes_cursor_beyond_the_id_type_is_refused(cloud: RunningCloud) -> None:
    headers = _auth(cloud)
    for cursor in ("2147483648", "9223372036854775808", "-1", "1e3", "x"):
        response = requests.get(f"{cloud.url}/v1/changes?cursor={cursor}", headers=headers, timeout=10)
        _refused(response, 422, "cursor")
    for limit in ("0", "501", "99999999999999999999"):
        response = requests.get(f"{cloud.url}/v1/changes?limit={limit}", headers=headers, timeout=10)
        _refused(response, 422, "limit")
    last = requests.get(f"{cloud.url}/v1/changes?cursor=2147483647", headers=headers, timeout=10)
    assert last.status_code == 200 and last.json() == {"cursor": 2147483647, "items": [], "more": False}


@pytest.mark.parametrize(
    ("report", "field"),
    [
        ({"series": "ดศ 0201", "year": 2569, "numbers": [99999999999]}, "numbers"),
        ({"series": "ดศ 0201", "year": 2569, "numbers": [2147483648]}, "numbers"),
        ({"series": "ดศ 0201", "year": 2569, "numbers": [0]}, "numbers"),
        ({"series": "ดศ 0201", "year": 2569, "numbers": [-5]}, "numbers"),
        ({"series": "ดศ 0201", "year": 99999999999, "numbers": [1]}, "year"),
        ({"series": "ดศ 0201", "year": 2025, "numbers": [1]}, "year"),  # a Christian Era year
        ({"series": "ดศ\x000201", "year": 2569, "numbers": [1]}, "series"),
        ({"series": "ด" * 65, "year": 2569, "numbers": [1]}, "series"),
        ({"series": "", "year": 2569, "numbers": [1]}, "series"),
        ({"series": "ดศ 0201", "year": 2569, "numbers": list(range(1, 10_002))}, "numbers"),
    ],
)
def test_issued_numbers_out_of_bounds_are_refused(
    cloud: RunningCloud, report: dict[str, Any], field: str
) -> None:
    response = requests.post(f"{cloud.url}/v1/issued-numbers", json=report, headers=_auth(cloud), timeout=30)
    body = _refused(response, 422, field)
    assert body["error"] == "invalid_request" and body["problems"][0]["where"].startswith(f"body.{field}")
    fine = {"series": "ดศ 0201", "year": 2569, "numbers": [1, 1, 2147483647]}
    assert requests.post(
        f"{cloud.url}/v1/issued-numbers", json=fine, headers=_auth(cloud), timeout=10
    ).json() == {"recorded": 2}


def test_number_block_series_is_bounded(cloud: RunningCloud) -> None:
    headers = _auth(cloud)
    for series in ("a\x00b", "x" * 65, "line\nbreak"):
        response = requests.post(
            f"{cloud.url}/v1/number-blocks", json={"series": series, "count": 5}, headers=headers, timeout=10
        )
        _refused(response, 422, "series")
    raw = b'{"series": "a\\ud800", "count": 5}'  # a lone surrogate: no UTF-8 for the database
    response = requests.post(
        f"{cloud.url}/v1/number-blocks",
        data=raw,
        headers=headers | {"Content-Type": "application/json"},
        timeout=10,
    )
    _refused(response, 422, "series")
    for count in (0, 1001, 2**40):
        response = requests.post(
            f"{cloud.url}/v1/number-blocks", json={"series": "ก", "count": count}, headers=headers, timeout=10
        )
        _refused(response, 422, "count")
    response = requests.post(
        f"{cloud.url}/v1/number-blocks",
        data=b"{not json",
        headers=headers | {"Content-Type": "application/json"},
        timeout=10,
    )
    assert _refused(response, 400)["error"] == "bad_request"


def _letter(**fields: Any) -> dict[str, Any]:
    return {"letter_id": "L-1", "recipient_agency": "CM", "metadata": {}, "pdf": PDF} | fields


DEEP: Any = "leaf"
for _ in range(20):
    DEEP = {"k": DEEP}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (_letter(letter_id="L" * 65), "letter_id"),
        (_letter(letter_id=""), "letter_id"),
        (_letter(letter_id="L\x001"), "letter_id"),
        (_letter(recipient_agency="C" * 33), "recipient_agency"),
        (_letter(recipient_agency="CM\x00"), "recipient_agency"),
        (_letter(metadata={"subject": "ก" * 30_000}), "metadata"),  # 90 kB of UTF-8
        (_letter(metadata={"deep": DEEP}), "metadata"),
        (_letter(metadata=[1, 2]), "metadata"),
        (_letter(pdf="not base64!"), "pdf"),
        (_letter(pdf=""), "pdf"),
        ({"letter_id": "L-1"}, "pdf"),
    ],
)
def test_letter_fields_out_of_bounds_are_refused(
    cloud: RunningCloud, body: dict[str, Any], field: str
) -> None:
    headers = _auth(cloud) | {"Idempotency-Key": "k-1"}
    response = requests.post(f"{cloud.url}/v1/letters", json=body, headers=headers, timeout=10)
    _refused(response, 422, field)
    assert stats(cloud.store)["documents"] == 0
    # the key was not spent on the refused body: the corrected letter goes through under it
    fixed = requests.post(f"{cloud.url}/v1/letters", json=_letter(), headers=headers, timeout=10)
    assert fixed.status_code == 201, fixed.text


@pytest.mark.parametrize(
    "metadata",
    [
        b'{"x": NaN}',
        b'{"x": Infinity}',
        b'{"x": 1e999}',
        b'{"x": 123456789012345678901234567890}',
        b'{"x": "\\ud800"}',
    ],
)
def test_letter_metadata_that_is_not_plain_json_is_refused(cloud: RunningCloud, metadata: bytes) -> None:
    """NaN and Infinity were stored and then broke the recipient's changes feed with a 500."""
    body = b'{"letter_id": "L-1", "recipient_agency": "CM", "pdf": "%s", "metadata": %s}' % (
        PDF.encode(),
        metadata,
    )
    headers = _auth(cloud) | {"Idempotency-Key": "k-1", "Content-Type": "application/json"}
    response = requests.post(f"{cloud.url}/v1/letters", data=body, headers=headers, timeout=10)
    assert response.status_code in (400, 422), response.text
    _refused(response, response.status_code)
    assert stats(cloud.store)["documents"] == 0
    recipient = {"Authorization": f"Bearer {cloud.token('recipient-office', 'CM')}"}
    assert requests.get(f"{cloud.url}/v1/changes", headers=recipient, timeout=10).status_code == 200


def test_idempotency_key_and_body_form(cloud: RunningCloud) -> None:
    headers = _auth(cloud)
    for key in ("k" * 256, "\x7fkey"):
        response = requests.post(
            f"{cloud.url}/v1/letters", json=_letter(), headers=headers | {"Idempotency-Key": key}, timeout=10
        )
        assert _refused(response, 400)["error"] == "idempotency_key_required"
    response = requests.post(f"{cloud.url}/v1/letters", json=_letter(), headers=headers, timeout=10)
    assert _refused(response, 400, "Idempotency-Key")["error"] == "idempotency_key_required"
    response = requests.post(
        f"{cloud.url}/v1/letters",
        data=b"\xff\xfe not json",
        headers=headers | {"Idempotency-Key": "k-2", "Content-Type": "application/json"},
        timeout=10,
    )
    assert _refused(response, 400)["error"] == "bad_request"
    assert stats(cloud.store)["documents"] == 0
    _healthy(cloud)


def test_letter_pdf_path_is_bounded(cloud: RunningCloud) -> None:
    headers = _auth(cloud)
    for public_id in ("%00", "a%00b", "x" * 300, "0" * 36, "not-a-uuid"):
        response = requests.get(f"{cloud.url}/v1/letters/{public_id}/pdf", headers=headers, timeout=10)
        _refused(response, 422, "public_id")
    unknown = "3f2b8e8e-1c1d-4b0e-9a57-1d2a3b4c5d6e"
    response = requests.get(f"{cloud.url}/v1/letters/{unknown}/pdf", headers=headers, timeout=10)
    assert _refused(response, 404)["error"] == "not_found"


def test_refusals_without_a_token_are_json(cloud: RunningCloud) -> None:
    for method, path in (("GET", "/v1/changes"), ("POST", "/v1/letters"), ("GET", "/v1/directory")):
        response = requests.request(method, f"{cloud.url}{path}", timeout=10)
        assert _refused(response, 401)["error"] == "unauthorized"
        assert response.headers["WWW-Authenticate"] == "Bearer"
    response = requests.get(f"{cloud.url}/v1/changes", headers={"Authorization": "Bearer nope"}, timeout=10)
    _refused(response, 401, "unknown token")
    response = requests.delete(f"{cloud.url}/v1/changes", timeout=10)
    assert _refused(response, 405)["error"] == "method_not_allowed"
    response = requests.get(f"{cloud.url}/v1/nothing-here", timeout=10)
    assert _refused(response, 404)["error"] == "not_found"
    json.dumps(response.json())  # plain JSON
