"""Store benchmark: how the library scales to 1,000, 10,000 and 100,000 articles.

Builds libraries of generated articles (in a temp folder, or --dir), then measures
each operation in a fresh process, so one measurement's caches do not help the next:

- open: constructing the Library (reads the meta file);
- list: loading every row the list needs (listing + bookmarks + tags + read state),
  selecting and sorting newest first, and formatting the first screenful;
- bookmark: one bookmark toggled on (the write, fsync included);
- tag: a tag filter over the whole listing;
- peak resident memory of the process that did all of the above;
- file sizes.

Prints one JSON object. Usage: python bench/store.py [--sizes 1000 10000 100000] [--dir D]
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsreader.news.article import Article  # noqa: E402
from newsreader.store.library import Library  # noqa: E402
from newsreader.store.records import StoredArticle  # noqa: E402

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


def build(root: Path, size: int, seed: int = 1) -> dict[str, float]:
    """Fill a library with ``size`` articles; some bookmarked, tagged by hand, read."""
    rng = random.Random(seed)
    library = Library(root)
    start = time.perf_counter()
    batch = 25_000
    ids: list[str] = []
    for first in range(0, size, batch):
        added, _ = library.add(make_article(rng, n) for n in range(first, min(size, first + batch)))
        ids += added
    built = time.perf_counter() - start
    library.set_bookmarks(rng.sample(ids, max(1, size // 50)))
    library.set_tags_many({aid: ["to-read"] for aid in rng.sample(ids, max(1, size // 100))})
    library.set_read(rng.sample(ids, size * 3 // 10))
    return {"build_s": round(built, 2)}


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
    return {
        "open_s": t1 - t0, "list_s": t2 - t1, "bookmark_toggle_s": t3 - t2,
        "tag_filter_s": t4 - t3, "own_tag_filter_s": t5 - t4, "mark_read_s": t6 - t5,
        "open_article_s": t7 - t6,
        "peak_rss_mib": peak_rss_mib(),
    }


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
    shards = list((root / "articles").glob("*.json"))
    mib = 1024 * 1024
    return {
        "total_mib": round(total / mib, 2),
        "listing_mib": round((root / "listing.json").stat().st_size / mib, 2),
        "bookmarks_kib": round((root / "bookmarks.json").stat().st_size / 1024, 1),
        "read_kib": round((root / "read.json").stat().st_size / 1024, 1),
        "article_shard_mean_mib": round(sum(p.stat().st_size for p in shards) / len(shards) / mib,
                                        2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--dir", type=Path, help="keep the libraries here (default: temp)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process runs per size")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    base = args.dir or Path(tempfile.mkdtemp(prefix="newsreader-bench-"))
    results = {}
    for size in args.sizes:
        root = base / f"lib-{size}"
        if root.exists():
            shutil.rmtree(root)
        entry = build(root, size)
        runs = [json.loads(subprocess.run(
            [sys.executable, __file__, "--measure", str(root)], check=True,
            capture_output=True, text=True).stdout) for _ in range(args.repeat)]
        for key in runs[0]:
            values = sorted(r[key] for r in runs)
            entry[key] = round(values[len(values) // 2], 4)  # the median run
        entry.update(sizes_of(root))
        results[str(size)] = entry
    if not args.dir:
        shutil.rmtree(base)
    print(json.dumps({"benchmark": "store", "python": sys.version.split()[0],
                      "cpus": os.cpu_count(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
