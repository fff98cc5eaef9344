"""The feed commands: ``feeds add|list|remove|import-opml|export-opml``, ``fetch``, ``add``.

The network, feed and HTML libraries load only when a command here runs, so the other
commands start as fast as before.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsreader.cli.output import print_json, services_for
from newsreader.cli.progress import Progress
from newsreader.news.cleaning import printable
from newsreader.news.words import plural
from newsreader.services import Feed, SourceCount
from newsreader.services.errors import BadFeedAddress, FetchError, NotOpml
from newsreader.services.files import write_file


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the feed commands to the ``newsreader`` command line."""
    feeds = sub.add_parser("feeds", help="subscribe to feeds, list and remove them, OPML")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True,
                                     parser_class=type(feeds))

    p = feeds_sub.add_parser("add", help="subscribe to a feed (RSS or Atom)")
    p.add_argument("url", metavar="URL")
    p.add_argument("--tag", action="append", default=[], metavar="T",
                   help="tag every article from this feed with T (repeatable)")
    full = p.add_mutually_exclusive_group()
    full.add_argument("--full", action="store_true", default=None,
                      help="fetch each new item's web page and keep its full article text")
    full.add_argument("--no-full", dest="full", action="store_false",
                      help="keep the feed's own text (the default)")
    p.set_defaults(run=feeds_add)

    p = feeds_sub.add_parser("list", help="list subscriptions with their last fetch")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(run=feeds_list)

    p = feeds_sub.add_parser("tags", help="set a feed's tags (none: clear them); given to "
                             "its articles from the next fetch on")
    p.add_argument("feed", metavar="URL-or-ID")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.set_defaults(run=feeds_tags)

    p = feeds_sub.add_parser("remove", help="unsubscribe (the articles stay)")
    p.add_argument("feeds", nargs="+", metavar="URL-or-ID")
    p.set_defaults(run=feeds_remove)

    p = feeds_sub.add_parser("import-opml", help="subscribe to every feed in an OPML file "
                             "(folders become tags)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="the OPML file (default or '-': standard input)")
    p.set_defaults(run=feeds_import_opml)

    p = feeds_sub.add_parser("export-opml", help="print the subscriptions as OPML 2.0 "
                             "(tags become folders)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=feeds_export_opml)

    p = sub.add_parser("fetch", help="refresh every feed and store the new articles")
    p.add_argument("feeds", nargs="*", metavar="URL-or-ID", help="only these feeds")
    p.add_argument("--full", action="store_true",
                   help="fetch each new item's web page and keep its full article text")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=fetch)

    p = sub.add_parser("add", help="store the article on a web page")
    p.add_argument("url", metavar="URL")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tag it with T")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=add_page)


def _feed_json(feed: Feed, counts: dict[str, SourceCount] | None = None) -> dict[str, Any]:
    doc = feed.to_doc()
    doc["name"] = feed.name
    if counts is not None:
        count = counts.get(feed.id)
        doc["articles"], doc["unread"] = (count.total, count.unread) if count else (0, 0)
    return doc


def _last_line(feed: Feed) -> str:
    last = feed.last
    if last is None:
        return "never fetched"
    when = last.checked.replace("T", " ")[:16] + " UTC"
    if last.error:
        return f"last fetch {when}: failed: {last.error}"
    what = "not modified" if last.not_modified else f"{last.new} new, {last.updated} updated"
    moved = f"; moved to {last.final_url}" if last.final_url else ""
    return f"last fetch {when}: {what}{moved}"


def feeds_add(args: argparse.Namespace) -> int:
    """``newsreader feeds add URL [--tag T] [--full]``."""
    feed, created = services_for(args).subscribe(args.url, tags=args.tag, full=args.full)
    tags = f"  [{', '.join(feed.tags)}]" if feed.tags else ""
    mode = "  (full text)" if feed.full else ""
    if created:
        print(f"subscribed  {feed.id}  {feed.url}{tags}{mode}")
        print("run `newsreader fetch` to read it", file=sys.stderr)
    else:
        print(f"already subscribed  {feed.id}  {feed.url}{tags}{mode}")
    return 0


def feeds_list(args: argparse.Namespace) -> int:
    """``newsreader feeds list [--json]``."""
    services = services_for(args)
    feeds = services.feeds()
    counts = services.feed_counts()
    if args.json:
        print_json([_feed_json(f, counts) for f in feeds])
        return 0
    for feed in feeds:
        tags = f"  [{', '.join(feed.tags)}]" if feed.tags else ""
        mode = "  (full text)" if feed.full else ""
        title = f"{feed.title}  " if feed.title else ""
        count = counts.get(feed.id)
        held = (f"  ({plural(count.total, 'article')}, {count.unread} unread)"
                if count and (count.total or feed.last) else "")
        print(f"{feed.id}  {printable(f'{title}{feed.url}{tags}')}{mode}{held}")
        print(f"          {printable(_last_line(feed))}")
    if not feeds:
        print(f"no feeds in {services.root}: add one with `newsreader feeds add URL`",
              file=sys.stderr)
    return 0


def feeds_tags(args: argparse.Namespace) -> int:
    """``newsreader feeds tags URL-or-ID [TAG...]``: set (or, with none, clear) the tags."""
    feed = services_for(args).set_feed_tags(args.feed, args.tags)
    tags = ", ".join(feed.tags) if feed.tags else "(none)"
    print(f"tagged      {feed.id}  {feed.url}  [{tags}]")
    return 0


def feeds_remove(args: argparse.Namespace) -> int:
    """``newsreader feeds remove URL-or-ID...``."""
    services = services_for(args)
    for given in args.feeds:
        feed = services.unsubscribe(given)
        print(f"unsubscribed  {feed.id}  {feed.url}  (its articles stay in the library)")
    return 0


def _read_input(name: str, limit: int) -> bytes:
    """The bytes of a file, or of standard input for "-", at most ``limit`` + 1."""
    if name == "-":
        return sys.stdin.buffer.read(limit + 1)
    with open(name, "rb") as fh:
        return fh.read(limit + 1)


def feeds_import_opml(args: argparse.Namespace) -> int:
    """``newsreader feeds import-opml [FILE]``."""
    from newsreader.news.opml import MAX_OPML_BYTES

    services = services_for(args)
    where = "standard input" if args.file == "-" else args.file
    try:
        result = services.import_opml(_read_input(args.file, MAX_OPML_BYTES))
    except (NotOpml, BadFeedAddress) as err:  # parse_opml keeps http(s) only: a safety net
        print(f"newsreader: error: {printable(where)}: {err}", file=sys.stderr)
        return 1
    for feed, created in result.subscribed:
        tags = f"  [{', '.join(feed.tags)}]" if feed.tags else ""
        print(f"{'subscribed' if created else 'already   '}  {feed.id}  {feed.url}{tags}")
    for reason in result.skipped:
        print(f"skipped     {reason}", file=sys.stderr)
    added = sum(1 for _, created in result.subscribed if created)
    print(f"{added} subscribed, {len(result.subscribed) - added} already subscribed, "
          f"{len(result.skipped)} skipped", file=sys.stderr)
    return 1 if result.skipped else 0


def feeds_export_opml(args: argparse.Namespace) -> int:
    """``newsreader feeds export-opml [-o FILE]``."""
    text, count = services_for(args).export_opml()
    if args.output:
        write_file(Path(args.output), text)
        print(f"exported {plural(count, 'feed')} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def fetch(args: argparse.Namespace) -> int:
    """``newsreader fetch [URL-or-ID...] [--full] [--json]``."""
    services = services_for(args)
    with Progress("fetching feeds", enabled=not args.json, show_from=1) as progress:
        report = services.fetch(only=args.feeds or None, full=args.full,
                                progress=progress.update)
    if args.json:
        print_json(report.to_json())
        return 1 if report.failed else 0
    if not report.results:
        print(f"no feeds in {services.root}: add one with `newsreader feeds add URL`",
              file=sys.stderr)
        return 0
    for result in report.results:
        print(result.line(), file=sys.stderr if result.error else sys.stdout)
    print(report.summary())
    return 1 if report.failed else 0


def add_page(args: argparse.Namespace) -> int:
    """``newsreader add URL [--tag T]``."""
    try:
        done = services_for(args).add_page(args.url, tags=args.tag)
    except FetchError as err:
        print(f"newsreader: error: {printable(args.url)}: {err}", file=sys.stderr)
        return 1
    stored = done.article
    if args.json:
        print_json({"id": stored.id, "state": done.state, "title": stored.title,
                    "url": stored.url, "final_url": done.final_url})
    else:
        print(f"{done.state:<9}  {stored.id[:8]}  {printable(stored.title)}  "
              f"({printable(done.final_url)})")
    return 0
