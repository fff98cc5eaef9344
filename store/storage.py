"""A TinyDB storage that writes atomically and re-reads a file only when it changed."""

from __future__ import annotations

import gc
import json
import os
import re
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from newsreader.news.files import UnsafeFile, read_regular_file
from newsreader.store.errors import CorruptLibraryError, LibraryWriteError

Signature = tuple[int, int, int, int]

MAX_FILE_BYTES = 1 << 30
"""The largest library file read (a text segment or a listing page is about 1 MB; the
state files grow with the bookmarks, tags and read marks: about 4.5 MB for 300,000 read)."""
TEMP_SUFFIX = ".tmp"
"""How temporary files end: ``.NAME.RANDOM.tmp`` beside the file they will replace."""


def file_signature(path: Path) -> Signature | None:
    """What identifies one version of a file: inode, size, and change times (None: no file).

    Any other failure to look (no permission, a file where a folder should be) raises
    OSError: it is not "no file", which would read as an empty table.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def temporary_beside(path: Path, mode: int = 0o666) -> tuple[int, Path]:
    """A new temporary file in ``path``'s folder, open for writing: an unpredictable name,
    created exclusively and never through a symbolic link (``O_EXCL | O_NOFOLLOW``), so
    nothing planted in the folder can receive the data. ``mode`` is masked by the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}")
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue


def _named(err: OSError, path: Path) -> OSError:
    """The same error, naming ``path`` (the file asked for) instead of a temporary file."""
    return type(err)(err.errno, err.strerror or str(err), str(path))


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file.

    The bytes go to a new temporary file in the same folder (see ``temporary_beside``),
    are flushed to disk, and the temporary file is renamed over the old one; the folder
    is then synced. A regular file replaced keeps its permissions (and, where allowed,
    its owner); a symbolic link at ``path`` is replaced, never written through. An OSError
    names ``path``, never the temporary file.
    """
    try:
        old: os.stat_result | None = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        old = None
    except OSError as err:
        raise _named(err, path) from None
    try:
        fd, tmp = temporary_beside(path)
    except OSError as err:
        raise _named(err, path) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if old is not None and stat.S_ISREG(old.st_mode):
                os.fchmod(fh.fileno(), stat.S_IMODE(old.st_mode))
                if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
                    with suppress(OSError):  # if not allowed it becomes ours, as an
                        os.fchown(fh.fileno(), old.st_uid, old.st_gid)  # editor's save does
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as err:
        tmp.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise _named(err, path) from None
        raise
    with suppress(OSError):  # the file is in place; a folder that cannot be synced is
        dir_fd = os.open(path.parent, os.O_RDONLY)  # not worth failing the write for
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_file(path: Path, payload: bytes) -> None:
    """Write a file the user named (``export -o``): a FIFO, a device (``/dev/null``,
    ``/dev/stdout``) or anything else that is not a regular file is written in place; a
    symbolic link is written through, its target replaced atomically; a regular file is
    replaced atomically with its permissions kept. An OSError names ``path``."""
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as err:
        raise _named(err, path) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            with open(path, "wb") as fh:
                fh.write(payload)
        except OSError as err:
            raise _named(err, path) from None
        return
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    write_atomically(target, payload)


def dump_json(data: dict[str, Any]) -> bytes:
    """A library file's bytes: compact UTF-8 JSON. A lone surrogate (which only a file
    edited by hand can bring: text is cleaned where it enters) is written as its JSON
    escape, ``\\ud800``, which reads back as itself."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "backslashreplace")


@contextmanager
def paused_gc() -> Iterator[None]:
    """The garbage collector paused for a block that makes many objects and no cycles
    (parsing JSON, building the listing's columns): in a process holding a big listing,
    every collection such a block sets off walks millions of live objects (a 1.4 MB
    bookmarks file took 1.2 s to parse beside a listing of 1,000,000 articles, not 20 ms)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


_SURROGATE_ESCAPE = re.compile(
    rb"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2})(\\u[dD][c-fC-F][0-9a-fA-F]{2})?"
    rb"|(?<!\\)((?:\\\\)*)\\u[dD][c-fC-F][0-9a-fA-F]{2}")
"""A ``\\uD800``-``\\uDFFF`` escape in JSON text (not after an escaped backslash), with
the low half that may follow a high one."""


def _no_lone_surrogate(match: re.Match[bytes]) -> bytes:
    if match.group(3):  # a pair: one character (an emoji, written ASCII-only)
        return match.group()
    return (match.group(1) or match.group(4) or b"") + b"\\ufffd"


def parse_json(raw: bytes) -> Any:
    """JSON parsed with the garbage collector paused. A lone surrogate escape (``\\ud800``,
    which only a file edited by hand holds: nothing can encode it) is read as U+FFFD, the
    replacement character, as an undecodable byte is, so no later write or print fails."""
    if b"\\u" in raw:
        raw = _SURROGATE_ESCAPE.sub(_no_lone_surrogate, raw)
    with paused_gc():
        return json.loads(raw)


def json_problem(err: ValueError | RecursionError) -> str:
    """What ``json.loads`` found wrong with a document, in a few words: where it is not
    JSON (or not UTF-8), a number too long to read, or nesting too deep to follow."""
    if isinstance(err, RecursionError):
        return "nested too deeply"
    if isinstance(err, json.JSONDecodeError | UnicodeDecodeError):
        return str(err)
    return f"a number too long to read (more than {sys.get_int_max_str_digits()} digits)"


def read_json(path: Path) -> dict[str, Any]:
    """A library file parsed: a JSON object of tables (objects); CorruptLibraryError if it
    is not one, is not a regular file, or is larger than MAX_FILE_BYTES."""
    try:
        data = parse_json(read_regular_file(path, MAX_FILE_BYTES))
    except UnsafeFile as err:
        raise CorruptLibraryError(path, str(err)) from None
    except (ValueError, RecursionError) as err:
        raise CorruptLibraryError(path, f"not valid JSON: {json_problem(err)}") from None
    except OSError as err:
        raise CorruptLibraryError(path, err.strerror or str(err)) from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptLibraryError(path, "not a newsreader library file")
    for name, table in data.items():
        for key, doc in table.items():
            if not (key.isascii() and key.isdigit()) or not isinstance(doc, dict):
                raise CorruptLibraryError(
                    path, f"table {name!r} holds {key[:20]!r}, which is not a document")
    return data


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
        try:
            return file_signature(self.path)
        except OSError as err:
            raise CorruptLibraryError(self.path, err.strerror or str(err)) from None

    def read(self) -> dict[str, Any] | None:
        """The parsed file, re-parsed only if the file changed on disk."""
        sig = self.disk_signature()
        if sig is None:
            self._data, self._signature = None, None
            return None
        if sig == self._signature and self._data is not None:
            return self._data
        data = read_json(self.path)
        self._data, self._signature = data, sig
        return data

    def write(self, data: dict[str, Any]) -> None:
        """Write ``data`` atomically and remember it as the current version."""
        try:
            payload = dump_json(data)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, payload)
        except OSError as err:
            self._data, self._signature = None, None
            raise LibraryWriteError(self.path, err.strerror or str(err)) from None
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
