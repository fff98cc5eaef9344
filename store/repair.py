"""``newsreader repair``: bring a damaged library back to a state every command can read.

The article texts (``articles/XX.json``) are the library's substance; the listing is derived
from them, and so is every other reference to an article. Under the write lock, a repair:

- removes a lock file that is a symbolic link or not a regular file, and the temporary
  files interrupted writes left behind (no write is running while the lock is held);
- moves a file that cannot be read at all aside, as ``NAME.damaged-TIME`` (never deleted),
  and starts that file afresh;
- drops the documents that cannot be used (an article whose text is not text, a bookmark
  without an article id, a feed without an address), and moves an article filed in the
  wrong shard to its own;
- rebuilds ``listing.json`` from the texts, keeping the order it had: an article a killed
  import left unlisted is listed again, a row whose text is gone is removed;
- removes bookmarks, tags and read marks of articles that are not in the library, and the
  item fingerprints of feeds that are not subscribed to;

and reports each thing it did. Run on a sound library it changes nothing.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsreader.store import migrations, shapes
from newsreader.store.errors import CorruptLibraryError, LibraryError, NewerLibraryError
from newsreader.store.library import PAGE_SIZE
from newsreader.store.listing import COLUMNS
from newsreader.store.lock import WriteLock
from newsreader.store.records import StoredArticle, doc_id, now_iso, shard_of
from newsreader.store.storage import TEMP_SUFFIX, dump_json, read_json, write_atomically

_SHARD = re.compile(r"^[0-9a-f]{2}\.json$")
Doc = dict[str, Any]


@dataclass
class RepairReport:
    """What a repair found and did."""

    root: Path
    """The library repaired."""
    done: list[str] = field(default_factory=list)
    """Each thing repaired, one line each, in the order done."""
    articles: int = 0
    """Articles in the library after the repair."""
    feeds: int = 0
    """Subscriptions after the repair."""

    def summary(self) -> str:
        """One line for the whole repair."""
        held = (f"{self.articles} article{'s' if self.articles != 1 else ''}, "
                f"{self.feeds} feed{'s' if self.feeds != 1 else ''}")
        if not self.done:
            return f"library {self.root}: nothing to repair ({held})"
        n = len(self.done)
        return f"library {self.root}: repaired {n} problem{'s' if n != 1 else ''} ({held})"

    def to_json(self) -> dict[str, Any]:
        """As plain data."""
        return {"library": str(self.root), "repaired": list(self.done),
                "articles": self.articles, "feeds": self.feeds}


def repair_library(root: str | os.PathLike[str], lock_timeout: float = 5.0) -> RepairReport:
    """Repair the library at ``root`` (see the module); returns what was done.

    Raises LibraryError when there is no library there, LibraryBusyError when another
    process holds the lock, NewerLibraryError for a library of a newer schema.
    """
    folder = Path(root).expanduser()
    if not folder.exists():
        raise LibraryError(f"no library at {folder}: nothing to repair")
    if not folder.is_dir():
        raise LibraryError(f"library path {folder} is a file, not a folder")
    report = RepairReport(folder)
    _free_lock(folder, report)
    with WriteLock(folder / ".lock", lock_timeout).hold():
        _Repair(folder, report).run()
    return report


def _free_lock(root: Path, report: RepairReport) -> None:
    """Remove a lock file that is a link or not a regular file (it holds nothing)."""
    lock = root / ".lock"
    try:
        st = os.lstat(lock)
    except FileNotFoundError:
        return
    if stat.S_ISREG(st.st_mode):
        return
    if stat.S_ISDIR(st.st_mode):
        aside = _aside(lock)
        report.done.append(f".lock was a folder, not a lock file: moved to {aside.name}")
        return
    kind = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "not a regular file"
    lock.unlink()
    report.done.append(f".lock was {kind}: removed (what it pointed to is untouched), "
                       "a new lock file is made")


def _aside(path: Path) -> Path:
    """Move a damaged file out of the way, beside itself; returns where it went."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.rename(target)
    return target


def _fresh_meta() -> Doc:
    """The meta document of a library whose own was lost: the current schema, and marked
    as not new, so the samples are never loaded into it."""
    return {"schema": migrations.SCHEMA_VERSION, "created": now_iso(), "samples_loaded": True}


class _Repair:
    """One repair, under the lock."""

    def __init__(self, root: Path, report: RepairReport) -> None:
        self.root = root
        self.report = report
        self.note = report.done.append
        self.moved: set[Path] = set()
        """The files that could not be read and were moved aside."""

    def name(self, path: Path) -> str:
        return str(path.relative_to(self.root))

    def load(self, path: Path, lost: str) -> dict[str, Any] | None:
        """A library file's tables; None if there is none. A file that cannot be read is
        moved aside (``lost`` says what goes with it) and reads as empty."""
        if not (path.exists() or path.is_symlink()):
            return None
        try:
            return read_json(path)
        except CorruptLibraryError as err:
            aside = _aside(path)
            self.moved.add(path)
            self.note(f"{self.name(path)} could not be read ({err.detail}): moved to "
                      f"{aside.name}; {lost}")
            return {}

    def save(self, path: Path, data: dict[str, Any], old: dict[str, Any] | None) -> None:
        """Write a file when its content changed."""
        if data != old:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, dump_json(data))

    def run(self) -> None:
        meta = self.meta()
        self.temporaries()
        articles = self.articles()
        self.listing(articles)
        self.state(articles)
        self.feeds()
        self.report.articles = len(articles)
        if meta is None and (articles or self.report.feeds):
            self.save(self.root / "library.json", {"meta": {"1": _fresh_meta()}}, None)
            self.note("library.json was missing: made anew")

    # -- the parts ---------------------------------------------------------------

    def meta(self) -> Doc | None:
        """The meta document (None: no library.json); a newer schema stops the repair
        before anything changes."""
        path = self.root / "library.json"
        try:
            data = read_json(path) if path.exists() or path.is_symlink() else None
        except CorruptLibraryError:
            data = self.load(path, "it is made anew")
        if data is None:
            return None
        doc = data.get("meta", {}).get("1")
        if isinstance(doc, dict) and shapes.meta_problem(doc) is None:
            if doc.get("schema", 0) > migrations.SCHEMA_VERSION:
                raise NewerLibraryError(
                    f"library {self.root} has schema {doc['schema']}, newer than this "
                    f"newsreader knows ({migrations.SCHEMA_VERSION}): upgrade newsreader "
                    "before repairing it")
            return doc
        if path not in self.moved:
            self.note("library.json held no usable schema version: made anew")
        self.save(path, {"meta": {"1": _fresh_meta()}}, data)
        return {}

    def temporaries(self) -> None:
        """Remove what interrupted writes left (no write runs while the lock is held)."""
        gone: list[str] = []
        for folder in (self.root, self.root / "articles"):
            if not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                if (entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)
                        and not entry.is_dir(follow_symlinks=False)):
                    os.unlink(entry.path)
                    gone.append(self.name(Path(entry.path)))
        if gone:
            shown = ", ".join(sorted(gone)[:5]) + (", ..." if len(gone) > 5 else "")
            self.note(f"removed {len(gone)} temporary file{'s' if len(gone) > 1 else ''} "
                      f"left by interrupted writes ({shown})")

    def articles(self) -> dict[str, Doc]:
        """Every usable article text by id; shards rewritten where documents were dropped
        or misfiled."""
        folder = self.root / "articles"
        if not folder.is_dir():
            return {}
        shards: dict[str, dict[str, Any] | None] = {}
        found: dict[str, Doc] = {}
        damaged: list[str] = []
        for path in sorted(folder.iterdir()):
            if not _SHARD.match(path.name):
                continue
            shard = path.name[:2]
            data = self.load(path, "the articles in it are lost")
            shards[shard] = data
            for key, doc in (data or {}).get("articles", {}).items():
                problem = shapes.article_problem(doc)
                if problem:
                    damaged.append(f"{self.name(path)}: {problem}")
                    continue
                aid = doc["id"]
                rightful = shard_of(aid) == shard and key == str(doc_id(aid))
                if aid not in found or rightful:
                    found[aid] = doc
        if damaged:
            self.note(f"removed {len(damaged)} damaged article text"
                      f"{'s' if len(damaged) > 1 else ''} that cannot be shown "
                      f"(first: {damaged[0]})")
        wanted: dict[str, dict[str, Doc]] = {}
        for aid, doc in found.items():
            wanted.setdefault(shard_of(aid), {})[str(doc_id(aid))] = doc
        moved = 0
        for shard in sorted(set(shards) | set(wanted)):
            old = shards.get(shard)
            docs = wanted.get(shard, {})
            before = (old or {}).get("articles", {})
            moved += sum(1 for k in docs if k not in before)
            if old is None and not docs:
                continue
            self.save(folder / f"{shard}.json", {**(old or {}), "articles": docs}, old)
        if moved:
            self.note(f"moved {moved} article text{'s' if moved > 1 else ''} filed in the "
                      "wrong shard to their own")
        return found

    def listing(self, articles: Mapping[str, Doc]) -> None:
        """Rebuild the listing from the texts, in the order it had."""
        path = self.root / "listing.json"
        old = self.load(path, "it is rebuilt from the article texts")
        order: list[str] = []
        pages = (old or {}).get("pages", {})
        bad = next((p for p in map(shapes.page_problem, pages.values()) if p), None)
        if bad:
            self.note(f"listing.json held damaged pages ({bad}): rebuilt from the article texts")
        else:
            for key in sorted(pages, key=int):
                order.extend(pages[key]["id"])
        listed = dict.fromkeys(a for a in order if a in articles)
        gone = len(set(order) - set(listed))
        rest = sorted((a for a in articles if a not in listed),
                      key=lambda a: (str(articles[a].get("added") or ""), a))
        rows = [StoredArticle.from_doc(articles[a]).listing_values() for a in [*listed, *rest]]
        new_pages = {str(n): {name: [r[name] for r in rows[start:start + PAGE_SIZE]]
                              for name in COLUMNS}
                     for n, start in enumerate(range(0, len(rows), PAGE_SIZE), start=1)}
        data = {**(old or {}), "pages": new_pages}
        if data == old or (old is None and not rows):
            return
        self.save(path, data, old)
        count = f"{len(rows)} article{'s' if len(rows) != 1 else ''}"
        if old is None:
            self.note(f"listing.json was missing: rebuilt from the article texts ({count})")
        elif path in self.moved or bad or not pages:
            self.note(f"listing.json rebuilt from the article texts ({count})")
        else:
            parts = []
            if rest:
                parts.append(f"{len(rest)} article{'s' if len(rest) > 1 else ''} whose text "
                             "was there but not listed (an interrupted write) listed again")
            if gone:
                parts.append(f"{gone} row{'s' if gone > 1 else ''} without a text removed")
            self.note("listing.json rebuilt from the article texts: "
                      + ("; ".join(parts) or "rows brought up to date with the texts"))

    def state(self, articles: Mapping[str, Doc]) -> None:
        """Bookmarks, tags and read marks: damaged ones and those of missing articles go."""
        def keep(name: str, table: str, what: str, check: Callable[[Doc], str | None],
                 rebuild: Callable[[list[Doc]], dict[str, Doc]]) -> None:
            path = self.root / name
            old = self.load(path, f"the {what} in it are lost")
            if old is None:
                return
            docs = list(old.get(table, {}).values())
            usable = [d for d in docs if check(d) is None]
            if len(usable) < len(docs):
                n = len(docs) - len(usable)
                self.note(f"{name}: removed {n} damaged entr{'ies' if n > 1 else 'y'}")
            new = {**old, table: rebuild(usable)}
            if new != old:
                self.save(path, new, old)

        def by_article(what: str) -> Callable[[list[Doc]], dict[str, Doc]]:
            def rebuild(docs: list[Doc]) -> dict[str, Doc]:
                kept = {str(doc_id(d["id"])): d for d in docs if d["id"] in articles}
                missing = len({d["id"] for d in docs} - set(articles))
                if missing:
                    self.note(f"removed the {what} of {missing} article"
                              f"{'s' if missing > 1 else ''} not in the library")
                return kept
            return rebuild

        def read_marks(docs: list[Doc]) -> dict[str, Doc]:
            ids = {aid for d in docs for aid in d["ids"]}
            kept = sorted(aid for aid in ids if aid in articles)
            if len(kept) < len(ids):
                n = len(ids) - len(kept)
                self.note(f"removed the read marks of {n} article{'s' if n > 1 else ''} "
                          "not in the library")
            groups: dict[str, list[str]] = {}
            for aid in kept:
                groups.setdefault(aid[:2], []).append(aid)
            return {str(int(prefix, 16) + 1): {"prefix": prefix, "ids": group}
                    for prefix, group in sorted(groups.items())}

        keep("bookmarks.json", "bookmarks", "bookmarks", shapes.bookmark_problem,
             by_article("bookmarks"))
        keep("tags.json", "tags", "tags", shapes.tags_problem, by_article("tags"))
        keep("read.json", "read", "read marks", shapes.read_problem, read_marks)

    def feeds(self) -> None:
        """Subscriptions that cannot be used go; so do fingerprints of feeds not there."""
        path = self.root / "feeds.json"
        old = self.load(path, "the subscriptions in it are lost (import them again from "
                              "an OPML export)")
        feeds: dict[str, Doc] = {}
        if old is not None:
            docs = list(old.get("feeds", {}).values())
            for doc in docs:
                if shapes.feed_problem(doc) is None:
                    feeds[str(int(doc["id"], 16))] = doc
            if len(feeds) < len(docs):
                n = len(docs) - len(feeds)
                self.note(f"feeds.json: removed {n} damaged subscription{'s' if n > 1 else ''}")
            self.save(path, {**old, "feeds": feeds}, old)
        self.report.feeds = len(feeds)
        items_path = self.root / "feed-items.json"
        items = self.load(items_path, "the next fetch reads every item again")
        if items is None:
            return
        docs = items.get("items", {})
        kept = {k: d for k, d in docs.items() if k in feeds and shapes.items_problem(d) is None}
        if len(kept) < len(docs):
            n = len(docs) - len(kept)
            self.note(f"feed-items.json: removed the item fingerprints of {n} feed"
                      f"{'s' if n > 1 else ''} not subscribed to or damaged")
        self.save(items_path, {**items, "items": kept}, items)
