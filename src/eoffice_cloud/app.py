"""The sync protocol's HTTP side (OpenAPI at /openapi.json).

Uploads are idempotent per the IETF Idempotency-Key draft: a replayed key returns the first answer, the same
key with another payload is refused (422), a key still being processed gets 409.
"""

import base64
import binascii
import hashlib
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select

from eoffice_cloud.directory import current_version, snapshot
from eoffice_cloud.letters import LetterService, LetterUpload
from eoffice_cloud.models import Workstation
from eoffice_cloud.numbers import MAX_BLOCK, NumberService
from eoffice_cloud.series import SeriesNotYours
from eoffice_cloud.settings import ServerSettings
from eoffice_cloud.storage import CloudStore, token_digest


class NumberLease(BaseModel):
    series: str = Field(min_length=1, max_length=64)
    count: int = Field(ge=1, le=MAX_BLOCK)


class IssuedReport(BaseModel):
    series: str = Field(min_length=1, max_length=64)
    year: int
    numbers: list[int] = Field(max_length=10_000)


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


SERIES_NOT_YOURS = {
    "description": "the series belongs to another agency: "
    '{"error": "series_not_yours", "detail": "..."} (IT assigns series: eoffice-cloud series assign)'
}


def _matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags


def create_app(store: CloudStore, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    app = FastAPI(
        title="eoffice-cloud", version="1", description="Reference server of the eoffice sync protocol"
    )
    letters = LetterService(store)
    numbers = NumberService(store)

    @app.exception_handler(SeriesNotYours)
    async def series_not_yours(_request: Request, exc: SeriesNotYours) -> JSONResponse:
        return JSONResponse({"error": "series_not_yours", "detail": str(exc)}, status_code=403)

    def workstation(authorization: Annotated[str | None, Header()] = None) -> Workstation:
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "a bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        with store.sessions() as session:
            found = session.scalar(
                select(Workstation).where(Workstation.token_sha256 == token_digest(authorization[7:].strip()))
            )
        if found is None:
            raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
        return found

    @app.get("/v1/health")
    def health() -> dict[str, bool]:
        return {"ok": True}

    @app.post("/v1/letters", status_code=201, responses={409: {}, 422: {}})
    async def upload_letter(
        request: Request,
        ws: Annotated[Workstation, Depends(workstation)],
        idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
    ) -> Response:
        if not idempotency_key or len(idempotency_key) > 255:
            return JSONResponse({"error": "idempotency_key_required"}, status_code=400)
        raw = await request.body()
        try:
            upload = LetterUpload.model_validate_json(raw)
            pdf = base64.b64decode(upload.pdf, validate=True)
        except (ValidationError, binascii.Error, ValueError) as exc:
            return JSONResponse({"error": "bad_request", "detail": str(exc)[:500]}, status_code=400)
        fingerprint = hashlib.sha256(raw).hexdigest()
        outcome, answer = await run_in_threadpool(letters.claim, ws, idempotency_key, fingerprint)
        if outcome == "answer":
            status, body = answer
            return JSONResponse(body, status_code=status, headers={"Idempotent-Replayed": "true"})
        try:
            status, body = await run_in_threadpool(letters.process, ws, idempotency_key, upload, pdf)
        except Exception:
            await run_in_threadpool(letters.release, ws, idempotency_key)
            raise
        return JSONResponse(body, status_code=status)

    @app.get("/v1/changes")
    def changes(
        ws: Annotated[Workstation, Depends(workstation)],
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """Letters routed to this workstation's agency after ``cursor``; resume with the returned cursor."""
        return letters.changes(ws, cursor, limit)

    @app.post("/v1/number-blocks", status_code=201, responses={403: SERIES_NOT_YOURS})
    def lease_numbers(
        request_body: NumberLease, ws: Annotated[Workstation, Depends(workstation)]
    ) -> dict[str, Any]:
        """Lease the next free running numbers of a series (per Buddhist Era year) to this workstation."""
        return numbers.lease(ws, request_body.series, request_body.count)

    @app.post("/v1/issued-numbers", responses={403: SERIES_NOT_YOURS})
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
            401: {"description": "no token, or an unknown one"},
        },
    )
    def directory(
        ws: Annotated[Workstation, Depends(workstation)],
        if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
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

    @app.get("/v1/letters/{public_id}/pdf")
    def letter_pdf(public_id: str, ws: Annotated[Workstation, Depends(workstation)]) -> Response:
        data = letters.pdf(ws, public_id)
        if data is None:
            raise HTTPException(404, "no such letter")
        return Response(data, media_type="application/pdf")

    return app
