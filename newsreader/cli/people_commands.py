"""``newsreader people``, ``person``, ``search``, ``quotes-search`` and ``reindex``: who
said what across the library, and full-text search, from the search index."""

from __future__ import annotations

import argparse
from typing import Any

from newsreader.cli.library_commands import cell_column
from newsreader.cli.output import print_json, services_for
from newsreader.cli.progress import Progress
from newsreader.news.cleaning import one_line, printable
from newsreader.news.words import plural
from newsreader.services import Services
from newsreader.services.people import PersonEntry, hit_json

SEARCH_SYNTAX = ('words must all be there; "a phrase"; word* for any word starting so; '
                 "-word for none with it")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the people and search subcommands to the command line."""
    p = sub.add_parser("people", help="everyone quoted or named as a source, most quoted first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--search", metavar="TEXT", default="",
                   help="only people whose name, role or affiliation has these words")
    p.add_argument("--sort", choices=["quotes", "recent", "name"], default="quotes",
                   help="most quoted (default), most recently seen, or by name")
    p.set_defaults(run=people)

    p = sub.add_parser("person", help="one person's quotations across the library")
    p.add_argument("name", metavar="NAME", help="a full name, a surname or a short form")
    p.add_argument("--json", action="store_true", help="print JSON")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--rename", metavar="NEW", help="show this person as NEW from now on")
    group.add_argument("--merge-into", metavar="OTHER",
                       help="count this person as OTHER (one person spelt two ways)")
    group.add_argument("--unmerge", action="store_true",
                       help="undo the merges and rename of this person")
    p.set_defaults(run=person)

    p = sub.add_parser("search",
                       help=f"search article titles and texts, best first ({SEARCH_SYNTAX})")
    p.add_argument("text", metavar="TEXT", nargs="+")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.set_defaults(run=search)

    p = sub.add_parser("quotes-search", help="search the words of every quotation, best first")
    p.add_argument("text", metavar="TEXT", nargs="+")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    p.set_defaults(run=quotes_search)

    p = sub.add_parser("reindex", help="build the search index (people, quotations, text) "
                       "again from the library")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=reindex)


def _ready(args: argparse.Namespace) -> Services:
    """The services, with the search index up to date (built with a progress bar on the
    terminal when it is missing or behind)."""
    services = services_for(args)
    with Progress("indexing the library") as progress:
        services.search_index(progress=progress.update)
    return services


def _seen(entry: PersonEntry) -> str:
    first, last = (entry.first_seen or "")[:10], (entry.last_seen or "")[:10]
    return printable(first if first == last else f"{first} – {last}")


def people(args: argparse.Namespace) -> int:
    """``newsreader people``."""
    services = _ready(args)
    entries = services.people(order=args.sort, search=args.search.strip())
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    for e in entries:
        kind = "" if e.is_person else f"  ({e.kind})"
        role = f"  {one_line(e.role)}" if e.role else ""
        print(f"{e.quotes:4d} q {e.articles:4d} art  {cell_column(printable(e.name), 28)}"
              f"  {_seen(e)}{kind}{role}")
    return 0


def person(args: argparse.Namespace) -> int:
    """``newsreader person NAME``."""
    services = _ready(args)
    if args.rename:
        entry = services.rename_person(args.name, args.rename)
    elif args.merge_into:
        entry = services.merge_people(args.name, args.merge_into)
    elif args.unmerge:
        for e in services.unmerge_person(args.name):
            print(f"now apart: {printable(e.name)}")
        return 0
    else:
        entry = services.person(args.name)
    hits = services.person_quotes(entry)
    if args.json:
        print_json({**entry.to_json(), "quotations": [hit_json(h) for h in hits]})
        return 0
    role = f", {one_line(entry.role)}" if entry.role else ""
    print(f"{printable(entry.name)}{role}: {plural(entry.quotes, 'quotation')} in "
          f"{plural(entry.articles, 'article')} ({_seen(entry)})")
    for h in hits:
        how = " ".join(x for x in (h.verb, h.medium) if x)
        print(f"  “{one_line(h.text)}”")
        print(f"      {h.article_id[:8]}  {printable((h.published or '')[:10])}  "
              f"{printable(h.source or '-')}: "
              f"{one_line(h.title)}{f' ({how})' if how else ''}")
    return 0


def search(args: argparse.Namespace) -> int:
    """``newsreader search TEXT``."""
    services = _ready(args)
    hits = services.search(" ".join(args.text), limit=args.limit)
    if args.json:
        print_json([{"id": h.id, "title": h.title, "source": h.source,
                     "published": h.published, "score": round(h.score, 4)} for h in hits])
        return 0
    for h in hits:
        print(f"{h.id[:8]}  {printable((h.published or 'undated')[:10]).ljust(10)}  "
              f"{cell_column(printable(h.source or '-'), 20)}  {printable(one_line(h.title))}")
    return 0


def quotes_search(args: argparse.Namespace) -> int:
    """``newsreader quotes-search TEXT``."""
    services = _ready(args)
    hits = services.quotes_search(" ".join(args.text), limit=args.limit)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    for h in hits:
        who = " and ".join(h.speakers) or "(unattributed)"
        print(f"“{one_line(h.text)}”")
        print(f"      — {printable(who)}; {h.article_id[:8]}  {one_line(h.title)}")
    return 0


def reindex(args: argparse.Namespace) -> int:
    """``newsreader reindex``."""
    services = services_for(args)
    with Progress("indexing the library") as progress:
        count = services.reindex(progress=progress.update)
    if args.json:
        print_json({"library": str(services.root), "indexed": count})
    else:
        print(f"indexed {plural(count, 'article')} in {services.root}")
    return 0
