"""Faults on disk: files written through links and over special files, temporary and lock
files planted by someone else, lost or damaged library files, and `newsreader repair`.

Issue 10 (items 1, 4, 6, 13, 14, 15).
"""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.cli import main
from newsreader.store.library import Library

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``newsreader ARGV`` in this process; returns (status, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seeded(library_dir: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The library with the seed article imported; returns its id."""
    assert run(capsys, "import", str(seed_path))[0] == 0
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    return str(json.loads(out)[0]["id"])


# -- 1. export -o and export-opml -o write through links and into special files -------


def test_export_writes_through_a_symlink_to_its_target(seeded: str, tmp_path: Path,
                                                       capsys) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _, err = run(capsys, "export", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["count"] == 1


def test_export_keeps_the_mode_of_the_file_it_replaces(seeded: str, tmp_path: Path,
                                                       capsys) -> None:
    out = tmp_path / "private.json"
    out.write_text("old")
    out.chmod(0o600)
    assert run(capsys, "export", "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["count"] == 1


def test_export_writes_into_a_fifo_instead_of_replacing_it(seeded: str, tmp_path: Path,
                                                           capsys) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so opening to write works
    try:
        code, _, err = run(capsys, "feeds", "export-opml", "-o", str(fifo))
        assert code == 0, err
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert os.read(reader, 65536).startswith(b"<?xml")
    finally:
        os.close(reader)


def test_export_writes_into_a_device_instead_of_replacing_it(seeded: str, tmp_path: Path,
                                                             capsys) -> None:
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    except (PermissionError, OSError) as err:
        pytest.skip(f"cannot make a device node here ({err})")
    assert run(capsys, "export", "-o", str(null))[0] == 0
    assert stat.S_ISCHR(os.stat(null).st_mode)


def test_export_errors_name_the_file_asked_for_not_a_temporary_one(seeded: str,
                                                                   tmp_path: Path,
                                                                   capsys) -> None:
    where = tmp_path / "no-such-folder" / "out.json"
    code, _, err = run(capsys, "export", "-o", str(where))
    assert code == 1
    assert str(where) in err and ".tmp" not in err


# -- 4. the library's own temporary and lock files never follow links ------------------


def test_a_symlinked_lock_file_is_never_truncated(seeded: str, library_dir: Path,
                                                  tmp_path: Path, capsys) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("do not touch\n")
    lock = library_dir / ".lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(victim)
    code, _, err = run(capsys, "bookmark", seeded)
    assert victim.read_text() == "do not touch\n"
    assert code == 1 and ".lock" in err and "newsreader repair" in err


def test_a_planted_temporary_file_link_receives_nothing(seeded: str, library_dir: Path,
                                                        tmp_path: Path, capsys) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("do not touch\n")
    for pid in {os.getpid(), os.getpid() + 1}:
        (library_dir / f".bookmarks.json.{pid}.tmp").symlink_to(victim)
    assert run(capsys, "bookmark", seeded)[0] == 0
    assert victim.read_text() == "do not touch\n"
    bookmarks = library_dir / "bookmarks.json"
    assert bookmarks.is_file() and not bookmarks.is_symlink()
    assert seeded in Library(library_dir).listing().bookmarked


def test_temporary_files_are_not_left_behind(seeded: str, library_dir: Path, capsys) -> None:
    assert run(capsys, "bookmark", seeded)[0] == 0
    assert [p.name for p in library_dir.rglob("*.tmp")] == []


# -- 14. library files are read only when they are regular files, and within a limit ---


def newsreader(library_dir: Path, *argv: str, memory: int = 1 << 30,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m newsreader ARGV`` on the library with at most ``memory`` bytes of
    address space and a 60 s timeout, so a hang or a runaway read fails the test."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--library", str(library_dir), *argv],
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, capture_output=True,
        text=True, timeout=60, preexec_fn=limit, cwd=ROOT, check=False)


def test_a_library_file_that_is_a_fifo_is_refused_not_waited_on(seeded: str,
                                                                library_dir: Path) -> None:
    bookmarks = library_dir / "bookmarks.json"
    bookmarks.unlink(missing_ok=True)
    os.mkfifo(bookmarks)
    done = newsreader(library_dir, "list")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert str(bookmarks) in done.stderr and "a FIFO, not a regular file" in done.stderr
    assert "newsreader repair" in done.stderr


def test_a_library_file_linked_to_dev_zero_is_refused(seeded: str, library_dir: Path) -> None:
    tags = library_dir / "tags.json"
    tags.unlink(missing_ok=True)
    tags.symlink_to("/dev/zero")
    done = newsreader(library_dir, "list", memory=512 << 20)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert str(tags) in done.stderr and "character device" in done.stderr


def test_a_library_file_larger_than_the_limit_is_refused(seeded: str, library_dir: Path,
                                                         monkeypatch) -> None:
    from newsreader.store import storage
    from newsreader.store.errors import CorruptLibraryError

    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 100)
    with pytest.raises(CorruptLibraryError, match=r"listing\.json cannot be read \(too large"):
        Library(library_dir).listing()
