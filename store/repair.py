"""``newsreader repair``: bring a damaged library back to a state every command can read.

The article texts (the segments ``articles/NNNNNN.json``) are the library's substance; the
listing (``listing.json`` and the sealed pages in ``listing/``) is derived from them, and
so is every other reference to an article. Under the write lock, a repair:

- removes a lock file that is a symbolic link or not a regular file, and the temporary
  files interrupted writes left behind (no write is running while the lock is held);
- upgrades a library of schema 1 first, moving aside what cannot be read instead of
  stopping;
- moves a file that cannot be read at all aside, as ``NAME.damaged-TIME`` (never deleted),
  and starts that file afresh;
- drops the documents that cannot be used (an article whose text is not text, a bookmark
  without an article id, a feed without an address), and files an article kept under
  the wrong key under its own;
- rebuilds the listing from the texts, keeping the order it had: an article a killed
  import left unlisted is listed again (not one the user deleted: ``deleted.json``), a
  row whose text is gone is removed, and each row
  points at the copy of its text it pointed at (else the newest);
- removes the segments that hold only replaced copies, the page files listing.json does
  not name, and recounts the dead copies the next writes will clear;
- removes bookmarks, tags and read marks of articles that are not in the library, and the
  item fingerprints of feeds that are not subscribed to;

and reports each thing it did. Run on a sound library it changes nothing.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsreader.news.words import plural
from newsreader.store import migrations, shapes
from newsreader.store.errors import CorruptLibraryError, LibraryError, NewerLibraryError
from newsreader.store.library import (
    HEAD,
    PAGE_SIZE,
    PAGES,
    SEGMENT_NAME,
    TEXTS,
    Head,
    Sealed,
    key_columns,
    newest_doc,
    page_name,
    parse_head,
    segment_name,
)
from newsreader.store.listing import COLUMNS, ROW_COLUMNS, when_of
from newsreader.store.lock import WriteLock
from newsreader.store.records import StoredArticle, doc_id, now_iso
from newsreader.store.storage import TEMP_SUFFIX, dump_json, read_json, write_atomically
from newsreader.store.upgrade import STAGING, SegmentWriter, Upgrade, legacy_shards

Doc = dict[str, Any]
Row = tuple[Any, ...]
"""A listing row's values, in COLUMNS order."""


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
        held = f"{plural(self.articles, 'article')}, {plural(self.feeds, 'feed')}"
        if not self.done:
            return f"library {self.root}: nothing to repair ({held})"
        return f"library {self.root}: repaired {plural(len(self.done), 'problem')} ({held})"

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


@dataclass
class _Copy:
    """The copy of an article's text a row will point at."""

    seg: int | None
    """Its segment (None: found in an old-layout shard, to be written to a segment)."""
    row: Row
    """Its listing row (without the segment)."""
    pinned: bool
    """Whether it is the copy the listing pointed at (no later copy replaces it)."""
    doc: Doc | None = None
    """The document, when it still has to be written."""


class _Repair:
    """One repair, under the lock."""

    def __init__(self, root: Path, report: RepairReport) -> None:
        self.root = root
        self.report = report
        self.note = report.done.append
        self.moved: set[Path] = set()
        """The files that could not be read and were moved aside."""
        self.held: dict[int, set[str]] = {}
        """The ids each text segment holds."""
        self.listing_was = "sound"
        """What the listing was found to be: sound, missing, unreadable or damaged."""

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

    def aside(self, path: Path) -> Path:
        self.moved.add(path)
        return _aside(path)

    def save(self, path: Path, data: dict[str, Any], old: dict[str, Any] | None) -> None:
        """Write a file when its content changed."""
        if data != old:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, dump_json(data))

    def run(self) -> None:
        meta = self.meta()
        old_layout = meta is not None and meta.get("schema", 0) < 2
        self.temporaries(scratch=not old_layout)
        if old_layout:
            assert meta is not None
            Upgrade(self.root, tolerant=True, note=self.note, aside=self.aside).run()
            self.save(self.root / "library.json", {"meta": {"1": {**meta, "schema": 2}}},
                      None)
            self.note("the library was upgraded from schema 1 to the layout of schema 2")
        head, old_rows, order = self.old_listing()
        deleted = self.deleted()
        copies = self.texts(old_rows)
        self.legacy(copies)
        for aid in deleted - set(order):  # deleted by the user: its text stays unlisted
            copies.pop(aid, None)
        ids = self.listing(head, order, copies)
        self.state(ids)
        self.feeds()
        self.report.articles = len(ids)
        if meta is None and (ids or self.report.feeds):
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
        fresh = _fresh_meta()
        self.save(path, {"meta": {"1": fresh}}, data)
        return fresh

    def temporaries(self, scratch: bool) -> None:
        """Remove what interrupted writes left (no write runs while the lock is held)."""
        gone: list[str] = []
        for folder in (self.root, self.root / TEXTS, self.root / PAGES):
            if not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                if (entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)
                        and not entry.is_dir(follow_symlinks=False)):
                    os.unlink(entry.path)
                    gone.append(self.name(Path(entry.path)))
        if gone:
            shown = ", ".join(sorted(gone)[:5]) + (", ..." if len(gone) > 5 else "")
            self.note(f"removed {plural(len(gone), 'temporary file')} "
                      f"left by interrupted writes ({shown})")
        staging = self.root / TEXTS / STAGING
        if scratch and staging.is_dir():
            for entry in os.scandir(staging):
                os.unlink(entry.path)
            staging.rmdir()
            self.note(f"removed the scratch files of an interrupted upgrade ({TEXTS}/{STAGING})")

    def old_listing(self) -> tuple[Head | None, dict[str, int | None], list[str]]:
        """The listing as it is: its head (None if missing or unusable), each listed
        article's segment, and the order of the ids (as far as it can be read)."""
        path = self.root / HEAD
        data = self.load(path, "it is rebuilt from the article texts")
        if data is None:
            self.listing_was = "missing"
            return None, {}, []
        if path in self.moved:
            self.listing_was = "unreadable"
        try:
            head = parse_head(data, path)
        except CorruptLibraryError as err:
            self.note(f"{HEAD} held damaged pages ({err.detail}): rebuilt from the "
                      "article texts")
            self.listing_was = "damaged"
            return None, {}, []
        order: list[str] = []
        segs: dict[str, int | None] = {}

        def take(ids: list[str], seg: list[Any]) -> None:
            for aid, number in zip(ids, seg, strict=True):
                if aid not in segs:
                    segs[aid] = number
                    order.append(aid)

        for s in head.sealed:
            rows: Doc = {}
            try:
                keys = self._page(s, "keys")
                rows = self._page(s, "rows")
            except CorruptLibraryError as err:
                self.note(f"{self.name(err.path)} could not be read ({err.detail}): the "
                          "listing is rebuilt from the article texts")
                self.listing_was = "damaged"
                if err.path.name.endswith(".keys.json"):
                    continue
            take(keys["id"], rows.get("seg") or [None] * s.count)
        for page in head.inline:
            take(page["id"], page.get("seg") or [None] * len(page["id"]))
        return head, segs, order

    def _page(self, s: Sealed, part: str) -> Doc:
        path = self.root / PAGES / page_name(s.number, s.keys if part == "keys" else s.rows,
                                             part)
        try:
            doc = read_json(path).get(part, {}).get("1")
        except CorruptLibraryError:
            if not path.exists():
                raise CorruptLibraryError(path, "missing: listing.json names it") from None
            raise
        problem = (shapes.keys_problem if part == "keys" else shapes.rows_problem)(doc, s.count)
        if problem:
            raise CorruptLibraryError(path, problem)
        assert isinstance(doc, dict)
        return doc

    def texts(self, listed: Mapping[str, int | None]) -> dict[str, _Copy]:
        """The copy of each article's text the listing will point at: the one it pointed
        at, else the newest. Segments are rewritten where documents were dropped or filed
        under the wrong key; those that hold only replaced copies are removed."""
        folder = self.root / TEXTS
        numbers = sorted(int(m.group(1)) for m in
                         map(SEGMENT_NAME.match, os.listdir(folder) if folder.is_dir() else [])
                         if m)
        copies: dict[str, _Copy] = {}
        held: dict[int, set[str]] = {}
        damaged: list[str] = []
        rekeyed = 0
        for number in numbers:
            path = folder / segment_name(number)
            data = self.load(path, "the articles in it are lost")
            if data is None:
                continue
            docs = data.get("articles", {})
            kept: dict[str, Doc] = {}
            for key, doc in docs.items():
                problem = shapes.article_problem(doc)
                if problem:
                    damaged.append(f"{self.name(path)}: {problem}")
                    continue
                aid = doc["id"]
                right = str(doc_id(aid))
                if key != right:
                    rekeyed += 1
                    if right in docs and shapes.article_problem(docs[right]) is None:
                        continue  # the rightful document is there too
                kept[right] = doc
            for doc in kept.values():
                aid = doc["id"]
                held.setdefault(number, set()).add(aid)
                have = copies.get(aid)
                if have is not None and have.pinned:
                    continue
                values = StoredArticle.from_doc(doc).listing_values()
                copies[aid] = _Copy(number, tuple(values[c] for c in COLUMNS if c != "seg"),
                                    listed.get(aid) == number)
            if data and kept != docs:
                self.save(path, {**data, "articles": kept}, data)
        if damaged:
            self.note(f"removed {plural(len(damaged), 'damaged article text')} "
                      f"that cannot be shown "
                      f"(first: {damaged[0]})")
        if rekeyed:
            self.note(f"filed {plural(rekeyed, 'article text')} kept under the wrong key "
                      "under its own")
        empty = [n for n in numbers[:-1]
                 if n in held and not any(copies[a].seg == n for a in held[n])]
        for number in empty:
            (folder / segment_name(number)).unlink()
            del held[number]
        if empty:
            self.note(f"removed {plural(len(empty), 'text segment')} holding only replaced "
                      "copies of articles")
        self.held = held
        return copies

    def legacy(self, copies: dict[str, _Copy]) -> None:
        """Texts in shards of the old layout (a schema-1 file put back by hand): those not
        in a segment are kept, written to a new segment; the shards are removed."""
        shards = legacy_shards(self.root)
        if not shards:
            return
        moved = 0
        for path in shards:
            data = self.load(path, "the articles in it are lost") or {}
            for doc in data.get("articles", {}).values():
                if shapes.article_problem(doc) is None and doc["id"] not in copies:
                    values = StoredArticle.from_doc(doc).listing_values()
                    copies[doc["id"]] = _Copy(None, tuple(values[c] for c in COLUMNS
                                                          if c != "seg"), False, doc)
                    moved += 1
        if moved:
            numbers = [n for n in self.held] or [0]
            writer = SegmentWriter(self.root / TEXTS, max(numbers) + 1)
            for aid, copy in copies.items():
                if copy.doc is not None:
                    copy.seg = writer.add(copy.doc)
                    copy.doc = None
                    self.held.setdefault(copy.seg, set()).add(aid)
            writer.flush()
        for path in shards:
            if path.exists():
                path.unlink()
        self.note(f"{plural(moved, 'article text')} found in shards of the old layout "
                  f"kept in the text segments; the {plural(len(shards), 'shard')} removed")

    def listing(self, head: Head | None, order: list[str],
                copies: Mapping[str, _Copy]) -> list[str]:
        """Rebuild the listing from the texts, in the order it had; returns the ids."""
        path = self.root / HEAD
        listed = list(dict.fromkeys(a for a in order if a in copies))
        gone = len(set(order) - set(listed))
        rest = sorted((a for a in copies if a not in set(listed)),
                      key=lambda a: (str(copies[a].row[COLUMNS.index("added")] or ""), a))
        ids = [*listed, *rest]
        rows = [{**dict(zip((c for c in COLUMNS if c != "seg"), copies[a].row, strict=True)),
                 "seg": copies[a].seg} for a in ids]
        live: dict[int, int] = {}
        for a in ids:
            seg = copies[a].seg
            if seg is not None:
                live[seg] = live.get(seg, 0) + 1
        dead = {n: (len(held), len(held) - live.get(n, 0)) for n, held in self.held.items()
                if len(held) > live.get(n, 0)}
        same_rows = head is not None and self.listing_was == "sound" and not rest and \
            not gone and self._rows_of(head, order) == rows
        doomed = [n for n in (head.doomed if head else []) if
                  (self.root / TEXTS / segment_name(n)).exists()]
        if same_rows and head is not None and head.dead == dead and not doomed:
            self._stale_pages(head)
            return ids
        if head is None and self.listing_was == "missing" and not rows:
            return ids
        gen = max([head.gen if head is not None else 0, *self._generations()]) + 1
        folder = self.root / PAGES
        old = head.data if head is not None else {}
        data = {k: v for k, v in old.items() if k not in ("pages", "sealed", "head")}
        if same_rows and head is not None:
            data["pages"], data["sealed"] = old.get("pages", {}), old.get("sealed", {})
        else:
            sealed: dict[str, Any] = {}
            full = len(rows) // PAGE_SIZE
            for p in range(full):
                chunk = rows[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]
                columns = {name: [r[name] for r in chunk] for name in COLUMNS}
                folder.mkdir(parents=True, exist_ok=True)
                keys = key_columns(columns)
                write_atomically(folder / page_name(p + 1, gen, "keys"),
                                 dump_json({"keys": {"1": keys}}))
                write_atomically(folder / page_name(p + 1, gen, "newest"),
                                 dump_json(newest_doc(keys)))
                write_atomically(folder / page_name(p + 1, gen, "rows"), dump_json(
                    {"rows": {"1": {name: columns[name] for name in ROW_COLUMNS}}}))
                sealed[str(p + 1)] = {"keys": gen, "rows": gen, "count": PAGE_SIZE}
            chunk = rows[full * PAGE_SIZE:]
            data["pages"] = ({str(full + 1): {name: [r[name] for r in chunk]
                                              for name in COLUMNS}} if chunk else {})
            data["sealed"] = sealed
        epoch = head.epoch if same_rows and head is not None and head.epoch else \
            secrets.token_hex(8)
        data["head"] = {"1": {"epoch": epoch, "gen": gen,
                              "dead": {str(n): list(v) for n, v in sorted(dead.items())},
                              "doomed": []}}
        write_atomically(path, dump_json(data))
        self._stale_pages(parse_head(data, path))
        count = plural(len(rows), "article")
        if same_rows:
            self.note(f"{HEAD}: the count of replaced text copies brought up to date")
        elif self.listing_was == "missing":
            self.note(f"{HEAD} was missing: rebuilt from the article texts ({count})")
        elif self.listing_was != "sound" or not order:
            self.note(f"{HEAD} rebuilt from the article texts ({count})")
        else:
            parts = []
            if rest:
                parts.append(f"{plural(len(rest), 'article')} whose text was there but not "
                             "listed (an interrupted write) listed again")
            if gone:
                parts.append(f"{plural(gone, 'row')} without a text removed")
            self.note(f"{HEAD} rebuilt from the article texts: "
                      + ("; ".join(parts) or "rows brought up to date with the texts"))
        return ids

    def _generations(self) -> list[int]:
        """The generations of the page files in listing/ (a rebuilt listing's files take
        a newer one, so no reader mistakes them for files it has read)."""
        folder = self.root / PAGES
        found = []
        for name in os.listdir(folder) if folder.is_dir() else ():
            parts = name.split(".")
            if len(parts) == 4 and parts[1].isdigit():
                found.append(int(parts[1]))
        return found

    def _rows_of(self, head: Head, order: list[str]) -> list[dict[str, Any]] | None:
        """The rows the listing holds now (None when a page cannot be read)."""
        rows: list[dict[str, Any]] = []
        try:
            for s in head.sealed:
                keys, other = self._page(s, "keys"), self._page(s, "rows")
                published = other.get("published") or [None] * s.count
                added = other.get("added") or [None] * s.count
                if keys["when"] != [when_of(p, a) for p, a in zip(published, added,
                                                                   strict=True)]:
                    return None
                for j in range(s.count):
                    row = {name: (other.get(name) or [None] * s.count)[j] for name in ROW_COLUMNS}
                    row["id"] = keys["id"][j]
                    row["tags"] = (keys.get("tags") or [None] * s.count)[j]
                    rows.append(row)
        except CorruptLibraryError:
            return None
        for page in head.inline:
            n = len(page["id"])
            rows.extend({name: (page.get(name) or [None] * n)[j] for name in COLUMNS}
                        for j in range(n))
        if [r["id"] for r in rows] != order:
            return None
        return [{name: r.get(name) for name in COLUMNS} for r in rows]

    def _summaries(self, head: Head) -> None:
        """Write again each sealed page's newest-first summary that is missing or does not
        match its keys file (it is derived from it)."""
        written = 0
        for s in head.sealed:
            try:
                keys = self._page(s, "keys")
            except CorruptLibraryError:
                continue  # the listing was just rebuilt: a page it names is sound
            want = newest_doc({"id": keys["id"], "when": keys["when"]})
            path = self.root / PAGES / page_name(s.number, s.keys, "newest")
            try:
                if read_json(path) == want:
                    continue
            except CorruptLibraryError:
                pass
            write_atomically(path, dump_json(want))
            written += 1
        if written:
            self.note(f"the newest-first summaries of {plural(written, 'listing page')} "
                      "written again from their keys")

    def _stale_pages(self, head: Head) -> None:
        """Remove the page files listing.json does not name."""
        folder = self.root / PAGES
        if not folder.is_dir():
            return
        self._summaries(head)
        named = {page_name(s.number, g, part) for s in head.sealed
                 for part, g in (("keys", s.keys), ("newest", s.keys), ("rows", s.rows))}
        stale = [n for n in os.listdir(folder) if n.endswith(".json") and n not in named]
        for name in stale:
            (folder / name).unlink()
        if stale:
            self.note(f"removed {plural(len(stale), 'listing page file')} that "
                      f"{HEAD} does not name")

    def deleted(self) -> set[str]:
        """The ids of the articles the user deleted (``deleted.json``; damaged entries
        go): their texts are not listed again."""
        path = self.root / "deleted.json"
        old = self.load(path, "deleted feed items may come back at the next fetch")
        if old is None:
            return set()
        docs = old.get("deleted", {})
        kept = {k: d for k, d in docs.items()
                if isinstance(d, dict) and shapes.deleted_problem(d) is None}
        if len(kept) < len(docs):
            n = len(docs) - len(kept)
            self.note(f"deleted.json: removed {plural(n, 'damaged entry', 'damaged entries')}")
            self.save(path, {**old, "deleted": kept}, old)
        return {d["id"] for d in kept.values()}

    def state(self, articles: list[str]) -> None:
        """Bookmarks, tags and read marks: damaged ones and those of missing articles go."""
        present = set(articles)

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
                self.note(f"{name}: removed {plural(n, 'damaged entry', 'damaged entries')}")
            new = {**old, table: rebuild(usable)}
            if new != old:
                self.save(path, new, old)

        def by_article(what: str) -> Callable[[list[Doc]], dict[str, Doc]]:
            def rebuild(docs: list[Doc]) -> dict[str, Doc]:
                kept = {str(doc_id(d["id"])): d for d in docs if d["id"] in present}
                missing = len({d["id"] for d in docs} - present)
                if missing:
                    self.note(f"removed the {what} of {plural(missing, 'article')} "
                              "not in the library")
                return kept
            return rebuild

        def read_marks(docs: list[Doc]) -> dict[str, Doc]:
            ids = {aid for d in docs for aid in (d["ids"].split() if isinstance(d["ids"], str)
                                                 else d["ids"])}
            kept = sorted(aid for aid in ids if aid in present)
            if len(kept) < len(ids):
                n = len(ids) - len(kept)
                self.note(f"removed the read marks of {plural(n, 'article')} "
                          "not in the library")
            groups: dict[str, list[str]] = {}
            for aid in kept:
                groups.setdefault(aid[:2], []).append(aid)
            return {str(int(prefix, 16) + 1): {"prefix": prefix, "ids": " ".join(group)}
                    for prefix, group in sorted(groups.items())}

        def read_problem(doc: Doc) -> str | None:  # the list of schema 1 is read too
            if isinstance(doc.get("ids"), list) and isinstance(doc.get("prefix"), str) and \
                    all(shapes.is_article_id(i) for i in doc["ids"]):
                return None
            return shapes.read_problem(doc)

        keep("bookmarks.json", "bookmarks", "bookmarks", shapes.bookmark_problem,
             by_article("bookmarks"))
        keep("tags.json", "tags", "tags", shapes.tags_problem, by_article("tags"))
        keep("read.json", "read", "read marks", read_problem, read_marks)

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
                self.note(f"feeds.json: removed {plural(n, 'damaged subscription')}")
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
            self.note(f"feed-items.json: removed the item fingerprints of {plural(n, 'feed')} "
                      "not subscribed to or damaged")
        self.save(items_path, {**items, "items": kept}, items)
