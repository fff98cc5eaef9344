"""Stand-ins for the analysis pool's chunk functions, for tests/test_parallel_analysis.py.

They live in a module of their own (not a test module) so a worker process can import
them by name without importing pytest or the tests.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def crash(payloads: list[Any]) -> list[Any]:
    """A worker that dies without a word, as a crashed process does."""
    os._exit(13)


def fail(payloads: list[Any]) -> list[Any]:
    """A chunk that fails with an exception (the worker itself lives on)."""
    raise RuntimeError("this chunk fails")


def modules(payloads: list[Any]) -> list[dict[str, Any]]:
    """What a worker has loaded, in place of each analysis."""
    loaded = {"textual": any(m == "textual" or m.startswith("textual.") for m in sys.modules),
              "pid": os.getpid()}
    return [loaded for _ in payloads]
