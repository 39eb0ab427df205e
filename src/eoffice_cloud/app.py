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

from eoffice_cloud.letters import LetterService, LetterUpload
from eoffice_cloud.models import Workstation
from eoffice_cloud.numbers import MAX_BLOCK, NumberService
from eoffice_cloud.storage import CloudStore, token_digest


class NumberLease(BaseModel):
    series: str = Field(min_length=1, max_length=64)
    count: int = Field(ge=1, le=MAX_BLOCK)


class IssuedReport(BaseModel):
    series: str = Field(min_length=1, max_length=64)
    year: int
    numbers: list[int] = Field(max_length=10_000)


def create_app(store: CloudStore) -> FastAPI:
    app = FastAPI(
        title="eoffice-cloud", version="1", description="Reference server of the eoffice sync protocol"
    )
    letters = LetterService(store)
    numbers = NumberService(store)

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

    @app.post("/v1/number-blocks", status_code=201)
    def lease_numbers(
        request_body: NumberLease, ws: Annotated[Workstation, Depends(workstation)]
    ) -> dict[str, Any]:
        """Lease the next free running numbers of a series (per Buddhist Era year) to this workstation."""
        return numbers.lease(ws, request_body.series, request_body.count)

    @app.post("/v1/issued-numbers")
    def issued_numbers(
        report: IssuedReport, ws: Annotated[Workstation, Depends(workstation)]
    ) -> dict[str, int]:
        """Numbers this workstation has used (for registers and audits); reporting again is harmless."""
        return {"recorded": numbers.report_issued(ws, report.series, report.year, report.numbers)}

    @app.get("/v1/letters/{public_id}/pdf")
    def letter_pdf(public_id: str, ws: Annotated[Workstation, Depends(workstation)]) -> Response:
        data = letters.pdf(ws, public_id)
        if data is None:
            raise HTTPException(404, "no such letter")
        return Response(data, media_type="application/pdf")

    return app
