"""``newsreader quotes`` and ``newsreader reanalyze``: the analysis from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from newsreader.news.analysis import ANALYSER_VERSION, analyse
from newsreader.news.cleaning import one_line
from newsreader.news.files import Rejected, read_text
from newsreader.news.plaintext import NotAnArticle, parse_plaintext
from newsreader.cli.library_commands import open_library
from newsreader.services.analysis import analysis_of, is_current
from newsreader.cli.progress import Progress
from newsreader.store.records import StoredArticle


def register(sub: argparse._SubParsersAction) -> None:
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


def _published(text: str) -> datetime | None:
    """The Date: header of a plain-text article, if it has one."""
    try:
        return parse_plaintext(text).published
    except NotAnArticle:
        return None


def quotes(args: argparse.Namespace) -> int:
    """``newsreader quotes [--json] FILE...``: offsets are into each file's text as read."""
    status = 0
    for name in args.files:
        try:
            text = read_text(Path(name), keep_bom=True)
        except Rejected as err:
            print(f"newsreader: {name}: {err}", file=sys.stderr)
            status = 1
            continue
        result = analyse(text, _published(text)).to_dict()
        if args.json:
            record = {"path": name, "quotes": result["quotes"], "people": result["people"],
                      "dates": result["dates"]}
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print_listing(name, text, result)
    return status


def _snippet(text: str, limit: int = 70) -> str:
    flat = one_line(text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def print_listing(name: str, text: str, result: dict[str, Any]) -> None:
    """A readable account of one file's analysis."""
    print(f"== {name}: {len(result['quotes'])} quotations, {len(result['people'])} people")
    for q in result["quotes"]:
        who = " and ".join(q.get("speakers") or []) or q.get("speaker") or "(unknown)"
        how = " ".join(x for x in (q.get("verb"), q.get("medium")) if x)
        print(f"  “{_snippet(q['text'])}”")
        where = f"chars {q['start']}-{q['end']}"
        print(f"      — {who}{f' ({how})' if how else ''}; {q['kind']}, {where}")
    for p in result["people"]:
        role = f", {one_line(p['role'])}" if p.get("role") else ""
        count = len(p.get("quotes") or [])
        print(f"  person: {p['name']}{role} ({count} quotation{'' if count == 1 else 's'})")
    for d in result["dates"]:
        print(f"  date: {one_line(d['text'])} -> {d.get('value') or '?'}")


def reanalyze(args: argparse.Namespace) -> int:
    """``newsreader reanalyze``: refresh stored analysis from the current analyser."""
    library = open_library(args)
    stale = [a.id for a in library.articles() if args.all or not is_current(a)]

    def refresh(art: StoredArticle) -> None:
        published = datetime.fromisoformat(art.published) if art.published else None
        art.analysis = analysis_of(art.body, published)

    with Progress("analysing") as progress:
        for n, start in enumerate(range(0, len(stale), 500)):
            batch = stale[start:start + 500]
            library.update_articles({aid: refresh for aid in batch})
            progress.update(min((n + 1) * 500, len(stale)), len(stale))
    print(f"reanalysed {len(stale)} of {len(library)} articles with analyser "
          f"version {ANALYSER_VERSION}")
    return 0
