"""The feeds view, to read by: every subscription with its unread and total articles and
the result of its last fetch; Enter lists its articles; feeds are added, tagged and removed
here."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from newsreader.news.cleaning import one_line
from newsreader.services import Feed, SourceCount
from newsreader.services.errors import LibraryError
from newsreader.tui.cells import cut
from newsreader.tui.messages import LibraryChanged, RefreshChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.lists import KeyedTable, table_moves

CHECKED_WIDTH = 16
"""Cells of the last-checked column (``2026-03-09 10:15``)."""
CHECKED_FROM = 100
"""The narrowest table with a last-checked column: narrower (80 columns), the feed's name
gets its cells, and the line below the table says when the feed highlighted was checked."""
RESULT_MIN = 16
"""Cells the last result keeps before the name gets more ("not fetched yet" whole)."""
TAGS_MAX = 16
"""The most cells the tags take (12 in a table narrower than CHECKED_FROM)."""


def column_widths(width: int, feeds: list[Feed]) -> list[tuple[str, int]]:
    """The columns of a table ``width`` cells wide, each label with its cells: the feed's
    name, its unread and total articles, its tags, when it was checked (from CHECKED_FROM
    cells on) and the last result; every column on screen, the name taking up to a third
    and the result what is left (it is shown whole below the table)."""
    checked = width >= CHECKED_FROM
    count = 6 if checked else 5
    gaps = 2 * count  # a cell of padding either side of each column
    unread_w, total_w = len("Unread"), len("Total")
    tags_w = min(max([cell_len(", ".join(f.tags)) for f in feeds] + [4]),
                 TAGS_MAX if checked else 12)
    checked_w = CHECKED_WIDTH if checked else 0
    fixed = gaps + unread_w + total_w + tags_w + checked_w
    name_w = min(max([cell_len(one_line(f.name)) for f in feeds] + [4]), 40,
                 max(width // 3, 12), max(width - fixed - RESULT_MIN, 10))
    result_w = max(width - fixed - name_w, 12)
    columns = [("Feed", name_w), ("Unread", unread_w), ("Total", total_w), ("Tags", tags_w)]
    if checked:
        columns.append(("Last checked", checked_w))
    return [*columns, ("Last result", result_w)]


def checked_at(feed: Feed) -> str:
    """When the feed was last checked, to the minute ("" when never)."""
    return feed.last.checked[:16].replace("T", " ") if feed.last else ""


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


class FeedsTable(KeyedTable, inherit_bindings=False):
    """One feed a row; Enter is the screen's (list this feed's articles)."""

    BINDINGS: ClassVar[list[BindingType]] = table_moves("feed")


class FeedsScreen(NewsScreen[None]):
    """Subscriptions, their tags and how their last fetch went."""

    HELP_TITLE = "Feeds"
    FOOTER_HIDES = frozenset({"feeds"})
    """The app's keys the footer leaves out here: F, which shows this view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.pop_screen", "Back", tooltip="Back to the list",
                id="feeds.back"),
        Binding("enter", "read", "Read", tooltip="List this feed's articles",
                id="feeds.read"),
        Binding("r", "app.refresh", "Refresh all", tooltip="Refresh every feed",
                id="feeds.refresh_all"),
        Binding("R", "refresh_one", "Refresh this feed",
                tooltip="Refresh the highlighted feed only", id="feeds.refresh_one"),
        Binding("a", "add", "Add", tooltip="Subscribe to a feed", priority=True,
                id="feeds.add"),
        Binding("t", "tags", "Tags", show=False, tooltip="Edit this feed's tags",
                priority=True,
                id="feeds.tags"),
        Binding("d", "remove", "Remove", show=False,
                tooltip="Unsubscribe (d twice; the articles stay)", id="feeds.remove"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.feeds: list[Feed] = []
        """The subscriptions shown, in order."""
        self.counts: dict[str, SourceCount] = {}
        """Each feed's articles and unread ones, by feed id (those ``feed:ID`` lists)."""
        self._removing: str | None = None
        self.checked_shown = True
        """Whether the table has the last-checked column (else the detail line says it)."""

    def compose(self) -> ComposeResult:
        yield Static(id="feeds-header")
        table = FeedsTable(id="feeds-table", cursor_type="row", zebra_stripes=True)
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
            self.counts = self.services.feed_counts()
        except LibraryError as err:
            self.news.report(err)
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        width = table.scrollable_content_region.width or self.app.size.width
        columns = column_widths(width - 1, self.feeds)  # a cell for a scrollbar
        for label, cells in columns:
            table.add_column(label, width=cells)
        widths = dict(columns)
        self.checked_shown = "Last checked" in widths
        for feed in self.feeds:
            result = last_result(feed)
            result.truncate(widths["Last result"], overflow="ellipsis")
            count = self.counts.get(feed.id)
            unread, total = (count.unread, count.total) if count else (0, 0)
            shown = [Text(cut(one_line(feed.name), widths["Feed"]), Style(bold=bool(unread))),
                     Text(str(unread), justify="right", style=Style(bold=bool(unread))),
                     Text(str(total), justify="right"),
                     Text(cut(", ".join(feed.tags), widths["Tags"]))]
            if self.checked_shown:
                shown.append(Text(checked_at(feed)))
            table.add_row(*shown, result, key=feed.id)
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
            header.append(" · a adds one", Style(italic=True))
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
        if feed.last and not self.checked_shown:
            text.append(f"checked {checked_at(feed)}: ")
        text.append_text(last_result(feed))
        detail.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail(event.cursor_row)

    def current(self) -> Feed | None:
        """The feed under the cursor."""
        index = self.query_one(DataTable).cursor_row
        return self.feeds[index] if 0 <= index < len(self.feeds) else None

    def action_refresh_one(self) -> None:
        feed = self.current()
        if feed is not None:
            self.news.refresh_feeds([feed.id])

    def action_read(self) -> None:
        """Back on the list, showing only this feed's articles."""
        from newsreader.tui.screens.list_screen import ListScreen

        feed = self.current()
        if feed is None:
            return
        count = self.counts.get(feed.id)
        if feed.last is None and not (count and count.total):
            self.say("Not fetched yet: no articles from it (R fetches it)")
            return
        lists = [s for s in self.app.screen_stack if isinstance(s, ListScreen)]
        if not lists:
            return
        while self.app.screen is not lists[-1]:
            self.app.pop_screen()
        lists[-1].show_feed(feed)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_read()

    def action_add(self) -> None:
        """Ask for a feed's address and subscribe to it, then fetch it."""
        self.not_while_typing()
        from newsreader.tui.screens.prompt_dialog import LineDialog

        def add(url: str | None) -> None:
            if not url:
                return
            try:
                feed, new = self.services.subscribe(url)
            except LibraryError as err:  # not a web address, a busy library
                self.news.notify(f"Not subscribed: {err}", severity="error", markup=False,
                                 timeout=6)
                return
            self.reload()
            self.query_one(DataTable).move_cursor(row=self.feeds.index(
                next(f for f in self.feeds if f.id == feed.id)))
            if not new:
                self.say(f"Already subscribed to {feed.url}")
                return
            self.say(f"Subscribed to {feed.url}; fetching it")
            self.news.refresh_feeds([feed.id])

        self.app.push_screen(LineDialog("Subscribe to a feed", "The feed's address (RSS or "
                                        "Atom; a site's page names its feed):", "",
                                        "https://…"), add)

    def action_tags(self) -> None:
        """Edit the feed's tags (given to its articles from the next fetch on)."""
        self.not_while_typing()
        from newsreader.tui.screens.prompt_dialog import LineDialog

        feed = self.current()
        if feed is None:
            return

        def save(value: str | None) -> None:
            if value is None:
                return
            tags = [t.strip() for t in value.split(",") if t.strip()]
            try:
                changed = self.services.set_feed_tags(feed.id, tags)
            except LibraryError as err:
                self.news.report(err)
                return
            self.reload()
            self.say(f"Tags of {one_line(changed.name)[:40]}: "
                     f"{', '.join(changed.tags) or '(none)'}")

        self.app.push_screen(LineDialog(f"Tags of {one_line(feed.name)[:50]}",
                                        "Tags (commas between them; given to its articles "
                                        "from the next fetch on):", ", ".join(feed.tags),
                                        "local, news"), save)

    def action_remove(self) -> None:
        """Unsubscribe from the feed: d, then d again to be sure (its articles stay)."""
        feed = self.current()
        if feed is None:
            return
        if self._removing != feed.id:
            self._removing = feed.id
            self.say(f"d again unsubscribes from {one_line(feed.name)[:50]} "
                     "(its articles stay)", timeout=4)
            self.set_timer(4, self._forget_removing)
            return
        self._removing = None
        try:
            self.services.unsubscribe(feed.id)
        except LibraryError as err:
            self.news.report(err)
            return
        self.reload()
        self.say(f"Unsubscribed from {one_line(feed.name)[:50]}")

    def _forget_removing(self) -> None:
        self._removing = None

    def message_width(self) -> int:
        return self.size.width

    def show_message(self, text: Text | None) -> None:
        """Messages take the detail pane's first line."""
        if text is None:
            self.show_detail(self.query_one(DataTable).cursor_row)
        else:
            self.query_one("#feeds-detail", Static).update(text)

    def on_library_changed(self, message: LibraryChanged) -> None:
        if message.parts & {"feeds", "articles", "state"}:
            self.reload()

    def on_refresh_changed(self, message: RefreshChanged) -> None:
        self.reload()
