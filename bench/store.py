"""Store benchmark: how the library scales from 1,000 to 1,000,000 articles.

Builds libraries of generated articles (in a temp folder, or --dir), then measures
each operation in a fresh process, so one measurement's caches do not help the next:

- open: constructing the Library (reads the meta file);
- list: loading every row the list needs (listing + bookmarks + tags + read state),
  selecting and sorting newest first, and formatting the first screenful;
- bookmark: one bookmark toggled on (the write, fsync included);
- tag: a tag filter over the whole listing;
- peak resident memory of the process that did all of the above;
- the app's first screen: ``Services.rows`` of the default query and its first 40 rows,
  from a fresh process (the list the app shows; its peak memory too);
- ``newsreader list --json --unread``: seconds to its first line of output;
- file sizes.

Libraries of up to 100,000 are built through ``Library.add``; larger ones (1,000,000) are
written directly in the layout the installed store reads (``build_direct``), which is
allowed for the bench and takes minutes instead of hours.

Also, with ``--import-size N`` (default 100,000): articles added to an empty library in
batches of 200 (as ``newsreader import`` writes them), the rate over each tenth of the
import (0-10%, ..., 90-100%); and with ``--refresh-sizes``: a refresh that brings 100 new
articles into a library of each size, in a fresh process: the seconds to read the listing
(as a fetch does to plan) and to store them, and the bytes the process wrote while storing
(``wchar`` of /proc/self/io: every byte handed to ``write``).

Prints one JSON object. Usage: python bench/store.py [--sizes 1000 10000 100000]
[--import-size N] [--refresh-sizes 10000 100000 1000000] [--dir D]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsreader.news.article import Article  # noqa: E402
from newsreader.store import migrations  # noqa: E402
from newsreader.store.library import Library  # noqa: E402
from newsreader.store.records import StoredArticle, doc_id, shard_of  # noqa: E402

WORDS = [
    "council", "budget", "harbour", "ferry", "storm", "court", "ruling", "school", "museum",
    "transit", "fare", "election", "drought", "hospital", "wildfire", "minister", "agency",
    "report", "vote", "plan", "police", "river", "bridge", "city", "county", "workers",
    "union", "talks", "deal", "price", "water", "power", "rail", "board", "mayor", "official",
    "said", "residents", "families", "week", "month", "year", "public", "safety", "cost",
    "million", "new", "old", "local", "state",
]
SOURCES = ["The Harbour Gazette", "Calder Bay Herald", "National Wire", "Valley Times",
           "Morning Ledger", "The Northern Post"]
TAGS = ["politics", "local", "science", "weather", "courts", "schools", "transit", "health",
        "culture", "business", "sport", "environment"]
PEOPLE = ["Dana Whitfield", "Tomas Reyes", "Lena Hoss", "Ivo Marsh", "Ruth Alder", "Mira Okafor"]


def _paragraph_starts(body: str) -> list[int]:
    """Offsets where the paragraphs of a body start."""
    starts, pos = [], 0
    for part in body.split("\n\n"):
        starts.append(pos)
        pos += len(part) + 2
    return starts


def make_article(rng: random.Random, n: int) -> StoredArticle:
    """One generated article with a realistic size (about 2.5 KB of text)."""
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 11))).capitalize()
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))) + "."
                  for _ in range(rng.randint(4, 7))]
    day = rng.randint(0, 364)
    article = Article(
        title=f"{title} ({n})", body="\n\n".join(paragraphs), source=rng.choice(SOURCES),
        tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
    )
    stored = StoredArticle.from_article(article, added="2026-11-27T10:00:00+00:00")
    stored.published = f"2026-{1 + day // 31:02d}-{1 + day % 28:02d}T{rng.randint(0, 23):02d}:00:00"
    people = rng.sample(PEOPLE, rng.randint(0, 3))
    quotes = []
    for p, paragraph_start in zip(people, _paragraph_starts(stored.body), strict=False):
        start = paragraph_start + 6  # a few words into the paragraph, realistic enough
        end = start + 40
        quotes.append({"text": stored.body[start:end], "start": start, "end": end,
                       "kind": "direct", "speaker": p, "speakers": [p], "verb": "said"})
    stored.stored_analysis = {"version": "bench", "quotes": quotes,
                              "people": [{"name": q["speaker"], "quotes": [i]}
                                         for i, q in enumerate(quotes)], "dates": []}
    return stored


DIRECT_FROM = 200_000
"""Libraries this large are written directly (``build_direct``), not through ``add``."""


def build(root: Path, size: int, seed: int = 1) -> dict[str, float]:
    """Fill a library with ``size`` articles; some bookmarked, tagged by hand, read."""
    if size >= DIRECT_FROM:
        return build_direct(root, size, seed)
    rng = random.Random(seed)
    library = Library(root)
    start = time.perf_counter()
    batch = 25_000
    ids: list[str] = []
    for first in range(0, size, batch):
        added, _ = library.add(make_article(rng, n) for n in range(first, min(size, first + batch)))
        ids += added
    built = time.perf_counter() - start
    set_state(library, ids, rng)
    return {"build_s": round(built, 2)}


def set_state(library: Library, ids: list[str], rng: random.Random) -> None:
    """2% bookmarked, 1% tagged by hand, 30% read."""
    size = len(ids)
    library.set_bookmarks(rng.sample(ids, max(1, size // 50)))
    library.set_tags_many({aid: ["to-read"] for aid in rng.sample(ids, max(1, size // 100))})
    library.set_read(rng.sample(ids, size * 3 // 10))


def generated(size: int, rng: random.Random) -> Iterator[StoredArticle]:
    """``size`` generated articles, each id once (as ``add`` would keep them)."""
    seen: set[str] = set()
    for n in range(size):
        art = make_article(rng, n)
        if art.id not in seen:
            seen.add(art.id)
            yield art


def build_direct(root: Path, size: int, seed: int = 1) -> dict[str, float]:
    """Write a library of ``size`` generated articles straight into the layout of the
    installed store's schema (the same files ``add`` would leave), then set the state."""
    rng = random.Random(seed)
    start = time.perf_counter()
    writer = {1: write_v1, 2: write_v2}.get(migrations.SCHEMA_VERSION)
    if writer is None:
        sys.exit(f"bench/store.py: no direct writer for schema {migrations.SCHEMA_VERSION}")
    ids = writer(root, generated(size, rng))
    built = time.perf_counter() - start
    set_state(Library(root), ids, rng)
    return {"build_s": round(built, 2), "built_directly": True}


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def write_v1(root: Path, articles: Iterator[StoredArticle]) -> list[str]:
    """Schema 1 (the layout before issue 15): ``listing.json`` holding every listing page
    of 2,000 rows, ``articles/XX.json`` shards by the id's first two hex digits. Each
    shard's documents go to a scratch file of JSON lines first, so memory holds the
    listing's rows, not the texts. Returns the ids in listing order."""
    columns = ("id", "title", "source", "published", "added", "quotes", "people", "tags")
    folder = root / "articles"
    scratch = root / "scratch"
    folder.mkdir(parents=True)
    scratch.mkdir()
    files: dict[str, Any] = {}
    rows: dict[str, list[Any]] = {name: [] for name in columns}
    for art in articles:
        shard = shard_of(art.id)
        fh = files.get(shard)
        if fh is None:
            fh = files[shard] = open(scratch / shard, "wb")  # noqa: SIM115
        fh.write(b'"%d":' % doc_id(art.id) + _dump(art.to_doc()) + b"\n")
        for name, value in art.listing_values().items():
            rows[name].append(value)
    for fh in files.values():
        fh.close()
    for shard in sorted(files):
        lines = (scratch / shard).read_bytes().splitlines()
        (folder / f"{shard}.json").write_bytes(b'{"articles":{' + b",".join(lines) + b"}}")
        (scratch / shard).unlink()
    scratch.rmdir()
    n = len(rows["id"])
    pages = {str(p + 1): {name: rows[name][start:start + 2000] for name in columns}
             for p, start in enumerate(range(0, n, 2000))}
    (root / "listing.json").write_bytes(_dump({"pages": pages}))
    (root / "library.json").write_bytes(_dump(
        {"meta": {"1": {"schema": 1, "created": "2026-11-27T10:00:00+00:00",
                        "samples_loaded": True}}}))
    return list(rows["id"])


def measure(root: Path) -> dict[str, float]:
    """Run in a fresh process: the timings and memory for one library."""
    t0 = time.perf_counter()
    library = Library(root)
    t1 = time.perf_counter()
    listing = library.listing()
    positions = listing.select()
    listing.sort(positions, "published", descending=True)
    first_screen = [listing.row(i) for i in positions[:50]]
    t2 = time.perf_counter()
    target = first_screen[0].id
    library.set_bookmark(target, not first_screen[0].bookmarked)
    t3 = time.perf_counter()
    tagged = listing.select(tag="to-read")
    t4 = time.perf_counter()
    own_tag = listing.select(tag="science")
    t5 = time.perf_counter()
    library.set_read([first_screen[1].id])
    t6 = time.perf_counter()
    article = library.article(first_screen[2].id)
    t7 = time.perf_counter()
    assert article.title and tagged and own_tag
    first_line = cli_first_line(root)
    return {
        "cli_unread_first_line_s": first_line,
        "open_s": t1 - t0, "list_s": t2 - t1, "bookmark_toggle_s": t3 - t2,
        "tag_filter_s": t4 - t3, "own_tag_filter_s": t5 - t4, "mark_read_s": t6 - t5,
        "open_article_s": t7 - t6,
        "peak_rss_mib": peak_rss_mib(),
    }


def write_v2(root: Path, articles: Iterator[StoredArticle]) -> list[str]:
    """Schema 2 (issue 15): text segments filled in listing order, sealed listing pages
    of 2,000 rows (keys, newest and rows files) and listing.json with the last page, written with
    the store's own segment writer and page format. Returns the ids in listing order."""
    from newsreader.store.library import PAGE_SIZE, key_columns, newest_doc, page_name
    from newsreader.store.listing import COLUMNS, ROW_COLUMNS
    from newsreader.store.upgrade import SegmentWriter

    segments = SegmentWriter(root / "articles")
    rows: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for art in articles:
        seg = segments.add(art.to_doc())
        for name, value in {**art.listing_values(), "seg": seg}.items():
            rows[name].append(value)
    segments.flush()
    n = len(rows["id"])
    full = n // PAGE_SIZE
    (root / "listing").mkdir(parents=True, exist_ok=True)
    sealed = {}
    for p in range(full):
        chunk = {name: values[p * PAGE_SIZE:(p + 1) * PAGE_SIZE] for name, values in rows.items()}
        keys = key_columns(chunk)
        (root / "listing" / page_name(p + 1, 1, "keys")).write_bytes(_dump({"keys": {"1": keys}}))
        (root / "listing" / page_name(p + 1, 1, "newest")).write_bytes(_dump(newest_doc(keys)))
        (root / "listing" / page_name(p + 1, 1, "rows")).write_bytes(
            _dump({"rows": {"1": {name: chunk[name] for name in ROW_COLUMNS}}}))
        sealed[str(p + 1)] = {"keys": 1, "rows": 1, "count": PAGE_SIZE}
    tail = {name: values[full * PAGE_SIZE:] for name, values in rows.items()}
    (root / "listing.json").write_bytes(_dump({
        "pages": {str(full + 1): tail} if tail["id"] else {}, "sealed": sealed,
        "head": {"1": {"epoch": "bench", "gen": 1, "dead": {}, "doomed": []}}}))
    (root / "library.json").write_bytes(_dump(
        {"meta": {"1": {"schema": 2, "created": "2026-11-27T10:00:00+00:00",
                        "samples_loaded": True}}}))
    return list(rows["id"])


def app_rows(root: Path) -> dict[str, float]:
    """Run in a fresh process: what the app's list does at start, through the services
    (open the library, the default query's rows, the first screenful of them)."""
    from newsreader.services import ListQuery, Services

    t0 = time.perf_counter()
    services = Services(root)
    rows = services.rows(ListQuery())
    screen = rows[:40]
    t1 = time.perf_counter()
    assert len(screen) == 40 and rows.unread >= 0
    return {"app_first_screen_s": t1 - t0, "app_first_screen_rss_mib": peak_rss_mib()}


def newsreader_command() -> list[str]:
    """The installed console script beside this Python, else ``python -m newsreader``."""
    beside = Path(sys.executable).parent / "newsreader"
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "newsreader"]


def cli_first_line(root: Path) -> float:
    """Seconds from starting ``newsreader list --json --unread`` to its first line (as
    ``| head`` sees it); the process is then stopped."""
    start = time.perf_counter()
    proc = subprocess.Popen([*newsreader_command(), "--library", str(root), "list", "--json",
                             "--unread"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.readline()
    seconds = time.perf_counter() - start
    proc.kill()
    proc.wait()
    return seconds


def written_bytes() -> int:
    """Bytes this process has handed to ``write`` so far (/proc/self/io wchar)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return 0


def refresh(root: Path, seed: int) -> dict[str, float]:
    """Run in a fresh process: 100 new articles stored into the library at ``root``, as a
    feed refresh stores them (the listing read to plan, then one ``upsert``)."""
    rng = random.Random(seed)
    fresh = [make_article(rng, 10_000_000 + seed * 1000 + n) for n in range(100)]
    t0 = time.perf_counter()
    library = Library(root)
    present = set(library.listing().ids)
    t1 = time.perf_counter()
    before = written_bytes()
    added, updated, _ = library.upsert(a for a in fresh if a.id not in present)
    t2 = time.perf_counter()
    written = written_bytes() - before
    assert len(added) == 100, len(added)
    return {"plan_s": t1 - t0, "store_s": t2 - t1, "total_s": t2 - t0,
            "written_mib": written / (1024 * 1024)}


def import_by_tenths(root: Path, size: int, batch: int = 200) -> dict[str, Any]:
    """Add ``size`` generated articles to an empty library, ``batch`` per ``add`` (as
    import writes them); articles per second over each tenth of the import."""
    rng = random.Random(7)
    library = Library(root)
    tenth = size // 10
    rates = []
    for t in range(10):
        articles = [make_article(rng, n) for n in range(t * tenth, (t + 1) * tenth)]
        start = time.perf_counter()
        for first in range(0, len(articles), batch):
            library.add(articles[first:first + batch])
        rates.append(round(tenth / (time.perf_counter() - start), 1))
    labels = [f"{t * tenth:,}-{(t + 1) * tenth:,}" for t in range(10)]
    return {"articles": size, "batch": batch, "per_second": dict(zip(labels, rates, strict=True)),
            "last_over_first": round(rates[-1] / rates[0], 3)}


def peak_rss_mib() -> float:
    """This process's peak resident memory since it started (VmHWM: reset by exec, unlike
    getrusage's maxrss, which keeps the parent's peak across fork and exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sizes_of(root: Path) -> dict[str, float]:
    """File sizes in MiB."""
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    texts = list((root / "articles").glob("*.json"))
    pages = list((root / "listing").glob("*.json")) if (root / "listing").is_dir() else []
    mib = 1024 * 1024
    return {
        "total_mib": round(total / mib, 2),
        "listing_json_mib": round((root / "listing.json").stat().st_size / mib, 2),
        "listing_pages_mib": round(sum(p.stat().st_size for p in pages) / mib, 2),
        "bookmarks_kib": round((root / "bookmarks.json").stat().st_size / 1024, 1),
        "read_kib": round((root / "read.json").stat().st_size / 1024, 1),
        "text_files": len(texts),
        "text_file_mean_mib": round(sum(p.stat().st_size for p in texts) / len(texts) / mib, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--dir", type=Path, help="keep the libraries here (default: temp)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process runs per size")
    parser.add_argument("--import-size", type=int, default=100_000,
                        help="articles imported for the rate by tenths (0: skip)")
    parser.add_argument("--refresh-sizes", type=int, nargs="*", default=[10_000, 100_000],
                        help="library sizes a refresh of 100 articles is measured at")
    parser.add_argument("--keep", action="store_true", help="keep the libraries in --dir")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--refresh", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    if args.refresh:
        print(json.dumps(refresh(args.refresh, args.seed)))
        return
    if args.rows:
        print(json.dumps(app_rows(args.rows)))
        return
    base = args.dir or Path(tempfile.mkdtemp(prefix="newsreader-bench-"))
    base.mkdir(parents=True, exist_ok=True)

    def fresh_runs(flag: str, root: Path, n: int) -> dict[str, float]:
        runs = [json.loads(subprocess.run(
            [sys.executable, __file__, flag, str(root), "--seed", str(i)], check=True,
            capture_output=True, text=True).stdout) for i in range(n)]
        values = {key: sorted(r[key] for r in runs) for key in runs[0]}
        return {key: round(v[len(v) // 2], 4) for key, v in values.items()}  # median run

    results: dict[str, Any] = {}
    for size in sorted(set(args.sizes) | set(args.refresh_sizes)):
        root = base / f"lib-{size}"
        if root.exists():
            shutil.rmtree(root)
        entry: dict[str, Any] = build(root, size)
        if size in args.sizes:
            entry.update(fresh_runs("--rows", root, args.repeat))
            entry.update(fresh_runs("--measure", root, args.repeat))
        entry.update(sizes_of(root))
        if size in args.refresh_sizes:
            entry["refresh_100"] = fresh_runs("--refresh", root, args.repeat)
        results[str(size)] = entry
        if not args.keep:
            shutil.rmtree(root)
    out: dict[str, Any] = {"benchmark": "store", "python": sys.version.split()[0],
                           "cpus": os.cpu_count(), "schema": migrations.SCHEMA_VERSION,
                           "results": results}
    if args.import_size:
        root = base / "import"
        if root.exists():
            shutil.rmtree(root)
        out["import_by_tenths"] = import_by_tenths(root, args.import_size)
        shutil.rmtree(root)
    if not args.dir:
        shutil.rmtree(base)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
