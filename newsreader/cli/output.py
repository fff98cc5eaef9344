"""What every command shares: the services for the library named, and JSON output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from typing import Any

from newsreader.cli.progress import Progress
from newsreader.news.words import plural
from newsreader.services import Services


def services_for(args: argparse.Namespace) -> Services:
    """The services over the library the command line names (``--library``, else
    $NEWSREADER_LIBRARY, else the user data folder). A library of an older layout is
    upgraded in place as it opens, with a progress bar on the terminal and a line saying
    so on stderr."""
    with Progress("upgrading the library") as progress:
        services = Services.at(args.library, progress=progress.update)
    if services.upgraded_from is not None:
        print(f"newsreader: upgraded the library {services.root} from schema "
              f"{services.upgraded_from} to the current layout "
              f"({plural(len(services), 'article')})",
              file=sys.stderr)
    return services


_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e"
                             "\u2060-\u206f\ufeff\ufff9-\ufffb]")
"""What JSON leaves raw with ensure_ascii off (it escapes only C0 controls) but a terminal
acts on (C1 controls) or that hides or reorders text (bidi and invisible characters)."""


def json_text(data: Any, indent: int | None = 2) -> str:
    """Data as JSON, UTF-8 kept readable, and every character a terminal would act on
    written as a ``\\u`` escape (such characters can only be inside strings)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(data: Any) -> None:
    """Print data as JSON (see ``json_text``)."""
    sys.stdout.write(json_text(data))
    sys.stdout.write("\n")


FLUSHED_ITEMS = 100
"""Items of a JSON array sent on one by one (a screenful and more); the rest are buffered."""


def print_json_list(items: Iterable[Any]) -> None:
    """Print a JSON array an item at a time, exactly as ``print_json`` prints the list,
    so a reader (``| head``) has the first items before the last are made: each of the
    first FLUSHED_ITEMS is sent on as soon as it is written."""
    out = sys.stdout
    first = True
    for n, item in enumerate(items):
        out.write("[\n  " if first else ",\n  ")
        out.write(json_text(item).replace("\n", "\n  "))
        if n < FLUSHED_ITEMS:
            out.flush()
        first = False
    out.write("[]\n" if first else "\n]\n")
