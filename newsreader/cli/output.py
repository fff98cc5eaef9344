"""What every command shares: the services for the library named, and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsreader.services import Services


def services_for(args: argparse.Namespace) -> Services:
    """The services over the library the command line names (``--library``, else
    $NEWSREADER_LIBRARY, else the user data folder)."""
    return Services.at(args.library)


def print_json(data: Any) -> None:
    """Print data as JSON, UTF-8 kept readable."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
