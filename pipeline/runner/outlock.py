"""One run at a time per output folder: an exclusive lock on ``OUT/.newsfacts.lock``.

Two runs writing into one ``--out`` would interleave their part files and their
commits. The lock is an ``fcntl.flock`` on the lock file, which the kernel
releases when the process ends however it ends (``kill -9`` included), so a lock
left by a dead run is stale by construction and never blocks the next one. The
file holds the holder's pid, host and start time (JSON), so the refusal says who
holds it; on a host without ``flock`` (or a file system that ignores it) the
pid and host are the lock: a lock file naming a process of this host that no
longer runs is stale and taken over.
"""
from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from pathlib import Path
from typing import Iterator

from ..errors import OutputLocked

LOCK_NAME = ".newsfacts.lock"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _holder(text: str) -> dict:
    try:
        info = json.loads(text)
        return info if isinstance(info, dict) else {}
    except ValueError:
        return {}


def _describe(info: dict) -> str:
    if not info:
        return "another run"
    return f"run pid {info.get('pid')} on {info.get('host')} since {info.get('started')}"


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[Path]:
    """Hold the output folder's lock for the block; :class:`OutputLocked` when another run has it."""
    path = Path(out_dir) / LOCK_NAME
    me = {"pid": os.getpid(), "host": socket.gethostname(),
          "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                info = _holder(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
                raise OutputLocked(f"--out {out_dir}: in use by {_describe(info)} (one run per output folder; "
                                   "wait for it or choose another --out)") from None
        else:
            info = _holder(os.pread(fd, 4096, 0).decode("utf-8", "replace")) if hasattr(os, "pread") else {}
            if info.get("host") == me["host"] and isinstance(info.get("pid"), int) and info["pid"] != me["pid"] \
                    and _alive(info["pid"]):
                raise OutputLocked(f"--out {out_dir}: in use by {_describe(info)}")
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # released: no holder named any more
        os.close(fd)  # releases the flock
