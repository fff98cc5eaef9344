"""The list screen: every article, sorted, filtered and searched from the keyboard."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from newsreader.store.errors import LibraryError
from newsreader.store.library import Library
from newsreader.store.listing import Listing
from newsreader.tui.messages import ArticleChanged, LibraryChanged
from newsreader.tui.screens.tag_filter_dialog import ALL, TagFilterDialog
from newsreader.tui.widgets.article_list import ArticleList

SORTS: tuple[tuple[str, bool, str, str], ...] = (
    ("published", True, "newest first", "oldest first"),
    ("added", True, "recently added", "added longest ago"),
    ("title", False, "title A-Z", "title Z-A"),
    ("source", False, "source A-Z", "source Z-A"),
    ("quotes", True, "most quoted", "least quoted"),
)
"""Sort orders in the order ``s`` cycles through: key, descending by default, labels."""

REFRESH_SECONDS = 2.0
"""How often the list checks whether another process changed the library."""


@dataclass(frozen=True)
class View:
    """What the list shows: filters, search and order."""

    tag: str | None = None
    """Only articles with this tag."""
    bookmarked: bool = False
    """Only bookmarked articles."""
    unread: bool = False
    """Only unread articles."""
    search: str = ""
    """Only articles matching this text."""
    sort: int = 0
    """Index into SORTS."""
    reverse: bool = False
    """Whether the sort's default direction is flipped."""

    @property
    def filtered(self) -> bool:
        """Whether any filter or search narrows the list."""
        return bool(self.tag or self.bookmarked or self.unread or self.search)

    def describe(self) -> str:
        """The filters and order in a few words, for the header."""
        parts = []
        if self.tag:
            parts.append(f"tag: {self.tag}")
        if self.bookmarked:
            parts.append("★ only")
        if self.unread:
            parts.append("unread only")
        _, _, label, other = SORTS[self.sort]
        parts.append(other if self.reverse else label)
        return " · ".join(parts)


class ListScreen(Screen[None]):
    """Every article in the library, one line each."""

    BINDINGS = [
        Binding("slash", "search", "Search", id="list.search"),
        Binding("b", "bookmark", "Bookmark", id="list.bookmark"),
        Binding("t", "tags", "Tags", show=False, id="list.tags"),
        Binding("i", "inspect", "Quotes", id="list.inspect"),
        Binding("T", "filter_tag", "Filter by tag", show=False, id="list.filter_tag"),
        Binding("B", "filter_bookmarked", "Bookmarked only", show=False,
                id="list.filter_bookmarked"),
        Binding("u", "filter_unread", "Unread only", show=False, id="list.filter_unread"),
        Binding("escape", "clear", "Clear filters", show=False, id="list.clear"),
        Binding("s", "sort", "Sort", show=False, id="list.sort"),
        Binding("S", "reverse", "Reverse order", show=False, id="list.reverse"),
        Binding("m", "toggle_read", "Mark read/unread", show=False, id="list.toggle_read"),
        Binding("y", "copy_link", "Copy link", show=False, id="list.copy_link"),
        Binding("o", "open_link", "Open link in browser", show=False, id="list.open_link"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.view = View()
        """Filters, search and order in effect."""
        self._listing: Listing | None = None
        self._body_hits: dict[str, set[str]] = {}
        self._searching = False
        self._debounce: Timer | None = None
        self._basis: tuple[object, ...] | None = None
        self._positions: list[int] = []

    @property
    def library(self) -> Library:
        """The app's library."""
        return self.app.library  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Static(id="list-header")
        yield Input(placeholder="search titles, text, people, tags · Enter keeps · Esc clears",
                    id="search")
        yield ArticleList(id="articles")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#search").display = False
        self.reload()
        self.query_one(ArticleList).focus()
        self.set_interval(REFRESH_SECONDS, self.check_library)

    # -- showing --------------------------------------------------------------

    def reload(self) -> None:
        """Read the listing again (if it changed) and show the view, keeping the cursor."""
        try:
            listing = self.library.listing()
            if self._listing is None or listing.columns is not self._listing.columns:
                self._body_hits.clear()  # articles changed: text searches must run again
            self._listing = listing
        except LibraryError as err:  # a corrupt or busy library: say so, keep what is shown
            self.app.report(err)  # type: ignore[attr-defined]
            if self._listing is None:
                return
        self.show()

    def show(self) -> None:
        """Apply the view to the listing and redraw the list and header."""
        listing = self._listing
        if listing is None:
            return
        view = self.view
        hits = self._body_hits.get(view.search.casefold()) if view.search else None
        stateful = view.bookmarked or view.unread or view.tag is not None
        basis = (listing.columns, view, listing if stateful else None, hits)
        old = self._basis
        if old is not None and basis[0] is old[0] and basis[1] == old[1] \
                and basis[2] is old[2] and basis[3] is old[3]:
            positions = self._positions  # only marks changed: same rows, same order
        else:
            positions = self._select(listing, view, hits or set())
        self._basis, self._positions = basis, positions
        articles = self.query_one(ArticleList)
        current = articles.current
        articles.show(listing, positions, keep=current.id if current else None)
        self.update_header(len(positions))

    @staticmethod
    def _select(listing: Listing, view: View, in_text: set[str]) -> list[int]:
        """The positions the view shows, in its order."""
        positions = listing.select(tag=view.tag, bookmarked=view.bookmarked, unread=view.unread)
        if view.search:
            by_fields = set(listing.select(search=view.search, among=positions))
            positions = [i for i in positions if i in by_fields or listing.ids[i] in in_text]
        key, descending, _, _ = SORTS[view.sort]
        listing.sort(positions, key, descending=descending != view.reverse)
        return positions

    def update_header(self, shown: int) -> None:
        """Counts on the left, filters and order on the right."""
        listing = self._listing
        if listing is None:
            return
        total = len(listing)
        unread = total - len(listing.read.intersection(listing.ids)) if listing.read else total
        left = Text(" newsreader ", Style(bold=True))
        counts = f"{shown} of {total}" if shown != total else f"{total}"
        left.append(f" {counts} articles · {unread} unread · {len(listing.bookmarked)} ★")
        progress = self.app.refresh_progress  # type: ignore[attr-defined]
        if progress:
            left.append(f" · ⟳ {progress}", Style(bold=True))
        if self.view.search:
            left.append(f" · search: “{self.view.search}”")
            if self._searching:
                left.append(" (searching text…)", Style(italic=True))
        right = Text(self.view.describe() + " ", Style(italic=True))
        width = max(self.size.width, 20)
        gap = width - left.cell_len - right.cell_len
        header = left + Text(" " * max(gap, 1)) + right if gap > 0 else left
        header.truncate(width, overflow="ellipsis")
        self.query_one("#list-header", Static).update(header)

    def check_library(self) -> None:
        """Pick up changes other processes made to the library."""
        try:
            if self.library.listing() is not self._listing:
                self.reload()
        except LibraryError:  # reported when the user acts; polling stays quiet
            pass

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        self.update_header(self.query_one(ArticleList).row_count)

    def on_article_changed(self, message: ArticleChanged) -> None:
        self.reload()

    def on_library_changed(self, message: LibraryChanged) -> None:
        self.reload()

    # -- opening ----------------------------------------------------------------

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        from newsreader.tui.screens.reader_screen import ReaderScreen

        self.app.push_screen(ReaderScreen(message.article_id))

    def _current_id(self) -> str | None:
        row = self.query_one(ArticleList).current
        return row.id if row else None

    def action_inspect(self) -> None:
        """Open the article with its quote inspector on top (Escape lands in the article)."""
        from newsreader.tui.screens.reader_screen import ReaderScreen

        aid = self._current_id()
        if aid is not None:
            self.app.push_screen(ReaderScreen(aid, inspect=True))

    # -- user state --------------------------------------------------------------

    def action_bookmark(self) -> None:
        aid = self._current_id()
        if aid is not None:
            self.app.toggle_bookmark(aid)  # type: ignore[attr-defined]

    def action_tags(self) -> None:
        aid = self._current_id()
        if aid is not None:
            self.app.edit_tags(aid)  # type: ignore[attr-defined]

    def action_toggle_read(self) -> None:
        row = self.query_one(ArticleList).current
        if row is not None:
            self.app.set_read(row.id, not row.read)  # type: ignore[attr-defined]

    def action_copy_link(self) -> None:
        aid = self._current_id()
        if aid is not None:
            self.app.copy_link(self.library.article(aid).url)  # type: ignore[attr-defined]

    def action_open_link(self) -> None:
        aid = self._current_id()
        if aid is not None:
            self.app.open_link(self.library.article(aid).url)  # type: ignore[attr-defined]

    # -- filters and order ---------------------------------------------------------

    def set_view(self, **changes: object) -> None:
        """Change the view and redraw."""
        self.view = replace(self.view, **changes)
        self.show()

    def action_filter_bookmarked(self) -> None:
        self.set_view(bookmarked=not self.view.bookmarked)

    def action_filter_unread(self) -> None:
        self.set_view(unread=not self.view.unread)

    def action_filter_tag(self) -> None:
        listing = self._listing
        if listing is None:
            return

        def chosen(tag: str | None) -> None:
            if tag is not None:
                self.set_view(tag=None if tag == ALL else tag)

        self.app.push_screen(TagFilterDialog(listing.all_tags(), self.view.tag), chosen)

    def action_sort(self) -> None:
        self.set_view(sort=(self.view.sort + 1) % len(SORTS), reverse=False)

    def action_reverse(self) -> None:
        self.set_view(reverse=not self.view.reverse)

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        self.set_view(tag=None, bookmarked=False, unread=False, search="")

    # -- search ----------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(0.12, lambda: self.apply_search(event.value))

    def apply_search(self, text: str) -> None:
        """Filter by the typed text now (fields), and by article text when that is read."""
        text = text.strip()
        self.set_view(search=text)
        if text and text.casefold() not in self._body_hits:
            self._searching = True
            self.search_bodies(text)
        self.update_header(self.query_one(ArticleList).row_count)

    @work(thread=True, exclusive=True, group="search")
    def search_bodies(self, text: str) -> None:
        """Look for the text in every article's body, in a thread (a separate Library)."""
        worker = get_current_worker()
        hits = Library(self.library.root).search_text(text, stop=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._bodies_found, text, hits)

    def _bodies_found(self, text: str, hits: set[str]) -> None:
        self._body_hits[text.casefold()] = hits
        if self.view.search == text:
            self._searching = False
            self.show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            if self._debounce is not None:
                self._debounce.stop()
            self.apply_search(event.value)
            if not event.value.strip():
                event.input.display = False
            self.query_one(ArticleList).focus()

    def on_key(self, event: events.Key) -> None:
        """Escape in the search box clears the search and returns to the list."""
        search = self.query_one("#search", Input)
        if event.key == "escape" and search.has_focus:
            event.stop()
            search.value = ""
            search.display = False
            self.set_view(search="")
            self.query_one(ArticleList).focus()
