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
from cli_run import run

from newsreader.store.library import Library

ROOT = Path(__file__).resolve().parent.parent


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


def test_export_to_a_full_device_fails_and_leaves_the_device(seeded: str, tmp_path: Path,
                                                             capsys) -> None:
    full = tmp_path / "full"
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # a /dev/full of our own
    except (PermissionError, OSError) as err:
        pytest.skip(f"cannot make a device node here ({err})")
    code, _, err = run(capsys, "export", "-o", str(full))
    assert code == 1 and err == f"newsreader: error: No space left on device: {full}\n"
    assert stat.S_ISCHR(os.stat(full).st_mode)


def test_library_write_errors_name_the_library_file_not_a_temporary_one(
        seeded: str, library_dir: Path, capsys, monkeypatch) -> None:
    real_open = os.open

    def no_room(path, flags, mode=0o777, *, dir_fd=None):  # noqa: ANN001, ANN202
        if str(path).endswith(".tmp"):
            raise OSError(28, "No space left on device", str(path))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", no_room)
    code, _, err = run(capsys, "bookmark", seeded)
    assert code == 1 and ".tmp" not in err
    assert f"{library_dir / 'bookmarks.json'} cannot be written (No space left on device)" in err


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


# -- 6. newsreader repair ---------------------------------------------------------------


@pytest.fixture
def samples(library_dir: Path, capsys) -> list[dict]:
    """The library with the samples, two bookmarked, one tagged, one read; returns the
    list as `list --json` gives it."""
    from newsreader.services import Services

    services = Services(library_dir)
    assert services.first_run()
    rows = json.loads(run(capsys, "list", "--json")[1])
    assert run(capsys, "bookmark", rows[0]["id"], rows[3]["id"])[0] == 0
    assert run(capsys, "tag", rows[1]["id"], "kept")[0] == 0
    Library(library_dir).set_read([rows[2]["id"]])
    return json.loads(run(capsys, "list", "--json")[1])


def listed(capsys) -> list[dict]:
    code, out, err = run(capsys, "list", "--json")
    assert code == 0, err
    return list(json.loads(out))


def test_repair_rebuilds_a_lost_listing_with_the_users_state(samples: list[dict],
                                                             library_dir: Path,
                                                             capsys) -> None:
    (library_dir / "listing.json").unlink()
    assert listed(capsys) == []  # every article invisible, although the texts are there
    code, out, _ = run(capsys, "repair")
    assert code == 0
    assert f"listing.json was missing: rebuilt from the article texts ({len(samples)} " \
        "articles)" in out
    assert listed(capsys) == samples


def test_a_corrupt_listing_names_repair_and_repair_moves_it_aside(samples: list[dict],
                                                                  library_dir: Path,
                                                                  capsys) -> None:
    listing = library_dir / "listing.json"
    listing.write_text('{"pages": {"1": {"id": ["ab"], "tit')
    code, _, err = run(capsys, "list")
    assert code == 1 and err.count("\n") == 1
    assert str(listing) in err and "run `newsreader repair`" in err
    code, out, _ = run(capsys, "repair")
    assert code == 0 and "listing.json could not be read (not valid JSON" in out
    kept = list(library_dir.glob("listing.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text().startswith('{"pages": {"1"')
    assert listed(capsys) == samples


def test_repair_lists_again_what_an_interrupted_import_left_unlisted(
        library_dir: Path, capsys) -> None:
    from newsreader.news.article import Article
    from newsreader.store.records import StoredArticle

    def make(n: int) -> StoredArticle:
        return StoredArticle.from_article(Article(title=f"Story {n}", body=f"Text {n}."))

    lib = Library(library_dir)
    lib.add([make(1)])
    lib._write_articles([make(2), make(3)])  # the texts of an import killed before its listing
    assert len(Library(library_dir)) == 1
    code, out, _ = run(capsys, "repair")
    assert code == 0 and "2 articles whose text was there but not listed" in out
    titles = Library(library_dir).listing().columns["title"]
    assert titles[0] == "Story 1" and sorted(titles) == ["Story 1", "Story 2", "Story 3"]


def test_repair_removes_temporaries_damaged_texts_and_orphans(samples: list[dict],
                                                              library_dir: Path,
                                                              capsys) -> None:
    (library_dir / ".bookmarks.json.1234.tmp").write_text("{}")
    (library_dir / "articles" / ".3f.json.99.tmp").write_text("{}")
    victim = samples[5]["id"]
    shard = next(p for p in sorted((library_dir / "articles").glob("*.json"))  # its segment
                 if str(int(victim, 16)) in json.loads(p.read_text())["articles"])
    data = json.loads(shard.read_text())
    data["articles"][str(int(victim, 16))]["body"] = None
    shard.write_text(json.dumps(data))
    bookmarks = library_dir / "bookmarks.json"
    marks = json.loads(bookmarks.read_text())
    marks["bookmarks"]["1"] = {"id": "000000000001", "at": "2026-01-01T00:00:00+00:00"}
    bookmarks.write_text(json.dumps(marks))
    code, _, err = run(capsys, "show", victim)
    assert code == 1 and str(shard) in err and "its body is not text" in err
    assert "newsreader repair" in err
    code, out, _ = run(capsys, "repair")
    assert code == 0
    assert "removed 2 temporary files left by interrupted writes" in out
    assert f"removed 1 damaged article text that cannot be shown (first: articles/" \
        f"{shard.name}: article {victim}: its body is not text)" in out
    assert "removed the bookmarks of 1 article not in the library" in out
    assert list(library_dir.rglob("*.tmp")) == []
    assert listed(capsys) == [r for r in samples if r["id"] != victim]
    assert run(capsys, "export")[0] == 0


def test_repair_changes_nothing_in_a_sound_library(samples: list[dict], library_dir: Path,
                                                   capsys) -> None:
    import gc

    gc.collect()  # the fixture's search-index connection closes (and checkpoints) now
    files = sorted(p for p in library_dir.rglob("*") if p.is_file() and p.name != ".lock")
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files}
    code, out, _ = run(capsys, "repair")
    assert code == 0
    assert out.strip() == (f"library {library_dir}: nothing to repair "
                           f"({len(samples)} articles, 0 feeds)")
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files} == before


def test_repair_opens_a_library_whose_meta_file_is_broken(samples: list[dict],
                                                          library_dir: Path, capsys) -> None:
    (library_dir / "library.json").write_text("not json")
    code, _, err = run(capsys, "list")
    assert code == 1 and "library.json" in err and "newsreader repair" in err
    code, out, _ = run(capsys, "repair", "--json")
    assert code == 0
    assert any("library.json could not be read" in line for line in json.loads(out)["repaired"])
    assert listed(capsys) == samples
    from newsreader.services import Services

    assert Services(library_dir).first_run() is None  # no samples loaded over it


def test_repair_replaces_a_lock_file_that_is_a_link(seeded: str, library_dir: Path,
                                                    tmp_path: Path, capsys) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("do not touch\n")
    lock = library_dir / ".lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(victim)
    code, out, _ = run(capsys, "repair")
    assert code == 0 and ".lock was a symbolic link: removed" in out
    assert victim.read_text() == "do not touch\n"
    assert run(capsys, "bookmark", seeded)[0] == 0


def test_the_services_repair_reads_the_library_afresh(samples: list[dict],
                                                      library_dir: Path) -> None:
    from newsreader.services import ListQuery, Services

    services = Services(library_dir)
    (library_dir / "listing.json").unlink()
    assert len(services.rows(ListQuery())) == 0
    report = services.repair()
    assert report.articles == len(samples) and len(report.done) == 1
    assert len(services.rows(ListQuery())) == len(samples)


# -- 13. valid JSON of the wrong shape: one line naming the file and repair -------------

WRONG_SHAPES = [
    ("bookmarks.json", {"bookmarks": {"1": {"at": "x"}}}, ["list"]),
    ("bookmarks.json", {"bookmarks": {"x": {"id": "abc"}}}, ["list"]),
    ("bookmarks.json", {"bookmarks": {"1": 5}}, ["list"]),
    ("tags.json", {"tags": {"1": {"id": "abc", "tags": None}}}, ["list"]),
    ("tags.json", {"tags": None}, ["list"]),
    ("read.json", {"read": {"1": {"prefix": "ab", "ids": "abc"}}}, ["list", "--unread"]),
    ("feeds.json", {"feeds": {"1": {"id": "00000001", "url": 5}}}, ["feeds", "list"]),
    ("feeds.json", {"feeds": {"1": {"id": "00000001", "url": 5}}}, ["fetch"]),
    ("listing.json", {"pages": {"1": {"id": ["ab"], "title": [5]}}}, ["list"]),
    ("library.json", {"meta": {"1": {"schema": "one"}}}, ["list"]),
]


@pytest.mark.parametrize(("name", "content", "argv"), WRONG_SHAPES,
                         ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(WRONG_SHAPES)])
def test_wrong_shaped_files_give_one_line_naming_the_file_and_repair(
        seeded: str, library_dir: Path, capsys, name: str, content: dict,
        argv: list[str]) -> None:
    path = library_dir / name
    path.write_text(json.dumps(content))
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("newsreader: error: ")
    assert str(path) in err and "run `newsreader repair`" in err
    assert run(capsys, "repair")[0] == 0
    assert run(capsys, *argv)[0] == 0
