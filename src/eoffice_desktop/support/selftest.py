"""``eoffice-desktop self-test``: is this machine set up to draft, sign and sync letters?

Each check gives a :class:`CheckResult`. A *required* check that fails makes the self-test fail; a check
that is not required and fails is a warning (a TSA that is down while another answers, an unknown key in the
configuration); a check of something not configured is skipped. The checks themselves are in
:mod:`eoffice_desktop.support.checks` (local) and :mod:`eoffice_desktop.support.probes` (network).
"""

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eoffice_desktop.config import Config

log = logging.getLogger(__name__)

PASSED, FAILED, WARNING, SKIPPED = "passed", "failed", "warning", "skipped"


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    required: bool = True
    skipped: bool = False
    seconds: float = 0.0

    @property
    def status(self) -> str:
        if self.skipped:
            return SKIPPED
        if self.ok:
            return PASSED
        return FAILED if self.required else WARNING

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ok": self.ok,
            "required": self.required,
            "status": self.status,
            "detail": self.detail,
            "seconds": round(self.seconds, 3),
        }


class CheckFailed(Exception):
    """Raised inside a check: the check fails with this message as its detail."""


def passed(name: str, detail: str) -> CheckResult:
    return CheckResult(name, True, detail)


def skipped(name: str, detail: str) -> CheckResult:
    return CheckResult(name, True, detail, required=False, skipped=True)


def run_check(name: str, check: Callable[[], CheckResult], *, required: bool = True) -> CheckResult:
    """Run one check; an exception becomes a failed result naming it (a self-test never dies of a check)."""
    started = time.monotonic()
    try:
        result = check()
    except CheckFailed as exc:
        result = CheckResult(name, False, str(exc), required=required)
    except Exception as exc:  # every other problem is a finding too, with what it was
        log.debug("self-test check %s failed", name, exc_info=True)
        result = CheckResult(name, False, f"{type(exc).__name__}: {exc}", required=required)
    result = CheckResult(
        result.name,
        result.ok,
        result.detail,
        required=result.required,
        skipped=result.skipped,
        seconds=time.monotonic() - started,
    )
    log.info("self-test %s: %s (%s)", result.name, result.status, result.detail)
    return result


def run_self_test(config: Config, data_dir: Path) -> list[CheckResult]:
    """All checks, in a fixed order."""
    from eoffice_desktop.support import checks, probes

    results = [checks.configuration(config)]
    results.append(run_check("fonts", lambda: checks.fonts(config)))
    results.append(run_check("data-directory", lambda: checks.data_directory(data_dir)))
    results.append(run_check("database", lambda: checks.database(data_dir)))
    results.append(run_check("render", lambda: checks.render(config)))
    results.append(run_check("pkcs11", lambda: checks.pkcs11(config)))
    results.append(run_check("trust-anchors", lambda: checks.trust_anchors(config)))
    results.append(run_check("server", lambda: probes.server(config)))
    results.extend(probes.timestamp_authorities(config))
    return results


def failed_required(results: Iterable[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.status == FAILED]


_MARK = {PASSED: "✓", FAILED: "✗", WARNING: "!", SKIPPED: "–"}


def format_results(results: Sequence[CheckResult]) -> str:
    """One line per check, then the verdict."""
    width = max(len(r.name) for r in results)
    lines = [f"{_MARK[r.status]} {r.name:{width}}  {r.detail}" for r in results]
    failures = failed_required(results)
    warnings = [r for r in results if r.status == WARNING]
    if failures:
        lines.append(f"self-test FAILED: {', '.join(r.name for r in failures)}")
    else:
        extra = f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})" if warnings else ""
        lines.append(f"self-test passed{extra}")
    return "\n".join(lines)
