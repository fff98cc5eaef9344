"""The command palette's provider: the user's actions on the current screen, from its
bindings, named for what they do, then the app's own commands (the theme, a screenshot).

Movement keys are left to help: a palette entry for "next article" helps nobody. Textual's
"Keys" (a panel of its internal bindings) and its "Quit" are not offered: ``?`` and ``Q``
are ours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from newsreader.tui.bindings import grouped, screen_bindings

LEFT_OUT = frozenset({"Keys", "Quit"})
"""Textual's system commands not offered (the app's own actions do these)."""


@dataclass(frozen=True)
class Command:
    """One palette entry."""

    title: str
    help: str
    run: Callable[[], Any]


class ScreenActions(Provider):
    """Offers the current screen's actions as palette commands: the screen's own first,
    then its parts', then those that work everywhere, then the app's commands."""

    def _commands(self) -> list[Command]:
        """Every command of the screen, in order."""
        commands = []
        for group, entries in grouped(screen_bindings(self.screen)):
            for entry in entries:
                if not entry.is_move:
                    commands.append(Command(entry.description, f"{group} · key {entry.keys}",
                                            partial(self._run, entry.node, entry.action)))
        for system in self.app.get_system_commands(self.screen):
            if system.title not in LEFT_OUT:
                commands.append(Command(system.title, system.help, system.callback))
        return commands

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), command.run,
                          help=command.help)

    async def _run(self, node: DOMNode, action: str) -> None:
        await self.app.run_action(action, node)
