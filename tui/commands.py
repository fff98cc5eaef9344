"""The command palette's provider: every action of the current screen, from its bindings."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from newsreader.tui.bindings import screen_bindings


class ScreenActions(Provider):
    """Offers the current screen's key bindings as palette commands."""

    def _commands(self) -> list[tuple[str, str, str, DOMNode]]:
        """(title, help, action, node) for each described binding of the screen."""
        commands = []
        for entry in screen_bindings(self.screen):
            help_text = f"key: {entry.keys}"
            commands.append((entry.description, help_text, entry.action, entry.node))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, action, node in self._commands():
            yield DiscoveryHit(title, partial(self._run, node, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action, node in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, node, action),
                          help=help_text)

    async def _run(self, node: DOMNode, action: str) -> None:
        await self.app.run_action(action, node)
