"""The app's settings from the config file, beside the keys: how often the feeds refresh.

``~/.config/newsreader/config.toml`` (or ``$NEWSREADER_CONFIG``)::

    [refresh]
    on_start = true        # refresh the feeds when the app starts
    every_minutes = 30     # and every 30 minutes while it is open (0: never)

An entry that cannot be used is a problem reported for that entry, which keeps its default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIN_MINUTES = 1
"""The shortest interval between refreshes a config file may ask for."""


@dataclass(frozen=True)
class RefreshSettings:
    """When the app refreshes the feeds by itself."""

    on_start: bool = False
    """Refresh once as the app starts."""
    every_minutes: float = 0
    """Refresh this often while the app is open (0: never)."""

    @property
    def every_seconds(self) -> float:
        """The interval in seconds (0: never)."""
        return self.every_minutes * 60


CONFIG_DEFAULTS = RefreshSettings(on_start=True, every_minutes=30)
"""What a user gets with no ``[refresh]`` table: a refresh at start, then every 30 minutes
(the app started with no config file at all, as tests start it, never refreshes by itself)."""


def refresh_settings(data: dict[str, Any], where: Path | str
                     ) -> tuple[RefreshSettings, list[str]]:
    """The ``[refresh]`` table of a config file read by ``read_config``, with a line for
    each entry that cannot be used (it keeps its default)."""
    table = data.get("refresh", {})
    problems: list[str] = []
    if not isinstance(table, dict):
        return CONFIG_DEFAULTS, [f"{where}: [refresh] must be a table, like "
                                 "[refresh] every_minutes = 30; using the defaults"]
    on_start, every = CONFIG_DEFAULTS.on_start, CONFIG_DEFAULTS.every_minutes
    for name, value in table.items():
        if name == "on_start":
            if isinstance(value, bool):
                on_start = value
            else:
                problems.append(f"{where}: refresh.on_start must be true or false; "
                                f"it stays {str(on_start).lower()}")
        elif name == "every_minutes":
            good = isinstance(value, int | float) and not isinstance(value, bool) and (
                value == 0 or value >= MIN_MINUTES)
            if good:
                every = float(value)
            else:
                problems.append(f"{where}: refresh.every_minutes must be 0 (never) or at "
                                f"least {MIN_MINUTES}; it stays {every:g}")
        else:
            problems.append(f'{where}: "refresh.{name}" is not a setting (on_start, '
                            "every_minutes); ignored")
    return RefreshSettings(on_start, every), problems
