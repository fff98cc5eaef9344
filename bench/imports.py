"""Import benchmark: how ``newsreader import`` scales with the machine's cores.

Writes N generated articles of about 8 KB (newsreader's plain-text format: header lines,
title line, blank line, paragraphs; each with quotations and speakers built from templates
with varied names, roles and reporting verbs) as .txt files in a temp folder, then imports
them into fresh libraries in the same run: once with the analysis on 1 worker (in-process),
once with a worker process per core. Each import runs in a fresh process, so neither run's
caches or pool help the other. Also measures the worker pool's start-up cost.

Prints one JSON object: articles/s for each run, the ratio, and the cores used.

Usage: python bench/imports.py [--articles N] [--workers W] [--dir D] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsreader.services import analysis  # noqa: E402

FIRST = ["Dana", "Tomas", "Lena", "Ivo", "Ruth", "Mira", "Sione", "Ana", "Paul", "Laura",
         "Henry", "Grace", "Omar", "Priya", "Kofi", "Elena", "Marcus", "Yuki", "Noor", "Felix"]
LAST = ["Whitfield", "Reyes", "Hoss", "Marsh", "Alder", "Okafor", "Taufa", "Ferreira",
        "Whitaker", "Brennan", "Lucero", "Ashby", "Haddad", "Raman", "Mensah", "Petrova",
        "Lindqvist", "Tanaka", "Karimi", "Baptiste"]
ROLES = ["a spokesman for the city", "the union's lead negotiator", "director of operations at "
         "the port authority", "a professor of economics at Calder University", "the county "
         "sheriff", "a nurse at the general hospital", "the chair of the school board",
         "a senior analyst at the Harbour Institute", "the mayor's chief of staff",
         "a lawyer for the residents"]
VERBS = ["said", "told reporters", "added", "argued", "warned", "explained", "noted",
         "told the Harbour Gazette", "insisted", "wrote in a statement"]
CLAIMS = [
    "We did everything we could to avoid this, and we are still at the table",
    "The numbers simply do not add up for the families who live here",
    "Nobody in this building wants to see the service stop on Thursday",
    "This is the most generous offer the authority has made in two decades",
    "Our members have not had a real raise in six years, and they are tired of waiting",
    "The council has a duty to listen before it votes on something this large",
    "We will keep the clinics open for as long as the funding lasts",
    "I have never seen the river this low in the thirty years I have farmed here",
    "The report shows the risks were known months before the storm arrived",
    "Every ballot was counted, and every member had a say",
]
FRAGMENTS = ["bad for everyone who lives on the water", "reckless and unlawful", "a drastic lack "
             "of cooperation", "long overdue", "a betrayal of trust", "the right call",
             "deeply worrying", "a first step"]
WORDS = ["council", "budget", "harbour", "ferry", "storm", "court", "ruling", "school",
         "museum", "transit", "fare", "election", "drought", "hospital", "wildfire", "agency",
         "report", "vote", "plan", "police", "river", "bridge", "city", "county", "workers",
         "union", "talks", "deal", "price", "water", "power", "rail", "board", "residents",
         "families", "week", "month", "year", "public", "safety", "cost", "million", "local"]


def _filler(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_article(rng: random.Random, n: int, size: int = 8000) -> str:
    """One generated article file of about ``size`` characters."""
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(3, 6))]
    title = f"{_filler(rng, rng.randint(5, 9))[:-1]} ({n})"
    day = rng.randint(1, 28)
    lines = ["Source: The Harbour Gazette", f"Date: 2026-{rng.randint(1, 12):02d}-{day:02d}", "",
             title, ""]
    size_now = 0
    while size_now < size:
        who = rng.choice(people)
        last = who.split()[1]
        claim, verb = rng.choice(CLAIMS), rng.choice(VERBS)
        form = rng.randrange(6)
        if form == 0:
            para = f"“{claim},” {who}, {rng.choice(ROLES)}, {verb}."
        elif form == 1:
            para = f"{who} {verb.split()[0]}: “{claim}.”"
        elif form == 2:
            para = f"“{claim},” said {who}. “{rng.choice(CLAIMS)}.”"
        elif form == 3:
            para = f"{last} called the plan “{rng.choice(FRAGMENTS)}” and {_filler(rng, 12)}"
        elif form == 4:
            para = f"{_filler(rng, 25)} “{claim},” {rng.choice(['he', 'she'])} said."
        else:
            para = _filler(rng, rng.randint(40, 80))
        if rng.random() < 0.5:
            para = f"{para} {_filler(rng, rng.randint(15, 40))}"
        lines += [para, ""]
        size_now += len(para) + 2
    lines.append("More from The Harbour Gazette")
    return "\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` article files into ``folder``; returns their total size in bytes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(count):
        data = make_article(rng, n).encode("utf-8")
        (folder / f"{n:06d}.txt").write_bytes(data)
        total += len(data)
    return total


_IMPORT = """
import json, sys, time
from newsreader.services import analysis
from newsreader.services.importing import import_paths
from newsreader.store.library import Library
workers = int(sys.argv[3])
analysis.WORKERS = workers
t0, c0 = time.perf_counter(), time.process_time()
report = import_paths(Library(sys.argv[1]), [sys.argv[2]])
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "cpu_seconds": time.process_time() - c0,
                  "imported": len(report.imported), "duplicates": len(report.duplicates),
                  "rejected": len(report.rejected)}))
"""

_STARTUP = """
import json, sys, time
from newsreader.services.analysis import Analyser
def main():
    seconds = []
    for _ in range(3):
        t0 = time.perf_counter()
        with Analyser(int(sys.argv[1])) as pool:
            assert pool.start()
            list(pool.analyses([("", "x", None)] * pool.workers, lambda text: text))
            seconds.append(time.perf_counter() - t0)
    print(json.dumps({"first": seconds[0], "again": min(seconds[1:])}))
if __name__ == "__main__":
    main()
"""


def _run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, cwd=Path(__file__).resolve().parent.parent)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def import_once(articles: Path, workers: int) -> dict[str, float]:
    """Import the folder into a fresh library in a fresh process with ``workers`` workers."""
    with tempfile.TemporaryDirectory(prefix="bench-imports-lib-") as lib:
        return _run(_IMPORT, lib, str(articles), str(workers))


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="how many articles (2000)")
    ap.add_argument("--workers", type=int, default=0, help="workers for the parallel run "
                    "(default: one per core)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each kind; the best counts")
    ap.add_argument("--dir", type=Path, help="write the articles here (default: a temp folder)")
    args = ap.parse_args(argv)
    cores = analysis.cores()
    workers = args.workers or cores
    with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp:
        folder = args.dir or Path(tmp) / "articles"
        size = write_articles(folder, args.articles)
        startup = [_run(_STARTUP, str(workers)) for _ in range(3)]
        runs: dict[str, list[dict[str, float]]] = {"1": [], "n": []}
        for _ in range(args.repeat):  # interleaved, so drift in the machine hits both
            runs["1"].append(import_once(folder, 1))
            runs["n"].append(import_once(folder, workers))
    best = {k: min(v, key=lambda r: r["seconds"]) for k, v in runs.items()}
    rate = {k: args.articles / r["seconds"] for k, r in best.items()}
    print(json.dumps({
        "articles": args.articles,
        "mean_article_bytes": round(size / args.articles),
        "cores": cores,
        "workers": workers,
        "start_method": analysis.START_METHOD,
        "parallel_threshold_chars": analysis.PARALLEL_CHARS,
        "pool_startup_seconds": {  # to the first results of a fresh pool (median of 3)
            "first_in_process": round(sorted(s["first"] for s in startup)[1], 3),
            "later_pools": round(sorted(s["again"] for s in startup)[1], 3)},
        "one_worker": {"seconds": round(best["1"]["seconds"], 2),
                       "articles_per_second": round(rate["1"], 1),
                       "cpu_seconds": round(best["1"]["cpu_seconds"], 2)},
        "all_cores": {"seconds": round(best["n"]["seconds"], 2),
                      "articles_per_second": round(rate["n"], 1),
                      "cpu_seconds_main_process": round(best["n"]["cpu_seconds"], 2)},
        "speedup": round(rate["n"] / rate["1"], 2),
        "imported": {k: int(r["imported"]) for k, r in best.items()},
    }, indent=2))


if __name__ == "__main__":
    main()
