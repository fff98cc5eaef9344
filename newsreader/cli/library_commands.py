"""What each ``newsreader`` subcommand does."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsreader.services.exporting import export_library
from newsreader.services.importing import import_paths
from newsreader.services.paths import config_path, library_path
from newsreader.cli.progress import Progress
from newsreader.services.samples import first_run_notice
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle
from newsreader.store.storage import write_atomically


def open_library(args: argparse.Namespace) -> Library:
    """The library the command line names."""
    return Library(library_path(args.library))


def print_json(data: Any) -> None:
    """Print data as JSON, UTF-8 kept readable."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def import_files(args: argparse.Namespace) -> int:
    """``newsreader import PATH...``."""
    library = open_library(args)
    with Progress("importing", enabled=not args.json) as progress:
        report = import_paths(library, args.paths, progress=progress.update)
    if args.json:
        print_json(report.to_json())
    else:
        for path, aid, title in report.imported:
            print(f"imported   {aid[:8]}  {title}  ({path})")
        for path, aid, title in report.duplicates:
            print(f"duplicate  {aid[:8]}  {title}  ({path}: already in the library)")
        for path, reason in report.rejected:
            print(f"rejected   {path}: {reason}", file=sys.stderr)
        print(f"{len(report.imported)} imported, {len(report.duplicates)} duplicate, "
              f"{len(report.rejected)} rejected; library: {library.root}")
    return 1 if report.rejected else 0


def list_articles(args: argparse.Namespace) -> int:
    """``newsreader list``."""
    library = open_library(args)
    listing = library.listing()
    positions = listing.select(tag=args.tag, bookmarked=args.bookmarked, unread=args.unread)
    if args.search:
        by_fields = set(listing.select(search=args.search, among=positions))
        in_text = library.search_text(args.search)
        positions = [i for i in positions if i in by_fields or listing.ids[i] in in_text]
    listing.sort(positions, args.sort, descending=args.sort in ("published", "added", "quotes"))
    rows = [listing.row(i) for i in positions]
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        marks = ("*" if row.bookmarked else " ") + (" " if row.read else "N")
        date = (row.published or "")[:10].ljust(10)
        tags = f"  [{', '.join(row.tags)}]" if row.tags else ""
        print(f"{row.id[:8]}  {marks}  {date}  {(row.source or '-')[:20]:<20}  {row.title}{tags}")
    if not rows:
        print("no articles" + (" match" if len(listing) else f" in {library.root}"),
              file=sys.stderr)
    return 0


def article_json(library: Library, art: StoredArticle) -> dict[str, Any]:
    """An article with its text, analysis and user state, as ``show --json`` prints it."""
    listing = library.listing()
    pos = listing.position(art.id)
    row = listing.row(pos).to_json() if pos is not None else {}
    analysis = art.analysis or {}
    return {**row, "author": art.author, "text": art.body, "key": art.key,
            "quotes": analysis.get("quotes", []), "people": analysis.get("people", []),
            "dates": analysis.get("dates", []), "analyser": analysis.get("version")}


def show_article(args: argparse.Namespace) -> int:
    """``newsreader show ID``."""
    library = open_library(args)
    art = library.article(library.resolve(args.id))
    if args.json:
        print_json(article_json(library, art))
        return 0
    print(art.title)
    details = [art.source, (art.published or "")[:10], art.author, art.url]
    print(" · ".join(d for d in details if d))
    print()
    print(art.body)
    return 0


def bookmark(args: argparse.Namespace) -> int:
    """``newsreader bookmark [--off] ID...``."""
    library = open_library(args)
    ids = [library.resolve(given) for given in args.ids]
    library.set_bookmarks(ids, on=not args.off)
    for aid in ids:
        print(f"{'unbookmarked' if args.off else 'bookmarked'}  {aid[:8]}")
    return 0


def tag(args: argparse.Namespace) -> int:
    """``newsreader tag ID TAG...`` and ``newsreader untag ID TAG...``."""
    library = open_library(args)
    aid = library.resolve(args.id)
    if args.remove:
        tags = library.change_tags(aid, remove=args.tags)
    else:
        tags = library.change_tags(aid, add=args.tags)
    print(f"{aid[:8]}  tags: {', '.join(tags) if tags else '(none)'}")
    return 0


def export(args: argparse.Namespace) -> int:
    """``newsreader export``."""
    data = export_library(open_library(args))
    if args.output:
        payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        write_atomically(Path(args.output), payload)
        print(f"exported {data['count']} articles to {args.output}", file=sys.stderr)
    else:
        print_json(data)
    return 0


def run_app(args: argparse.Namespace) -> int:
    """``newsreader`` with no command: the reader."""
    from newsreader.tui.launch import launch  # the TUI loads only when it is used

    library = open_library(args)
    return launch(library, notice=first_run_notice(library), mouse=args.mouse,
                  config=config_path(), fetcher=fetch_in_app)


def fetch_in_app(library: Library, *, progress: Callable[[int, int], None],
                 only: list[str] | None) -> Any:
    """The app's refresh: ``newsreader fetch`` (httpx and feedparser load on first use)."""
    from newsreader.services.fetching import fetch_feeds

    return fetch_feeds(library, progress=progress, only=only)
