"""The library's schema version, and the steps that bring an old library up to date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1
"""The schema this version of newsreader reads and writes."""

Migration = Callable[[Any], None]
"""A step that takes a library (``store.library.Library``) from version n to n + 1."""

MIGRATIONS: dict[int, Migration] = {}
"""Step from version n to n + 1, keyed by n. Each runs under the library's write lock."""


def pending(current: int) -> list[tuple[int, Migration]]:
    """The steps needed to bring a library at ``current`` up to ``SCHEMA_VERSION``."""
    return [(n, MIGRATIONS[n]) for n in range(current, SCHEMA_VERSION) if n in MIGRATIONS]
