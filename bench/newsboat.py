"""newsboat for comparison: start to its feed list on screen, and memory, at N items.

Writes a newsboat cache (its own SQLite schema, made by newsboat itself) holding the same
generated articles bench/store.py makes (about 2.5 KB of text each, 30% read), spread over
ten feeds, then starts newsboat in tmux (bench/tui.py's harness: 120x40, xterm-256color,
no reload at start) and reads the screen until the feed list shows, newsboat having read
every item from the cache; median of --repeat launches, and newsboat's peak memory.

Prints one JSON object. Needs newsboat and tmux. Usage: python bench/newsboat.py
[--sizes 100000 1000000] [--repeat 3] [--dir D]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FEEDS = 10


def bench_module(name: str) -> ModuleType:
    """bench/NAME.py as a module."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def build(folder: Path, size: int) -> dict[str, float]:
    """A newsboat cache of ``size`` generated items, with its urls and config files."""
    store = bench_module("store")
    folder.mkdir(parents=True, exist_ok=True)
    urls = folder / "urls"
    urls.write_text("".join(f"http://127.0.0.1:9/feed{n}.xml\n" for n in range(FEEDS)))
    (folder / "config").write_text("")
    cache = folder / "cache.db"
    cache.unlink(missing_ok=True)
    subprocess.run(["newsboat", "-c", str(cache), "-u", str(urls), "-C",
                    str(folder / "config"), "-x", "print-unread"], check=True,
                   capture_output=True, timeout=60)  # newsboat makes its schema
    start = time.perf_counter()
    rng = random.Random(1)
    db = sqlite3.connect(cache)
    db.executemany("INSERT INTO rss_feed (rssurl, url, title) VALUES (?, ?, ?)",
                   [(f"http://127.0.0.1:9/feed{n}.xml", f"https://site{n}.example/",
                     f"Feed {n}") for n in range(FEEDS)])

    def rows() -> Any:
        for n in range(size):
            art = store.make_article(rng, n)
            feed = n % FEEDS
            published = time.mktime(time.strptime(art.published, "%Y-%m-%dT%H:%M:%S"))
            yield (art.id, art.title, "", f"https://site{feed}.example/{n}",
                   f"http://127.0.0.1:9/feed{feed}.xml", int(published),
                   art.body.replace("\n\n", "<p>"), 0 if rng.random() < 0.3 else 1, "")

    db.executemany("INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, "
                   "content, unread, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    db.commit()
    db.close()
    return {"build_s": round(time.perf_counter() - start, 1),
            "cache_mib": round(cache.stat().st_size / (1 << 20), 1)}


def launch(tui: ModuleType, tmux: Any, folder: Path, poll: float) -> dict[str, Any]:
    """One start of newsboat: seconds to the feed list, peak memory, then quit."""
    argv = ["newsboat", "-c", str(folder / "cache.db"), "-u", str(folder / "urls"),
            "-C", str(folder / "config")]
    started = tmux.launch(argv, {"TERM": tui.TERM})
    seen, _ = tmux.wait(lambda s: any("Feed 0" in line for line in s), poll, "feed list")
    pid = tui.process_of(int(tmux.display("#{pane_pid}")), "newsboat")
    tmux.settle()
    memory = tui.peak_rss_mib(pid)
    quit_s, status = tui.quit_with(tmux, "q", poll)
    return {"launch_s": seen - started, "peak_rss_mib": memory, "quit_s": quit_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="keep the caches here (default: temp)")
    parser.add_argument("--poll", type=float, default=0.005)
    args = parser.parse_args()
    for tool in ("newsboat", "tmux"):
        if shutil.which(tool) is None:
            sys.exit(f"bench/newsboat.py: needs {tool}")
    tui = bench_module("tui")
    tui.TIMEOUT = 600.0
    base = args.dir or Path(tempfile.mkdtemp(prefix="newsboat-bench-"))
    work = Path(tempfile.mkdtemp(prefix="newsboat-tmux-"))
    tmux = tui.Tmux(work, tui.WIDTH, tui.HEIGHT)
    results: dict[str, Any] = {}
    try:
        for size in args.sizes:
            folder = base / f"cache-{size}"
            entry: dict[str, Any] = build(folder, size)
            runs = [launch(tui, tmux, folder, args.poll) for _ in range(args.repeat)]
            entry["launch_to_feed_list_s"] = tui.median([r["launch_s"] for r in runs])
            entry["launch_runs_s"] = [round(r["launch_s"], 3) for r in runs]
            entry["peak_rss_mib"] = max(r["peak_rss_mib"] or 0 for r in runs)
            results[str(size)] = entry
            if not args.dir:
                shutil.rmtree(folder)
    finally:
        tmux.close()
        shutil.rmtree(work, ignore_errors=True)
    version = subprocess.run(["newsboat", "-v"], capture_output=True, text=True).stdout
    print(json.dumps({"benchmark": "newsboat", "newsboat": version.splitlines()[0],
                      "terminal": f"tmux {tui.WIDTH}x{tui.HEIGHT} TERM={tui.TERM}",
                      "results": results}, indent=2))


if __name__ == "__main__":
    main()
