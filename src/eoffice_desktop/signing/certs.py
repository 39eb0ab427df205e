"""Certificates on a token: what they are, and whether they may sign official letters."""

import datetime as dt
from dataclasses import dataclass

from asn1crypto import x509

from eoffice_desktop.signing.errors import CertificateRefused


@dataclass(frozen=True)
class CertificateInfo:
    label: str
    id: str  # hex of CKA_ID
    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    key_usage: tuple[str, ...]
    der: bytes

    @classmethod
    def from_der(cls, der: bytes, label: str, cert_id: bytes) -> "CertificateInfo":
        cert = x509.Certificate.load(der)
        usage = cert.key_usage_value
        return cls(
            label=label,
            id=cert_id.hex(),
            subject=cert.subject.human_friendly,
            issuer=cert.issuer.human_friendly,
            not_before=cert.not_valid_before,
            not_after=cert.not_valid_after,
            key_usage=tuple(sorted(usage.native)) if usage is not None else (),
            der=der,
        )

    @property
    def common_name(self) -> str:
        name = x509.Certificate.load(self.der).subject.native
        return str(name.get("common_name", self.subject))

    @property
    def title(self) -> str | None:
        value = x509.Certificate.load(self.der).subject.native.get("title")
        return str(value) if value else None

    def problems(self, now: dt.datetime | None = None) -> list[tuple[str, str]]:
        """Why this certificate may not sign letters (English, Thai); empty when it may."""
        now = now or dt.datetime.now(dt.UTC)
        found = []
        if "non_repudiation" not in self.key_usage:
            found.append(
                (
                    "the certificate has no nonRepudiation key usage: it is not meant for signing documents",
                    "ใบรับรองนี้ไม่มีการใช้งานแบบ nonRepudiation จึงไม่ใช่ใบรับรองสำหรับลงนามเอกสาร",
                )
            )
        if now > self.not_after:
            found.append(
                (
                    f"the certificate expired on {self.not_after:%Y-%m-%d}",
                    f"ใบรับรองหมดอายุแล้วเมื่อ {self.not_after:%Y-%m-%d}",
                )
            )
        if now < self.not_before:
            found.append(
                (
                    f"the certificate is not valid before {self.not_before:%Y-%m-%d}",
                    f"ใบรับรองยังไม่เริ่มใช้งานจนถึง {self.not_before:%Y-%m-%d}",
                )
            )
        return found

    @property
    def can_sign(self) -> bool:
        return not self.problems()

    def require_signing(self) -> None:
        problems = self.problems()
        if problems:
            raise CertificateRefused(
                f"certificate {self.label!r} ({self.subject}) cannot sign: "
                + "; ".join(p[0] for p in problems),
                thai=f"ใช้ใบรับรอง {self.label!r} ลงนามไม่ได้: " + "; ".join(p[1] for p in problems),
            )

    def describe(self) -> dict[str, object]:
        return {
            "label": self.label,
            "id": self.id,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "key_usage": list(self.key_usage),
            "can_sign": self.can_sign,
            "problems": [p[0] for p in self.problems()],
        }
