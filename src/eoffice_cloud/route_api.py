"""The HTTP side of letters' routes (docs/routing.md): one action at a time, a route's snapshot, its PDFs.
Every input is bounded before it reaches the rules or the database (as bounds.py does for letters)."""

import base64
import binascii
import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Path
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from eoffice_cloud.bounds import LETTER_ID_PATTERN
from eoffice_cloud.errors import error_responses, invalid
from eoffice_cloud.models import Workstation
from eoffice_cloud.routes import RouteService
from eoffice_desktop.domain.people import PERSON_ID_PATTERN
from eoffice_desktop.domain.route_rules import MAX_COMMENT, MAX_STEPS
from eoffice_desktop.domain.routes import Action

SHA256_PATTERN = r"^[0-9a-f]{64}$"
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


def _clean(value: str) -> str:
    """Text the database and the history's hash take: no NUL, valid Unicode (no lone surrogate)."""
    if "\x00" in value:
        raise ValueError("text may not hold NUL")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode") from None
    return value


def _moment(value: str) -> str:
    try:
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO 8601 time") from None
    if at.tzinfo is None:
        raise ValueError("a time carries its offset (e.g. +07:00 or Z)")
    if not EARLIEST <= at <= LATEST:
        raise ValueError("a time between 2000 and 2200")
    return value


PersonId = Annotated[str, Field(pattern=PERSON_ID_PATTERN, description="a person's id")]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN, description="SHA-256 of a PDF, lower-case hex")]
Text = Annotated[str, AfterValidator(_clean)]
StepIndex = Annotated[int, Field(ge=0, lt=MAX_STEPS)]


class StepSpecBody(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    person: PersonId
    kind: Literal["review", "approve", "sign"]


class ActionBody(BaseModel):
    """``Action.to_wire()`` of domain/routes.py."""

    model_config = ConfigDict(strict=True, extra="forbid")
    action_id: str = Field(pattern=LETTER_ID_PATTERN, description="made once by the workstation (a UUID)")
    letter_id: str = Field(pattern=LETTER_ID_PATTERN)
    kind: Literal["submit", "approve", "return", "forward", "sign"]
    person: PersonId
    at: Annotated[str, Field(max_length=40, description="ISO 8601 with an offset"), AfterValidator(_moment)]
    round: int = Field(ge=1, le=10_000)
    step: StepIndex | None = None
    comment: Annotated[Text, Field(max_length=MAX_COMMENT)] = ""
    forward_to: PersonId | None = None
    return_to: StepIndex | None = None
    steps: list[StepSpecBody] = Field(default=[], max_length=MAX_STEPS)
    send_by: PersonId | None = None
    pdf_sha256: Sha256 | None = None
    base_sha256: Sha256 | None = None


class LetterFields(BaseModel):
    """What lists show without opening the PDF."""

    model_config = ConfigDict(strict=True, extra="forbid")
    subject: Annotated[Text, Field(max_length=1000)]
    speed: Annotated[Text, Field(max_length=64)] | None = None
    secret: Annotated[Text, Field(max_length=64)] | None = None
    template: Annotated[Text, Field(max_length=64)] | None = None


class RouteActionBody(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    action: ActionBody
    letter: LetterFields | None = Field(None, description="with submit")
    pdf: str | None = Field(
        None,
        min_length=4,
        description="the version's PDF, base64: with submit, approve and sign",
        json_schema_extra={"format": "byte", "contentEncoding": "base64"},
    )


class StepWire(BaseModel):
    position: int
    person: str
    kind: str
    state: str = Field(description="waiting, active or done")
    holder: str = Field(description="who must act: the person, or whom the step was forwarded to")
    acted_by: str | None
    acted_at: str | None
    comment: str | None


class RouteWire(BaseModel):
    """``Route.to_wire()``."""

    letter_id: str
    drafter: str
    round: int
    steps: list[StepWire]
    state: str = Field(description="in_progress, returned or signed")
    revision: int = Field(description="a newer snapshot has a higher revision")
    pdf_sha256: str | None
    send_by: str | None
    last_by: str | None
    last_at: str | None


class EntryWire(BaseModel):
    """One entry of a route's history, chained: hash = chain_hash(prev_hash, the entry without both)."""

    seq: int
    action: dict[str, Any]
    outcome: str = Field(description="accepted or noted")
    by_name: str
    position: str
    acting_for: str | None
    recorded_at: str
    prev_hash: str
    hash: str


class ActionAccepted(BaseModel):
    outcome: str
    route: RouteWire
    entry: EntryWire


class ActionTooLate(BaseModel):
    error: str = Field(description="already_done (kept as a note), or in_progress (send again)")
    detail: str
    reason_th: str | None = None
    by: str | None = Field(None, description="who acted first")
    by_name: str | None = None
    at: str | None = None
    route: RouteWire | None = None
    entry: EntryWire | None = None


class RouteSnapshot(BaseModel):
    route: RouteWire
    letter: dict[str, Any]
    history: list[EntryWire]


LetterIdPath = Annotated[str, Path(pattern=LETTER_ID_PATTERN, description="the drafter's id of the letter")]


def register_routes(app: FastAPI, service: RouteService, workstation: Callable[..., Workstation]) -> None:
    """POST /v1/routes/{id}/actions, GET /v1/routes/{id} and GET /v1/routes/{id}/pdf/{sha256}."""

    @app.post(
        "/v1/routes/{letter_id}/actions",
        response_model=ActionAccepted,
        responses={
            **error_responses(400, 401, 403, 404, 413, 422, 503),
            409: {"model": ActionTooLate, "description": "someone acted first: the action is kept as a note"},
        },
    )
    def route_action(
        letter_id: LetterIdPath, body: RouteActionBody, ws: Annotated[Workstation, Depends(workstation)]
    ) -> Response:
        """Act on a letter's route as the token's person (idempotent per action id)."""
        if body.action.letter_id != letter_id:
            return invalid([{"loc": ("body", "action", "letter_id"), "msg": "not the path's letter id"}])
        pdf = None
        if body.pdf is not None:
            try:
                pdf = base64.b64decode(body.pdf, validate=True)
            except (binascii.Error, ValueError):
                return invalid([{"loc": ("body", "pdf"), "msg": "not base64", "type": "value_error"}])
        action = Action.from_wire(body.action.model_dump())
        letter = body.letter.model_dump() if body.letter is not None else None
        status, answer = service.act(ws, action, letter, pdf)
        return JSONResponse(answer, status_code=status)

    @app.get("/v1/routes/{letter_id}", response_model=RouteSnapshot, responses=error_responses(401, 404, 422))
    def route_snapshot(letter_id: LetterIdPath, ws: Annotated[Workstation, Depends(workstation)]) -> Response:
        """The route, the letter's fields and the whole history (people of the route's agency only)."""
        found = service.snapshot(ws, letter_id)
        if found is None:
            raise HTTPException(404, "no such route")
        return JSONResponse(found)

    @app.get(
        "/v1/routes/{letter_id}/pdf/{sha256}",
        response_class=Response,
        responses={
            200: {
                "description": "a version of the letter the route has held (submitted or signed)",
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            },
            **error_responses(401, 404, 422),
        },
    )
    def route_pdf(
        letter_id: LetterIdPath,
        sha256: Annotated[str, Path(pattern=SHA256_PATTERN)],
        ws: Annotated[Workstation, Depends(workstation)],
    ) -> Response:
        data = service.pdf(ws, letter_id, sha256)
        if data is None:
            raise HTTPException(404, "no such version of the letter")
        return Response(data, media_type="application/pdf")
