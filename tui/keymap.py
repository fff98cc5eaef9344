"""User key bindings from the config file, keyed by binding id.

``~/.config/newsreader/config.toml`` (or ``$NEWSREADER_CONFIG``)::

    [keys]
    "list.down" = "j,down,ctrl+n"     # binding id = comma-separated keys
    "app.quit" = "q,ctrl+c"
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from newsreader.news.files import UnsafeFile, read_regular_file


class ConfigError(ValueError):
    """The config file cannot be used; the message is one line."""


MAX_CONFIG_BYTES = 1024 * 1024
"""The largest config file read."""


def load_keymap(path: Path) -> dict[str, str]:
    """Binding id to keys, from the ``[keys]`` table of the config file (empty if none).
    Only a regular file of at most MAX_CONFIG_BYTES is read (never ``/dev/zero`` or a FIFO)."""
    try:
        data = tomllib.loads(read_regular_file(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return {}
    except UnsafeFile as err:
        raise ConfigError(f"config file {path} cannot be read ({err})") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"config file {path} cannot be read: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"config file {path} is not valid TOML: {err}") from None
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in keys.items()):
        raise ConfigError(f'config file {path}: [keys] must map binding ids to key strings, '
                          f'like "list.down" = "j,down"')
    return {k: ",".join(part.strip() for part in v.split(",")) for k, v in keys.items()}
