"""Saved views: named queries from the config file's ``[views]`` table (newsboat's query
feeds), shown in the app's views picker with their unread counts and listed by
``newsreader list --view NAME``::

    [views]
    "Court" = "tag:court unread"
    "Lucero quoted" = 'person:"Henry Lucero"'
    "This week" = "since:\\"this week\\" -tag:sport"
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsreader.news.cleaning import one_line
from newsreader.news.query_language import QueryError, parse
from newsreader.services.config import ConfigError, read_config
from newsreader.services.query import feed_query


@dataclass(frozen=True)
class SavedView:
    """One named query."""

    name: str
    """What the user called it."""
    query: str
    """The query (the query language)."""
    noun: str = "view"
    """What the list calls it: "view" (the config's), or "feed" (one feed's articles,
    ``SavedView.of_feed``)."""

    @classmethod
    def of_feed(cls, name: str, feed_id: str) -> SavedView:
        """One feed's articles as a view: the query ``feed:ID``, called by the feed's name."""
        return cls(name, feed_query(feed_id), "feed")


def views_from(data: dict[str, Any], where: Path | str) -> tuple[list[SavedView], list[str]]:
    """The usable views of a config's tables, in the file's order, and a line for each
    entry that cannot be used (not text, or a query with an error: which, and where)."""
    table = data.get("views", {})
    if not isinstance(table, dict):
        return [], [f"{where}: [views] must map names to queries, like "
                    f'"Court" = "tag:court unread"']
    views: list[SavedView] = []
    problems: list[str] = []
    for name, query in table.items():
        shown = one_line(str(name)) or "(no name)"
        if not isinstance(query, str) or not query.strip():
            problems.append(f'{where}: view "{shown}" is not a query; ignored')
            continue
        try:
            parse(query)
        except QueryError as err:
            problems.append(f'{where}: view "{shown}": {err}; ignored')
            continue
        views.append(SavedView(shown, query))
    return views, problems


def load_views(path: Path) -> tuple[list[SavedView], list[str]]:
    """The saved views of the config file at ``path`` and the problems with its entries;
    ConfigError for a file that cannot be read at all."""
    return views_from(read_config(path), path)


def find_view(path: Path, name: str) -> SavedView:
    """The view called ``name`` (case-blind); ConfigError naming the views there are."""
    views, problems = load_views(path)
    for view in views:
        if view.name.casefold() == name.strip().casefold():
            return view
    known = ", ".join(f'"{v.name}"' for v in views) or "none"
    bad = f" ({problems[0]})" if problems else ""
    raise ConfigError(f'no saved view "{one_line(name)}" in {path} (views: {known}){bad}')
