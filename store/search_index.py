"""The library's search index: article text, quotations and people, in SQLite beside it.

``index.sqlite`` in the library folder is derived data, never the source of truth: the
TinyDB files are. It is kept current by the library's own writes (``Library`` calls
``intend`` before each commit and ``apply`` after it, under the write lock), and anything
it cannot vouch for is rebuilt from the library (``sync``): a missing, corrupt or
out-of-date index costs a rebuild, never an error or lost data.

Tables:

- ``docs``: one row per article indexed (id, title, source, dates); its rowid is the
  article's row in ``text_fts``;
- ``text_fts``: FTS5 over titles and texts, contentless (the texts are not stored a
  second time); a replaced article gets a new rowid and its old entry is left behind,
  unreachable (``docs`` no longer names it), and counted, until a rebuild;
- ``quotes``/``quote_fts``: every quotation with its speakers, verb and medium, and FTS5
  over its words (content from ``quotes``, so entries are removed exactly);
- ``speaks``: which person (by ``person_key``) said which quotation;
- ``people``: one row per person per article: name, kind, role, affiliation, quotations;
- ``pending``: the ids a write is about to change (written before its commit): an index
  that finds some after a crash indexes those articles again;
- ``meta``: the listing's epoch and generation the index matches, and whether it is whole.

SQLite runs in WAL mode with a busy timeout, so a reader never waits for the writer and
two processes writing take turns; every write also holds the library's lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsreader.news.analysis import Analysis
from newsreader.news.people import person_key
from newsreader.store.records import StoredArticle
from newsreader.store.storage import paused_gc

if TYPE_CHECKING:
    from newsreader.store.library import Library

INDEX_FILE = "index.sqlite"
"""The index's file in the library folder (SQLite adds ``-wal`` and ``-shm`` beside it)."""
INDEX_VERSION = "4"
"""Changes when the tables change: an index of another version is rebuilt."""
BUILD_BATCH = 400
"""Articles indexed per hold of the library's lock while (re)building."""
BUSY_MS = 5000
"""How long a statement waits for another process's write to finish."""
WAL_LIMIT = 4 << 20
"""Bytes the write-ahead log is cut back to after a checkpoint."""
TITLE_WEIGHT = 4.0
"""How much more a word in the title counts than one in the text, in the ranking."""
TOKENIZER = "porter unicode61 remove_diacritics 2"
"""How titles, texts and quotations are cut into words: stemmed (``hospitals`` is kept
as ``hospit``), case and accents ignored."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs(
    trow INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at TEXT,
    dated INTEGER, fp INTEGER, q0 INTEGER, q1 INTEGER, p0 INTEGER, p1 INTEGER);
CREATE VIRTUAL TABLE IF NOT EXISTS text_fts USING fts5(
    title, body, content='', tokenize='{tokenizer}');
CREATE TABLE IF NOT EXISTS quotes(
    qrow INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL, idx INTEGER,
    text TEXT, speakers TEXT, verb TEXT, medium TEXT, kind TEXT, start INTEGER,
    end INTEGER);
CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5(
    text, content='quotes', content_rowid='qrow', tokenize='{tokenizer}');
CREATE TABLE IF NOT EXISTS speaks(key TEXT NOT NULL, qrow INTEGER NOT NULL,
    PRIMARY KEY(key, qrow)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people(
    prow INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL, key TEXT NOT NULL,
    name TEXT, kind TEXT, role TEXT, affiliation TEXT, short_forms TEXT, quotes INTEGER);
CREATE TABLE IF NOT EXISTS cache(name TEXT PRIMARY KEY, version INTEGER, data BLOB);
CREATE TABLE IF NOT EXISTS pending(id TEXT PRIMARY KEY);
""".replace("{tokenizer}", TOKENIZER)

_TABLES = ("meta", "docs", "text_fts", "quotes", "quote_fts", "speaks", "people", "pending",
           "cache")
KIND = "direct"
"""A quotation's kind when ``quotes.kind`` is NULL (most are: not stored each time)."""
PERSON = "person"
"""A person's kind when ``people.kind`` is NULL."""
TitleLookup = Callable[[Collection[str]], "dict[str, tuple[str, str | None]]"]
"""Articles' titles and sources by id (the library's listing has them; the index does
not keep them a second time)."""


@dataclass(frozen=True)
class IndexState:
    """What the index says about itself."""

    epoch: str
    """The listing epoch it was built for."""
    gen: int
    """The listing generation it matches."""
    complete: bool
    """Whether every article is in it (False while it is being built)."""
    cursor: int
    """While being built: listing positions done."""
    pending: int
    """Articles a write announced and did not confirm."""
    orphans: int
    """Replaced entries of ``text_fts`` left behind."""


@dataclass(frozen=True)
class QuoteHit:
    """One quotation found in the index."""

    article_id: str
    title: str
    source: str | None
    published: str | None
    added: str | None
    index: int
    """Its number in the article (text order, as everywhere)."""
    text: str
    speakers: list[str]
    verb: str | None
    medium: str | None
    kind: str
    start: int
    end: int


# -- what the user types, as an FTS5 query -------------------------------------------

_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_ENDINGS = ("", "al", "ally", "ality", "alities", "alism", "ance", "ancy", "ence", "ency",
            "ant", "ent", "er", "or", "ic", "ical", "ically", "able", "ably", "ability",
            "ible", "ibly", "ibility", "ion", "ation", "ational", "ator", "ative", "ement",
            "ment", "ness", "ful", "fully", "fulness", "ism", "ist", "ity", "ive", "ively",
            "iveness", "ivity", "ize", "ization", "ise", "isation", "ous", "ously",
            "ousness", "ate", "ly", "y", "ily", "ies", "ied", "ier", "iest", "li", "iti")
_INFLECTIONS = ("", "s", "es", "ed", "ing", "ings", "er", "ers", "est", "ly")
SUFFIXES = tuple(sorted({e + i for e in _ENDINGS for i in _INFLECTIONS} - {""}))
"""Endings the stemmer takes off English words (with their plurals and tenses): a word
typed that already runs into one (``hospita``, ``runni``) is not the start of its word's
stem (``hospit``, ``run``)."""
MIN_WIDENED = 4
"""Letters a word being typed needs before the words it may be becoming are searched too."""


def completions(word: str) -> list[str]:
    """The words ``word`` may be the start of where it runs into an ending the stemmer
    takes off: ``hospita`` -> hospital, hospitals, hospitality, ... (letters only; the
    endings are English)."""
    folded = word.casefold()
    if len(folded) < MIN_WIDENED or not folded.isalpha():
        return []
    found = {folded + suffix[cut:] for suffix in SUFFIXES for cut in range(1, len(suffix))
             if folded.endswith(suffix[:cut])}
    return sorted(found)


Widen = Callable[[str], "list[str]"]
"""Words to search for beside a prefix (``SearchIndex.widen``)."""


def match_expression(text: str, prefix_last: bool = False,
                     widen: Widen | None = None) -> str | None:
    """An FTS5 query for what a reader typed: words must all be there (any order),
    ``"two words"`` as a phrase, ``word*`` any word starting so, ``-word`` must not be
    there; with ``prefix_last`` the last word typed is a prefix (searching as you type).
    Case and accents never matter. None when nothing searchable was typed. ``widen``
    gives the words a prefix may be the start of whose stems are shorter than it (so
    not found by the prefix): they are searched for beside it."""
    wanted: list[str] = []
    unwanted: list[str] = []
    terms = list(_TERM.finditer(text))
    for n, m in enumerate(terms):
        negate = m.group(1) == "-" if m.group(2) is not None else m.group(3).startswith("-")
        raw = m.group(2) if m.group(2) is not None else m.group(3).lstrip("-")
        phrase = m.group(2) is not None
        star = not phrase and raw.endswith("*")
        words = _WORD.findall(raw)
        if not words:
            continue
        last = n == len(terms) - 1 and not phrase and not text.endswith(" ")
        expr = '"' + " ".join(words) + '"'
        if star or (prefix_last and last and not negate):
            expr += "*"
            more = widen(words[0]) if widen is not None and len(words) == 1 else []
            if more:
                expr = "(" + " OR ".join([expr, *(f'"{w}"' for w in more)]) + ")"
        (unwanted if negate else wanted).append(expr)
    if not wanted:
        return None
    widened = any(w.startswith("(") for w in wanted)  # FTS5 wants AND before a "("
    expr = (" AND " if widened else " ").join(wanted)
    for u in unwanted:
        expr = f"({expr}) NOT {u}"
    return expr


# -- the index -------------------------------------------------------------------------


class SearchIndex:
    """The index file of one library folder, for one thread."""

    def __init__(self, root: Path, titles: TitleLookup | None = None) -> None:
        self.path = root / INDEX_FILE
        """The index's file."""
        self.titles = titles
        """Where the titles and sources of the articles found come from (None: none)."""
        self._db: sqlite3.Connection | None = None
        self._stemmer: sqlite3.Connection | None = None

    # -- the connection ----------------------------------------------------------------

    def db(self) -> sqlite3.Connection:
        """The open connection (the file and its tables made if missing)."""
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None,
                                 check_same_thread=False)
            try:
                db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
                version = None
                with contextlib.suppress(sqlite3.Error):
                    row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
                    version = row[0] if row else None
                if version is not None and version != INDEX_VERSION:
                    _drop(db)
                db.executescript(_SCHEMA)
                db.execute("INSERT OR IGNORE INTO meta VALUES('version', ?)", (INDEX_VERSION,))
            except sqlite3.Error:
                db.close()
                raise
            self._db = db
        return self._db

    def close(self) -> None:
        """Close the connection (it reopens when next used)."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        if self._stemmer is not None:
            self._stemmer.close()
            self._stemmer = None

    def discard(self) -> None:
        """Remove the index's files (a damaged index is made again from the library)."""
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (rolled back if anything in it fails)."""
        db = self.db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- what it knows -------------------------------------------------------------------

    def state(self) -> IndexState:
        """The index's own account of itself."""
        db = self.db()
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        pending = db.execute("SELECT count(*) FROM pending").fetchone()[0]
        return IndexState(meta.get("epoch", ""), int(meta.get("gen", -1)),
                          meta.get("complete") == "1", int(meta.get("cursor", 0)), pending,
                          int(meta.get("orphans", 0)))

    def _set(self, db: sqlite3.Connection, **values: object) -> None:
        db.executemany("INSERT OR REPLACE INTO meta VALUES(?, ?)",
                       [(k, str(v)) for k, v in values.items()])

    # -- writing: called by the library under its lock -------------------------------------

    def intend(self, ids: Iterable[str]) -> None:
        """Note the articles a write is about to change, before it commits."""
        with self.transaction() as db:
            db.executemany("INSERT OR IGNORE INTO pending VALUES(?)", ((i,) for i in ids))

    def apply(self, articles: Sequence[StoredArticle], gone: Sequence[str] = (),
              new: Collection[str] = ()) -> None:
        """Index articles (replacing what was indexed for them) and forget ``gone``, in one
        transaction. ``new``: ids of articles the listing did not have (nothing to
        replace)."""
        self.begin_apply(articles, gone, new)
        self.finish_apply()

    def begin_apply(self, articles: Sequence[StoredArticle], gone: Sequence[str] = (),
                    new: Collection[str] = ()) -> None:
        """``apply``'s work, in a transaction left open: the library commits its write,
        then ``finish_apply`` commits this (``rollback`` if the library's write failed).
        So an interrupted write (Ctrl+C) is interrupted before the library commits, never
        between the library's commit and the index's."""
        db = self.db()
        db.execute("BEGIN IMMEDIATE")
        try:
            kept: dict[str, int] = {}
            old = [a for a in articles if a.id not in new]
            for art in old:  # the same text (a re-analysis): its entry stays
                row = db.execute("SELECT trow, fp FROM docs WHERE id=?", (art.id,)).fetchone()
                if row is not None and row[1] == _text_print(art):
                    kept[art.id] = row[0]
            orphans = self._forget(db, [a.id for a in old] + list(gone)) - len(kept)
            for art in articles:
                self._add(db, art, kept.get(art.id))
            done = [(a.id,) for a in articles] + [(g,) for g in gone]
            db.executemany("DELETE FROM pending WHERE id=?", done)
            db.execute("INSERT INTO meta VALUES('changes', '1') ON CONFLICT(key) DO UPDATE "
                       "SET value = CAST(value AS INTEGER) + 1")
            if orphans:
                row = db.execute("SELECT value FROM meta WHERE key='orphans'").fetchone()
                self._set(db, orphans=int(row[0] if row else 0) + orphans)
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def finish_apply(self, before: tuple[str, int] | None = None,
                     after: tuple[str, int] | None = None) -> None:
        """Commit what ``begin_apply`` did; when the index matched the listing ``before``
        the library's write, it matches it ``after``."""
        db = self.db()
        try:
            if before is not None and after is not None:
                state = dict(db.execute("SELECT key, value FROM meta").fetchall())
                if state.get("complete") == "1" and \
                        (state.get("epoch"), state.get("gen")) == (before[0], str(before[1])):
                    self._set(db, epoch=after[0], gen=after[1])
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def rollback(self) -> None:
        """Give up what ``begin_apply`` did (the library's write failed)."""
        with contextlib.suppress(sqlite3.Error):
            self.db().execute("ROLLBACK")

    def _forget(self, db: sqlite3.Connection, ids: Sequence[str]) -> int:
        """Remove what is indexed for these articles; returns the text entries orphaned."""
        orphans = 0
        for aid in ids:
            row = db.execute("SELECT q0, q1, p0, p1 FROM docs WHERE id=?", (aid,)).fetchone()
            if row is None:
                continue
            q0, q1, p0, p1 = row
            db.execute("DELETE FROM docs WHERE id=?", (aid,))
            orphans += 1
            if q0 is not None:
                rows = db.execute("SELECT qrow, text FROM quotes WHERE qrow BETWEEN ? AND ?",
                                  (q0, q1)).fetchall()
                db.executemany("INSERT INTO quote_fts(quote_fts, rowid, text) "
                               "VALUES('delete', ?, ?)", rows)
                keys = db.execute("SELECT DISTINCT key FROM people WHERE prow BETWEEN ? AND ?",
                                  (p0, p1)).fetchall() if p0 is not None else []
                db.executemany("DELETE FROM speaks WHERE key=? AND qrow BETWEEN ? AND ?",
                               [(k[0], q0, q1) for k in keys])
                db.execute("DELETE FROM quotes WHERE qrow BETWEEN ? AND ?", (q0, q1))
            if p0 is not None:
                db.execute("DELETE FROM people WHERE prow BETWEEN ? AND ?", (p0, p1))
        return orphans

    def _add(self, db: sqlite3.Connection, art: StoredArticle, trow: int | None = None) -> None:
        """Index one article; ``trow``: its text entry, kept (the text is unchanged)."""
        cur = db.execute("INSERT INTO docs(trow, id, at, dated, fp) VALUES(?, ?, ?, ?, ?)",
                         (trow, art.id, art.published or art.added,
                          1 if art.published else 0, _text_print(art)))
        doc = cur.lastrowid
        if trow is None:
            db.execute("INSERT INTO text_fts(rowid, title, body) VALUES(?, ?, ?)",
                       (doc, art.title, art.body))
        if art.stored_analysis is None:
            return
        q0 = q1 = p0 = p1 = None
        analysis = Analysis.from_dict(art.stored_analysis, len(art.body),
                                      title_length=len(art.title))  # in text order
        spoken: dict[str, int] = {}
        for n, q in enumerate(analysis.quotes):
            names = [s for s in (q.speakers or ([q.speaker] if q.speaker else [])) if s]
            cur = db.execute(
                "INSERT INTO quotes(doc, idx, text, speakers, verb, medium, kind, "
                "start, end) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc, n, q.text, "\n".join(names), q.verb, q.medium,
                 None if q.kind == KIND else q.kind, q.start, q.end))
            qrow = cur.lastrowid
            q0 = qrow if q0 is None else q0
            q1 = qrow
            db.execute("INSERT INTO quote_fts(rowid, text) VALUES(?, ?)", (qrow, q.text))
            keys = {person_key(s) for s in names} - {""}
            db.executemany("INSERT OR IGNORE INTO speaks VALUES(?, ?)",
                           [(k, qrow) for k in keys])
            for k in keys:
                spoken[k] = spoken.get(k, 0) + 1
        listed: dict[str, tuple[Any, ...]] = {}
        for p in analysis.people:
            key = person_key(p.name)
            if key and key not in listed:
                listed[key] = (doc, key, p.name, None if p.kind == PERSON else p.kind,
                               p.role, p.affiliation, "\n".join(p.short_forms),
                               spoken.get(key, 0))
        for q in analysis.quotes:  # a speaker the analysis did not list as a person
            for s in (q.speakers or ([q.speaker] if q.speaker else [])):
                key = person_key(s) if s else ""
                if key and key not in listed:
                    listed[key] = (doc, key, s, None, None, None, "", spoken.get(key, 0))
        for values in listed.values():
            cur = db.execute("INSERT INTO people(doc, key, name, kind, role, affiliation, "
                             "short_forms, quotes) VALUES(?, ?, ?, ?, ?, ?, ?, ?)", values)
            p0 = cur.lastrowid if p0 is None else p0
            p1 = cur.lastrowid
        if q0 is not None or p0 is not None:
            db.execute("UPDATE docs SET q0=?, q1=?, p0=?, p1=? WHERE trow=?",
                       (q0, q1, p0, p1, doc))

    def start_empty(self, epoch: str, gen: int) -> None:
        """Call an empty index whole for an empty listing (a new library: no build)."""
        if self.state().complete or self.count():
            return
        self.reset()
        with self.transaction() as db:
            self._set(db, epoch=epoch, gen=gen, complete=1, cursor=0)

    def reset(self) -> None:
        """Empty the index, to be built again from the library."""
        with self.transaction() as db:
            for table in ("docs", "quotes", "speaks", "people", "pending", "cache"):
                db.execute(f"DELETE FROM {table}")
            db.execute("INSERT INTO text_fts(text_fts) VALUES('delete-all')")
            db.execute("INSERT INTO quote_fts(quote_fts) VALUES('delete-all')")
            db.execute("DELETE FROM meta WHERE key != 'version'")

    # -- reading -------------------------------------------------------------------------

    def widen(self, prefix: str) -> list[str]:
        """The words ``prefix`` may be the start of (``completions``) whose stems are
        shorter than it, one for each such stem: ``hospita`` -> hospital (``hospit``),
        ``hopin`` -> hoping (``hope``). The stems are the tokenizer's own, from a scratch
        table in memory; nothing is added to the index."""
        words = completions(prefix)
        if not words:
            return []
        try:
            if self._stemmer is None:
                db = sqlite3.connect(":memory:", check_same_thread=False)
                db.execute(f"CREATE VIRTUAL TABLE w USING fts5(x, tokenize='{TOKENIZER}')")
                db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(w, instance)")
                self._stemmer = db
            db = self._stemmer
            with db:
                db.execute("DELETE FROM w")
                db.executemany("INSERT INTO w(rowid, x) VALUES(?, ?)",
                               enumerate([prefix.casefold(), *words]))
                stems = dict(db.execute("SELECT doc, term FROM v"))
        except sqlite3.Error:  # an SQLite without fts5vocab: the prefix alone, as before
            return []
        shorter = len(prefix)
        chosen: dict[str, str] = {}
        for n, word in enumerate(words, 1):
            stem = stems.get(n)
            if stem is not None and len(stem) < shorter and stem != stems.get(0):
                chosen.setdefault(stem, word)
        return sorted(chosen.values())

    def text_ids(self, expression: str) -> set[str]:
        """Ids of every article whose title or text matches an FTS5 expression."""
        cur = self.db().execute("SELECT d.id FROM text_fts JOIN docs d ON d.trow = "
                                "text_fts.rowid WHERE text_fts MATCH ?", (expression,))
        return {aid for (aid,) in cur}

    def ranked(self, expression: str, limit: int | None = None,
               ) -> list[tuple[str, str, str | None, str | None, float]]:
        """Articles matching, best first (BM25, title words counting more): (id, title,
        source, published, score)."""
        sql = ("SELECT d.id, CASE WHEN d.dated THEN d.at END, "
               f"bm25(text_fts, {TITLE_WEIGHT}, 1.0) AS score FROM text_fts "
               "JOIN docs d ON d.trow = text_fts.rowid WHERE text_fts MATCH ? "
               "ORDER BY score LIMIT ?")
        rows = self.db().execute(sql, (expression, -1 if limit is None else limit)).fetchall()
        titles = self._titles([r[0] for r in rows])
        return [(r[0], *titles.get(r[0], ("", None)), r[1], -r[2]) for r in rows]

    def quotes_matching(self, expression: str, limit: int | None = None,
                        titled: bool = True) -> list[QuoteHit]:
        """Quotations whose words match, best first (``titled``: see ``quotes_of``)."""
        sql = (f"SELECT {_HIT} FROM quote_fts "
               "JOIN quotes q ON q.qrow = quote_fts.rowid JOIN docs d ON d.trow = q.doc "
               "WHERE quote_fts MATCH ? ORDER BY bm25(quote_fts) LIMIT ?")
        return self._hits(self.db().execute(sql, (expression, -1 if limit is None else limit)),
                          titled)

    def quotes_of(self, keys: Iterable[str], titled: bool = True) -> list[QuoteHit]:
        """Every quotation by any of these people, newest article first. Without
        ``titled`` their articles' titles and sources are left out (empty: the listing's
        pages that hold them are not read; ``with_titles`` adds them to the hits shown)."""
        wanted = sorted(set(keys))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        sql = (f"SELECT DISTINCT {_HIT} FROM speaks s "
               "JOIN quotes q ON q.qrow = s.qrow JOIN docs d ON d.trow = q.doc "
               f"WHERE s.key IN ({marks}) ORDER BY d.at DESC, d.id, q.idx")
        return self._hits(self.db().execute(sql, wanted), titled)

    def with_titles(self, hits: Sequence[QuoteHit]) -> list[QuoteHit]:
        """The hits with their articles' titles and sources (read from the listing pages
        that hold those articles, and no others)."""
        titles = self._titles({h.article_id for h in hits})
        return [replace(h, title=titles[h.article_id][0], source=titles[h.article_id][1])
                if h.article_id in titles else h for h in hits]

    def _titles(self, ids: Collection[str]) -> dict[str, tuple[str, str | None]]:
        return self.titles(ids) if self.titles is not None and ids else {}

    def _hits(self, cursor: Iterable[Sequence[Any]], titled: bool = True) -> list[QuoteHit]:
        with paused_gc():  # thousands of rows and hits: no collection halfway through
            rows = list(cursor)
            titles = self._titles({r[0] for r in rows}) if titled else {}
            return [_hit(r, *titles.get(r[0], ("", None))) for r in rows]

    def people_rows(self) -> list[list[Any]]:
        """One row per person key: [key, kind, quotes, articles, first seen, last seen,
        spellings, roles, affiliations, short forms], the spellings, roles and
        affiliations as {value: articles}, the best first (most given; spellings then the
        longest), the short forms sorted."""
        db = self.db()
        row = db.execute("SELECT value FROM meta WHERE key='changes'").fetchone()
        version = int(row[0]) if row else 0
        cached = db.execute("SELECT version, data FROM cache WHERE name='people'").fetchone()
        if cached is not None and cached[0] == version:
            with contextlib.suppress(ValueError, TypeError, zlib.error), paused_gc():
                rows: list[list[Any]] = json.loads(zlib.decompress(cached[1]))
                return rows
        with paused_gc():
            rows = _people_rows(db.execute(
                "SELECT p.key, p.name, p.kind, p.role, p.affiliation, p.short_forms, "
                "p.quotes, d.at FROM people p JOIN docs d ON d.trow = p.doc"))
        with contextlib.suppress(sqlite3.Error):  # another process may be writing: later
            db.execute("INSERT OR REPLACE INTO cache VALUES('people', ?, ?)",
                       (version, zlib.compress(json.dumps(rows, separators=(",", ":"))
                                               .encode(), 1)))
        return rows

    def count(self) -> int:
        """Articles indexed."""
        return int(self.db().execute("SELECT count(*) FROM docs").fetchone()[0])


def _text_print(art: StoredArticle) -> int:
    """A short hash of what ``text_fts`` holds for an article (its title and text)."""
    digest = hashlib.blake2b(f"{art.title}\0{art.body}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


_HIT = ("d.id, d.at, d.dated, q.idx, q.text, q.speakers, q.verb, q.medium, q.kind, q.start, "
        "q.end")
"""The columns a quotation found is read from."""


def _hit(r: Sequence[Any], title: str, source: str | None) -> QuoteHit:
    at, dated = r[1], r[2]
    return QuoteHit(r[0], title, source, at if dated else None, None if dated else at,
                    r[3], r[4] or "", r[5].split("\n") if r[5] else [], r[6], r[7],
                    r[8] or KIND, r[9], r[10])


def _ranked(counts: dict[str, int], longest: bool = False) -> dict[str, int]:
    """The counts, the most counted first (then, with ``longest``, the longest), then
    alphabetically."""
    order = sorted(counts, key=(lambda v: (-counts[v], -len(v), v)) if longest
                   else (lambda v: (-counts[v], v)))
    return {v: counts[v] for v in order}


def _people_rows(rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
    """``people_rows`` worked out from the people table's rows (with their article's
    date): one pass."""
    found: dict[str, list[Any]] = {}
    for key, name, kind, role, org, short, quotes, at in rows:
        entry = found.get(key)
        if entry is None:
            entry = found[key] = [key, {}, 0, 0, at, at, {}, {}, {}, set()]
        kinds = entry[1]
        kind = kind or PERSON
        kinds[kind] = kinds.get(kind, 0) + 1
        entry[2] += quotes or 0
        entry[3] += 1
        if at and (entry[4] is None or at < entry[4]):
            entry[4] = at
        if at and (entry[5] is None or at > entry[5]):
            entry[5] = at
        names = entry[6]
        names[name] = names.get(name, 0) + 1
        if role:
            role = " ".join(role.split())
            entry[7][role] = entry[7].get(role, 0) + 1
        if org:
            org = " ".join(org.split())
            entry[8][org] = entry[8].get(org, 0) + 1
        if short:
            entry[9].update(short.split("\n"))
    for entry in found.values():
        entry[1] = next(iter(_ranked(entry[1], longest=True)))
        entry[6] = _ranked(entry[6], longest=True)
        entry[7], entry[8] = _ranked(entry[7]), _ranked(entry[8])
        entry[9] = sorted(entry[9])
    return list(found.values())


def _drop(db: sqlite3.Connection) -> None:
    """Drop every table of another version of the index."""
    for table in _TABLES:
        with contextlib.suppress(sqlite3.Error):
            db.execute(f"DROP TABLE IF EXISTS {table}")


# -- keeping it up to date -------------------------------------------------------------


Progress = Callable[[int, int], None]


def sync(library: Library, index: SearchIndex, stop: Callable[[], bool] | None = None,
         progress: Progress | None = None, budget: float | None = None) -> bool:
    """Bring the index up to date with the library; returns whether it is.

    Articles a crashed write announced are indexed again; an index that is missing,
    damaged, of another version or behind a write it did not see is built again from the
    library, ``BUILD_BATCH`` articles per hold of the lock (other writers get in between;
    what they write is indexed by their own writes). ``stop`` is asked between batches;
    ``budget`` (seconds) stops early too, leaving the rest for later: the index says how
    far it got and carries on from there.
    """
    started = time.monotonic()
    try:
        if _fresh(library, index):
            return True
        with library.writing():
            _settle(library, index)
        while True:
            if stop is not None and stop():
                return False
            if budget is not None and time.monotonic() - started > budget:
                return False
            with library.writing():
                done, total = _build_step(library, index)
            if progress is not None:
                progress(done, total)
            if done >= total:
                return True
    except sqlite3.DatabaseError:
        index.discard()  # damaged: made anew from the library next time
        return False


def _fresh(library: Library, index: SearchIndex) -> bool:
    head = library.head()
    state = index.state()
    return state.complete and not state.pending and \
        (state.epoch, state.gen) == (head.epoch, head.gen)


def _settle(library: Library, index: SearchIndex) -> None:
    """Under the lock: index again what a crashed write announced; start a build when the
    index cannot be brought up to date otherwise."""
    head = library.head()
    state = index.state()
    if state.pending:
        db = index.db()
        ids = [r[0] for r in db.execute("SELECT id FROM pending")]
        present = library.present_ids()
        arts = [library.article(i) for i in ids if i in present]
        gone = [i for i in ids if i not in present]
        index.apply(arts, gone)
        state = index.state()
        if state.complete and state.epoch == head.epoch and state.gen == head.gen - 1:
            with index.transaction() as tx:  # that write committed: it is indexed now
                index._set(tx, gen=head.gen)
            state = index.state()
    if state.complete and (state.epoch, state.gen) == (head.epoch, head.gen) and \
            state.orphans <= max(10_000, head.count):
        return
    if state.complete or state.epoch != head.epoch:
        index.reset()
        with index.transaction() as tx:
            index._set(tx, epoch=head.epoch, gen=head.gen, complete=0, cursor=0)


def _build_step(library: Library, index: SearchIndex) -> tuple[int, int]:
    """Under the lock: index the next batch of the listing; returns (done, total)."""
    head = library.head()
    state = index.state()
    if state.complete and (state.epoch, state.gen) == (head.epoch, head.gen):
        return head.count, head.count
    if state.epoch != head.epoch or state.complete:  # the listing was rebuilt meanwhile
        _settle(library, index)
        state = index.state()
    columns = library.columns()
    ids: list[str] = columns["id"]
    start = state.cursor
    batch = ids[start:start + BUILD_BATCH]
    arts = []
    for aid in batch:
        with contextlib.suppress(Exception):
            arts.append(library.article(aid))
    index.apply(arts)
    done = start + len(batch)
    with index.transaction() as tx:
        if done >= len(ids):
            index._set(tx, complete=1, cursor=len(ids), epoch=head.epoch, gen=head.gen)
        else:
            index._set(tx, cursor=done)
    return done, len(ids)


def rebuild(library: Library, index: SearchIndex, progress: Progress | None = None) -> int:
    """Build the index again from nothing; returns the articles indexed."""
    index.discard()
    index.reset()
    sync(library, index, progress=progress)
    return index.count()
