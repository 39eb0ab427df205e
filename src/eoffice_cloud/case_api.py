"""The HTTP side of incoming letters' ways (docs/incoming.md): one action at a time on a case, a case's
snapshot, its signed minutes. Every input is bounded before it reaches the rules or the database."""

import base64
import binascii
import datetime as dt
from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Path
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from eoffice_cloud.bounds import LETTER_ID_PATTERN, MAX_INT32
from eoffice_cloud.cases import CaseService
from eoffice_cloud.errors import error_responses, invalid
from eoffice_cloud.models import Workstation
from eoffice_cloud.route_api import SHA256_PATTERN, EntryWire, PersonId, Sha256, Text, _moment
from eoffice_desktop.domain.case_model import CaseAction, CaseError
from eoffice_desktop.domain.cases import MAX_ASSIGNEES, MAX_STEPS, MAX_TEXT

ASSIGNMENT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$"
"""An assignment's id: the id of the action that made it, ``:`` and its place in that action."""


def _day(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a date (YYYY-MM-DD)") from None
    if not 2000 <= day.year < 2200:
        raise ValueError("a date between 2000 and 2200")
    return value


Day = Annotated[str, Field(max_length=10, description="YYYY-MM-DD"), AfterValidator(_day)]
LongText = Annotated[Text, Field(max_length=MAX_TEXT)]
Short = Annotated[Text, Field(max_length=1000)]


class AssigneeBody(BaseModel):
    """``{"person": P}`` or ``{"unit": U}``."""

    model_config = ConfigDict(strict=True, extra="forbid")
    person: PersonId | None = None
    unit: Annotated[Text, Field(min_length=1, max_length=200)] | None = None


class CaseLetterBody(BaseModel):
    """What lists show of the received letter without its PDF (``CaseLetter.to_wire()``)."""

    model_config = ConfigDict(strict=True, extra="forbid")
    subject: Short = ""
    sender: Short = Field("", description="the sender agency's code")
    sender_name: Short = ""
    sender_number: Short = Field("", description="ที่ of the letter as sent")
    sender_date: Short = Field("", description="its date as printed")
    speed: Short = ""
    secrecy: Short = Field("", description="ลับ, ลับมาก or ลับที่สุด keep the case to the people on it")
    receive_number: Short = ""


class CaseActionBody(BaseModel):
    """``CaseAction.to_wire()`` of domain/case_model.py."""

    model_config = ConfigDict(strict=True, extra="forbid")
    action_id: str = Field(pattern=LETTER_ID_PATTERN, description="made once by the workstation (a UUID)")
    case_id: str = Field(pattern=LETTER_ID_PATTERN, description="the received letter's server id")
    kind: Literal["present", "minute", "forward", "acknowledge", "pass", "reply", "done", "circulate"]
    person: PersonId
    at: Annotated[str, Field(max_length=40, description="ISO 8601 with an offset"), AfterValidator(_moment)]
    base_revision: int = Field(0, ge=0, le=MAX_INT32)
    summary: LongText = ""
    steps: list[PersonId] = Field(default=[], max_length=MAX_STEPS, description="present: the heads")
    letter: CaseLetterBody | None = None
    text: LongText = ""
    assign: list[AssigneeBody] = Field(default=[], max_length=MAX_ASSIGNEES)
    due: Day | None = None
    minute_sha256: Sha256 | None = None
    forward_to: PersonId | None = None
    assignment_id: str | None = Field(None, pattern=ASSIGNMENT_ID_PATTERN)
    pass_to: PersonId | None = None
    reply_letter_id: str | None = Field(None, pattern=LETTER_ID_PATTERN)
    note: LongText = ""
    to: list[AssigneeBody] = Field(default=[], max_length=MAX_ASSIGNEES)


class CaseActionRequest(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    action: CaseActionBody
    minute_pdf: str | None = Field(
        None,
        min_length=4,
        description="the signed minute's PDF, base64: with minute",
        json_schema_extra={"format": "byte", "contentEncoding": "base64"},
    )


class AssigneeWire(BaseModel):
    person: str | None = None
    unit: str | None = None


class CaseStepWire(BaseModel):
    position: int
    person: str
    state: str = Field(description="waiting, active or done")
    holder: str
    acted_by: str | None
    acted_at: str | None


class MinuteWire(BaseModel):
    sha256: str = Field(description="GET /v1/cases/{case_id}/minutes/{sha256} gives its PDF")
    text: str
    by: str
    at: str
    step: int
    assign: list[AssigneeWire]
    due: str | None
    acting_for: str | None


class AssignmentWire(BaseModel):
    assignment_id: str
    kind: str = Field(description="minute or circulate")
    assignee: AssigneeWire
    holder: AssigneeWire
    state: str = Field(description="open, acknowledged, replied or done")
    due: str | None
    minute_sha256: str | None
    note: str | None
    reply_letter_id: str | None
    acted_by: str | None
    acted_at: str | None
    passed_by: str | None


class CaseWire(BaseModel):
    """``Case.to_wire()``."""

    case_id: str
    letter: dict[str, str]
    state: str = Field(description="registered, presented, assigned or closed")
    presenter: str | None
    summary: str
    steps: list[CaseStepWire]
    minutes: list[MinuteWire]
    assignments: list[AssignmentWire]
    revision: int = Field(description="a newer snapshot has a higher revision")
    last_by: str | None
    last_at: str | None


class CaseAccepted(BaseModel):
    outcome: str
    case: CaseWire
    entry: EntryWire


class CaseTooLate(BaseModel):
    error: str = Field(description="already_done (kept as a note), or in_progress (send again)")
    detail: str
    reason_th: str | None = None
    by: str | None = Field(None, description="who acted first")
    by_name: str | None = None
    at: str | None = None
    case: CaseWire | None = Field(None, description="left out of a secret case for someone not on it")
    entry: EntryWire | None = None


class CaseSnapshot(BaseModel):
    case: CaseWire
    history: list[EntryWire]


CaseIdPath = Annotated[str, Path(pattern=LETTER_ID_PATTERN, description="the received letter's server id")]


def register_cases(app: FastAPI, service: CaseService, workstation: Callable[..., Workstation]) -> None:
    """POST /v1/cases/{id}/actions, GET /v1/cases/{id} and GET /v1/cases/{id}/minutes/{sha256}."""

    @app.post(
        "/v1/cases/{case_id}/actions",
        response_model=CaseAccepted,
        responses={
            **error_responses(400, 401, 403, 404, 413, 422, 503),
            409: {"model": CaseTooLate, "description": "someone acted first: the action is kept as a note"},
        },
    )
    def case_action(
        case_id: CaseIdPath, body: CaseActionRequest, ws: Annotated[Workstation, Depends(workstation)]
    ) -> Response:
        """Act on a received letter's case as the token's person (idempotent per action id)."""
        if body.action.case_id != case_id:
            return invalid([{"loc": ("body", "action", "case_id"), "msg": "not the path's case id"}])
        minute_pdf = None
        if body.minute_pdf is not None:
            try:
                minute_pdf = base64.b64decode(body.minute_pdf, validate=True)
            except (binascii.Error, ValueError):
                return invalid([{"loc": ("body", "minute_pdf"), "msg": "not base64", "type": "value_error"}])
        try:
            action = CaseAction.from_wire(body.action.model_dump())
        except CaseError as exc:
            refused = {"error": "case_refused", "detail": str(exc), "reason_th": exc.thai or str(exc)}
            return JSONResponse(refused, status_code=422)
        status, answer = service.act(ws, action, minute_pdf)
        return JSONResponse(answer, status_code=status)

    @app.get("/v1/cases/{case_id}", response_model=CaseSnapshot, responses=error_responses(401, 404, 422))
    def case_snapshot(case_id: CaseIdPath, ws: Annotated[Workstation, Depends(workstation)]) -> Response:
        """The case and its whole history (the caller's agency; a secret letter's: the people on it)."""
        found = service.snapshot(ws, case_id)
        if found is None:
            raise HTTPException(404, "no such case")
        return JSONResponse(found)

    @app.get(
        "/v1/cases/{case_id}/minutes/{sha256}",
        response_class=Response,
        responses={
            200: {
                "description": "a signed minute of the case",
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            },
            **error_responses(401, 404, 422),
        },
    )
    def case_minute(
        case_id: CaseIdPath,
        sha256: Annotated[str, Path(pattern=SHA256_PATTERN)],
        ws: Annotated[Workstation, Depends(workstation)],
    ) -> Response:
        data = service.minute(ws, case_id, sha256)
        if data is None:
            raise HTTPException(404, "no such minute")
        return Response(data, media_type="application/pdf")
