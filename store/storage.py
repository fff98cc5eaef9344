"""A TinyDB storage that writes atomically and re-reads a file only when it changed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from newsreader.store.errors import CorruptLibraryError

Signature = tuple[int, int, int, int]


def file_signature(path: Path) -> Signature | None:
    """What identifies one version of a file: inode, size, and change times (None: no file)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file.

    The bytes go to a temporary file in the same folder, are flushed to disk, and
    the temporary file is renamed over the old one; the folder is then synced.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class CachedJSONStorage(Storage):
    """JSON file storage for TinyDB, crash-safe and cheap to read again.

    ``read`` parses the file only when its signature changed since the last
    parse, so a process that keeps a library open sees other processes' writes
    without re-parsing unchanged files. While the library's write lock is held,
    ``fresh`` forces the next read to come from disk, so a read-modify-write never
    works from a stale copy.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        """The JSON file this storage keeps."""
        self._data: dict[str, Any] | None = None
        self._signature: Signature | None = None
        self._verified_token: object | None = None

    def fresh(self, token: object) -> None:
        """Make sure the data is read from disk once for the write holding ``token``."""
        if self._verified_token is not token:
            self._signature = None
            self._verified_token = token

    def disk_signature(self) -> Signature | None:
        """The version of the file on disk now (None if there is no file)."""
        return file_signature(self.path)

    def read(self) -> dict[str, Any] | None:
        """The parsed file, re-parsed only if the file changed on disk."""
        sig = file_signature(self.path)
        if sig is None:
            self._data, self._signature = None, None
            return None
        if sig == self._signature and self._data is not None:
            return self._data
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read()
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise CorruptLibraryError(self.path, f"not valid JSON: {err}") from None
        except OSError as err:
            raise CorruptLibraryError(self.path, err.strerror or str(err)) from None
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise CorruptLibraryError(self.path, "not a newsreader library file")
        self._data, self._signature = data, sig
        return data

    def write(self, data: dict[str, Any]) -> None:
        """Write ``data`` atomically and remember it as the current version."""
        try:
            payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, payload)
        except BaseException:
            self._data, self._signature = None, None
            raise
        self._data, self._signature = data, file_signature(self.path)

    def forget(self) -> None:
        """Drop the parsed data (the caller keeps its own form of it); keep the signature."""
        self._data = None

    def close(self) -> None:
        """Forget the cached data."""
        self._data, self._signature = None, None
