"""Bounded request bodies: an ASGI middleware in front of the whole app.

- A request whose Content-Length is over the limit is refused with 413 before a byte of its body is read.
- A body without Content-Length (chunked) is counted as it arrives and refused with 413 once it passes the
  limit, so at most the limit is ever held.
- The bodies in flight share a budget of bytes (by default twice the limit): a request that would pass it
  waits for others to finish (up to ``wait_s``), then gets 503 with Retry-After. A chunked body reserves its
  bytes as they come and gets 503 at once when the budget is spent (waiting in the middle of several bodies
  could deadlock them). The server (uvicorn) stops reading a socket while its request waits, so waiting
  costs no memory.

The refusals are JSON like every error of the API: ``{"error": "body_too_large" | "busy", "detail": ...}``.
"""

import asyncio
import json
import logging

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

RETRY_AFTER_S = 5
"""What a 503 asks the client to wait before trying again."""


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than the server accepts ({limit} bytes)")


class ServerBusy(HTTPException):
    def __init__(self) -> None:
        super().__init__(
            503,
            "the server is receiving too many large requests: try again later",
            headers={"Retry-After": str(RETRY_AFTER_S)},
        )


class InflightBudget:
    """Bytes of request bodies the process holds at once, shared by every request of one event loop."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.used = 0
        self._freed = asyncio.Condition()

    def try_reserve(self, size: int) -> bool:
        if self.used + size > self.total:
            return False
        self.used += size
        return True

    async def reserve(self, size: int, wait_s: float) -> bool:
        """Reserve ``size`` bytes, waiting up to ``wait_s`` for other requests to release theirs."""
        size = min(size, self.total)  # one body alone may always use the whole budget
        if self.try_reserve(size):
            return True
        async with self._freed:
            try:
                await asyncio.wait_for(self._freed.wait_for(lambda: self.try_reserve(size)), wait_s)
            except TimeoutError:
                return False
        return True

    async def release(self, size: int) -> None:
        if size <= 0:
            return
        self.used -= min(size, self.total)
        async with self._freed:
            self._freed.notify_all()


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else None  # the HTTP server rejects a malformed one
    return None


async def _refuse(send: Send, error: HTTPException) -> None:
    code = "body_too_large" if error.status_code == 413 else "busy"
    body = json.dumps({"error": code, "detail": error.detail}, separators=(",", ":")).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (error.headers or {}).items()]
    await send({"type": "http.response.start", "status": error.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over ``max_body_bytes`` (413) and keep the bodies in flight within a budget."""

    def __init__(
        self,
        app: ASGIApp,
        max_body_bytes: int,
        inflight_bytes: int | None = None,
        wait_s: float = 15.0,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.budget = InflightBudget(max(inflight_bytes or 2 * max_body_bytes, max_body_bytes))
        self.wait_s = wait_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            log.info("refused a body of %d bytes (the limit is %d)", declared, self.max_body_bytes)
            await _refuse(send, BodyTooLarge(self.max_body_bytes))
            return
        reserved = 0
        if declared:
            if not await self.budget.reserve(declared, self.wait_s):
                await _refuse(send, ServerBusy())
                return
            reserved = declared
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received, reserved
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
                if received > reserved:  # a chunked body: reserve as it comes, never wait mid-body
                    if not self.budget.try_reserve(received - reserved):
                        raise ServerBusy()
                    reserved = received
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except (BodyTooLarge, ServerBusy) as exc:  # raised where no handler of the app saw it
            if started:
                raise
            await _refuse(send, exc)
        finally:
            await self.budget.release(reserved)
