"""The library's write lock: one writer at a time, across processes and threads."""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from newsreader.store.errors import REPAIR_HINT, LibraryBusyError, LibraryError


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
            fd = os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            return ""
        try:
            return os.read(fd, 300).decode("utf-8", errors="replace").strip()
        except OSError:
            return ""
        finally:
            os.close(fd)

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

    def _open(self) -> int:
        """The lock file, opened (created if need be) without following a link or
        blocking; LibraryError when it cannot be (a read-only or full disk, a link)."""
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, flags, 0o644)
        except OSError as err:
            if err.errno == errno.ELOOP:
                raise LibraryError(f"library lock file {self.path} is a symbolic link, not a "
                                   f"regular file; it was left untouched: {REPAIR_HINT}") \
                    from None
            raise LibraryError(f"library {self.path.parent} cannot be written: its lock file "
                               f"{self.path} cannot be opened ({err.strerror or err})") \
                from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise LibraryError(f"library lock file {self.path} is not a regular file; it was "
                               f"left untouched: {REPAIR_HINT}")
        return fd

    def _acquire_file(self, deadline: float) -> None:
        fd = self._open()
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LibraryBusyError(self.path.parent, self._holder(), self.timeout) from None
                time.sleep(0.02)
        with suppress(OSError):  # a full disk: the lock is held all the same, unnamed
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{_describe_self()}\n".encode(), 0)
        self._fd = fd

    def _release_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with suppress(OSError):
            os.ftruncate(fd, 0)
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
