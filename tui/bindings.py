"""The user's actions on a screen, from its key bindings, for the help screen and the
palette; and every binding id the app has, for checking the user's keymap.

Only bindings with an id are the user's (every binding of ours has one, none of Textual's
does), so Textual's own bindings (focus, copying, scrolling sideways) are never listed. Each
binding is listed under the part of the screen it belongs to: the widget's ``HELP_GROUP``,
else the screen's ``HELP_TITLE``; the app's bindings are "Everywhere".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

EVERYWHERE = "Everywhere"
"""The group of the app's own bindings, which work on every screen."""

MOVES = frozenset({"down", "up", "page_down", "page_up", "top", "bottom", "first", "last",
                   "scroll_down", "scroll_up", "left", "right"})
"""Binding id endings of movement keys: in help, but not worth a palette entry."""


def moves(prefix: str, noun: str = "", page: bool = True) -> list[BindingType]:
    """The movement keys of a list (j/k and the arrows, g/G and Home/End, pages), with
    ids ``PREFIX.down`` and so on; ``noun`` names what the keys move to ("article")."""
    thing = f" {noun}" if noun else ""
    found: list[BindingType] = [
        Binding("j,down", "cursor_down", f"Next{thing}", show=False, id=f"{prefix}.down"),
        Binding("k,up", "cursor_up", f"Previous{thing}", show=False, id=f"{prefix}.up"),
    ]
    if page:
        found += [
            Binding("pagedown", "page_down", "Page down", show=False,
                    id=f"{prefix}.page_down"),
            Binding("pageup", "page_up", "Page up", show=False, id=f"{prefix}.page_up"),
        ]
    return found


@dataclass(frozen=True)
class BindingEntry:
    """One action and the keys that run it."""

    keys: str
    """The keys as the user types them ("j, ↓")."""
    description: str
    """What the action does, in a few words."""
    action: str
    """The action string run by the binding."""
    node: DOMNode
    """Where the binding is defined (the action runs there)."""
    group: str
    """The part of the screen it belongs to ("The reader", "People sidebar")."""
    binding_id: str
    """The id used to remap it in the config file."""

    @property
    def is_move(self) -> bool:
        """Whether it only moves a cursor or scrolls."""
        return self.binding_id.rsplit(".", 1)[-1] in MOVES


def group_of(node: DOMNode) -> str:
    """The name of the part of the screen a node's bindings belong to."""
    if isinstance(node, App):
        return EVERYWHERE
    title = getattr(node, "HELP_GROUP", None)
    if isinstance(title, str) and title:
        return title
    screen = node if isinstance(node, Screen) else getattr(node, "screen", None)
    title = getattr(screen, "HELP_TITLE", None)
    return title if isinstance(title, str) and title else type(node).__name__


def describe(binding: Binding) -> str:
    """What a binding does: its tooltip when it has one (the longer name), else its
    description (which the footer shows)."""
    return binding.tooltip or binding.description


def screen_bindings(screen: Screen[Any]) -> list[BindingEntry]:
    """Every user binding on ``screen``, one entry per binding id with all its keys: those
    in effect now (the focused widget's, the screen's, the app's) before those of the
    screen's other visible widgets, actions before movement keys, and each node's in the
    order its class declares them."""
    app = screen.app
    merged: dict[str, BindingEntry] = {}

    def add(node: DOMNode, binding: Binding, key: str) -> None:
        if binding.id is None or not binding.description or binding.system:
            return
        shown = app.get_key_display(binding.with_key(key))
        old = merged.get(binding.id)
        if old is None:
            merged[binding.id] = BindingEntry(shown, describe(binding), binding.action, node,
                                              group_of(node), binding.id)
        elif shown not in old.keys.split(", "):
            merged[binding.id] = BindingEntry(f"{old.keys}, {shown}", old.description,
                                              old.action, old.node, old.group, old.binding_id)

    active = screen.active_bindings
    for key, live in active.items():
        add(live.node, live.binding, key)
    chain = {id(live.node) for live in active.values()}
    for widget in screen.query("*"):
        if id(widget) in chain or not widget.display:
            continue
        for key, bindings in widget._bindings.key_to_bindings.items():
            for binding in bindings:
                add(widget, binding, key)
    nodes: dict[int, int] = {}
    for entry in merged.values():
        nodes.setdefault(id(entry.node), len(nodes))
    return sorted(merged.values(), key=lambda e: (e.is_move, nodes[id(e.node)],
                                                  declared_order(e.node).get(e.binding_id, 0)))


def declared_order(node: DOMNode) -> dict[str, int]:
    """Binding id to its place in the node's class ``BINDINGS`` (its own first, then its
    bases'), so help lists a screen's keys in the order they were written."""
    order: dict[str, int] = {}
    for cls in type(node).__mro__:
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id is not None:
                order.setdefault(binding.id, len(order))
    return order


def grouped(entries: list[BindingEntry]) -> list[tuple[str, list[BindingEntry]]]:
    """Entries by group, groups in the order first met (``entries`` are in the order the
    binding chain has them: the focused widget's, the screen's, the others'), "Everywhere"
    last."""
    groups: dict[str, list[BindingEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.group, []).append(entry)
    everywhere = groups.pop(EVERYWHERE, [])
    ordered = list(groups.items())
    if everywhere:
        ordered.append((EVERYWHERE, everywhere))
    return ordered


def binding_classes() -> Iterator[type[DOMNode]]:
    """Every class of the app that declares key bindings."""
    from newsreader.tui.app import NewsreaderApp
    from newsreader.tui.screens.feeds_screen import FeedsScreen, FeedsTable
    from newsreader.tui.screens.help_screen import HelpScreen
    from newsreader.tui.screens.inspector_screen import (
        ElsewhereList,
        InspectorScreen,
        QuoteDetail,
        QuoteTable,
    )
    from newsreader.tui.screens.links_dialog import LinksDialog
    from newsreader.tui.screens.list_screen import ListScreen
    from newsreader.tui.screens.people_screen import PeopleScreen, PeopleSearch, PeopleTable
    from newsreader.tui.screens.prompt_dialog import LineDialog, PipeDialog, SaveDialog
    from newsreader.tui.screens.quotes_screen import QuoteHits, QuotesScreen
    from newsreader.tui.screens.reader_screen import ReaderScreen
    from newsreader.tui.screens.tag_filter_dialog import TagFilterDialog
    from newsreader.tui.screens.tags_dialog import TagsDialog
    from newsreader.tui.screens.views_dialog import ViewsDialog, ViewsList
    from newsreader.tui.widgets.article_list import ArticleList
    from newsreader.tui.widgets.article_view import ArticleView
    from newsreader.tui.widgets.lists import KeyedOptionList, KeyedTable
    from newsreader.tui.widgets.path_input import PathInput
    from newsreader.tui.widgets.people_sidebar import PeopleSidebar
    from newsreader.tui.widgets.tag_input import CurrentTags, TagInput

    yield from (NewsreaderApp, ListScreen, ReaderScreen, InspectorScreen, FeedsScreen,
                HelpScreen, TagsDialog, TagFilterDialog, ViewsDialog, ArticleList, ArticleView,
                KeyedOptionList, KeyedTable, PeopleSidebar, TagInput, CurrentTags,
                QuoteTable, QuoteDetail, ElsewhereList, PeopleScreen, PeopleTable,
                PeopleSearch, QuotesScreen, QuoteHits, SaveDialog, PipeDialog, PathInput,
                LinksDialog, LineDialog, FeedsTable, ViewsList)


def binding_ids() -> dict[str, Binding]:
    """Every binding id the app has, with (one of) its bindings."""
    found: dict[str, Binding] = {}
    for cls in binding_classes():
        for binding in cls._merge_bindings().key_to_bindings.values():
            for b in binding:
                if b.id is not None:
                    found.setdefault(b.id, b)
    return found
