"""The feeds view: every subscription with the result of its last fetch."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from newsreader.news.cleaning import one_line
from newsreader.services import Feed
from newsreader.services.errors import LibraryError
from newsreader.tui.cells import cut
from newsreader.tui.messages import LibraryChanged, RefreshChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.lists import KeyedTable

CHECKED_WIDTH = 16
"""Cells of the last-checked column (``2026-03-09 10:15``)."""


def column_widths(width: int, feeds: list[Feed]) -> tuple[int, int, int, int]:
    """Cells for the feed's name, its tags, when it was checked and the last result in a
    table ``width`` cells wide: every column on screen, the name taking up to two fifths
    and the result what is left (it is shown whole below the table)."""
    gaps = 2 * 4  # a cell of padding either side of each column
    tags_w = min(max([cell_len(", ".join(f.tags)) for f in feeds] + [4]), 16)
    name_w = min(max([cell_len(one_line(f.name)) for f in feeds] + [4]), 40,
                 max(width * 2 // 5, 12))
    result_w = max(width - gaps - name_w - tags_w - CHECKED_WIDTH, 12)
    return name_w, tags_w, CHECKED_WIDTH, result_w


def last_result(feed: Feed) -> Text:
    """The last fetch of a feed in a few words; failures stand out without colour."""
    last = feed.last
    if last is None:
        return Text("not fetched yet", Style(italic=True))
    if last.error:
        return Text(f"FAILED: {one_line(last.error)}", Style(bold=True, color="red"))
    if last.not_modified:
        text = Text("not modified")
    else:
        text = Text(f"{last.new} new" + (f", {last.updated} updated" if last.updated else ""))
    if last.warning:
        text.append(f" (warning: {one_line(last.warning)})", Style(italic=True))
    return text


class FeedsScreen(NewsScreen[None]):
    """Subscriptions, their tags and how their last fetch went."""

    HELP_TITLE = "Feeds"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.pop_screen", "Back", tooltip="Back to the list",
                id="feeds.back"),
        Binding("r", "app.refresh", "Refresh all", tooltip="Refresh every feed",
                id="feeds.refresh_all"),
        Binding("R", "refresh_one", "Refresh this feed", id="feeds.refresh_one"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.feeds: list[Feed] = []
        """The subscriptions shown, in order."""

    def compose(self) -> ComposeResult:
        yield Static(id="feeds-header")
        table: KeyedTable = KeyedTable(id="feeds-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(id="feeds-detail")
        yield ScreenFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        """Read the subscriptions again and redraw the table."""
        try:
            self.feeds = self.services.feeds()
        except LibraryError as err:
            self.news.report(err)
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        width = table.scrollable_content_region.width or self.app.size.width
        widths = column_widths(width - 1, self.feeds)  # a cell for a scrollbar
        for label, cells in zip(("Feed", "Tags", "Last checked", "Last result"), widths,
                                strict=True):
            table.add_column(label, width=cells)
        name_w, tags_w, _, result_w = widths
        for feed in self.feeds:
            checked = (feed.last.checked[:16].replace("T", " ") if feed.last else "")
            result = last_result(feed)
            result.truncate(result_w, overflow="ellipsis")
            table.add_row(Text(cut(one_line(feed.name), name_w)),
                          Text(cut(", ".join(feed.tags), tags_w)),
                          Text(checked), result, key=feed.id)
        if self.feeds:
            table.move_cursor(row=min(row, len(self.feeds) - 1))
        failed = sum(1 for f in self.feeds if f.last and f.last.error)
        header = Text(f" Feeds: {len(self.feeds)} subscribed", Style(bold=True))
        if failed:
            header.append(f" · {failed} failed last time", Style(bold=True))
        progress = self.news.refresh_progress
        if progress:
            header.append(f" · {progress}")
        if not self.feeds:
            header.append(" · add one with: newsreader feeds add URL", Style(italic=True))
        self.query_one("#feeds-header", Static).update(header)
        self.show_detail(table.cursor_row)

    def show_detail(self, index: int) -> None:
        """The selected feed's address and full last result."""
        detail = self.query_one("#feeds-detail", Static)
        if not 0 <= index < len(self.feeds):
            detail.update("")
            return
        feed = self.feeds[index]
        text = Text(f" {feed.url}")
        if feed.last and feed.last.final_url:
            text.append(f" (moved to {feed.last.final_url})")
        text.append("\n ")
        text.append_text(last_result(feed))
        detail.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail(event.cursor_row)

    def action_refresh_one(self) -> None:
        index = self.query_one(DataTable).cursor_row
        if 0 <= index < len(self.feeds):
            self.news.refresh_feeds([self.feeds[index].id])

    def on_library_changed(self, message: LibraryChanged) -> None:
        if "feeds" in message.parts:
            self.reload()

    def on_refresh_changed(self, message: RefreshChanged) -> None:
        self.reload()
