"""The library's subcommands: import, list, show, bookmark, tag, delete, export, and the
app."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from rich.cells import cell_len, set_cell_size

from newsreader.cli.output import print_json, print_json_list, services_for
from newsreader.cli.progress import Progress
from newsreader.news.cleaning import printable, printable_text
from newsreader.news.words import plural
from newsreader.services import ImportReport, ListQuery, Services, StoredArticle
from newsreader.services.errors import LibraryError
from newsreader.services.files import write_file
from newsreader.services.paths import config_path
from newsreader.services.views import find_view


def import_files(args: argparse.Namespace) -> int:
    """``newsreader import PATH...``."""
    services = services_for(args)
    report = ImportReport()
    try:
        with Progress("importing", enabled=not args.json) as progress:
            services.import_paths(args.paths, progress=progress.update, report=report)
    except KeyboardInterrupt:  # say what was stored before stopping (main says the rest)
        print_import(args, services, report, interrupted=True)
        sys.stdout.flush()
        raise
    print_import(args, services, report)
    return 1 if report.rejected else 0


def print_import(args: argparse.Namespace, services: Services, report: ImportReport,
                 interrupted: bool = False) -> None:
    """An import's report: a line per file, then the counts (``interrupted``: of what was
    stored before Ctrl+C)."""
    if args.json:
        print_json({**report.to_json(), "interrupted": interrupted} if interrupted
                   else report.to_json())
        return
    for path, aid, title in report.imported:
        print(f"imported   {aid[:8]}  {title}  ({printable(path)})")
    for path, aid, title in report.duplicates:
        print(f"duplicate  {aid[:8]}  {title}  ({printable(path)}: already in the library)")
    for path, fid, url in report.subscribed:
        print(f"subscribed {fid}  {printable(url)}  ({printable(path)})")
    for path, reason in report.rejected:
        print(f"rejected   {printable(path)}: {printable(reason)}", file=sys.stderr)
    count = len(report.subscribed)
    feeds = f", {plural(count, 'feed')} subscribed" if count else ""
    print(("interrupted: " if interrupted else "")
          + f"{len(report.imported)} imported, {plural(len(report.duplicates), 'duplicate')}, "
          f"{len(report.rejected)} rejected{feeds}; library: {services.root}")


def list_articles(args: argparse.Namespace) -> int:
    """``newsreader list``."""
    services = services_for(args)
    given = [q for q in (args.query, find_view(config_path(), args.view).query
                         if args.view is not None else None) if q and q.strip()]
    text = " ".join(f"({q})" for q in given) if len(given) > 1 else "".join(given)
    query = ListQuery(tag=args.tag, bookmarked=args.bookmarked, unread=args.unread,
                      search=(args.search or "").strip(), query=text,
                      sort=args.sort, reverse=args.reverse, source=args.source or None)
    rows = services.rows(query)
    if args.json:
        print_json_list(row.to_json() for row in rows)
        return 0
    for row in rows:
        marks = ("*" if row.bookmarked else " ") + (" " if row.read else "N")
        date = printable((row.published or "undated")[:10]).ljust(10)
        tags = f"  [{printable(', '.join(row.tags))}]" if row.tags else ""
        print(f"{row.id[:8]}  {marks}  {date}  {cell_column(printable(row.source or '-'), 20)}"
              f"  {printable(row.title)}{tags}")
    if not rows:
        print("no articles" + (" match" if rows.total else f" in {services.root}"),
              file=sys.stderr)
    return 0


def cell_column(text: str, width: int) -> str:
    """``text`` in exactly ``width`` terminal cells (a CJK character takes two), cut with
    an ellipsis or padded."""
    if cell_len(text) > width:
        text = set_cell_size(text, width - 1).rstrip() + "…"
    return set_cell_size(text, width)


def article_json(services: Services, art: StoredArticle) -> dict[str, Any]:
    """An article with its text, analysis and user state, as ``show --json`` prints it."""
    row = services.row(art.id)
    analysis = art.analysis.to_dict() if art.analysis else {}
    return {**(row.to_json() if row else {}), "author": art.author, "text": art.body,
            "key": art.key, "quotes": analysis.get("quotes", []),
            "people": analysis.get("people", []), "dates": analysis.get("dates", []),
            "analyser": analysis.get("version"),
            "links": [{"url": link.url, "text": link.text} for link in art.links]}


def show_article(args: argparse.Namespace) -> int:
    """``newsreader show ID``."""
    services = services_for(args)
    art = services.article(services.resolve(args.id))
    if args.json:
        print_json(article_json(services, art))
        return 0
    print(printable(art.title))
    details = [art.source, (art.published or "")[:10], art.author, art.url]
    print(printable(" · ".join(d for d in details if d)))
    print()
    print(printable_text(art.body))
    if art.links:
        print()
        print("Links:")
        for n, link in enumerate(art.links, 1):
            print(f"[{n}] {printable(link.url)}" + (f"  ({printable(link.text)})"
                                                    if link.text else ""))
    return 0


def save(args: argparse.Namespace) -> int:
    """``newsreader save ID [PATH]``."""
    from newsreader.services.saving import Format, SaveError, file_name, format_for, render

    services = services_for(args)
    art = services.article(services.resolve(args.id))
    path = args.path or file_name(art, "markdown" if args.markdown else "text")
    fmt: Format = "markdown" if args.markdown else "text" if args.text else format_for(path)
    if path == "-":
        sys.stdout.write(render(art, fmt))
        return 0
    try:
        written = services.save_article(art, path, fmt, overwrite=args.force)
    except SaveError as err:
        hint = " (--force replaces it)" if str(err).endswith(" exists") else ""
        print(f"newsreader: error: not saved: {printable(str(err))}{hint}", file=sys.stderr)
        return 1
    print(f"saved  {art.id[:8]}  {printable(str(written))}  ({fmt})")
    return 0


def bookmark(args: argparse.Namespace) -> int:
    """``newsreader bookmark [--off] ID...``."""
    services = services_for(args)
    ids = [services.resolve(given) for given in args.ids]
    services.set_bookmarks(ids, on=not args.off)
    for aid in ids:
        print(f"{'unbookmarked' if args.off else 'bookmarked'}  {aid[:8]}")
    return 0


def mark_read(args: argparse.Namespace) -> int:
    """``newsreader read [--off] ID...`` and ``newsreader read --all [--query Q]``."""
    if args.all == bool(args.ids) or (args.query is not None and not args.all):
        print("newsreader: error: read takes IDs, or --all (narrowed by --query Q), "
              "not both (see newsreader read --help)", file=sys.stderr)
        return 2
    services = services_for(args)
    read = not args.off
    if args.all:
        rows = services.rows(ListQuery(query=args.query or ""))
        change = services.mark_read(rows.ids(), read)
        already = len(rows) - len(change.ids)
        were = "was" if already == 1 else "were"
        print(f"{change.what}" + (f" ({already} already {were})" if already else ""))
        return 0
    ids = [services.resolve(given) for given in args.ids]
    change = services.mark_read(ids, read)
    word, flipped = ("read" if read else "unread"), set(change.ids)
    for aid in dict.fromkeys(ids):
        print(f"{word:<8}{aid[:8]}" + ("" if aid in flipped else "  (already was)"))
    return 0


def delete(args: argparse.Namespace) -> int:
    """``newsreader delete ID...``: every id is resolved before anything is deleted."""
    services = services_for(args)
    ids = list(dict.fromkeys(services.resolve(given) for given in args.ids))
    titles = {aid: services.row(aid) for aid in ids}
    services.delete(ids)
    for aid in ids:
        row = titles[aid]
        print(f"deleted  {aid[:8]}  {printable(row.title) if row else ''}".rstrip())
    return 0


def tag(args: argparse.Namespace) -> int:
    """``newsreader tag ID TAG...`` and ``newsreader untag ID TAG...``."""
    services = services_for(args)
    aid = services.resolve(args.id)
    if args.remove:
        had = services.tags(aid)
        lacking = [t for t in args.tags if " ".join(t.split()).casefold()
                   not in {h.casefold() for h in had}]
        tags = services.change_tags(aid, remove=args.tags)
    else:
        lacking = []
        tags = services.change_tags(aid, add=args.tags)
    print(f"{aid[:8]}  tags: {', '.join(tags) if tags else '(none)'}")
    for absent in lacking:  # nothing to remove: say so, and fail, as for an unknown id
        print(f'newsreader: {aid[:8]} has no tag "{printable(absent)}" (its tags were: '
              f'{printable(", ".join(had)) if had else "none"})', file=sys.stderr)
    return 1 if lacking else 0


def export(args: argparse.Namespace) -> int:
    """``newsreader export``."""
    data = services_for(args).export()
    if args.output:
        write_file(Path(args.output), json.dumps(data, ensure_ascii=False, indent=1))
        feeds = len(data["feeds"])
        print(f"exported {plural(data['count'], 'article')} and {plural(feeds, 'feed')} "
              f"to {args.output}", file=sys.stderr)
    else:
        print_json(data)
    return 0


def repair(args: argparse.Namespace) -> int:
    """``newsreader repair``: works on a library too damaged for the other commands."""
    report = Services.repair_at(args.library)
    if args.json:
        print_json(report.to_json())
        return 0
    for line in report.done:
        print(f"repaired  {line}")
    print(report.summary())
    return 0


NO_TERMINAL = ("newsreader: error: the reader needs a terminal (its input or output is not "
               "one); without one, use the commands: newsreader list, newsreader show ID, "
               "newsreader --help")
"""What ``newsreader`` says when started with no terminal (``newsreader < /dev/null | cat``,
a cron job)."""


def has_terminal() -> bool:
    """Whether the reader can run here: its input and output are a terminal, or Textual is
    told to draw elsewhere (``newsreader serve`` runs it with its web driver)."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return all(stream is not None and stream.isatty() for stream in (sys.stdin, sys.stdout))


def run_app(args: argparse.Namespace) -> int:
    """``newsreader`` with no command: the reader (refused, in one line, with no
    terminal: it would wait for keys that never come)."""
    if not has_terminal():
        print(NO_TERMINAL, file=sys.stderr)
        return 1
    from newsreader.tui.launch import launch  # the TUI loads only when it is used

    services = services_for(args)
    try:
        notice = services.first_run()
    except LibraryError:
        notice = None  # a damaged library: the app starts, and its list says what is wrong
    return launch(services, notice=notice, mouse=args.mouse, config=config_path())


def serve(args: argparse.Namespace) -> int:
    """``newsreader serve``: the reader in a browser (textual-serve)."""
    from newsreader.tui.serve import serve as serve_app  # loads aiohttp only when used

    services = services_for(args)  # the library opens (and upgrades) once, here
    return serve_app(services.root, host=args.host, port=args.port, mouse=args.mouse)
