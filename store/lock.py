"""The library's write lock: one writer at a time, across processes and threads."""

from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsreader.store.errors import LibraryBusyError


def _describe_self() -> str:
    """How this process names itself in the lock file."""
    prog = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    args = " ".join(sys.argv[1:3])
    return f"process {os.getpid()} ({prog} {args})".replace(" )", ")")


class WriteLock:
    """An exclusive ``flock`` on a file in the library, held only around each write.

    Re-entrant within one thread; other threads of the same process wait on an
    in-process lock first, since ``flock`` alone does not exclude them.
    """

    def __init__(self, path: Path, timeout: float = 5.0) -> None:
        self.path = path
        """The lock file."""
        self.timeout = timeout
        """Seconds to wait for another process before giving up."""
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock right now (in any thread)."""
        return self._depth > 0

    def _holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Hold the lock for the duration of a ``with`` block."""
        deadline = time.monotonic() + self.timeout
        if not self._thread_lock.acquire(timeout=self.timeout):
            raise LibraryBusyError(self.path.parent, "another thread", self.timeout)
        try:
            if self._depth == 0:
                self._acquire_file(deadline)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release_file()
        finally:
            self._thread_lock.release()

    def _acquire_file(self, deadline: float) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LibraryBusyError(self.path.parent, self._holder(), self.timeout) from None
                time.sleep(0.02)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{_describe_self()}\n".encode(), 0)
        self._fd = fd

    def _release_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
