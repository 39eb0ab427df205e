"""The HTTP side of sync (our open protocol, see the reference server's /openapi.json): requests with
explicit timeouts, answers classified for the engine. Implements `backend.Backend`."""

import base64
import dataclasses
import datetime as dt
import email.utils
import json
import logging
import ssl
from collections.abc import Mapping
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter

from eoffice_desktop.sync.backend import Answer, Outcome, ServerError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0


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

    def _call(
        self, method: str, path: str, headers: Mapping[str, str] | None = None, **kwargs: Any
    ) -> requests.Response:
        """One authenticated request; network trouble becomes a ServerError (the engine knows no HTTP)."""
        try:
            return self.session.request(
                method,
                f"{self.base_url}{path}",
                headers=self._headers(headers),
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                **kwargs,
            )
        except requests.RequestException as exc:
            raise ServerError(f"network: {type(exc).__name__}: {exc}") from exc

    def changes(self, cursor: int, limit: int = 100) -> dict[str, Any]:
        feed: dict[str, Any] = _json_or_raise(
            self._call("GET", "/v1/changes", params={"cursor": cursor, "limit": limit})
        )
        return feed

    def letter_pdf(self, server_id: str) -> bytes:
        response = self._call("GET", f"/v1/letters/{server_id}/pdf")
        if response.status_code != 200:
            raise ServerError(f"cannot download letter {server_id}: {response.status_code}")
        return response.content

    def lease_numbers(self, series: str, count: int) -> dict[str, Any]:
        lease: dict[str, Any] = _json_or_raise(
            self._call("POST", "/v1/number-blocks", json={"series": series, "count": count})
        )
        return lease

    def report_issued(self, series: str, year: int, numbers: list[int]) -> None:
        _json_or_raise(
            self._call(
                "POST", "/v1/issued-numbers", json={"series": series, "year": year, "numbers": numbers}
            )
        )

    def directory(self, etag: str | None) -> dict[str, Any] | None:
        response = self._call("GET", "/v1/directory", headers={"If-None-Match": etag} if etag else None)
        if response.status_code == 304:
            return None
        if response.status_code == 404:  # a server older than the directory
            log.info("the server has no agency directory")
            return None
        directory: dict[str, Any] = _json_or_raise(response)
        if not isinstance(directory, dict):
            raise ServerError("the server's directory is not an object")
        return {**directory, "etag": response.headers.get("ETag") or str(directory.get("version", ""))}

    def me(self) -> dict[str, Any] | None:
        """Whom this token stands for: ``{"workstation", "agency", "person"}``; None from a server older than
        the people."""
        response = self._call("GET", "/v1/me")
        if response.status_code == 404:
            return None
        me: dict[str, Any] = _json_or_raise(response)
        if not isinstance(me, dict):
            raise ServerError("the server's answer to /v1/me is not an object")
        return me

    def people(self, etag: str | None) -> dict[str, Any] | None:
        """The people of this workstation's agency (``{"etag", "version", "people"}``), or None while they are
        unchanged since ``etag`` (or the server has none)."""
        response = self._call("GET", "/v1/people", headers={"If-None-Match": etag} if etag else None)
        if response.status_code in (304, 404):
            return None
        people: dict[str, Any] = _json_or_raise(response)
        if not isinstance(people, dict):
            raise ServerError("the server's people list is not an object")
        return {**people, "etag": response.headers.get("ETag") or str(people.get("version", ""))}

    def upload(
        self, key: str, letter_id: str, recipient: str | None, metadata: Mapping[str, Any], pdf: bytes
    ) -> Answer:
        body = upload_body(letter_id, recipient, metadata, pdf)
        try:
            response = self.session.post(
                f"{self.base_url}/v1/letters",
                data=body,
                headers=self._headers({"Idempotency-Key": key, "Content-Type": "application/json"}),
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
            )
        except requests.RequestException as exc:
            return Answer(Outcome.RETRY, f"network: {type(exc).__name__}")
        answer = classify(response)
        if answer.outcome is Outcome.RETRY:
            wait = retry_after(response.headers.get("Retry-After"))
            if wait is not None:
                answer = dataclasses.replace(answer, retry_after=wait)
        return answer

    def route_action(
        self, letter_id: str, action: Mapping[str, Any], letter: Mapping[str, Any] | None, pdf: bytes | None
    ) -> "RouteAnswer":
        """One action; network trouble raises ServerError (retried later), every HTTP answer is returned."""
        response = self._call(
            "POST", f"/v1/routes/{letter_id}/actions", json=route_action_body(action, letter, pdf)
        )
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        if "detail" not in body and response.status_code >= 400:
            body["detail"] = response.text[:200]
        return RouteAnswer(response.status_code, body)

    def route(self, letter_id: str) -> dict[str, Any]:
        """``{"route": ROUTE, "letter": {...}, "history": [ENTRY, …]}``."""
        found: dict[str, Any] = _json_or_raise(self._call("GET", f"/v1/routes/{letter_id}"))
        return found

    def route_pdf(self, letter_id: str, sha256: str) -> bytes:
        response = self._call("GET", f"/v1/routes/{letter_id}/pdf/{sha256}")
        if response.status_code != 200:
            raise ServerError(
                f"cannot download version {sha256[:12]} of letter {letter_id}: {response.status_code}"
            )
        return response.content

    def case_action(self, case_id: str, action: Mapping[str, Any], minute_pdf: bytes | None) -> "RouteAnswer":
        """One case action (docs/incoming.md); network trouble raises ServerError (retried later), every HTTP
        answer is returned."""
        body = {
            "action": dict(action),
            "minute_pdf": base64.b64encode(minute_pdf).decode("ascii") if minute_pdf is not None else None,
        }
        response = self._call("POST", f"/v1/cases/{case_id}/actions", json=body)
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        if not isinstance(answer, dict):
            answer = {}
        if "detail" not in answer and response.status_code >= 400:
            answer["detail"] = response.text[:200]
        return RouteAnswer(response.status_code, answer)

    def case(self, case_id: str) -> dict[str, Any]:
        """``{"case": CASE, "history": [ENTRY, …]}``."""
        found: dict[str, Any] = _json_or_raise(self._call("GET", f"/v1/cases/{case_id}"))
        return found

    def case_minute(self, case_id: str, sha256: str) -> bytes:
        response = self._call("GET", f"/v1/cases/{case_id}/minutes/{sha256}")
        if response.status_code != 200:
            raise ServerError(
                f"cannot download minute {sha256[:12]} of case {case_id}: {response.status_code}"
            )
        return response.content


def upload_body(letter_id: str, recipient: str | None, metadata: Mapping[str, Any], pdf: bytes) -> bytes:
    """The JSON body of a letter's upload: the same bytes for every attempt of its idempotency key."""
    return json.dumps(
        {
            "letter_id": letter_id,
            "recipient_agency": recipient,
            "metadata": dict(metadata),
            "pdf": base64.b64encode(pdf).decode("ascii"),
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")


def retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (RFC 9110: delay-seconds or an HTTP date); None when there
    is none or it cannot be read."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


def _json_or_raise(response: requests.Response) -> Any:
    if response.status_code == 403 and _error_of(response) == "series_not_yours":
        raise ServerError(str(response.json().get("detail") or "the series belongs to another agency"))
    if response.status_code in (401, 403):
        raise ServerError(f"the server refused the token ({response.status_code})")
    if response.status_code >= 400:
        raise ServerError(f"the server answered {response.status_code}: {response.text[:200]}")
    try:
        return response.json()
    except ValueError as exc:  # e.g. a captive portal's page
        raise ServerError(f"the server's answer is not JSON: {response.text[:200]!r}") from exc


def _error_of(response: requests.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return str(body.get("error")) if isinstance(body, dict) else None


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
        # a letter the server refuses (its signatures, say) comes with the reason in Thai too: both are kept
        reason_th = body.get("reason_th")
        return Answer(Outcome.REJECTED, f"{reason_th} ({detail})" if reason_th else detail)
    return Answer(Outcome.RETRY, f"server answered {response.status_code}: {detail}")


def route_action_body(
    action: Mapping[str, Any], letter: Mapping[str, Any] | None, pdf: bytes | None
) -> dict[str, Any]:
    """The body of ``POST /v1/routes/{letter_id}/actions`` (docs/routing.md)."""
    return {
        "action": dict(action),
        "letter": dict(letter) if letter is not None else None,
        "pdf": base64.b64encode(pdf).decode("ascii") if pdf is not None else None,
    }


class RouteAnswer:
    """The server's answer to a route action: its status and JSON body."""

    def __init__(self, status: int, body: Mapping[str, Any]) -> None:
        self.status = status
        self.body = dict(body)

    @property
    def error(self) -> str | None:
        value = self.body.get("error")
        return str(value) if value else None
