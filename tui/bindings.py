"""The bindings in effect on a screen, described for the help screen and the palette."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen


@dataclass(frozen=True)
class BindingEntry:
    """One action and the keys that run it."""

    keys: str
    """The keys as the user types them ("j, down")."""
    description: str
    """What the action does."""
    action: str
    """The action string run by the binding."""
    node: DOMNode
    """Where the binding is defined (the action runs there)."""
    group: str
    """Where it applies: the widget or screen name."""
    binding_id: str | None
    """The id used to remap it in the config file."""


def screen_bindings(screen: Screen[Any]) -> list[BindingEntry]:
    """Every binding on ``screen``: those in effect now (focused widget, screen, app) first,
    then those of the screen's other widgets, one entry per action."""
    app = screen.app
    merged: dict[tuple[int, str], BindingEntry] = {}
    order: list[tuple[int, str]] = []

    def add(node: DOMNode, binding: Binding, key: str) -> None:
        if not binding.description or binding.system:
            return
        ident = (id(node), binding.action)
        shown = app.get_key_display(binding.with_key(key))
        old = merged.get(ident)
        if old is None:
            merged[ident] = BindingEntry(shown, binding.description, binding.action, node,
                                         type(node).__name__, binding.id)
            order.append(ident)
        elif shown not in old.keys.split(", "):
            merged[ident] = BindingEntry(f"{old.keys}, {shown}", old.description, old.action,
                                         node, old.group, old.binding_id)

    active = screen.active_bindings
    for key, entry in active.items():
        add(entry.node, entry.binding, key)
    chain = {id(entry.node) for entry in active.values()}
    for widget in screen.query("*"):
        if id(widget) in chain or not widget.display:
            continue
        for key, bindings in widget._bindings.key_to_bindings.items():
            for binding in bindings:
                add(widget, binding, key)
    return [merged[i] for i in order]
