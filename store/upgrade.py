"""The upgrade of a library from schema 1 to schema 2, in place.

Schema 1 kept the whole listing in ``listing.json`` and the texts in 256 shards by id
prefix (``articles/XX.json``), each of which every import rewrote. Schema 2 is the layout
``store.library`` describes: text segments filled in listing order, sealed listing pages,
and ``listing.json`` holding the last page and the record of the others.

The upgrade reads each shard once, sends each text to a scratch file of the block of
listing positions it belongs to (``articles/.upgrade/``), then writes the segments block
by block, in listing order, so that the texts of neighbouring rows share segments as they
would had the library been written by schema 2 (a change to a few recent articles then
touches a few files). Memory holds the listing's rows and one block of texts at a time.

Nothing of schema 1 is changed until ``listing.json`` is replaced, last, by its schema-2
form: a process killed before that leaves the schema-1 library as it was (the files
already written are unknown to it, and the next upgrade starts over); killed after, the
library is upgraded and the next start only finishes (the read marks are written in their
schema-2 form, one string of ids per prefix, the old shards removed) and sets the schema.
Every article, listed or not (an import killed between texts and listing leaves some
unlisted; ``repair`` lists them again), every row and the user's state are kept; the
bookmarks, tags and feeds files are the same in both schemas.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsreader.store import shapes
from newsreader.store.errors import CorruptLibraryError
from newsreader.store.library import (
    HEAD,
    PAGE_SIZE,
    PAGES,
    SEGMENT_BYTES,
    SEGMENT_NAME,
    TEXTS,
    Library,
    key_columns,
    newest_doc,
    page_name,
    segment_name,
)
from newsreader.store.listing import COLUMNS, ROW_COLUMNS
from newsreader.store.records import doc_id, shard_of
from newsreader.store.storage import dump_json, read_json, write_atomically

LEGACY_SHARD = re.compile(r"^[0-9a-f]{2}\.json$")
"""A schema-1 text shard's file name."""
BLOCK = 20_000
"""Listing positions whose texts are gathered in one scratch file."""
STAGING = ".upgrade"
"""The scratch folder, inside ``articles/``."""

Note = Callable[[str], None]


def legacy_shards(root: Path) -> list[Path]:
    """The schema-1 text shards in a library folder."""
    folder = root / TEXTS
    if not folder.is_dir():
        return []
    return sorted(folder / n for n in os.listdir(folder) if LEGACY_SHARD.match(n))


class SegmentWriter:
    """Writes documents into new text segments in order, each up to SEGMENT_BYTES."""

    def __init__(self, folder: Path, first: int = 1) -> None:
        self.folder = folder
        self.number = first
        self._docs: dict[str, Any] = {}
        self._size = 0

    def add(self, doc: dict[str, Any]) -> int:
        """Add a document; returns the segment it goes to."""
        key = str(doc_id(doc["id"]))
        need = len(dump_json(doc)) + len(key) + 4
        if self._docs and self._size + need > SEGMENT_BYTES:
            self.flush()
            self.number += 1
        self._docs[key] = doc
        self._size += need
        return self.number

    def flush(self) -> None:
        """Write the segment being filled (if it holds anything)."""
        if self._docs:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.folder / segment_name(self.number),
                             dump_json({"articles": self._docs}))
            self._docs, self._size = {}, 0


class Upgrade:
    """One upgrade from schema 1, under the library's lock.

    ``tolerant`` (as ``repair`` runs it): a shard that cannot be read is moved aside and
    an article that cannot be used is left out, each said through ``note``; a listing that
    cannot be read is set aside, so the repair lists the texts again. Otherwise either
    stops the upgrade, with nothing changed, naming the file.
    """

    def __init__(self, root: Path, progress: Callable[[int, int], None] | None = None,
                 tolerant: bool = False, note: Note | None = None,
                 aside: Callable[[Path], Path] | None = None) -> None:
        self.root = root
        self.progress = progress
        self.tolerant = tolerant
        self.note = note or (lambda line: None)
        self.aside = aside

    def run(self) -> None:
        """Upgrade (or finish an upgrade that was interrupted after its commit)."""
        head_path = self.root / HEAD
        data = self._listing(head_path)
        if data is not None and ("head" in data or "sealed" in data):
            self._finish()
            return
        order, rows = self._rows(data or {})
        shards = legacy_shards(self.root)
        if not order and not shards:
            self._finish()
            return
        staging = self.root / TEXTS / STAGING
        shutil.rmtree(staging, ignore_errors=True)
        self._clear_schema_2_files()
        staging.mkdir(parents=True)
        try:
            total = self._convert(order, rows, shards, staging)
        except Exception:
            shutil.rmtree(staging, ignore_errors=True)  # nothing changed: leave nothing
            self._clear_schema_2_files()
            raise
        self._write_listing(head_path, data or {}, rows)  # the commit
        self._tell(total, total)
        self._finish()

    def _convert(self, order: list[str], rows: list[dict[str, Any]], shards: list[Path],
                 staging: Path) -> int:
        """Every text into segments in listing order, and each row's segment set; returns
        the number of steps the progress counts."""
        blocks = (len(order) + BLOCK - 1) // BLOCK
        total = len(shards) + blocks + 2
        done = 0
        position = {aid: i for i, aid in enumerate(order)}
        files: dict[int, Any] = {}
        try:
            for path in shards:
                for key, doc in self._shard_docs(path):
                    aid = doc["id"]
                    rightful = int(shard_of(aid) == path.name[:2] and key == str(doc_id(aid)))
                    pos = position.get(aid, -1)
                    block = pos // BLOCK if pos >= 0 else blocks
                    fh = files.get(block)
                    if fh is None:
                        fh = files[block] = open(staging / f"{block}.jsonl", "w",  # noqa: SIM115
                                                 encoding="utf-8")
                    fh.write(json.dumps([pos, rightful, doc], ensure_ascii=False) + "\n")
                done += 1
                self._tell(done, total)
        finally:
            for fh in files.values():
                fh.close()
        segments = SegmentWriter(self.root / TEXTS)
        seg: list[int | None] = [None] * len(order)
        for block in range(blocks + 1):
            chosen: dict[Any, tuple[int, dict[str, Any]]] = {}
            path = staging / f"{block}.jsonl"
            if path.exists():
                with open(path, encoding="utf-8") as fh:
                    for line in fh:
                        pos, rightful, doc = json.loads(line)
                        where = pos if pos >= 0 else doc["id"]
                        if where not in chosen or rightful > chosen[where][0]:
                            chosen[where] = (rightful, doc)
                path.unlink()
            if block < blocks:
                for pos in sorted(chosen):
                    seg[pos] = segments.add(chosen[pos][1])
            else:
                for aid in sorted(chosen, key=lambda a: (str(chosen[a][1].get("added") or ""),
                                                         a)):
                    segments.add(chosen[aid][1])
            done += 1
            self._tell(done, total)
        segments.flush()
        staging.rmdir()
        for i, number in enumerate(seg):
            rows[i]["seg"] = number
        return total

    def _tell(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def _listing(self, path: Path) -> dict[str, Any] | None:
        if not (path.exists() or path.is_symlink()):
            return None
        try:
            return read_json(path)
        except CorruptLibraryError as err:
            if not self.tolerant or self.aside is None:
                raise
            moved = self.aside(path)
            self.note(f"{HEAD} could not be read ({err.detail}): moved to {moved.name}; "
                      "it is rebuilt from the article texts")
            return None

    def _rows(self, data: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
        """The schema-1 listing's ids and rows, in order (each id once)."""
        pages = data.get("pages", {})
        for page in pages.values():
            problem = shapes.page_problem(page)
            if problem:
                if not self.tolerant:
                    raise CorruptLibraryError(self.root / HEAD, problem)
                self.note(f"{HEAD} held damaged pages ({problem}): rebuilt from the "
                          "article texts")
                return [], []
        order: list[str] = []
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for key in sorted(pages, key=int):
            page = pages[key]
            for i, aid in enumerate(page["id"]):
                if aid in seen:
                    continue
                seen.add(aid)
                order.append(aid)
                rows.append({name: (page.get(name) or [None] * len(page["id"]))[i]
                             for name in COLUMNS})
        return order, rows

    def _shard_docs(self, path: Path) -> list[tuple[str, dict[str, Any]]]:
        """A shard's usable documents, by key."""
        try:
            data = read_json(path)
        except CorruptLibraryError as err:
            if not self.tolerant or self.aside is None:
                raise
            moved = self.aside(path)
            self.note(f"{TEXTS}/{path.name} could not be read ({err.detail}): moved to "
                      f"{moved.name}; the articles in it are lost")
            return []
        docs = []
        for key, doc in data.get("articles", {}).items():
            problem = shapes.article_problem(doc)
            if problem:
                if not self.tolerant:
                    raise CorruptLibraryError(path, problem)
                self.note(f"removed a damaged article text that cannot be shown "
                          f"({TEXTS}/{path.name}: {problem})")
                continue
            docs.append((key, doc))
        return docs

    def _clear_schema_2_files(self) -> None:
        """Remove what an upgrade killed before its commit wrote (schema 1 has none)."""
        folder = self.root / TEXTS
        for name in os.listdir(folder) if folder.is_dir() else ():
            if SEGMENT_NAME.match(name):
                (folder / name).unlink()
        shutil.rmtree(self.root / PAGES, ignore_errors=True)

    def _write_listing(self, path: Path, old: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        """The sealed pages, then listing.json in schema 2: the commit."""
        folder = self.root / PAGES
        sealed: dict[str, Any] = {}
        full = len(rows) // PAGE_SIZE
        for p in range(full):
            chunk = rows[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]
            columns = {name: [r[name] for r in chunk] for name in COLUMNS}
            folder.mkdir(parents=True, exist_ok=True)
            keys = key_columns(columns)
            write_atomically(folder / page_name(p + 1, 1, "keys"),
                             dump_json({"keys": {"1": keys}}))
            write_atomically(folder / page_name(p + 1, 1, "newest"), dump_json(newest_doc(keys)))
            write_atomically(folder / page_name(p + 1, 1, "rows"), dump_json(
                {"rows": {"1": {name: columns[name] for name in ROW_COLUMNS}}}))
            sealed[str(p + 1)] = {"keys": 1, "rows": 1, "count": PAGE_SIZE}
        rest = rows[full * PAGE_SIZE:]
        data = {name: table for name, table in old.items() if name != "pages"}
        data["pages"] = ({str(full + 1): {name: [r[name] for r in rest] for name in COLUMNS}}
                         if rest else {})
        data["sealed"] = sealed
        data["head"] = {"1": {"epoch": secrets.token_hex(8), "gen": 1, "dead": {},
                              "doomed": []}}
        write_atomically(path, dump_json(data))

    def _finish(self) -> None:
        """After the commit: the read marks in their new form, the old shards removed."""
        path = self.root / "read.json"
        if path.exists():
            try:
                data = read_json(path)
            except CorruptLibraryError:
                if not self.tolerant:
                    raise
                data = {}  # the repair deals with it
            docs = data.get("read", {})
            if any(isinstance(d.get("ids"), list) for d in docs.values()):
                data["read"] = {key: {**d, "ids": " ".join(sorted(
                    i for i in d["ids"] if isinstance(i, str)))}
                    if isinstance(d.get("ids"), list) else d for key, d in docs.items()}
                write_atomically(path, dump_json(data))
        for shard in legacy_shards(self.root):
            shard.unlink()
        shutil.rmtree(self.root / TEXTS / STAGING, ignore_errors=True)


def from_schema_1(library: Library) -> None:
    """The migration step from schema 1 to 2 (see the module)."""
    Upgrade(library.root, library.progress).run()
