"""How the API answers what it refuses: always JSON ``{"error": CODE, "detail": TEXT}`` (``reason_th`` where a
Thai reason is given, ``problems`` naming each bad field), and the OpenAPI declarations of those answers.

400: the body is not JSON, or the Idempotency-Key is missing or malformed. 401: no bearer token or an
unknown one. 404: no such thing. 409: the first request with this Idempotency-Key is still running. 413: the
body is larger than the server accepts. 422: JSON that breaks the rules (a field out of bounds, an
Idempotency-Key reused with another payload, a letter that is not valid). 503: too many large bodies in
flight (Retry-After).
"""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "in_progress",
    413: "body_too_large",
    422: "invalid_request",
    503: "busy",
}


class Problem(BaseModel):
    where: str = Field(description="the field, e.g. body.numbers.0 or header.Idempotency-Key")
    message: str


class ErrorBody(BaseModel):
    error: str = Field(description="a stable code: bad_request, unauthorized, invalid_request, …")
    detail: str = Field(description="what is wrong, in English")
    reason_th: str | None = Field(None, description="the same in Thai, where the server gives one")
    problems: list[Problem] | None = Field(None, description="each field that is wrong (422)")


DESCRIPTIONS = {
    400: "the body is not JSON, or the Idempotency-Key header is missing or malformed",
    401: "no bearer token, or an unknown one",
    403: "the number series belongs to another agency (IT assigns series: eoffice-cloud series assign)",
    404: "no such letter (or not one of the caller's agency)",
    409: "the first request with this Idempotency-Key is still being processed",
    413: "the request body is larger than the server accepts",
    422: "the request breaks the rules: a field out of bounds, a header missing, a reused key, a letter that "
    "is not valid",
    503: "too many large bodies in flight: try again after Retry-After seconds",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses, each with the ErrorBody schema."""
    declared: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        declared[status] = {"model": ErrorBody, "description": DESCRIPTIONS[status]}
        if status == 503:
            declared[status]["headers"] = {
                "Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}
            }
    return declared


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


def problems_of(errors: list[Any]) -> list[dict[str, str]]:
    return [{"where": _where(e.get("loc", ())), "message": str(e.get("msg", ""))} for e in errors]


def invalid(errors: list[Any]) -> JSONResponse:
    """400 for a body that is not JSON or a missing or malformed Idempotency-Key (as the IETF draft asks),
    else 422 naming every bad field (never echoing the input)."""
    problems = problems_of(errors)
    if any(e.get("type") == "json_invalid" for e in errors):
        return JSONResponse(
            {"error": "bad_request", "detail": "the body is not valid JSON", "problems": problems}, 400
        )
    if any(tuple(e.get("loc", ()))[:2] == ("header", "Idempotency-Key") for e in errors):
        detail = "an Idempotency-Key header of 1 to 255 printable ASCII characters is required"
        return JSONResponse(
            {"error": "idempotency_key_required", "detail": detail, "problems": problems}, 400
        )
    detail = "; ".join(f"{p['where']}: {p['message']}" for p in problems)[:1000]
    return JSONResponse({"error": "invalid_request", "detail": detail, "problems": problems}, 422)


def install_error_handlers(app: FastAPI) -> None:
    async def on_invalid(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return invalid(list(exc.errors()))

    async def on_http(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        if isinstance(exc.detail, dict) and "error" in exc.detail:
            body = dict(exc.detail)
        else:
            body = {"error": CODES.get(exc.status_code, "error"), "detail": str(exc.detail)}
        return JSONResponse(body, exc.status_code, headers=exc.headers)

    app.add_exception_handler(RequestValidationError, on_invalid)
    app.add_exception_handler(HTTPException, on_http)
