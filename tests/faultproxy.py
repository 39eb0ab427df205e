"""An HTTP proxy that misbehaves on purpose, between the client and the real server (loopback only).

For uploads it answers some requests with 503 without forwarding them, and forwards others and then drops
the connection without answering: the server has committed, the client never hears of it.
"""

import random
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests


@contextmanager
def faulty_proxy(
    upstream: str, seed: int, p503: float = 0.2, pdrop: float = 0.2, delay: float = 0.0
) -> Iterator[dict[str, Any]]:
    """``delay``: seconds each upload is held back (a slow line), so that kills land mid-sync."""
    rng = random.Random(seed)
    lock = threading.Lock()
    state: dict[str, Any] = {"url": "", "served": 0, "refused": 0, "dropped": 0}
    session = requests.Session()

    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True
        protocol_version = "HTTP/1.1"

        def _relay(self, method: str) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            upload = method == "POST" and self.path.startswith("/v1/letters")
            with lock:
                roll = rng.random()
            if upload and delay:
                time.sleep(delay)
            if upload and roll < p503:
                state["refused"] += 1
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
            answer = session.request(method, upstream + self.path, data=body, headers=headers, timeout=30)
            if upload and roll < p503 + pdrop:
                state["dropped"] += 1  # the server committed; the client hears nothing
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            state["served"] += 1
            self.send_response(answer.status_code)
            for name in ("Content-Type", "Idempotent-Replayed"):
                if name in answer.headers:
                    self.send_header(name, answer.headers[name])
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        def do_GET(self) -> None:
            self._relay("GET")

        def do_POST(self) -> None:
            self._relay("POST")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state["url"] = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
