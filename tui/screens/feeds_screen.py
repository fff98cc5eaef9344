"""The feeds view: every subscription with the result of its last fetch."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from newsreader.news.cleaning import one_line
from newsreader.services import Feed
from newsreader.services.errors import LibraryError
from newsreader.tui.messages import LibraryChanged, RefreshChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.lists import KeyedTable


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
        table = self.query_one(DataTable)
        for label in ("Feed", "Tags", "Last checked", "Last result"):
            table.add_column(label)
        self.reload()
        table.focus()

    def reload(self) -> None:
        """Read the subscriptions again and redraw the table."""
        try:
            self.feeds = self.services.feeds()
        except LibraryError as err:
            self.news.report(err)
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for feed in self.feeds:
            checked = (feed.last.checked[:16].replace("T", " ") if feed.last else "")
            table.add_row(Text(one_line(feed.name)[:40]), Text(", ".join(feed.tags)),
                          Text(checked), last_result(feed), key=feed.id)
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
