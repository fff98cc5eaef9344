"""``python -m newsreader``: the same as the ``newsreader`` command."""

from __future__ import annotations

import sys

from newsreader.cli import main

if __name__ == "__main__":
    sys.exit(main())
