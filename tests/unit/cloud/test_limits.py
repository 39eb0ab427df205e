"""The in-flight budget of BodyLimit, driven as an ASGI server drives it (the sizes and the 413 on a real
server process are in tests/integration/cloud/test_body_limit.py)."""

import asyncio
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from eoffice_cloud.limits import BodyLimit, InflightBudget


async def _reads_body(scope: Scope, receive: Receive, send: Send) -> None:
    """An app that reads its whole body, then answers 200 with its size."""
    size = 0
    while True:
        message = await receive()
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": str(size).encode()})


async def _call(
    app: Any, chunks: list[bytes], length: int | None, gate: asyncio.Event | None = None
) -> list[Message]:
    headers = [(b"content-length", str(length).encode())] if length is not None else []
    scope = {"type": "http", "method": "POST", "path": "/", "headers": headers}
    pending = list(chunks)
    sent: list[Message] = []

    async def receive() -> Message:
        if gate is not None:
            await gate.wait()
        chunk = pending.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


def _status(sent: list[Message]) -> int:
    status: int = sent[0]["status"]
    return status


def test_a_request_waits_for_the_budget_then_gets_503_with_retry_after() -> None:
    async def scenario() -> None:
        app = BodyLimit(_reads_body, max_body_bytes=100, inflight_bytes=150, wait_s=0.2)
        gate = asyncio.Event()
        first = asyncio.create_task(_call(app, [b"x" * 100], 100, gate))  # holds 100 of 150
        await asyncio.sleep(0.01)
        assert app.budget.used == 100
        refused = await _call(app, [b"y" * 60], 60)  # 160 > 150: waits 0.2 s, then 503
        assert _status(refused) == 503
        assert (b"retry-after", b"5") in refused[0]["headers"]
        assert b'"error":"busy"' in refused[1]["body"]
        waiting = asyncio.create_task(_call(app, [b"z" * 60], 60))
        await asyncio.sleep(0.05)
        assert not waiting.done(), "it waits while the budget is spent"
        gate.set()
        assert _status(await first) == 200
        assert _status(await waiting) == 200, "it goes on once the first body is done"
        assert app.budget.used == 0

    asyncio.run(scenario())


def test_a_chunked_body_is_counted_as_it_comes() -> None:
    async def scenario() -> None:
        app = BodyLimit(_reads_body, max_body_bytes=100, inflight_bytes=150)
        over = await _call(app, [b"x" * 60, b"x" * 60], None)
        assert _status(over) == 413 and b"body_too_large" in over[1]["body"]
        fine = await _call(app, [b"x" * 60, b"x" * 40], None)
        assert _status(fine) == 200 and fine[1]["body"] == b"100"
        assert app.budget.used == 0
        declared = await _call(app, [b""], 101)
        assert _status(declared) == 413, "a declared length over the limit: refused before reading"

    asyncio.run(scenario())


def test_a_chunked_body_does_not_wait_in_the_middle() -> None:
    async def scenario() -> None:
        budget_app = BodyLimit(_reads_body, max_body_bytes=100, inflight_bytes=100)
        gate = asyncio.Event()
        holder = asyncio.create_task(_call(budget_app, [b"x" * 80], 80, gate))
        await asyncio.sleep(0.01)
        busy = await _call(budget_app, [b"y" * 30], None)  # no length: it cannot wait safely
        assert _status(busy) == 503
        gate.set()
        assert _status(await holder) == 200 and budget_app.budget.used == 0

    asyncio.run(scenario())


def test_the_budget_admits_one_body_of_the_whole_limit() -> None:
    async def scenario() -> None:
        budget = InflightBudget(100)
        assert await budget.reserve(500, wait_s=0)  # capped at the whole budget
        assert not await budget.reserve(1, wait_s=0.01)
        await budget.release(500)
        assert budget.used == 0

    asyncio.run(scenario())
