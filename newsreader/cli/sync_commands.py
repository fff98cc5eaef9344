"""``newsreader account set|show|remove`` and ``newsreader sync``: the feed-server account."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from newsreader.cli.output import print_json, services_for
from newsreader.cli.progress import Progress
from newsreader.news.cleaning import printable
from newsreader.services.accounts import (
    ENV_PASSWORD,
    Account,
    account_path,
    load_account,
    remove_account,
    save_account,
)
from newsreader.services.backends import BACKENDS


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the account and sync commands to the command line."""
    account = sub.add_parser("account", help="the feed-server account to sync with")
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True,
                                     parser_class=type(account))
    p = actions.add_parser("set", help="set the account (the password from "
                           f"${ENV_PASSWORD}, else asked for)")
    p.add_argument("kind", choices=sorted(BACKENDS), help="the server's kind: "
                   + ", ".join(f"{k} ({v})" for k, v in BACKENDS.items()))
    p.add_argument("url", metavar="URL", help="the server's web address")
    p.add_argument("--user", required=True, metavar="NAME", help="the user name there")
    p.set_defaults(run=account_set)
    p = actions.add_parser("show", help="the account set (never its password)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=account_show)
    p = actions.add_parser("remove", help="forget the account (the library keeps the "
                           "articles)")
    p.set_defaults(run=account_remove)

    p = sub.add_parser("sync", help="sync with the account's server: subscriptions, new "
                       "articles, read, starred and labels both ways")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=sync)


def account_set(args: argparse.Namespace) -> int:
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            print(f"newsreader: error: no password: set ${ENV_PASSWORD} or run this on a "
                  "terminal to be asked", file=sys.stderr)
            return 1
        password = getpass.getpass(f"password for {args.user} at {args.url}: ")
    path = save_account(Account(args.kind, args.url, args.user, password))
    print(f"account set: {BACKENDS[args.kind]} at {printable(args.url)} as "
          f"{printable(args.user)} (kept in {path}, readable by you only)")
    return 0


def account_show(args: argparse.Namespace) -> int:
    account = load_account()
    if args.json:
        print_json(None if account is None else {
            "kind": account.kind, "url": account.url, "user": account.user,
            "file": str(account_path())})
        return 0
    if account is None:
        print("no account set (newsreader account set ttrss URL --user NAME)")
        return 0
    print(f"{BACKENDS[account.kind]} at {printable(account.url)} as "
          f"{printable(account.user)} (password kept in {account_path()})")
    return 0


def account_remove(args: argparse.Namespace) -> int:
    if remove_account():
        print("account removed (the library keeps its articles)")
    else:
        print("no account was set")
    return 0


def sync(args: argparse.Namespace) -> int:
    services = services_for(args)
    with Progress("syncing", show_from=0) as progress:
        report = services.sync(progress=progress.update)
    if args.json:
        print_json(report.to_json())
    else:
        line = printable(report.line())
        if report.error:
            print(f"newsreader: {line}", file=sys.stderr)
        else:
            print(line)
    return 1 if report.error else 0
