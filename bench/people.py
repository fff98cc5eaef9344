"""People and search benchmark (issue 13): the search index beside a library of generated
articles, at 100,000 by default.

- import: ``--import-size`` articles (20,000) added in batches of 200 (as ``newsreader
  import`` writes them) to an empty library with the index kept current, and to another
  without it, in one run: the rate of each, so what the index costs an import is a ratio
  of two figures measured side by side (the store's part only: analysis, which an import
  also does, is left out, so the ratio is the worst case);
- the library measured: ``--size`` articles added with the index, in batches of 5,000;
- reindex: building the index from nothing for that library (what the first search
  after an upgrade costs);
- sizes: the library's files and the index's;
- in a fresh process each (median of 3): the people list, one person's page, searches
  (ranked first results; every id a word matches, as the list's search box uses), and a
  quotation search;
- the app (Textual headless, 120x40, fresh process, median of 3): start to the list, ``p`` to
  the People screen filled, a person's page, ``/`` and a word to the list filtered (a word
  being typed that no text has yet, then a word and two words that nearly every text has),
  and the process's peak memory after all of that;
- FTS5 against tantivy (``--engines``; tantivy from pip, only for the bench): the same
  titles and texts indexed by each, build time, size, and query times.

Articles have 2.5 KB of text as in bench/store.py, and 0-3 quotations each by people drawn
(Zipf-like: a few people are quoted often) from 10,000 names with roles, some of them
organisations. Prints one JSON object. Usage: python bench/people.py [--size N] [--dir D]
[--engines] [--keep]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.store import make_article  # noqa: E402
from newsreader.store.library import Library  # noqa: E402
from newsreader.store.records import StoredArticle  # noqa: E402

FIRST = ["Dana", "Tomas", "Lena", "Ivo", "Ruth", "Mira", "Sadiq", "Imran", "Grace", "Paul",
         "Ines", "Kwame", "Nadia", "Oren", "Yuki", "Bilal", "Clara", "Declan", "Hollis",
         "Ana", "Samuel", "Fatima", "Jonah", "Marisol", "Nkechi", "Ruben", "Tobias", "Mei",
         "Anika", "Harriet", "Ahmad", "Beatriz", "Chiamaka", "Deshawn", "Rafael", "Sione",
         "Yusuf", "Laura", "Daniel", "Miriam", "Henry", "Ryan", "Chad", "William", "Olga",
         "Pavel", "Greta", "Hugo", "Ingrid", "Joaquin", "Keiko", "Liam", "Mateo", "Noor",
         "Priya", "Quentin", "Rosa", "Stefan", "Talia", "Umar", "Vera", "Wen", "Xavier",
         "Yara", "Zoltan", "Aisha", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Gemma",
         "Hassan", "Irene", "Jamal", "Katya", "Lucas", "Maya", "Nikolai", "Omar", "Petra",
         "Rahul", "Sara", "Teodor", "Ulla", "Viktor", "Willa", "Yosef", "Zara", "Amir",
         "Bianca", "Cyrus", "Delia", "Emil", "Flora", "Gideon", "Hana", "Ivan", "Jade",
         "Kofi"]
LAST = ["Whitfield", "Reyes", "Hoss", "Marsh", "Alder", "Okafor", "Khan", "Liu", "Carvalho",
        "Asante", "Karimi", "Goldfarb", "Tanabe", "Rahimi", "Fontaine", "Moor", "Grant",
        "Ferreira", "Mensah", "Haddad", "Kessler", "Ortega", "Obi", "Salazar", "Wren", "Cho",
        "Sorensen", "Osei", "Siddiqui", "Lopes", "Eze", "Mitchell", "Quintero", "Taufa",
        "Demir", "Brennan", "Ashby", "Lucero", "Luby", "Wolf", "Barr", "Novak", "Petrov",
        "Lindqvist", "Moreau", "Costa", "Nakamura", "Oduya", "Patel", "Rossi", "Schmidt",
        "Tran", "Ueda", "Vargas", "Weber", "Xu", "Yilmaz", "Zielinski", "Abbott", "Baker",
        "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen",
        "Kowalski", "Larsen", "Mendes", "Nguyen", "Olsen", "Park", "Quinn", "Ramos", "Silva",
        "Torres", "Usman", "Varga", "Wang", "Young", "Zhou", "Adeyemi", "Bauer", "Chen",
        "Diaz", "Evans", "Fofana", "Gupta", "Hughes", "Ito", "Jovanovic", "Kim", "Lee",
        "Murphy", "Nowak", "Ong", "Perez", "Reid"]
ROLES = ["Mayor", "a spokesman for the city", "the union's lead negotiator", "Councillor",
         "director of operations at the port", "the state's water commissioner",
         "attorney general", "a nurse at the hospital", "Superintendent", "chief executive",
         "the museum's chief conservator", "Judge", "a resident", "the board chair", None]
ORGS = ["Calder Bay City Council", "Ministry of Water", "Port Authority", "Transit Authority",
        "Harbour Workers Union", "County Health Board", "Elections Office", "State Police",
        "Department of Education", "Coastal Resources Agency"]


def _people_pool(rng: random.Random) -> list[tuple[str, str, str | None]]:
    """10,000 people (name, kind, role) and the organisations, most likely first."""
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    pool = [(n, "person", rng.choice(ROLES)) for n in names]
    pool[5:5] = [(o, "organization", None) for o in ORGS]
    return pool


def people_article(rng: random.Random, n: int, pool: list[Any],
                   weights: list[float]) -> StoredArticle:
    """One generated article (bench/store.py's) whose quotations are by people of the pool."""
    art = make_article(rng, n)
    analysis = art.stored_analysis or {}
    quotes = analysis.get("quotes", [])
    chosen = rng.choices(pool, weights=weights, k=len(quotes))
    people = []
    for i, (q, (name, kind, role)) in enumerate(zip(quotes, chosen, strict=True)):
        q["speaker"], q["speakers"] = name, [name]
        people.append({"name": name, "kind": kind, "role": role, "quotes": [i],
                       "short_forms": [name.split()[-1]] if kind == "person" else []})
    analysis["people"] = people
    return art


def articles(size: int, seed: int = 7) -> Iterator[StoredArticle]:
    """``size`` generated articles, always the same ones for one seed."""
    rng = random.Random(seed)
    pool = _people_pool(rng)
    weights = [1 / (r + 1) ** 0.8 for r in range(len(pool))]
    seen: set[str] = set()
    for n in range(size):
        art = people_article(rng, n, pool, weights)
        if art.id not in seen:
            seen.add(art.id)
            yield art


def build(root: Path, size: int, indexing: bool, batch: int = 200) -> dict[str, float]:
    """Add the articles in batches of ``batch``; returns the seconds and the rate."""
    library = Library(root, indexing=indexing)
    start = time.perf_counter()
    pending: list[StoredArticle] = []
    for art in articles(size):
        pending.append(art)
        if len(pending) == batch:
            library.add(pending)
            pending = []
    if pending:
        library.add(pending)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 1), "articles_per_s": round(size / seconds, 1)}


def folder_bytes(root: Path, index: bool) -> int:
    """Bytes of the library's own files (index False) or of its index's (True)."""
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and path.name.startswith("index.sqlite") == index:
            total += path.stat().st_size
    return total


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- in a fresh process -----------------------------------------------------------------


def measure_services(root: Path) -> dict[str, float]:
    """The services' people, person and search calls, timed once each."""
    from newsreader.services import Services

    out: dict[str, float] = {}

    def timed(name: str, call: Any) -> Any:
        t = time.perf_counter()
        result = call()
        out[name] = round(time.perf_counter() - t, 4)
        return result

    services = timed("open_s", lambda: Services(root))
    timed("index_ready_s", services.index_ready)
    people = timed("people_s", services.people)
    out["people"] = len(people)
    name = people[len(people) // 3].name
    person = timed("person_s", lambda: services.person(name))
    hits = timed("person_quotes_s", lambda: services.person_quotes(person))
    out["person_quotes"] = len(hits)
    top = people[0]
    timed("top_person_quotes_s", lambda: services.person_quotes(top))
    out["top_person_quotes"] = top.quotes
    for label, text in (("common", "harbour"), ("two_words", "ferry budget"),
                        ("phrase", '"ferry budget"'), ("prefix", "hosp*"),
                        ("rare", "12345")):
        found = timed(f"search_{label}_s", lambda text=text: services.search(text, limit=50))
        out[f"search_{label}_hits"] = len(found)
        ids = timed(f"list_{label}_s", lambda text=text: services.text_matches(text))
        out[f"list_{label}_ids"] = len(ids or ())
    timed("quotes_search_s", lambda: services.quotes_search("harbour", limit=100))
    out["peak_rss_mib"] = round(peak_rss_mib(), 1)
    return out


async def _app_run(root: Path) -> dict[str, float]:
    from textual.widgets import DataTable

    from newsreader.services import Services
    from newsreader.tui.app import NewsreaderApp
    from newsreader.tui.screens.list_screen import ListScreen
    from newsreader.tui.screens.people_screen import PeopleScreen
    from newsreader.tui.screens.quotes_screen import QuotesScreen
    from newsreader.tui.widgets.article_list import ArticleList

    async def until(pilot: Any, condition: Any) -> float:
        start = time.perf_counter()
        while not condition():
            await pilot.pause(0.002)
            if time.perf_counter() - start > 60:
                raise SystemExit("bench/people.py: the app never showed it")
        return time.perf_counter() - start

    t0 = time.perf_counter()
    gc.disable()  # as tui/launch.py starts the app: the collector off until the list shows,
    app = NewsreaderApp(Services(root), settle_memory=True)  # then start-up's objects frozen
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ListScreen)
                    and app.screen.query_one(ArticleList).row_count > 0)
        out["start_to_list_s"] = time.perf_counter() - t0
        t = time.perf_counter()
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.entries)
        out["people_screen_s"] = time.perf_counter() - t
        name = app.screen.entries[3].name
        t = time.perf_counter()
        app.show_person(name)
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.hits
                    and app.screen.query_one(DataTable).row_count)  # rows with titles
        out["person_page_s"] = time.perf_counter() - t
        await pilot.press("q", "q")
        lists = app.screen
        assert isinstance(lists, ListScreen)
        total = lists.query_one(ArticleList).row_count
        await pilot.press("slash", *"hospita")
        t = time.perf_counter()
        lists.apply_search("hospita")  # what the search box does after its pause
        await until(pilot, lambda: lists.list_query.search == "hospita"
                    and lists.query_one(ArticleList).row_count < total and not lists._searching)
        out["list_search_s"] = time.perf_counter() - t
        for label, word in (("common", "harbour"), ("two_words", "ferry budget")):
            lists.apply_search("")
            await until(pilot, lambda: lists.query_one(ArticleList).row_count == total)
            t = time.perf_counter()
            lists.apply_search(word)  # a word in nearly every text: the index's hits
            await until(pilot, lambda word=word: lists.list_query.search == word
                        and not lists._searching)
            out[f"list_search_{label}_s"] = time.perf_counter() - t
    out["peak_rss_mib"] = round(peak_rss_mib(), 1)
    return out


def measure_app(root: Path) -> dict[str, float]:
    """The app, headless: start, People screen, a person's page, a search."""
    import asyncio

    return asyncio.run(_app_run(root))


def fresh(what: str, root: Path, repeat: int) -> dict[str, float]:
    """Median over ``repeat`` fresh processes of ``what`` ("services" or "app")."""
    runs = []
    for _ in range(repeat):
        proc = subprocess.run([sys.executable, __file__, "--measure", what, str(root)],
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {k: round(statistics.median(r[k] for r in runs), 4) for k in runs[0]}


# -- FTS5 against tantivy ---------------------------------------------------------------


def engines(root: Path, size: int, work: Path) -> dict[str, Any]:
    """The same titles and texts in SQLite FTS5 (as the index has them) and in tantivy."""
    import sqlite3

    docs = [(a.id, a.title, a.body) for a in articles(size)]
    queries = {"common": "harbour", "two_words": "ferry budget", "phrase": '"ferry budget"',
               "rare": "12345"}
    result: dict[str, Any] = {}
    path = work / "fts5.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, content='', "
               "tokenize='porter unicode61 remove_diacritics 2')")
    t = time.perf_counter()
    for start in range(0, len(docs), 200):
        db.execute("BEGIN")
        db.executemany("INSERT INTO t(rowid, title, body) VALUES(?, ?, ?)",
                       [(i + 1, d[1], d[2]) for i, d in enumerate(docs[start:start + 200],
                                                                  start)])
        db.execute("COMMIT")
    fts: dict[str, Any] = {"build_s": round(time.perf_counter() - t, 1)}
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fts["mib"] = round(path.stat().st_size / 2**20, 1)
    for label, q in queries.items():
        t = time.perf_counter()
        db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, 4.0, 1.0) LIMIT 50",
                   (q.replace('"', '"') if '"' in q else " ".join(
                       f'"{w}"' for w in q.split()),)).fetchall()
        fts[f"top50_{label}_ms"] = round((time.perf_counter() - t) * 1000, 1)
        t = time.perf_counter()
        db.execute("SELECT rowid FROM t WHERE t MATCH ?",
                   (q if '"' in q else " ".join(f'"{w}"' for w in q.split()),)).fetchall()
        fts[f"all_{label}_ms"] = round((time.perf_counter() - t) * 1000, 1)
    result["fts5"] = fts
    try:
        import tantivy
    except ImportError:
        result["tantivy"] = "not installed (pip install tantivy to compare)"
        return result
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", tokenizer_name="en_stem")
    builder.add_text_field("body", tokenizer_name="en_stem")
    schema = builder.build()
    folder = work / "tantivy"
    folder.mkdir()
    index = tantivy.Index(schema, path=str(folder))
    t = time.perf_counter()
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    for start in range(0, len(docs), 200):  # a commit per batch, as an import would
        for d in docs[start:start + 200]:
            writer.add_document(tantivy.Document(id=d[0], title=d[1], body=d[2]))
        writer.commit()
    writer.wait_merging_threads()
    tan: dict[str, Any] = {"build_s": round(time.perf_counter() - t, 1)}
    tan["mib"] = round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
                       / 2**20, 1)
    index.reload()
    searcher = index.searcher()
    for label, q in queries.items():
        query = index.parse_query(q, ["title", "body"])
        t = time.perf_counter()
        hits = searcher.search(query, 50).hits
        [searcher.doc(addr)["id"] for _, addr in hits]
        tan[f"top50_{label}_ms"] = round((time.perf_counter() - t) * 1000, 1)
        t = time.perf_counter()
        hits = searcher.search(query, size).hits
        [searcher.doc(addr)["id"] for _, addr in hits]
        tan[f"all_{label}_ms"] = round((time.perf_counter() - t) * 1000, 1)
    result["tantivy"] = tan
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--import-size", type=int, default=20_000,
                        help="articles imported in batches of 200, with and without the index")
    parser.add_argument("--dir", type=Path, help="keep the libraries here (default: temp)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engines", action="store_true", help="compare FTS5 with tantivy")
    parser.add_argument("--measure", nargs=2, metavar=("WHAT", "LIBRARY"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        what, root = args.measure
        fn = measure_services if what == "services" else measure_app
        print(json.dumps(fn(Path(root))))
        return
    work = args.dir or Path(tempfile.mkdtemp(prefix="bench-people-"))
    work.mkdir(parents=True, exist_ok=True)
    indexed = work / f"indexed-{args.size}"
    out: dict[str, Any] = {"size": args.size, "import_size": args.import_size,
                           "cpus": os.cpu_count()}
    for indexing in (False, True):
        path = work / f"import-{args.import_size}-{indexing}"
        if path.exists():
            shutil.rmtree(path)
        key = "import_with_index" if indexing else "import_without_index"
        out[key] = build(path, args.import_size, indexing=indexing)
        shutil.rmtree(path)
    out["import_cost_of_index"] = round(out["import_without_index"]["articles_per_s"]
                                        / out["import_with_index"]["articles_per_s"], 3)
    if indexed.exists():
        shutil.rmtree(indexed)
    out["build_with_index"] = build(indexed, args.size, indexing=True, batch=5000)
    proc = subprocess.run([sys.executable, "-c", (
        "import sys,time,json; sys.path.insert(0, sys.argv[2]);"
        "from newsreader.services import Services; s=Services(sys.argv[1]);"
        "t=time.perf_counter(); n=s.reindex(); print(json.dumps([n, time.perf_counter()-t]))"),
        str(indexed), str(Path(__file__).resolve().parent.parent)],
        capture_output=True, text=True, check=True)
    count, seconds = json.loads(proc.stdout)
    out["reindex"] = {"articles": count, "seconds": round(seconds, 1)}
    library, index = folder_bytes(indexed, False), folder_bytes(indexed, True)
    out["sizes_mib"] = {"library": round(library / 2**20, 1), "index": round(index / 2**20, 1),
                        "index_share": round(index / library, 3)}
    out["services"] = fresh("services", indexed, args.repeat)
    out["app"] = fresh("app", indexed, args.repeat)
    if args.engines:
        scratch = work / "engines"
        if scratch.exists():
            shutil.rmtree(scratch)
        scratch.mkdir()
        out["engines"] = engines(indexed, args.size, scratch)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
