"""The ``newsreader`` command: the app with no arguments, scripting commands otherwise."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from newsreader import __version__
from newsreader.cli import analysis_commands, feed_commands, people_commands, sync_commands
from newsreader.cli import library_commands as commands
from newsreader.news.cleaning import printable
from newsreader.services import SORT_KEYS, QueryError
from newsreader.services.config import ConfigError
from newsreader.services.errors import LibraryError
from newsreader.services.paths import ENV_LIBRARY


class UsageError(Exception):
    """Bad arguments; the message is one line."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def _folder(value: str) -> str:
    """``--library``'s value: an empty one is an error, never the default library."""
    if not value.strip():
        raise argparse.ArgumentTypeError("needs a folder (it was given an empty path)")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The command line, every subcommand included."""
    parser = _Parser(
        prog="newsreader",
        description="A keyboard-only terminal news reader that finds who said what. "
        "With no command, opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument(
        "--library", metavar="DIR", type=_folder,
        help=f"the library folder (default: ${ENV_LIBRARY}, else the user data folder)")
    parser.add_argument("--mouse", action="store_true",
                        help="let the reader use the mouse (off by default: keyboard only)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", help="import article files, folders and exports")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=commands.import_files)

    p = sub.add_parser("list", help="list articles, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--tag", help="only articles with this tag")
    p.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    p.add_argument("--unread", action="store_true", help="only unread articles")
    p.add_argument("--source", metavar="NAME",
                   help="only articles from this source (a feed's articles: its title)")
    p.add_argument("--search", metavar="TEXT",
                   help="only articles whose title, text, source, people or tags contain TEXT")
    p.add_argument("--query", metavar="Q",
                   help='only articles the query matches (README: "The query language"), '
                   'e.g. \'unread tag:court -tag:sport since:"last monday"\'')
    p.add_argument("--view", metavar="NAME",
                   help="only articles of a saved view (the config file's [views])")
    p.add_argument("--sort", choices=SORT_KEYS, default="published",
                   help="order: newest, most quoted first; title and source A-Z "
                   "(default: published)")
    p.add_argument("--reverse", action="store_true", help="the other way round")
    p.set_defaults(run=commands.list_articles)

    p = sub.add_parser("show", help="print one article")
    p.add_argument("id", metavar="ID", help="an article id or any unique start of one")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=commands.show_article)

    p = sub.add_parser("save", help="save one article to a file as text or Markdown")
    p.add_argument("id", metavar="ID", help="an article id or any unique start of one")
    p.add_argument("path", metavar="PATH", nargs="?",
                   help="the file (.md: Markdown, else text; - for standard output; "
                   "default: a name made from the title, here)")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--markdown", action="store_true", help="Markdown, whatever the name")
    form.add_argument("--text", action="store_true", help="text, whatever the name")
    p.add_argument("--force", action="store_true", help="replace a file that exists")
    p.set_defaults(run=commands.save)

    p = sub.add_parser("bookmark", help="bookmark articles (or --off)")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--off", action="store_true", help="remove the bookmarks")
    p.set_defaults(run=commands.bookmark)

    p = sub.add_parser("read", help="mark articles read (--off: unread): IDs, or --all")
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--off", action="store_true", help="mark them unread")
    p.add_argument("--all", action="store_true",
                   help="every article (with --query: every article the query matches)")
    p.add_argument("--query", metavar="Q", help="with --all: only the articles it matches")
    p.set_defaults(run=commands.mark_read)

    p = sub.add_parser("tag", help="add tags to an article")
    p.add_argument("id", metavar="ID")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.set_defaults(run=commands.tag, remove=False)

    p = sub.add_parser("untag", help="remove tags from an article")
    p.add_argument("id", metavar="ID")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.set_defaults(run=commands.tag, remove=True)

    p = sub.add_parser("delete", help="delete articles (a feed fetched again does not bring "
                       "them back)")
    p.add_argument("ids", nargs="+", metavar="ID", help="article ids or unique starts of them")
    p.set_defaults(run=commands.delete)

    p = sub.add_parser("export", help="print the whole library with bookmarks, tags and read "
                       "state as JSON (import takes it back)")
    p.add_argument("--json", action="store_true", help="JSON (the only format; accepted for "
                   "symmetry with the other commands)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=commands.export)

    p = sub.add_parser("repair", help="rebuild the listing from the article texts, move "
                       "unreadable files aside, remove stale temporary files and orphans")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=commands.repair)

    p = sub.add_parser("serve", help="serve the reader to a web browser (textual-serve)")
    p.add_argument("--host", default="127.0.0.1",
                   help="the address to listen on (default: 127.0.0.1, this machine only; "
                   "any other warns that whoever reaches it reads the library)")
    p.add_argument("--port", type=int, default=8000, help="the port (default: 8000)")
    p.set_defaults(run=commands.serve)

    analysis_commands.register(sub)
    feed_commands.register(sub)
    people_commands.register(sub)
    sync_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run newsreader; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            return commands.run_app(args)
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except UsageError as err:
        print(f"newsreader: error: {printable(str(err))}", file=sys.stderr)
        return 2
    except QueryError as err:
        print(f"newsreader: error: bad query {printable(repr(err.query))}: "
              f"{printable(str(err))}", file=sys.stderr)
        return 2
    except ConfigError as err:
        print(f"newsreader: error: {printable(str(err))}", file=sys.stderr)
        return 2
    except LibraryError as err:
        print(f"newsreader: error: {printable(str(err))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader of our output went away: nothing to say
        return 0
    except OSError as err:
        where = f": {printable(str(err.filename))}" if err.filename else ""
        print(f"newsreader: error: {printable(err.strerror or str(err))}{where}",
              file=sys.stderr)
        return 1

