"""Real timestamp, OCSP and CRL services on loopback for tests, answering for the test PKI."""

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from tests.pki import TestPki


class Responder:
    """One HTTP server: POST /tsa (RFC 3161), POST /ocsp (RFC 6960), GET /crl. ``pki`` is set after start, so
    that the certificates can carry this server's addresses."""

    def __init__(self) -> None:
        self.pki: TestPki | None = None
        self.requests: list[str] = []
        responder = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # PITFALLS: keep-alive stubs otherwise wait ~40 ms per request

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                responder.requests.append(self.path)
                if self.path == "/tsa":
                    self._reply(responder.timestamp(body), "application/timestamp-reply")
                elif self.path == "/ocsp":
                    self._reply(responder.ocsp(body), "application/ocsp-response")
                else:
                    self.send_error(404)

            def do_GET(self) -> None:
                responder.requests.append(self.path)
                if self.path == "/crl":
                    self._reply(responder.crl(), "application/pkix-crl")
                else:
                    self.send_error(404)

            def _reply(self, data: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def _pki(self) -> TestPki:
        assert self.pki is not None, "the responder answers once the PKI is set"
        return self.pki

    def timestamp(self, body: bytes) -> bytes:
        tsa = self._pki.tsa
        key = tsa.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())  # fmt: skip
        stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(tsa.cert_der),
            tsa_key=keys.PrivateKeyInfo.load(key),
            certs_to_embed=[asn1_x509.Certificate.load(self._pki.root.cert_der)],
        )
        response: bytes = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
        return response

    def _status(self, serial: int) -> tuple[ocsp.OCSPCertStatus, x509.Certificate | None]:
        pki = self._pki
        for issued in (pki.signer, pki.no_nr, pki.expired, pki.tsa, pki.revoked, pki.signer2, pki.signer3):
            if issued.cert.serial_number == serial:
                revoked = issued is pki.revoked
                return (ocsp.OCSPCertStatus.REVOKED if revoked else ocsp.OCSPCertStatus.GOOD), issued.cert
        return ocsp.OCSPCertStatus.UNKNOWN, None

    def ocsp(self, body: bytes) -> bytes:
        request = ocsp.load_der_ocsp_request(body)
        status, cert = self._status(request.serial_number)
        if cert is None:
            return ocsp.OCSPResponseBuilder.build_unsuccessful(
                ocsp.OCSPResponseStatus.UNAUTHORIZED
            ).public_bytes(serialization.Encoding.DER)
        now = dt.datetime.now(dt.UTC)
        root = self._pki.root
        builder = (
            ocsp.OCSPResponseBuilder()
            .add_response(
                cert=cert, issuer=root.cert, algorithm=request.hash_algorithm, cert_status=status,
                this_update=now - dt.timedelta(minutes=1), next_update=now + dt.timedelta(days=1),
                revocation_time=now - dt.timedelta(days=1) if status is ocsp.OCSPCertStatus.REVOKED else None,
                revocation_reason=None,
            )
            .responder_id(ocsp.OCSPResponderEncoding.HASH, root.cert)
        )  # fmt: skip
        try:
            nonce = request.extensions.get_extension_for_class(x509.OCSPNonce)
            builder = builder.add_extension(nonce.value, critical=False)
        except x509.ExtensionNotFound:
            pass
        return builder.sign(root.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    def crl(self) -> bytes:
        pki = self._pki
        now = dt.datetime.now(dt.UTC)
        revoked = (
            x509.RevokedCertificateBuilder()
            .serial_number(pki.revoked.cert.serial_number)
            .revocation_date(now - dt.timedelta(days=1))
            .build()
        )
        crl = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(pki.root.cert.subject)
            .last_update(now - dt.timedelta(minutes=1))
            .next_update(now + dt.timedelta(days=7))
            .add_revoked_certificate(revoked)
            .add_extension(x509.CRLNumber(1), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(pki.root.key.public_key()), critical=False
            )
            .sign(pki.root.key, hashes.SHA256())
        )
        return crl.public_bytes(serialization.Encoding.DER)
