"""User key bindings from the config file, keyed by binding id.

``~/.config/newsreader/config.toml`` (or ``$NEWSREADER_CONFIG``)::

    [keys]
    "list.down" = "j,down,ctrl+n"     # binding id = comma-separated keys
    "app.quit" = "Q,ctrl+c"

A file that cannot be used at all is a ConfigError; an entry that cannot be used (an id no
binding has, a key that is no key) is a problem reported for that entry, whose binding keeps
its default keys.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from pathlib import Path
from typing import Any

from textual.keys import REPLACED_KEYS, Keys, key_to_character

from newsreader.services.config import MAX_CONFIG_BYTES, ConfigError, read_config

__all__ = ["MAX_CONFIG_BYTES", "ConfigError", "bad_key", "check_keymap", "load_keymap",
           "read_config"]

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
"""The modifiers a key may have (``ctrl+n``)."""

NAMED_KEYS = frozenset(
    key.value.rpartition("+")[2] for key in Keys if not key.value.startswith("<"))
"""Keys with a name rather than a character: ``down``, ``pagedown``, ``f5``, ``space``..."""


def load_keymap(path: Path, data: dict[str, Any] | None = None) -> dict[str, str]:
    """Binding id to keys, from the ``[keys]`` table of the config file (empty if none);
    ``data``: the file as ``read_config`` read it, when the caller has it."""
    if data is None:
        data = read_config(path)
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in keys.items()):
        raise ConfigError(f'config file {path}: [keys] must map binding ids to key strings, '
                          f'like "list.down" = "j,down"')
    return {k: ",".join(part.strip() for part in v.split(",")) for k, v in keys.items()}


def bad_key(key: str) -> str | None:
    """Why ``key`` is not a key Textual can bind (``ctrl+n``, ``j``, ``?``,
    ``right_square_bracket``, ``pagedown``), or None when it is one."""
    *modifiers, base = key.strip().split("+") if key.strip() else [""]
    if not base:
        return "a key is missing" if modifiers else "it is empty"
    unknown = [m for m in modifiers if m.lower() not in MODIFIERS]
    if unknown:
        return f'"{unknown[0]}" is not a modifier (ctrl, shift, alt, meta, super, hyper)'
    if len(base) == 1 and base.isprintable():
        return None
    if base in NAMED_KEYS or key_to_character(base) is not None:
        return None
    try:
        unicodedata.lookup(REPLACED_KEYS.get(base, base).replace("_", " "))
    except KeyError:
        return "not a key"
    return None


def check_keymap(keymap: dict[str, str], known: Collection[str],
                 where: Path | str) -> tuple[dict[str, str], list[str]]:
    """The entries of a keymap that can be used, and a line for each that cannot (an id no
    binding has; a key that is not a key, for which the whole entry is left out, so the
    binding keeps its default keys rather than losing some)."""
    usable: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, keys in keymap.items():
        if binding_id not in known:
            problems.append(f'{where}: "{binding_id}" is not a binding id (? lists them); '
                            "ignored")
            continue
        bad = [(k, why) for k in keys.split(",") if (why := bad_key(k))]
        if bad:
            key, why = bad[0]
            problems.append(f'{where}: "{binding_id}" = "{keys}": '
                            + (f'"{key}" is not a key' if why == "not a key"
                               else f'"{key}": {why}')
                            + f"; {binding_id} keeps its default keys")
            continue
        usable[binding_id] = keys
    return usable, problems
