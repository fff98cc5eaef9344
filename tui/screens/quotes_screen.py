"""A list of quotations from across the library: a person's page (everything they said,
newest first) and the results of a quotation search. Enter opens the article at the
quotation."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from newsreader.news.cleaning import one_line
from newsreader.news.words import plural
from newsreader.services import PersonEntry, QuoteHit
from newsreader.services.errors import LibraryError
from newsreader.tui.cells import cut
from newsreader.tui.messages import IndexReady, LibraryChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.lists import KeyedTable, table_moves

AHEAD = 1
"""Screenfuls of rows put in the table beyond the one shown, more as the cursor nears the
last (someone quoted 5,000 times would take seconds to list at once, and each row's
article title is read from the listing page that holds it)."""


class QuoteHits(KeyedTable, inherit_bindings=False):
    """One quotation a row."""

    HELP_GROUP = "Quotations"

    BINDINGS: ClassVar[list[BindingType]] = [
        *table_moves("quotation"),
        Binding("enter", "select_cursor", "Open the article",
                tooltip="Open the article at this quotation", id="hits.open"),
    ]

    def action_scroll_bottom(self) -> None:
        """The last quotation: every row put in first."""
        screen = self.screen
        if isinstance(screen, QuotesScreen):
            screen._fill(len(screen.hits))
        super().action_scroll_bottom()


class QuotesScreen(NewsScreen[None]):
    """Quotations from many articles, with the selected one in full below."""

    HELP_TITLE = "Quotations"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.pop_screen", "Back", tooltip="Back where you came from",
                id="hits.back"),
    ]

    def __init__(self, name: str | None = None, search: str | None = None) -> None:
        super().__init__()
        self.person_name = name
        """Whose page this is, as named (None: a quotation search)."""
        self.person: PersonEntry | None = None
        """That person, once found in the index."""
        self.search = search
        """The quotation search shown (None: a person's page)."""
        self.hits: list[QuoteHit] = []
        """The quotations shown, in order."""
        self._width = 0
        """The width the rows were cut for."""
        self._titled = 0
        """How many of the hits (the first) have their articles' titles."""

    def compose(self) -> ComposeResult:
        yield Static(id="hits-header")
        yield QuoteHits(id="hits-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="hits-detail")
        yield ScreenFooter()

    def _widths(self) -> tuple[int, int, int, int]:
        """Cells for the speaker, source, article and quotation columns: narrower
        columns below 100 cells, so the quotation always has room."""
        width = self.app.size.width
        speaker, source, title = (18, 16, 30) if width >= 100 else (14, 10, 18)
        if self.person_name is not None:
            speaker = 0
        gaps = 2 * (5 if speaker else 4) + 2
        return speaker, source, title, max(width - 10 - speaker - source - title - gaps, 20)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        speaker, source, title, _ = self._widths()
        table.add_column("Date", key="date", width=10)
        if speaker:
            table.add_column("Speaker", key="speaker", width=speaker)
        table.add_column("Source", key="source", width=source)
        table.add_column("Article", key="title", width=title)
        table.add_column("Quotation", key="text")
        table.focus()
        self.reload()

    def reload(self) -> None:
        """Look the quotations up again and redraw them."""
        if not self.services.index_ready():
            self.news.build_index()
            self.query_one("#hits-header", Static).update(
                Text(" Indexing the library…", Style(italic=True)))
            return
        try:
            if self.person_name is not None:
                self.person = self.services.person(self.person_name)
                self.hits = self.services.person_quotes(self.person, titled=False)
            else:
                self.hits = self.services.quotes_search(self.search or "", titled=False)
        except LibraryError as err:
            self.news.report(err)
            return
        self._titled = 0
        self._refill()

    def _screenful(self) -> int:
        """Rows the table shows at once (the terminal's height before it is laid out)."""
        return max(self.query_one(DataTable).size.height or self.app.size.height, 10)

    def _refill(self) -> None:
        """Put the quotations in the table again, the cursor kept on its row."""
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self._width = self.app.size.width
        screenful = self._screenful()
        self._fill(max(row, 0) + screenful)  # what shows now; a screenful more when drawn
        self.call_after_refresh(self._fill, max(row, 0) + (1 + AHEAD) * screenful)
        if self.hits:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))
        self._header()
        self.show_detail(table.cursor_row)

    def _fill(self, rows: int) -> None:
        """Put quotations in the table until it has ``rows`` (or all of them), their
        articles' titles looked up first."""
        table = self.query_one(DataTable)
        speaker, source, title, rest = self._widths()
        end = min(rows, len(self.hits))
        if end > self._titled:
            try:
                self.hits[self._titled:end] = self.services.with_titles(
                    self.hits[self._titled:end])
            except LibraryError as err:
                self.news.report(err)
            self._titled = end
        for n in range(table.row_count, end):
            hit = self.hits[n]
            cells = [Text((hit.published or hit.added or "")[:10])]
            if speaker:
                cells.append(Text(cut(" & ".join(hit.speakers) or "(unattributed)", speaker)))
            cells += [Text(cut(one_line(hit.source or "-"), source)),
                      Text(cut(one_line(hit.title), title), Style(italic=True)),
                      Text(cut(f"“{one_line(hit.text)}”", rest))]
            table.add_row(*cells, key=str(n))

    def _header(self) -> None:
        count = len(self.hits)
        if self.person is not None:
            p = self.person
            text = Text(f" {one_line(p.name)}", Style(bold=True))
            if p.role:
                text.append(f", {one_line(p.role)}")
            text.append(f" · {plural(count, 'quotation')} in {plural(p.articles, 'article')}")
        else:
            text = Text(f" Quotations with “{self.search}”", Style(bold=True))
            text.append(f" · {plural(count, 'quotation')}, best first" if count
                        else " · none found")
        text.truncate(max(self.size.width, 20), overflow="ellipsis")
        self.query_one("#hits-header", Static).update(text)

    def show_detail(self, index: int) -> None:
        """The selected quotation in full, with who said it, how, and where."""
        detail = self.query_one("#hits-detail", Static)
        if not 0 <= index < len(self.hits):
            detail.update(Text(" No quotations.", Style(italic=True)))
            return
        hit = self.hits[index]
        text = Text(f" “{one_line(hit.text)}”\n", Style(bold=True))
        who = " and ".join(hit.speakers) or "not found"
        how = " ".join(x for x in (hit.verb, hit.medium) if x) or "no reporting verb"
        text.append(f" {who} · {how} · {hit.kind}\n")
        text.append(f" {one_line(hit.title)}", Style(italic=True))
        text.append(f" · {one_line(hit.source or '-')} · "
                    f"{(hit.published or hit.added or 'undated')[:10]}")
        detail.update(text)

    def on_index_ready(self, message: IndexReady) -> None:
        self.reload()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail(event.cursor_row)
        table = self.query_one(DataTable)
        screenful = self._screenful()
        if event.cursor_row >= table.row_count - screenful and \
                table.row_count < len(self.hits):
            self._fill(event.cursor_row + (1 + AHEAD) * screenful)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if 0 <= event.cursor_row < len(self.hits):
            hit = self.hits[event.cursor_row]
            self.news.read_article(hit.article_id, quote=hit.index)

    def on_resize(self) -> None:
        """Another width: the rows cut again (the quotations are not looked up again)."""
        if self.hits and self.app.size.width != self._width:
            self._refill()

    def on_library_changed(self, message: LibraryChanged) -> None:
        if "articles" in message.parts:
            self.reload()
