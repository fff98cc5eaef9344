"""What every newsreader screen has: the app, typed, and through it the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast

from textual.screen import Screen

from newsreader.services import Services

if TYPE_CHECKING:
    from newsreader.tui.app import NewsreaderApp

ResultType = TypeVar("ResultType")


class NewsScreen(Screen[ResultType], Generic[ResultType]):
    """A screen of the newsreader app; it reaches the library only through ``services``."""

    @property
    def news(self) -> NewsreaderApp:
        """The app, with its shared actions (bookmark, tags, links, reporting errors)."""
        return cast("NewsreaderApp", self.app)

    @property
    def services(self) -> Services:
        """The application services: the one handle on the library."""
        return self.news.services
