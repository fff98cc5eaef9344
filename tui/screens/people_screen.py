"""The People screen: everyone quoted or named as a source across the library, with their
counts, roles and when they were seen; people and organisations apart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static

from newsreader.news.cleaning import one_line
from newsreader.news.words import plural
from newsreader.services import PeopleOrder, PersonEntry
from newsreader.services.errors import LibraryError
from newsreader.tui.cells import cut
from newsreader.tui.messages import IndexReady, LibraryChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.lists import KeyedTable, table_moves

CHUNK = 100
"""Rows put in the table at a time: more are added as the cursor nears the last (a table
of 10,000 people would take seconds to fill)."""
SEARCH_DEBOUNCE = 0.1
"""Seconds of quiet typing before the search applies."""
ORDERS: dict[PeopleOrder, str] = {"quotes": "most quoted", "recent": "recently seen"}
"""The orders ``s`` cycles through, with their names."""
ROLE_MIN = 24
"""Cells the role keeps before the names and the dates give way (at 80 columns)."""


@dataclass(frozen=True)
class Layout:
    """The table's columns for one width: their labels and widths."""

    name: int
    seen_label: str
    seen: int
    role: int

    def columns(self) -> list[tuple[str, str, int]]:
        """Each column's key, label and width in cells."""
        return [("name", "Name", self.name), ("quotes", "Quotes", 6),
                ("articles", "Articles", 8), ("seen", self.seen_label, self.seen),
                ("role", "Role", self.role)]


def layout(width: int, organisations: bool = False) -> Layout:
    """The columns for a table ``width`` cells wide (its scrollbar left out): the first
    and last dates seen, with a name of up to 28 cells, where the role still gets
    ROLE_MIN; else (80 columns) the last date only and, for people, shorter names, so the
    role reads (organisations keep their longer names: they seldom have a role)."""
    room = width - 2 * 5 - 6 - 8  # a cell of padding either side of the five columns
    if room - 28 - 23 >= ROLE_MIN:
        return Layout(28, "Seen", 23, room - 28 - 23)
    name = 28 if organisations else 22
    return Layout(name, "Last seen", 10, max(room - name - 10, 12))


def seen(entry: PersonEntry, both: bool = True) -> str:
    """First and last seen, as dates (``both`` False: the last only)."""
    first, last = (entry.first_seen or "")[:10], (entry.last_seen or "")[:10]
    if not both:
        return last
    return first if first == last else f"{first} – {last}"


class PeopleTable(KeyedTable, inherit_bindings=False):
    """One person a row."""

    HELP_GROUP = "People"

    BINDINGS: ClassVar[list[BindingType]] = [
        *table_moves("person"),
        Binding("enter", "select_cursor", "Quotations",
                tooltip="Every quotation by the person, across the library",
                id="persons.open"),
    ]

    def action_scroll_bottom(self) -> None:
        """The last person: every row put in first."""
        screen = self.screen
        if isinstance(screen, PeopleScreen):
            screen._fill(len(screen.entries))
        super().action_scroll_bottom()


class PeopleSearch(Input):
    """The search box: Esc clears the search (and closes the box)."""

    HELP_GROUP = "People: the search box"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear the search",
                tooltip="Clear the search and close the box", id="persons.clear_search"),
    ]

    def action_clear(self) -> None:
        screen = self.screen
        if isinstance(screen, PeopleScreen):
            screen.clear_search()


class PeopleScreen(NewsScreen[None]):
    """Everyone quoted in the library; Enter shows a person's quotations."""

    HELP_TITLE = "People"
    FOOTER_HIDES = frozenset({"refresh", "feeds"})
    """The app's keys the footer leaves out here, so the screen's own fit in 80 columns
    (help lists them)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", tooltip="Search names and roles as you type",
                priority=True, id="persons.search"),
        Binding("o", "toggle_kind", "People/organisations",
                tooltip="Show organisations and places, or people", id="persons.kind"),
        Binding("s", "sort", "Order", tooltip="Most quoted or most recently seen first",
                id="persons.sort"),
        Binding("q,escape", "back", "Back", tooltip="Back to the list", id="persons.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.order: PeopleOrder = "quotes"
        """The order shown."""
        self.organisations = False
        """Whether organisations and places are shown instead of people."""
        self.search = ""
        """The search typed."""
        self.entries: list[PersonEntry] = []
        """The rows shown, in order."""
        self._debounce: Timer | None = None
        self._width = 0
        """The screen's width the rows were cut for."""
        self.columns: Layout | None = None
        """The columns the table has (None: none yet)."""

    def compose(self) -> ComposeResult:
        yield Static(id="people-header")
        yield PeopleSearch(placeholder="search names and roles · Enter keeps · Esc clears",
                           id="people-search")
        table = PeopleTable(id="people-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield ScreenFooter()

    def on_mount(self) -> None:
        self.query_one("#people-search").display = False
        self._columns()
        self.query_one(DataTable).focus()
        self.reload()

    def _columns(self) -> None:
        """Give the table the columns for the screen's width (when they are others)."""
        table = self.query_one(DataTable)
        self._width = self.size.width
        wanted = layout(self.size.width - table.styles.scrollbar_size_vertical,
                        self.organisations)
        if wanted == self.columns:
            return
        table.clear(columns=True)
        for key, label, width in wanted.columns():
            table.add_column(label, key=key, width=width)
        self.columns = wanted

    # -- showing ---------------------------------------------------------------

    def reload(self) -> None:
        """Show the people again (the library or the query changed)."""
        if not self.services.index_ready():
            self.news.build_index()
            self._header("indexing the library…")
            return
        try:
            everyone = self.services.people(order=self.order, search=self.search)
        except LibraryError as err:
            self.news.report(err)
            return
        self.entries = [e for e in everyone if e.is_person != self.organisations]
        self._refill()

    def _refill(self) -> None:
        """Put the entries in the table again, the cursor kept on its row."""
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self._columns()
        self._fill(max(row + CHUNK, CHUNK))
        if self.entries:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))
        self._header(self._counted())

    def _fill(self, rows: int) -> None:
        """Put entries in the table until it has ``rows`` (or all of them)."""
        table = self.query_one(DataTable)
        columns = self.columns or layout(self.size.width, self.organisations)
        both = columns.seen_label == "Seen"
        for e in self.entries[table.row_count:rows]:
            table.add_row(Text(cut(one_line(e.name), columns.name), Style(bold=True)),
                          Text(str(e.quotes), justify="right"),
                          Text(str(e.articles), justify="right"), Text(seen(e, both)),
                          Text(cut(one_line(e.role or ""), columns.role)), key=e.key)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Near the last row put in: put in the next ones."""
        table = self.query_one(DataTable)
        if event.cursor_row >= table.row_count - 40 and table.row_count < len(self.entries):
            self._fill(table.row_count + CHUNK)

    def _counted(self) -> str:
        """What the header counts: "1 person", "2 people", "1 organisation or place"."""
        if self.organisations:
            return plural(len(self.entries), "organisation or place", "organisations and places")
        return plural(len(self.entries), "person", "people")

    def _header(self, counts: str) -> None:
        left = Text(f" {'Organisations' if self.organisations else 'People'} ",
                    Style(bold=True))
        left.append(f" {counts}")
        right = ORDERS[self.order]
        if self.search:
            right = f"search “{self.search}” · {right}"
        right_text = Text(f"{right} ", Style(italic=True))
        width = max(self.size.width, 20)
        gap = width - left.cell_len - right_text.cell_len
        header = left + Text(" " * max(gap, 1)) + right_text
        header.truncate(width, overflow="ellipsis")
        self.query_one("#people-header", Static).update(header)

    def on_resize(self) -> None:
        """Another width: the rows cut again (the people are not looked up again)."""
        if self.entries and self.size.width != self._width:
            self._refill()

    def on_index_ready(self, message: IndexReady) -> None:
        self.reload()

    def on_library_changed(self, message: LibraryChanged) -> None:
        if "articles" in message.parts:
            self.reload()

    # -- actions ---------------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if 0 <= event.cursor_row < len(self.entries):
            self.news.show_person(self.entries[event.cursor_row].name)

    def action_toggle_kind(self) -> None:
        self.organisations = not self.organisations
        self.query_one(DataTable).move_cursor(row=0)
        self.reload()

    def action_sort(self) -> None:
        orders = list(ORDERS)
        self.order = orders[(orders.index(self.order) + 1) % len(orders)]
        self.query_one(DataTable).move_cursor(row=0)
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_search(self) -> None:
        search = self.query_one("#people-search", Input)
        self.open_box(search)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value
        self._debounce = self.set_timer(SEARCH_DEBOUNCE, lambda: self.apply_search(value))

    def apply_search(self, text: str) -> None:
        """Show only the people the text finds."""
        self.search = text.strip()
        self.reload()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self.apply_search(event.value)
        if not event.value.strip():
            event.input.display = False
        self.query_one(DataTable).focus()

    def clear_search(self) -> None:
        """No search: every person again, the box closed and the table focused."""
        search = self.query_one("#people-search", Input)
        search.value = ""
        search.display = False
        self.apply_search("")
        self.query_one(DataTable).focus()
