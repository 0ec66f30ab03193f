"""A per-document time budget (``--doc-timeout``): work that overruns is interrupted, not waited for.

Every stage is linear in the document's length, but a budget still guards a
run against what no test foresaw. :func:`time_limit` raises
:class:`DocTimeout` inside the code it guards when the budget is spent:

* in a process's main thread (``--workers 1`` and ``--workers N``: a pool
  worker runs its tasks in its main thread) with ``SIGALRM`` and a real-time
  interval timer;
* in any other thread (a Dask worker's task thread) from a watchdog timer
  thread, as an asynchronous exception (``PyThreadState_SetAsyncExc``).

Either way the exception is raised between two Python bytecodes of the guarded
code, so no lock or file of the run is held half-way: the guarded code is the
analysis of one document, whose objects (the ``Doc``, its spans, the rows) are
dropped with it (process caches are only ever filled with whole entries). While
still armed after the budget, the alarm is raised again every
:data:`REPEAT_SECONDS`, so an exception swallowed by a library (a ``__del__``, a
broad ``except``) does not cancel the budget. Disarming clears the guard before
stopping the timer and is retried when the alarm lands inside it; the signal
handler stays installed and does nothing when no guard is armed, so a late
alarm never reaches the default action (which would kill the process).
"""
from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from typing import Iterator

#: Default budget: seconds per 10,000 characters of a document (never less than this per document).
#: The pipeline needs ~0.05 s per 10,000 characters of news text; the margin covers busy machines.
DEFAULT_SECONDS_PER_10K = 5.0
#: How often an alarm that was swallowed is raised again.
REPEAT_SECONDS = 0.05


class DocTimeout(Exception):
    """The document's time budget was spent."""


def budget(chars: int, seconds_per_10k: float | None) -> float | None:
    """Seconds allowed for a document of ``chars`` characters; ``None`` (no limit) when disabled."""
    if not seconds_per_10k or seconds_per_10k <= 0:
        return None
    return seconds_per_10k * max(1.0, chars / 10_000)


_lock = threading.Lock()
_armed: dict[int, object] = {}  # thread id → the token of its active guard
_previous_handler = None  # the SIGALRM handler found when ours was installed
_installed = False


def _on_alarm(signum, frame) -> None:
    if _armed.get(threading.main_thread().ident) is not None:
        raise DocTimeout()
    if callable(_previous_handler):
        _previous_handler(signum, frame)


def _install() -> None:
    """Our SIGALRM handler, once per process and never removed: restoring the default
    (which kills the process) while an alarm may still be on its way is not safe."""
    global _installed, _previous_handler
    if not _installed:
        _previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
        _installed = True


def disarm() -> None:
    """End this thread's guard, if any (idempotent; safe to call again after an interruption)."""
    me = threading.get_ident()
    with _lock:
        _armed.pop(me, None)
    if me == threading.main_thread().ident and hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, 0)


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocTimeout` in this block once ``seconds`` have passed (no limit when ``None``)."""
    if seconds is None:
        yield
        return
    token = object()
    me = threading.get_ident()
    watchdog = None
    try:
        if me == threading.main_thread().ident and hasattr(signal, "setitimer"):
            _install()
            _armed[me] = token
            signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-6), REPEAT_SECONDS)
        else:
            with _lock:
                _armed[me] = token
            watchdog = _Watchdog(me, token, seconds)
            watchdog.start()
        yield
    finally:
        _retry(disarm)
        if watchdog is not None:
            _retry(watchdog.stop)


def _retry(fn) -> None:
    """Run an idempotent clean-up to its end even when the alarm lands inside it."""
    while True:
        try:
            fn()
            return
        except DocTimeout:
            continue


class _Watchdog(threading.Thread):
    """Raises DocTimeout in thread ``target`` after ``seconds``, again every REPEAT_SECONDS, until stopped."""

    def __init__(self, target: int, token: object, seconds: float):
        super().__init__(name="newsfacts-doc-timeout", daemon=True)
        self.target, self.token, self.seconds = target, token, seconds
        self.stopped = threading.Event()

    def run(self) -> None:
        wait = self.seconds
        while not self.stopped.wait(wait):
            with _lock:  # the guard is still this one: the exception lands inside it
                if _armed.get(self.target) is not self.token:
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.target), ctypes.py_object(DocTimeout))
            wait = REPEAT_SECONDS

    def stop(self) -> None:
        self.stopped.set()
        self.join()
        # An exception set just before the guard was cleared but not yet raised is withdrawn.
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.target), None)
