"""``newsreader quotes`` and ``newsreader reanalyze``: the analysis from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsreader.cli.output import json_text, services_for
from newsreader.cli.progress import Progress
from newsreader.news.analysis import ANALYSER_VERSION, Analysis
from newsreader.news.cleaning import one_line, printable
from newsreader.news.words import plural
from newsreader.services.analysis import analyse_file
from newsreader.services.errors import Rejected
from newsreader.services.reading import speakers_of


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the analysis subcommands to the command line."""
    p = sub.add_parser("quotes", help="find the quotations, speakers, people and dates in "
                       "article files (without importing them)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per line, per file")
    p.set_defaults(run=quotes)

    p = sub.add_parser("reanalyze", help="analyse stored articles again after an upgrade")
    p.add_argument("--all", action="store_true",
                   help="every article, not only those analysed by an older version")
    p.set_defaults(run=reanalyze)


def quotes(args: argparse.Namespace) -> int:
    """``newsreader quotes [--json] FILE...``: offsets are into each file's text as read."""
    status = 0
    for name in args.files:
        try:
            text, analysis = analyse_file(Path(name))
        except Rejected as err:
            print(f"newsreader: {printable(name)}: {err}", file=sys.stderr)
            status = 1
            continue
        if args.json:
            result = analysis.to_dict()
            record = {"path": name, "quotes": result["quotes"], "people": result["people"],
                      "dates": result["dates"]}
            print(json_text(record, indent=None), flush=True)
        else:
            print_listing(name, analysis)
    return status


def _snippet(text: str, limit: int = 70) -> str:
    flat = one_line(text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def print_listing(name: str, analysis: Analysis) -> None:
    """A readable account of one file's analysis."""
    print(f"== {printable(name)}: {plural(len(analysis.quotes), 'quotation')}, "
          f"{plural(len(analysis.people), 'person', 'people')}")
    for q in analysis.quotes:
        who = " and ".join(speakers_of(q)) or "(unknown)"
        how = " ".join(x for x in (q.verb, q.medium) if x)
        print(f"  “{_snippet(q.text)}”")
        where = f"chars {q.start}-{q.end}"
        print(f"      — {who}{f' ({how})' if how else ''}; {q.kind}, {where}")
    for p in analysis.people:
        role = f", {one_line(p.role)}" if p.role else ""
        print(f"  person: {p.name}{role} ({plural(len(p.quotes), 'quotation')})")
    for d in analysis.dates:
        print(f"  date: {one_line(d.text)} -> {d.value or '?'}")


def reanalyze(args: argparse.Namespace) -> int:
    """``newsreader reanalyze``: refresh stored analysis from the current analyser."""
    services = services_for(args)
    with Progress("analysing") as progress:
        count = services.reanalyse(everything=args.all, progress=progress.update)
    print(f"reanalysed {count} of {plural(len(services), 'article')} with analyser "
          f"version {ANALYSER_VERSION}")
    return 0
