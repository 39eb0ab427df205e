"""A real RFC 3161 timestamp authority on loopback for tests: HTTP in, pyHanko's timestamp engine behind."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys, tsp, x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from tests.pki import Issued


@contextmanager
def running_tsa(tsa: Issued, root: Issued) -> Iterator[str]:
    """Serve timestamps signed by ``tsa`` at the returned URL until the block ends."""
    key_der = tsa.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    stamper = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(tsa.cert_der),
        tsa_key=keys.PrivateKeyInfo.load(key_der),
        certs_to_embed=[x509.Certificate.load(root.cert_der)],
    )
    requests = []

    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # PITFALLS: keep-alive stubs otherwise wait ~40 ms per request

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            requests.append(self.headers.get("Content-Type"))
            response = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/tsa"
    finally:
        server.shutdown()
        server.server_close()
