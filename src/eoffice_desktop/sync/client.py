"""The HTTP side of sync: requests with explicit timeouts, answers classified for the engine."""

import base64
import enum
import json
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0


class Outcome(enum.Enum):
    DELIVERED = "delivered"  # the server acknowledged (first answer or replay)
    REJECTED = "rejected"  # the server refuses this letter for good (e.g. unknown recipient)
    RETRY = "retry"  # try again later: network, 5xx, 409 in progress
    AUTH = "auth"  # the token is wrong: no point retrying


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    detail: str
    server_id: str | None = None


class TrustStoreAdapter(HTTPAdapter):
    """HTTPS verified against the operating system's trust store (truststore), as IT manages it."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)


def new_session(proxy: str | None = None) -> requests.Session:
    """A session with OS-trusted TLS; system proxies (HTTP(S)_PROXY, NO_PROXY) are honoured, ``proxy``
    (from configuration) overrides them."""
    session = requests.Session()
    session.mount("https://", TrustStoreAdapter())
    if proxy:
        session.proxies.update({"http": proxy, "https": proxy})
    return session


class CloudClient:
    def __init__(self, base_url: str, token: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.session = session or new_session()

    def _headers(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}", **(extra or {})}

    def reachable(self) -> bool:
        """A real request, not an OS hint."""
        try:
            response = self.session.get(f"{self.base_url}/v1/health", timeout=(CONNECT_TIMEOUT_S, 10.0))
            return response.status_code == 200
        except requests.RequestException:
            return False

    def changes(self, cursor: int, limit: int = 100) -> dict[str, Any]:
        response = self.session.get(
            f"{self.base_url}/v1/changes",
            params={"cursor": cursor, "limit": limit},
            headers=self._headers(),
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
        feed: dict[str, Any] = _json_or_raise(response)
        return feed

    def letter_pdf(self, server_id: str) -> bytes:
        response = self.session.get(
            f"{self.base_url}/v1/letters/{server_id}/pdf",
            headers=self._headers(),
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
        if response.status_code != 200:
            raise ServerError(f"cannot download letter {server_id}: {response.status_code}")
        return response.content

    def lease_numbers(self, series: str, count: int) -> dict[str, Any]:
        response = self.session.post(
            f"{self.base_url}/v1/number-blocks",
            json={"series": series, "count": count},
            headers=self._headers(),
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
        lease: dict[str, Any] = _json_or_raise(response)
        return lease

    def report_issued(self, series: str, year: int, numbers: list[int]) -> None:
        response = self.session.post(
            f"{self.base_url}/v1/issued-numbers",
            json={"series": series, "year": year, "numbers": numbers},
            headers=self._headers(),
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
        _json_or_raise(response)

    def upload(
        self, key: str, letter_id: str, recipient: str | None, metadata: Mapping[str, Any], pdf: bytes
    ) -> Answer:
        body = json.dumps(
            {
                "letter_id": letter_id,
                "recipient_agency": recipient,
                "metadata": dict(metadata),
                "pdf": base64.b64encode(pdf).decode("ascii"),
            },
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8")
        try:
            response = self.session.post(
                f"{self.base_url}/v1/letters",
                data=body,
                headers=self._headers({"Idempotency-Key": key, "Content-Type": "application/json"}),
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
            )
        except requests.RequestException as exc:
            return Answer(Outcome.RETRY, f"network: {type(exc).__name__}")
        return classify(response)


class ServerError(RuntimeError):
    """A request the engine cannot classify as a letter outcome failed (numbers, reports)."""


def _json_or_raise(response: requests.Response) -> Any:
    if response.status_code in (401, 403):
        raise ServerError(f"the server refused the token ({response.status_code})")
    if response.status_code >= 400:
        raise ServerError(f"the server answered {response.status_code}: {response.text[:200]}")
    return response.json()


def classify(response: requests.Response) -> Answer:
    try:
        body = response.json()
    except ValueError:
        body = {}
    detail = str(body.get("detail") or body.get("error") or response.reason)
    if response.status_code in (200, 201):
        return Answer(Outcome.DELIVERED, "delivered", str(body.get("id")))
    if response.status_code in (401, 403):
        return Answer(Outcome.AUTH, f"the server refused the token ({response.status_code})")
    if response.status_code == 422 and body.get("error") == "idempotency_key_reused":
        return Answer(Outcome.RETRY, "the server holds a different letter under this key: " + detail)
    if response.status_code in (400, 404, 413, 422):
        return Answer(Outcome.REJECTED, detail)
    return Answer(Outcome.RETRY, f"server answered {response.status_code}: {detail}")
