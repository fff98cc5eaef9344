"""Where the library lives: --library, else $NEWSREADER_LIBRARY, else the platform's data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from newsreader.store.errors import LibraryError

ENV_LIBRARY = "NEWSREADER_LIBRARY"
"""Environment variable naming the library folder."""


def library_path(option: str | None = None) -> Path:
    """The library folder to use, by precedence: option, environment, platform default.
    An option given empty is an error (LibraryError), never the default library; an empty
    environment variable counts as unset."""
    if option is not None and not option.strip():
        raise LibraryError("--library needs a folder (it was given an empty path)")
    chosen = option or os.environ.get(ENV_LIBRARY)
    if chosen:
        return Path(chosen).expanduser()
    return user_data_path("newsreader", appauthor=False) / "library"


ENV_CONFIG = "NEWSREADER_CONFIG"
"""Environment variable naming the config file."""


def config_path() -> Path:
    """The user's configuration file (key bindings): $NEWSREADER_CONFIG, else the
    platform's config folder (``~/.config/newsreader/config.toml`` on Linux)."""
    chosen = os.environ.get(ENV_CONFIG)
    if chosen:
        return Path(chosen).expanduser()
    return user_config_path("newsreader", appauthor=False) / "config.toml"
