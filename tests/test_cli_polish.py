"""The command line's rough edges a newcomer met (issue 11: 5): an address that is no web
address says so, Ctrl+C during an import leaves the report of what was done, untag of a
tag the article lacks says so, and OPML export lists each feed once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_run import run
from defusedxml import ElementTree

from newsreader.services import Services


def test_add_of_something_that_is_no_address_says_so(library_dir: Path, capsys) -> None:
    code, out, err = run(capsys, "add", "foo")
    assert code == 1 and out == ""
    assert err == "newsreader: error: foo: not a web address (pages are fetched over http " \
        "or https)\n"
    assert "redirect" not in err


def test_untag_of_a_tag_the_article_lacks_says_so(seed_library: Services, capsys) -> None:
    aid = seed_library.listing().ids[0]
    seed_library.set_tags(aid, ["water", "courts"])
    code, out, err = run(capsys, "untag", aid[:8], "Courts", "mining")
    assert code == 1
    assert out == f"{aid[:8]}  tags: water\n"
    assert err == f'newsreader: {aid[:8]} has no tag "mining" (its tags were: water, ' \
        'courts)\n'
    code, out, err = run(capsys, "untag", aid[:8], "water")
    assert code == 0 and err == "" and out == f"{aid[:8]}  tags: (none)\n"


def test_opml_export_lists_a_feed_with_two_tags_once(library_dir: Path, capsys) -> None:
    services = Services(library_dir)
    services.subscribe("https://gazette.example/feed.xml", tags=["local", "news"])
    services.subscribe("https://herald.example/atom.xml", tags=["news"])
    code, out, _ = run(capsys, "feeds", "export-opml")
    assert code == 0
    urls = [o.get("xmlUrl") for o in ElementTree.fromstring(out).iter("outline")
            if o.get("xmlUrl")]
    assert sorted(urls) == ["https://gazette.example/feed.xml", "https://herald.example/atom.xml"]
    other = library_dir.parent / "other"  # and the tags all come back
    copy = Services(other)
    copy.import_opml(out.encode())
    assert {f.url: sorted(f.tags) for f in copy.feeds()} == {
        "https://gazette.example/feed.xml": ["local", "news"],
        "https://herald.example/atom.xml": ["news"]}


def test_ctrl_c_during_an_import_leaves_what_was_done_and_the_summary(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1500):
        (folder / f"{n:05d}.txt").write_text(
            f"Story number {n}\n\n“Point {n} stands,” said Ada Quill, the harbour master.\n",
            encoding="utf-8")
    library = tmp_path / "library"
    out_file = tmp_path / "out.txt"
    with out_file.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "newsreader", "--library", str(library),
                                 "import", str(folder)], stdout=out, stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                if (library / "library.json").exists() and len(Services(library)) >= 200:
                    break
                time.sleep(0.02)
            assert proc.poll() is None, "the import finished before it could be interrupted"
            os.killpg(proc.pid, signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 130 and "interrupted" in err
    lines = out_file.read_text(encoding="utf-8").splitlines()
    stored = len(Services(library))
    assert 0 < stored < 1500
    assert sum(line.startswith("imported ") for line in lines) == stored
    assert lines[-1].startswith(f"interrupted: {stored} imported, 0 duplicates, 0 rejected")


def test_ctrl_c_right_after_a_write_still_reports_what_it_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader.services.importing import ImportReport
    from newsreader.store.library import Library

    folder = tmp_path / "few"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Story number {n}\n\nNothing said, {n} times.\n",
                                         encoding="utf-8")
    add = Library.add

    def add_then_ctrl_c(self, *args, **kwargs):  # the write is done, then Ctrl+C comes
        done = add(self, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return done

    monkeypatch.setattr(Library, "add", add_then_ctrl_c)
    services = Services(tmp_path / "library")
    report = ImportReport()
    with pytest.raises(KeyboardInterrupt):
        services.import_paths([folder], report=report)
    assert len(report.imported) == len(services) == 3


def test_the_reader_with_no_terminal_says_so_in_one_line(tmp_path: Path) -> None:
    """``newsreader < /dev/null | cat``: one line pointing at the commands, status 1, and
    no hang (the timeout only guards against one) and nothing drawn."""
    library = tmp_path / "library"
    done = subprocess.run([sys.executable, "-m", "newsreader", "--library", str(library)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "needs a terminal" in done.stderr
    assert "newsreader list" in done.stderr
    assert not library.exists()  # the library was not opened, nor samples loaded


def test_the_web_driver_needs_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """``newsreader serve`` runs the reader with pipes, drawing through Textual's web
    driver: that is not refused."""
    from newsreader.cli.library_commands import has_terminal

    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert not has_terminal()  # pytest's input is no terminal
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert has_terminal()
