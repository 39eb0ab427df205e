"""The sync protocol's HTTP side (OpenAPI at /openapi.json).

Uploads are idempotent per the IETF Idempotency-Key draft: a replayed key returns the first answer, the same
key with another payload is refused (422), a key still being processed gets 409. Every input is bounded
(bounds.py), every refusal is JSON (errors.py), bodies are limited in size (limits.py). Every letter's
signatures are checked before it is stored (verification.py): a letter refused is answered 422 with the
reason, in English and Thai, and that answer is the key's answer too.
"""

import base64
import binascii
import hashlib
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eoffice_cloud.bounds import (
    IDEMPOTENCY_KEY_PATTERN,
    MAX_INT32,
    PUBLIC_ID_PATTERN,
    BeYear,
    RunningNumber,
    Series,
)
from eoffice_cloud.case_api import register_cases
from eoffice_cloud.cases import CaseService
from eoffice_cloud.directory import current_version, snapshot
from eoffice_cloud.errors import error_responses, install_error_handlers, invalid
from eoffice_cloud.letters import LetterService, LetterUpload
from eoffice_cloud.limits import BodyLimit
from eoffice_cloud.models import Workstation
from eoffice_cloud.numbers import MAX_BLOCK, NumberService
from eoffice_cloud.people import person as stored_person
from eoffice_cloud.people import snapshot as people_snapshot
from eoffice_cloud.people import to_domain
from eoffice_cloud.route_api import register_routes
from eoffice_cloud.routes import RouteService
from eoffice_cloud.series import SeriesNotYours
from eoffice_cloud.settings import ServerSettings
from eoffice_cloud.storage import CloudStore
from eoffice_cloud.tokens import KnownTokens
from eoffice_cloud.verification import verifier_for


class NumberLease(BaseModel):
    model_config = ConfigDict(strict=True)  # JSON as sent: true is not a count, "5" is not a number
    series: Series
    count: int = Field(ge=1, le=MAX_BLOCK)


class IssuedReport(BaseModel):
    model_config = ConfigDict(strict=True)
    series: Series
    year: BeYear
    numbers: list[RunningNumber] = Field(max_length=10_000)


class LeasedBlock(BaseModel):
    id: int
    series: str
    year: int
    first: int
    last: int


class Recorded(BaseModel):
    recorded: int = Field(description="how many of the numbers were new")


class LetterReceipt(BaseModel):
    id: str = Field(description="the server's id of the letter (for /v1/letters/{public_id}/pdf)")
    sha256: str
    received_at: str


class Changes(BaseModel):
    cursor: int = Field(description="send it back to get what came after")
    items: list[dict[str, Any]] = Field(
        description="each with its kind (letter, route, case, number-block, template) and its fields"
    )
    more: bool = Field(description="whether more items wait after this page")


class DirectoryAgency(BaseModel):
    code: str = Field(description="routing code: letters are sent to it")
    name_th: str = Field(description="the agency's Thai name")
    name_en: str | None = None
    parent: str | None = Field(None, description="code of the agency it belongs to")
    ministry: str | None = Field(None, description="its ministry (กระทรวง), in Thai")
    department: str | None = Field(None, description="its department (กรม), in Thai")


class DirectoryGroup(BaseModel):
    name: str = Field(description="the group's Thai name (กลุ่มส่ง)")
    members: list[str] = Field(description="agency codes, in the order they are added")


class Directory(BaseModel):
    version: int = Field(description="grows with every change; the ETag carries it too")
    agency: str = Field(description="the code of the calling workstation's own agency")
    agencies: list[DirectoryAgency]
    groups: list[DirectoryGroup] = Field(description="recipient groups IT publishes")


class PersonOnWire(BaseModel):
    person_id: str
    agency: str = Field(description="the code of the person's agency")
    name: str = Field(description="with the title of address, as printed")
    position: str
    unit: str
    roles: list[str] = Field(description="drafter, reviewer, signer, saraban")
    certificates: list[str] = Field(description="SHA-256 of the signing certificates known for them")


class Me(BaseModel):
    workstation: str = Field(description="the name the token was created for")
    agency: str = Field(description="the code of the calling workstation's agency")
    person: PersonOnWire | None = Field(description="whom the token stands for; null: a workstation token")


class PeopleList(BaseModel):
    version: int = Field(description="grows with every change; the ETag carries it too")
    people: list[PersonOnWire] = Field(description="the people of the caller's agency")


def _matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags


def _letter_body_schema() -> dict[str, Any]:
    """The JSON schema of POST /v1/letters' body (the route reads the body itself, to fingerprint it)."""
    schema = LetterUpload.model_json_schema()
    schema.pop("$defs", None)
    return schema


def _authenticator(store: CloudStore) -> Callable[..., Workstation]:
    """The dependency that finds the calling workstation by its bearer token (401 without a known one);
    found tokens are kept a few seconds (eoffice_cloud.tokens)."""
    known = KnownTokens(store)
    bearer = HTTPBearer(auto_error=False, description="a workstation's token (`eoffice-cloud token create`)")

    def workstation(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Workstation:
        if credentials is None:
            raise HTTPException(401, "a bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        found = known.find(credentials.credentials)
        if found is None:
            raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
        return found

    return workstation


def create_app(store: CloudStore, settings: ServerSettings | None = None) -> FastAPI:
    """The server's application. Raises NoTrustAnchors when ``settings`` give no trust anchor and do not
    accept letters unverified."""
    settings = settings or ServerSettings()
    verifier = verifier_for(settings)
    app = FastAPI(
        title="eoffice-cloud", version="1", description="Reference server of the eoffice sync protocol"
    )
    install_error_handlers(app)

    @app.exception_handler(SeriesNotYours)
    async def series_not_yours(_request: Request, exc: SeriesNotYours) -> JSONResponse:
        return JSONResponse({"error": "series_not_yours", "detail": str(exc)}, status_code=403)

    app.add_middleware(BodyLimit, max_body_bytes=settings.max_body_bytes)
    letters = LetterService(store, verifier)
    numbers = NumberService(store)
    workstation = _authenticator(store)

    @app.get("/v1/health")
    def health() -> dict[str, bool]:
        return {"ok": True}

    @app.post(
        "/v1/letters",
        status_code=201,
        response_model=LetterReceipt,
        responses=error_responses(400, 401, 409, 413, 422, 503),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _letter_body_schema()}},
            }
        },
    )
    async def upload_letter(
        request: Request,
        ws: Annotated[Workstation, Depends(workstation)],
        idempotency_key: Annotated[
            str,
            Header(
                alias="Idempotency-Key",
                pattern=IDEMPOTENCY_KEY_PATTERN,
                description="one per upload (a UUID); the same key with the same body replays the answer",
            ),
        ],
    ) -> Response:
        """Deliver a signed letter to the recipient agency's inbox (idempotent per Idempotency-Key)."""
        # read in the chunks as they come (BodyLimit bounds their sum); the rest in a worker thread, so
        # that parsing and checking a letter never holds up the event loop
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
        return await run_in_threadpool(_upload, ws, idempotency_key, raw)

    def _upload(ws: Workstation, idempotency_key: str, raw: bytearray) -> Response:
        fingerprint = hashlib.sha256(raw).hexdigest()
        try:
            upload = LetterUpload.model_validate_json(raw)
        except ValidationError as exc:
            return invalid([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()])
        del raw  # from here only the PDF is held: once as base64 until decoded, then as bytes
        try:
            pdf = base64.b64decode(upload.pdf, validate=True)
        except (binascii.Error, ValueError):
            return invalid([{"loc": ("body", "pdf"), "msg": "not base64", "type": "value_error"}])
        upload = upload.model_copy(update={"pdf": ""})
        status, body, replayed = letters.upload(ws, idempotency_key, fingerprint, upload, pdf)
        headers = {"Idempotent-Replayed": "true"} if replayed else None
        return JSONResponse(body, status_code=status, headers=headers)

    @app.get("/v1/changes", response_model=Changes, responses=error_responses(401, 422))
    def changes(
        ws: Annotated[Workstation, Depends(workstation)],
        cursor: Annotated[int, Query(ge=0, le=MAX_INT32)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """Letters routed to this workstation's agency after ``cursor``; resume with the returned cursor. A
        letter classed ลับ, ลับมาก or ลับที่สุด, and its way, only for the person tokens of the people on it
        (first its agency's saraban officers)."""
        return letters.changes(ws, cursor, limit)

    @app.post(
        "/v1/number-blocks",
        status_code=201,
        response_model=LeasedBlock,
        responses=error_responses(400, 401, 403, 413, 422, 503),
    )
    def lease_numbers(
        request_body: NumberLease, ws: Annotated[Workstation, Depends(workstation)]
    ) -> dict[str, Any]:
        """Lease the next free running numbers of a series (per Buddhist Era year) to this workstation."""
        return numbers.lease(ws, request_body.series, request_body.count)

    @app.post(
        "/v1/issued-numbers",
        response_model=Recorded,
        responses=error_responses(400, 401, 403, 413, 422, 503),
    )
    def issued_numbers(
        report: IssuedReport, ws: Annotated[Workstation, Depends(workstation)]
    ) -> dict[str, int]:
        """Numbers this workstation has used (for registers and audits); reporting again is harmless."""
        return {"recorded": numbers.report_issued(ws, report.series, report.year, report.numbers)}

    @app.get(
        "/v1/directory",
        response_model=Directory,
        responses={
            304: {"description": "unchanged since the ETag given in If-None-Match"},
            **error_responses(401, 422),
        },
    )
    def directory(
        ws: Annotated[Workstation, Depends(workstation)],
        if_none_match: Annotated[str | None, Header(alias="If-None-Match", max_length=1024)] = None,
    ) -> Any:
        """The agency directory and the published recipient groups, with the caller's own agency. Send the
        ETag back in If-None-Match: while nothing changed the answer is an empty 304."""
        etag = f'"{current_version(store)}-{ws.agency_code}"'
        if _matches(if_none_match, etag):
            return Response(status_code=304, headers={"ETag": etag})
        shown = snapshot(store)
        body = Directory(agency=ws.agency_code, **shown)
        # the ETag of what was read: a change between the two reads is fetched next time
        etag = f'"{shown["version"]}-{ws.agency_code}"'
        return JSONResponse(body.model_dump(mode="json"), headers={"ETag": etag})

    _people_routes(app, store, workstation)

    @app.get(
        "/v1/letters/{public_id}/pdf",
        response_class=Response,
        responses={
            200: {
                "description": "the letter's PDF, as it was uploaded",
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            },
            **error_responses(401, 404, 422),
        },
    )
    def letter_pdf(
        public_id: Annotated[str, Path(pattern=PUBLIC_ID_PATTERN, description="the id the upload answered")],
        ws: Annotated[Workstation, Depends(workstation)],
    ) -> Response:
        """A letter of the caller's agency (sent or received); a secret one only for the person tokens its
        letter items reached (404 otherwise, as for no such letter)."""
        data = letters.pdf(ws, public_id)
        if data is None:
            raise HTTPException(404, "no such letter")
        return Response(data, media_type="application/pdf")

    register_routes(app, RouteService(store, verifier), workstation)
    register_cases(app, CaseService(store, verifier), workstation)
    return app


def _people_routes(app: FastAPI, store: CloudStore, workstation: Callable[..., Workstation]) -> None:
    """GET /v1/me (whom the token stands for) and GET /v1/people (the people of the caller's agency)."""

    @app.get("/v1/me", response_model=Me, responses=error_responses(401))
    def me(ws: Annotated[Workstation, Depends(workstation)]) -> Any:
        """The workstation the token was created for, its agency, and the person it stands for (null for a
        workstation token): the person every action taken with this token is attributed to."""
        with store.sessions() as session:
            found = stored_person(session, ws.person_id) if ws.person_id else None
            person = to_domain(found).to_wire() if found is not None else None
        return {"workstation": ws.name, "agency": ws.agency_code, "person": person}

    @app.get(
        "/v1/people",
        response_model=PeopleList,
        responses={
            304: {"description": "unchanged since the ETag given in If-None-Match"},
            **error_responses(401, 422),
        },
    )
    def people(
        ws: Annotated[Workstation, Depends(workstation)],
        if_none_match: Annotated[str | None, Header(alias="If-None-Match", max_length=1024)] = None,
    ) -> Any:
        """The people of the caller's agency, to choose reviewers and signers offline. Send the ETag back in
        If-None-Match: while nothing changed the answer is an empty 304."""
        etag = f'"{current_version(store)}-{ws.agency_code}"'
        if _matches(if_none_match, etag):
            return Response(status_code=304, headers={"ETag": etag})
        shown = people_snapshot(store, ws.agency_code)
        body = PeopleList(**shown)
        etag = f'"{shown["version"]}-{ws.agency_code}"'
        return JSONResponse(body.model_dump(mode="json"), headers={"ETag": etag})


SETTINGS_ENV = "EOFFICE_CLOUD_SERVE"
"""Where `serve --workers N` leaves its settings for the worker processes (eoffice_cloud.settings.to_json)."""


def app_from_environment() -> FastAPI:
    """The app of one worker process of `serve --workers N` (uvicorn's factory: each worker calls it). The
    settings come from the environment the command set; each worker opens its own database connections and
    keeps nothing else, so any worker, on any host, can answer any request."""
    import os

    from eoffice_cloud.settings import from_json
    from eoffice_cloud.storage import open_cloud

    text = os.environ.get(SETTINGS_ENV)
    if not text:
        raise RuntimeError(f"{SETTINGS_ENV} is not set: start the server with `eoffice-cloud serve`")
    settings, data_dir = from_json(text)
    return create_app(open_cloud(data_dir, settings.database_url), settings)
