"""The user's config file (``~/.config/newsreader/config.toml`` or ``$NEWSREADER_CONFIG``):
read once, its tables used by whoever needs them (the app's ``[keys]``, the ``[views]``
that the app and ``newsreader list --view`` share).

A file that cannot be used at all is a ConfigError (one line); each table's reader says
what is wrong with its own entries.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

from newsreader.news.files import UnsafeFile, read_regular_file

MAX_CONFIG_BYTES = 1024 * 1024
"""The largest config file read."""


class ConfigError(ValueError):
    """The config file cannot be used; the message is one line."""


def read_config(path: Path) -> dict[str, Any]:
    """The config file's tables (empty when there is no file). Only a regular file of at
    most MAX_CONFIG_BYTES is read (never ``/dev/zero`` or a FIFO)."""
    try:
        return tomllib.loads(read_regular_file(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return {}
    except UnsafeFile as err:
        raise ConfigError(f"config file {path} cannot be read ({err})") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"config file {path} cannot be read: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"config file {path} is not valid TOML: {err}") from None
    except ValueError:  # tomllib reads integers with int(), which refuses very long ones
        raise ConfigError(f"config file {path} is not valid TOML: a number too long to "
                          f"read (more than {sys.get_int_max_str_digits()} digits)") from None
    except RecursionError:
        raise ConfigError(f"config file {path} is not valid TOML: arrays or tables nested "
                          "too deeply") from None
