"""The quote inspector: every quotation in a table, the selected one in full, and the same
person's quotations in other articles."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from newsreader.news.cleaning import one_line
from newsreader.services import UNATTRIBUTED, ArticleQuotes, QuoteRef, StoredArticle
from newsreader.services.errors import LibraryError
from newsreader.services.reading import context_of
from newsreader.tui.bindings import moves
from newsreader.tui.cells import cut, indented
from newsreader.tui.messages import LibraryChanged
from newsreader.tui.palette import speaker_colours, speaker_mark, speaker_style
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.lists import KeyedOptionList, KeyedTable

OPENING_WORDS = 8
"""Words of each quotation shown in the table."""
SPEAKER_WIDTH = 20
"""Longer speaker names are cut in the table (the detail pane has them whole)."""
NARROW_BELOW = 100
"""Below this many columns the panes are stacked: the quotations across the whole width on
top, the selected one and the other articles side by side under them."""
KIND_FROM = 70
"""The table has a column for the kind of quotation from this many cells wide."""


ELSEWHERE_INDENT = 4
"""Cells before every line of an other-articles entry but its first."""


def elsewhere_prompt(name: str, ref: QuoteRef, width: int) -> Text:
    """An entry of the other-articles list: who, the quotation's opening words and the
    article's title, wrapped to ``width`` cells so that every line after the first keeps
    its indent (the list would wrap them to its left edge)."""
    said = indented(f"{name}: “{opening(ref.quote.text, 10)}”", width, ELSEWHERE_INDENT)
    title = indented(one_line(ref.article_title), width, ELSEWHERE_INDENT, ELSEWHERE_INDENT)
    text = Text(no_wrap=True, overflow="ellipsis")
    head, _, rest = said[0].partition(": ")
    text.append(head + ":", Style(bold=True))
    text.append(" " + rest)
    for line in said[1:]:
        text.append("\n" + line)
    for line in title:
        text.append("\n")
        text.append(line, Style(italic=True))
    return text


def opening(text: str, words: int = OPENING_WORDS) -> str:
    """The first words of a quotation."""
    parts = one_line(text).split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


class QuoteTable(KeyedTable, inherit_bindings=False):
    """Every quotation of the article, one row each."""

    HELP_GROUP = "Quotations"

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("quotes", "quotation"),
        Binding("g,home", "scroll_top", "First quotation", show=False, id="quotes.top"),
        Binding("G,end", "scroll_bottom", "Last quotation", show=False, id="quotes.bottom"),
        Binding("enter", "select_cursor", "Jump to it",
                tooltip="Show the quotation in the article", id="quotes.jump"),
    ]


class QuoteDetail(VerticalScroll, can_focus=True, inherit_bindings=False):
    """The selected quotation in full; it scrolls when it is longer than its box."""

    HELP_GROUP = "Selected quotation"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="detail.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="detail.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False,
                id="detail.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="detail.page_up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="detail.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="detail.bottom"),
    ]


class ElsewhereList(KeyedOptionList, inherit_bindings=False):
    """The same people's quotations in other articles."""

    HELP_GROUP = "Same person, other articles"

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("elsewhere", "quotation"),
        Binding("g,home", "first", "First quotation", show=False, id="elsewhere.first"),
        Binding("G,end", "last", "Last quotation", show=False, id="elsewhere.last"),
        Binding("enter", "select", "Open that article",
                tooltip="Open that article at that quotation", id="elsewhere.open"),
    ]


class InspectorScreen(NewsScreen[tuple[str, int] | None]):
    """Returns (article id, quotation index) to jump to, or None."""

    HELP_TITLE = "Quote inspector"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "close", "Back", tooltip="Back to the article",
                id="inspector.back"),
        Binding("A", "person_page", "All by them",
                tooltip="Every quotation by the selected quotation's speaker, across the "
                "library", id="inspector.person_page"),
        Binding("tab", "app.focus_next", "Next pane", show=False,
                tooltip="Quotations, the selected one, other articles", id="inspector.next_pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False,
                id="inspector.previous_pane"),
    ]

    def __init__(self, article: StoredArticle, quotes: ArticleQuotes,
                 current: int | None) -> None:
        super().__init__()
        self.article = article
        """The article inspected."""
        self.quotes = quotes
        """Its quotations and speakers."""
        self.start = current or 0
        """The quotation selected on opening."""
        self._elsewhere: list[QuoteRef] = []
        self._table_built = -1
        self._by_name: dict[str, list[QuoteRef]] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text(f" Quotations in: {one_line(self.article.title)}", Style(bold=True)),
                     id="inspector-title")
        with Horizontal(id="inspector-body"):
            table = QuoteTable(id="quote-table", cursor_type="row", zebra_stripes=True)
            table.border_title = "Quotations · Enter jumps to it"
            yield table
            with Vertical(id="inspector-side"):
                with QuoteDetail(id="quote-detail-box") as box:
                    box.border_title = "Selected quotation"
                    yield Static(id="quote-detail")
                elsewhere = ElsewhereList(id="elsewhere")
                elsewhere.border_title = "By them elsewhere · Enter opens"
                yield elsewhere
        yield ScreenFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self.fill_table(self._table_width())
        if self.quotes.quotes:
            table.move_cursor(row=min(self.start, len(self.quotes.quotes) - 1))
            self.show_quote(table.cursor_row)
        else:
            self.query_one("#quote-detail", Static).update(
                Text("No quotations were found in this article.", Style(italic=True)))
        table.focus()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        """Follow a change of theme: the speakers' colours are made for each theme."""
        table = self.query_one(DataTable)
        if self.quotes.quotes and table.row_count:
            self.show_quote(table.cursor_row)

    def _table_width(self) -> int:
        """Cells inside the quotations table (estimated from the terminal before it is
        laid out: all of it when narrow, three fifths when wide)."""
        inside = self.query_one(DataTable).scrollable_content_region.width
        if inside:
            return inside
        width = self.app.size.width
        return width - 2 if width < NARROW_BELOW else width * 3 // 5 - 2

    def fill_table(self, width: int) -> None:
        """The quotations, one row each, in columns that fit ``width`` cells: the opening
        words take what the others leave (so they are never off the screen), and the kind
        (in the selected quotation's pane too) goes when there is no room for it."""
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        marks = [speaker_mark(n) for n in self.quotes.by_quote] or ["#"]
        mark_w = max(cell_len(m) for m in [*marks, "#"])
        speaker_w = max(10, min(SPEAKER_WIDTH, width // 5))
        verb_w = max([cell_len(q.verb or "") for q in self.quotes.quotes] + [4, 0])
        verb_w = min(verb_w, 12)
        kind = width >= KIND_FROM
        columns = 4 + kind
        words_w = max(width - mark_w - speaker_w - verb_w - (7 if kind else 0)
                      - 2 * columns, 12)
        table.add_column("#", key="n", width=mark_w)
        table.add_column("Speaker", key="speaker", width=speaker_w)
        table.add_column("Verb", key="verb", width=verb_w)
        if kind:
            table.add_column("Kind", key="kind", width=7)
        table.add_column("Opening words", key="words", width=words_w)
        for index, quote in enumerate(self.quotes.quotes):
            names = " & ".join(self.quotes.names(index)) or UNATTRIBUTED
            cells: list[Text] = [
                Text(marks[index]),
                Text(cut(names, speaker_w)),  # no colour: it would fight the cursor row
                Text(cut(quote.verb or "", verb_w)),
            ]
            if kind:
                cells.append(Text(quote.kind))
            words = ("headline: " if quote.in_title else "") + opening(quote.text, 20)
            cells.append(Text(cut(words, words_w)))
            table.add_row(*cells, key=str(index))
        self._table_built = width
        if self.quotes.quotes:
            table.move_cursor(row=min(max(cursor, 0), len(self.quotes.quotes) - 1))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_quote(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss((self.article.id, event.cursor_row))

    def show_quote(self, index: int) -> None:
        """Fill the detail pane and the other-articles list for quotation ``index``."""
        if not 0 <= index < len(self.quotes.quotes):
            return
        quote = self.quotes.quotes[index]
        numbers = self.quotes.by_quote[index]
        detail = Text()
        detail.append("“" + one_line(quote.text) + "”\n\n",
                      speaker_style(numbers[0] if numbers else None,
                                    speaker_colours(self.app)))
        named = [n for n in numbers if self.quotes.speaker(n).name != UNATTRIBUTED]
        for n in named:
            speaker = self.quotes.speaker(n)
            detail.append("Speaker: ", Style(bold=True))
            detail.append(f"{speaker.name} ({speaker.kind})\n")
            if speaker.role:
                detail.append("Role: ", Style(bold=True))
                detail.append(one_line(speaker.role) + "\n")
            if speaker.affiliation:
                detail.append("Affiliation: ", Style(bold=True))
                detail.append(one_line(speaker.affiliation) + "\n")
        if not named:
            detail.append("Speaker: ", Style(bold=True))
            detail.append("none" + (" (the article quotes these words nowhere else)"
                                    if quote.in_title else " found") + "\n",
                          Style(bold=True))
        detail.append("Reported with: ", Style(bold=True))
        detail.append((quote.verb or "no reporting verb") + "\n")
        if quote.medium:
            detail.append("Medium: ", Style(bold=True))
            detail.append(one_line(quote.medium) + "\n")
        detail.append("Kind: ", Style(bold=True))
        detail.append(f"{quote.kind} quotation\n\n")
        detail.append("In the headline:\n" if quote.in_title else "In context:\n",
                      Style(bold=True))
        detail.append(one_line(context_of(self.article.body, quote, self.article.title)),
                      Style(italic=True))
        self.query_one("#quote-detail", Static).update(detail)
        self.fill_elsewhere(named)

    def fill_elsewhere(self, numbers: list[int]) -> None:
        """List the same speakers' quotations in other articles of the library."""
        options = self.query_one("#elsewhere", OptionList)
        options.clear_options()
        self._elsewhere = []
        for n in numbers:
            name = self.quotes.speaker(n).name
            if name not in self._by_name:
                try:
                    self._by_name[name] = self.services.quotes_by(name)
                except LibraryError as err:
                    self.news.report(err)
                    self._by_name[name] = []
            for ref in self._by_name[name]:
                if ref.article_id == self.article.id:
                    continue
                prompt = elsewhere_prompt(name, ref, self._elsewhere_width())
                options.add_option(Option(prompt, id=str(len(self._elsewhere))))
                self._elsewhere.append(ref)
        if self._elsewhere:
            options.highlighted = 0
        else:
            options.add_option(Option(Text("No quotations by them in other articles.",
                                           Style(italic=True)), disabled=True))

    def _elsewhere_width(self) -> int:
        """Cells an other-articles entry may take."""
        width = self.query_one("#elsewhere").scrollable_content_region.width
        return max(width - 2, 16) if width else 36

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Fit the table's columns and the other-articles entries to the panes' widths."""
        table = self.query_one(DataTable)
        width = self._table_width()
        if width != self._table_built:
            self.fill_table(width)
        if self.quotes.quotes and table.row_count:
            self.fill_elsewhere(self.quotes.by_quote[table.cursor_row])

    def on_library_changed(self, message: LibraryChanged) -> None:
        """Articles came or changed elsewhere: the other articles' quotations are looked up
        again."""
        if "articles" in message.parts:
            self._by_name.clear()
            table = self.query_one(DataTable)
            if self.quotes.quotes:
                self.fill_elsewhere(self.quotes.by_quote[table.cursor_row])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            ref = self._elsewhere[int(event.option.id)]
            self.dismiss((ref.article_id, ref.index))

    def action_person_page(self) -> None:
        """The page of the selected quotation's (first) speaker."""
        table = self.query_one(DataTable)
        if not self.quotes.quotes or not self.quotes.by_quote[table.cursor_row]:
            self.notify("This quotation's speaker was not found", timeout=3)
            return
        name = self.quotes.speaker(self.quotes.by_quote[table.cursor_row][0]).name
        if name == UNATTRIBUTED:
            self.notify("This quotation's speaker was not found", timeout=3)
            return
        self.news.show_person(name)

    def action_close(self) -> None:
        self.dismiss(None)
