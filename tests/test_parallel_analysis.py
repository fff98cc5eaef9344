"""Analysis in worker processes: the same results, in the same order, as in-process.

The parallel path is forced (no size threshold, tiny chunks, two workers whatever the
machine) and compared with the serial one on the sample articles, the seed article, a
feed file and an export, for import, fetch (from a thread, as the app does) and
reanalyze; a pool that crashes, fails or cannot start falls back to in-process; Ctrl+C
stops an import and its workers.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pool_helpers  # tests/ is on sys.path under pytest
import pytest

from newsreader.services import analysis, importing
from newsreader.services.exporting import export_library
from newsreader.services.fetching import Limits, fetch_feeds
from newsreader.services.handle import Services
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "articles" / "marlow-water-subpoena.txt"
SAMPLES = Path(__file__).resolve().parent.parent / "newsreader" / "samples"
FAST = Limits(connect_timeout=1, read_timeout=0.5, total_timeout=1)


class CountingPool(concurrent.futures.ProcessPoolExecutor):
    """The real pool, counting the chunks it is given."""

    started = 0
    chunks = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        CountingPool.started += 1
        super().__init__(*args, **kwargs)

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        CountingPool.chunks += 1
        return super().submit(*args, **kwargs)


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> type[CountingPool]:
    """Count pools started and chunks sent to them."""
    CountingPool.started = CountingPool.chunks = 0
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountingPool)  # (the
    # analyser imports it when it starts a pool)
    return CountingPool


def force_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two workers for any job, three texts a chunk, two chunks in flight per worker."""
    monkeypatch.setattr(analysis, "WORKERS", 2)
    monkeypatch.setattr(analysis, "PARALLEL_CHARS", 0)
    monkeypatch.setattr(analysis, "CHUNK_TEXTS", 3)
    monkeypatch.setattr(analysis, "IN_FLIGHT", 2)


def contents(library: Library, ordered: bool = True) -> dict[str, Any]:
    """Everything stored, in order (or by id), except when each article was added."""
    listing = library.listing()
    docs = {a.id: a.to_doc() for a in library.articles()}
    for doc in docs.values():
        doc.pop("added")
    ids = list(listing.ids) if ordered else sorted(listing.ids)
    rows = [listing.ids.index(i) for i in ids]
    return {
        "ids": ids,
        "columns": {k: [v[r] for r in rows] for k, v in listing.columns.items()
                    if k != "added"},
        "docs": [docs[i] for i in ids],
        "bookmarked": sorted(listing.bookmarked), "read": sorted(listing.read),
        "user_tags": dict(sorted(listing.user_tags.items())),
    }


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of everything import reads: the samples, the seed, a copy of one sample
    with other whitespace (a duplicate), rejects, a feed file and an export (with user
    state, and the seed again)."""
    folder = tmp_path / "mixed"
    shutil.copytree(SAMPLES, folder / "samples")
    shutil.copy(SEED, folder / "seed.txt")
    text = (SAMPLES / "01-ferry-strike.txt").read_text(encoding="utf-8")
    (folder / "samples" / "01-again.txt").write_text(text.replace(". ", ".  "),
                                                      encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    shutil.copy(FIXTURES / "feeds" / "rss2.xml", folder / "feed.xml")
    other = Library(tmp_path / "exported")
    importing.import_paths(other, [SEED, SAMPLES / "02-waterfront-rezoning.txt"])
    first = other.listing().ids[0]
    other.set_bookmark(first, True)
    other.set_tags(first, ["kept"])
    (folder / "export.json").write_text(json.dumps(export_library(other)), encoding="utf-8")
    return folder


def import_recorded(root: Path, folder: Path,
                    monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], dict[str, Any]]:
    """Import the folder in batches of 4; returns what was stored and how."""
    monkeypatch.setattr(importing, "BATCH", 4)
    library = Library(root)
    batches: list[list[str]] = []
    real_add = library.add

    def add(articles: Any) -> Any:
        given = list(articles)
        batches.append([a.id for a in given])
        return real_add(given)

    library.add = add  # type: ignore[method-assign]
    steps: list[tuple[int, int]] = []
    report = importing.import_paths(library, [folder],
                                    progress=lambda n, total: steps.append((n, total)))
    return contents(library), {"report": report.to_json(), "batches": batches,
                               "progress": steps}


def test_import_in_parallel_stores_exactly_what_serial_does(
        tmp_path: Path, mixed: Path, monkeypatch: pytest.MonkeyPatch,
        pool: type[CountingPool]) -> None:
    monkeypatch.setattr(analysis, "WORKERS", 1)
    serial = import_recorded(tmp_path / "serial", mixed, monkeypatch)
    assert pool.started == 0
    force_parallel(monkeypatch)
    parallel = import_recorded(tmp_path / "parallel", mixed, monkeypatch)
    assert pool.started == 1 and pool.chunks >= 6
    assert parallel == serial
    stored, how = parallel
    assert len(how["report"]["imported"]) == 15 + 3  # samples, seed, the feed's items
    assert len(how["report"]["duplicates"]) == 3  # the copy, and the export's two again
    assert len(how["report"]["rejected"]) == 2
    assert stored["bookmarked"] and stored["user_tags"]
    assert all(d["analysis"]["version"] == analysis.ANALYSER_VERSION for d in stored["docs"])
    assert sum(len(d["analysis"]["quotes"]) for d in stored["docs"]) > 80


def test_small_jobs_stay_in_process(sample_library: Services, pool: type[CountingPool],
                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(analysis, "WORKERS", 2)
    assert len(sample_library) == 14 and pool.started == 0  # the samples: 25 KB of text
    monkeypatch.setattr(analysis, "PARALLEL_CHARS", 20_000)
    importing.import_paths(Library(tmp_path / "other"), [SAMPLES])
    assert pool.started == 1


def test_fetch_from_a_thread_in_parallel_stores_what_serial_does(
        tmp_path: Path, server: Any, monkeypatch: pytest.MonkeyPatch,
        pool: type[CountingPool]) -> None:
    import textual  # noqa: F401  (as in the app: the workers must not load it)

    def subscribed(name: str) -> Path:
        root = tmp_path / name
        subs = Subscriptions(Library(root))
        for path in ("/rss2.xml", "/rss1.xml", "/atom.xml"):
            subs.add(server.url(path))
        return root

    monkeypatch.setattr(analysis, "WORKERS", 1)
    serial_root = subscribed("serial")
    assert fetch_feeds(Library(serial_root), limits=FAST).new == 7
    force_parallel(monkeypatch)
    root = subscribed("parallel")
    services = Services(root, fetch_limits=FAST)
    reports: list[Any] = []
    worker = threading.Thread(target=lambda: reports.append(services.fetch()))
    worker.start()
    worker.join(timeout=60)
    assert reports and reports[0].new == 7
    assert pool.started == 1 and pool.chunks >= 3
    # feeds are stored as each one's download ends, so only the order may differ
    assert contents(Library(root), ordered=False) == contents(Library(serial_root),
                                                              ordered=False)


def test_workers_never_load_textual(monkeypatch: pytest.MonkeyPatch) -> None:
    import textual  # noqa: F401

    force_parallel(monkeypatch)
    monkeypatch.setattr(analysis, "_work_texts", pool_helpers.modules)
    got = [data for _, data in analysis.analyse_many([("", "a", None)] * 8, lambda t: t)]
    assert got and all(d is not None and d["textual"] is False for d in got)
    assert {d["pid"] for d in got if d is not None} - {os.getpid()}


@pytest.mark.parametrize("helper", [pool_helpers.crash, pool_helpers.fail])
def test_a_failing_pool_falls_back_to_in_process(
        helper: Any, tmp_path: Path, mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "WORKERS", 1)
    serial = import_recorded(tmp_path / "serial", mixed, monkeypatch)
    force_parallel(monkeypatch)
    monkeypatch.setattr(analysis, "_work_jobs", helper)
    monkeypatch.setattr(analysis, "_work_texts", helper)
    assert import_recorded(tmp_path / "parallel", mixed, monkeypatch) == serial
    texts = [("", p.read_text(encoding="utf-8"), None) for p in sorted(SAMPLES.glob("*.txt"))]
    with analysis.Analyser() as analyser:
        got = [data for _, data in analyser.analyses(texts, lambda t: t)]
        assert analyser.fell_back
        assert analyser.running == (helper is pool_helpers.fail)  # a crash ends the pool
    assert got == [analysis.analyse_text(t) for t in texts]


def test_a_pool_that_cannot_start_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError("no semaphores here")

    force_parallel(monkeypatch)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    texts = [("", SEED.read_text(encoding="utf-8"), None)] * 4
    with analysis.Analyser() as analyser:
        got = [data for _, data in analyser.analyses(texts, lambda t: t)]
        assert analyser.fell_back and not analyser.running
    assert got == [analysis.analyse_text(texts[0])] * 4


def test_an_error_reading_comes_after_everything_read_before_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    force_parallel(monkeypatch)
    text = SEED.read_text(encoding="utf-8")

    def items() -> Any:
        yield from range(7)
        raise ValueError("unreadable")

    got: list[int] = []
    with pytest.raises(ValueError, match="unreadable"), analysis.Analyser() as analyser:
        for n, data in analyser.analyses(items(), lambda n: ("", text, None) if n % 2 else None):
            assert (data is None) == (n % 2 == 0)
            got.append(n)
    assert got == list(range(7))


def make_stale(library: Library) -> dict[str, StoredArticle]:
    """Mark every article analysed by an old analyser that found nothing; returns them
    as they were."""
    before = {a.id: a for a in library.articles()}

    def stale(art: StoredArticle) -> None:
        art.stored_analysis = {"version": "0", "quotes": [], "people": [], "dates": []}

    library.update_articles({aid: stale for aid in before})
    return before


def test_reanalyse_in_parallel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               pool: type[CountingPool]) -> None:
    monkeypatch.setattr(analysis, "REANALYSE_BATCH", 4)
    monkeypatch.setattr(analysis, "WORKERS", 1)
    results = []
    for name, workers in (("serial", 1), ("parallel", 2)):
        library = Library(tmp_path / name)
        importing.import_paths(library, [SAMPLES, SEED])
        expected = contents(library)
        make_stale(library)
        assert all(not analysis.is_current(a) for a in library.articles())
        if workers > 1:
            force_parallel(monkeypatch)
        steps: list[tuple[int, int]] = []
        count = analysis.reanalyse(library, progress=lambda n, t, s=steps: s.append((n, t)))
        assert count == 15 and steps == [(4, 15), (8, 15), (12, 15), (15, 15)]
        assert contents(library) == expected
        assert analysis.reanalyse(library) == 0
        results.append(contents(library))
    assert pool.started == 1 and pool.chunks >= 5
    assert results[0] == results[1]


def test_reanalyse_uses_the_text_an_article_has_when_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article edited (a feed update) between its analysis and the write is analysed
    again from its new text, as the in-process re-analysis would."""
    force_parallel(monkeypatch)
    library = Library(tmp_path / "library")
    importing.import_paths(library, [SAMPLES])
    make_stale(library)
    victim = library.listing().ids[3]
    real = library.update_articles
    added = "\n\n“Nobody told us a thing,” said Petra Vance, a ferry rider."

    def edit_first(changes: Any) -> None:
        if victim in changes:
            real({victim: lambda art: setattr(art, "body", art.body + added)})
        real(changes)

    library.update_articles = edit_first  # type: ignore[method-assign]
    analysis.reanalyse(library, everything=True)
    art = library.article(victim)
    assert art.body.endswith(added)
    assert art.stored_analysis == analysis.analysis_of(art).to_dict()
    assert art.analysis is not None
    assert any(q.speaker == "Petra Vance" for q in art.analysis.quotes)


_INTERRUPTED = """
import json, multiprocessing, os, sys
from newsreader.services import analysis
from newsreader.services.importing import import_paths
from newsreader.store.library import Library
analysis.WORKERS, analysis.PARALLEL_CHARS = 2, 0

def progress(n, total):
    pids = [p.pid for p in multiprocessing.active_children()]
    print(json.dumps({"n": n, "pids": pids}), flush=True)

import_paths(Library(sys.argv[1]), [sys.argv[2]], progress=progress)
print("finished", flush=True)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_stops_an_import_and_its_workers(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for n in range(600):
        head, rest = texts[n % len(texts)].split("\n\n", 1)
        (folder / f"{n:05d}.txt").write_text(f"{head}\n\n{rest}\n\nItem {n}.\n",
                                             encoding="utf-8")
    # its own session: Ctrl+C in a terminal signals the whole foreground group
    proc = subprocess.Popen([sys.executable, "-c", _INTERRUPTED, str(tmp_path / "lib"),
                             str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        assert proc.stdout is not None
        pids: list[int] = []
        for line in proc.stdout:
            pids = json.loads(line)["pids"]
            if pids:
                break
        assert pids, "the import finished before its pool started"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0 and "KeyboardInterrupt" in err
    assert err.count("Traceback") == 1, err  # the parent's own; the workers said nothing
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not any(_alive(pid) for pid in pids)
    assert len(Library(tmp_path / "lib")) < 600


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ")[-1][:1] != "Z"
    except FileNotFoundError:
        return False
