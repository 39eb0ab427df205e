"""One thread owns the PKCS#11 module and its sessions in this process; everyone else asks it.

PKCS#11 login is per token per application (a second login raises UserAlreadyLoggedIn), and a GUI must never
wait on a token on its own thread: so every token call is queued to this one worker and its result (or
exception) handed back.
"""

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import pkcs11

from eoffice_desktop.signing.errors import TokenError

T = TypeVar("T")

_WORKERS: dict[Path, "TokenWorker"] = {}
_LOCK = threading.Lock()


class TokenWorker:
    def __init__(self, module: Path) -> None:
        self.module = module
        self._jobs: queue.Queue[tuple[Callable[[], Any], Future[Any]] | None] = queue.Queue()
        self._lib: Any = None
        self._thread = threading.Thread(target=self._run, name=f"pkcs11:{module.name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, future = job
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn())
                except BaseException as exc:  # handed to the caller
                    future.set_exception(exc)

    @property
    def lib(self) -> Any:
        """The loaded module; only to be used on the worker thread."""
        if threading.current_thread() is not self._thread:
            raise RuntimeError("the PKCS#11 module is used only on its worker thread")
        if self._lib is None:
            try:
                self._lib = pkcs11.lib(str(self.module))
            except (RuntimeError, OSError, pkcs11.PKCS11Error) as exc:
                raise TokenError(
                    f"cannot load the PKCS#11 module {self.module}: {exc}",
                    thai=f"โหลดโมดูล PKCS#11 {self.module} ไม่ได้",
                ) from exc
        return self._lib

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the worker thread and return its result (re-raising its exception)."""
        if threading.current_thread() is self._thread:
            return fn()
        future: Future[T] = Future()
        self._jobs.put((fn, future))
        return future.result()

    def submit(self, fn: Callable[[], T]) -> "Future[T]":
        """Queue ``fn`` without waiting: what a GUI adapter uses."""
        future: Future[T] = Future()
        self._jobs.put((fn, future))
        return future


def worker_for(module: Path) -> TokenWorker:
    """The process's worker for ``module`` (created on first use)."""
    if not module.is_file():
        raise TokenError(f"PKCS#11 module {module} does not exist", thai=f"ไม่พบโมดูล PKCS#11 {module}")
    key = module.resolve()
    with _LOCK:
        if key not in _WORKERS:
            _WORKERS[key] = TokenWorker(key)
        return _WORKERS[key]
