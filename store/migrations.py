"""The library's schema version, and the steps that bring an old library up to date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2
"""The schema this version of newsreader reads and writes.

1: ``listing.json`` held every listing page, ``articles/XX.json`` 256 text shards by id
prefix (every import rewrote most of them). 2: text segments, sealed listing pages and
``listing.json`` as the head (see ``store.library``); ``store.upgrade`` converts a
library of schema 1 in place."""

Migration = Callable[[Any], None]
"""A step that takes a library (``store.library.Library``) from version n to n + 1."""


def _from_1(library: Any) -> None:
    from newsreader.store.upgrade import from_schema_1  # it needs the library module

    from_schema_1(library)


MIGRATIONS: dict[int, Migration] = {1: _from_1}
"""Step from version n to n + 1, keyed by n. Each runs under the library's write lock."""


def pending(current: int) -> list[tuple[int, Migration]]:
    """The steps needed to bring a library at ``current`` up to ``SCHEMA_VERSION``."""
    return [(n, MIGRATIONS[n]) for n in range(current, SCHEMA_VERSION) if n in MIGRATIONS]
