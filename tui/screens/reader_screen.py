"""The reader: one article, its quotations marked, and the people quoted beside it."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static

from newsreader.store.library import Library
from newsreader.store.records import StoredArticle
from newsreader.tui.messages import ArticleChanged
from newsreader.tui.palette import speaker_mark
from newsreader.services.reading import ArticleQuotes
from newsreader.tui.widgets.article_view import ArticleView, meta_line
from newsreader.tui.widgets.people_sidebar import PeopleSidebar

SIDEBAR_MIN_WIDTH = 70
"""Below this many columns the people sidebar starts hidden (``P`` shows it)."""


class ReaderScreen(Screen[None]):
    """One article: the text with quotations highlighted and a sidebar of who spoke."""

    BINDINGS = [
        Binding("escape,backspace,h,left", "back", "Back", id="reader.back"),
        Binding("p", "people", "People", id="reader.people"),
        Binding("n", "next_by_person", "Next by person", id="reader.next_by_person"),
        Binding("N", "previous_by_person", "Previous by person", show=False,
                id="reader.previous_by_person"),
        Binding("right_square_bracket", "next_quote", "Next quote", show=False,
                id="reader.next_quote"),
        Binding("left_square_bracket", "previous_quote", "Previous quote", show=False,
                id="reader.previous_quote"),
        Binding("i", "inspect", "Quotes", id="reader.inspect"),
        Binding("b", "bookmark", "Bookmark", id="reader.bookmark"),
        Binding("t", "tags", "Tags", show=False, id="reader.tags"),
        Binding("P", "toggle_sidebar", "Show/hide people", show=False,
                id="reader.toggle_sidebar"),
        Binding("y", "copy_link", "Copy link", show=False, id="reader.copy_link"),
        Binding("o", "open_link", "Open link in browser", show=False, id="reader.open_link"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
    ]

    def __init__(self, article_id: str, quote: int | None = None, inspect: bool = False) -> None:
        super().__init__()
        self.article_id = article_id
        """The article shown."""
        self.start_quote = quote
        """A quotation to highlight on opening."""
        self.start_inspector = inspect
        """Whether to open the quote inspector on opening."""
        self.person: int | None = None
        """The speaker chosen in the sidebar (their number), whose quotes n/N step through."""
        self.article: StoredArticle = self.library.article(article_id)
        """The article in full."""
        self.quotes = ArticleQuotes.of(self.article)
        """Its quotations grouped by speaker."""

    @property
    def library(self) -> Library:
        """The app's library."""
        return self.app.library  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Static(Text(self.article.title, Style(bold=True)), id="reader-title")
        yield Static(id="reader-meta")
        with Horizontal(id="reader-body"):
            yield PeopleSidebar(self.quotes, id="people")
            yield ArticleView(self.article, self.quotes, id="article")
        yield Static(id="reader-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.update_meta()
        if self.app.size.width < SIDEBAR_MIN_WIDTH:
            self.query_one(PeopleSidebar).display = False
        view = self.query_one(ArticleView)
        view.focus()
        self.app.set_read(self.article_id)  # type: ignore[attr-defined]
        if self.start_quote is not None:
            self.call_after_refresh(self.select_quote, self.start_quote)
        else:
            self.update_status()
        if self.start_inspector:
            self.call_after_refresh(self.action_inspect)

    # -- display ------------------------------------------------------------

    def update_meta(self) -> None:
        """Source, date, author, tags and bookmark under the title."""
        listing = self.library.listing()
        pos = listing.position(self.article_id)
        tags = listing.tags_at(pos) if pos is not None else []
        meta = meta_line(self.article, tags, self.article_id in listing.bookmarked)
        self.query_one("#reader-meta", Static).update(meta)

    def update_status(self) -> None:
        """Where the highlight is: which quotation, whose, how it was reported."""
        status = self.query_one("#reader-status", Static)
        current = self.query_one(ArticleView).current
        total = len(self.quotes.quotes)
        if current is None:
            hint = (f" {total} quotations by {len(self.quotes.speakers)} speakers · "
                    "] next quotation · p choose a person · i inspect") if total else (
                " No quotations found in this article")
            status.update(Text(hint, Style(dim=True)))
            return
        quote = self.quotes.quotes[current]
        numbers = self.quotes.by_quote[current]
        names = " and ".join(self.quotes.speaker(n).name for n in numbers) or "speaker unknown"
        text = Text(f" Quotation {current + 1}/{total} · ")
        text.append(speaker_mark(numbers), Style(bold=True))
        text.append(f" {names}", Style(bold=True))
        how = " ".join(x for x in (quote.get("verb"), quote.get("medium")) if x)
        if how:
            text.append(f" · {how}")
        person = self.quotes.speaker(self.person) if self.person is not None else None
        if person is not None and current in person.quotes:
            place = person.quotes.index(current) + 1
            text.append(f" · theirs {place}/{len(person.quotes)}")
        status.update(text)

    def select_quote(self, index: int | None) -> None:
        """Highlight a quotation and scroll to it."""
        if index is None or not 0 <= index < len(self.quotes.quotes):
            return
        view = self.query_one(ArticleView)
        view.current = index
        self.update_status()

    def on_article_changed(self, message: ArticleChanged) -> None:
        if message.article_id == self.article_id:
            self.update_meta()

    # -- quotations -----------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A person chosen in the sidebar: jump to their first quotation."""
        event.stop()
        self.person = int(event.option.id or 0) or None
        if self.person is not None:
            self.select_quote(self.quotes.speaker(self.person).quotes[0])
        self.query_one(ArticleView).focus()

    def _person_pool(self) -> list[int] | None:
        if self.person is not None:
            return self.quotes.speaker(self.person).quotes
        current = self.query_one(ArticleView).current
        if current is not None and self.quotes.by_quote[current]:
            return self.quotes.speaker(self.quotes.by_quote[current][0]).quotes
        return None

    def action_next_by_person(self) -> None:
        current = self.query_one(ArticleView).current
        self.select_quote(self.quotes.step(current, True, self._person_pool()))

    def action_previous_by_person(self) -> None:
        current = self.query_one(ArticleView).current
        self.select_quote(self.quotes.step(current, False, self._person_pool()))

    def action_next_quote(self) -> None:
        self.person = None
        self.select_quote(self.quotes.step(self.query_one(ArticleView).current, True))

    def action_previous_quote(self) -> None:
        self.person = None
        self.select_quote(self.quotes.step(self.query_one(ArticleView).current, False))

    def action_people(self) -> None:
        sidebar = self.query_one(PeopleSidebar)
        sidebar.display = True
        sidebar.focus()

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(PeopleSidebar)
        sidebar.display = not sidebar.display
        if not sidebar.display:
            self.query_one(ArticleView).focus()

    def action_inspect(self) -> None:
        from newsreader.tui.screens.inspector_screen import InspectorScreen

        def jump(target: tuple[str, int] | None) -> None:
            if target is None:
                return
            article_id, index = target
            if article_id == self.article_id:
                self.person = None
                self.select_quote(index)
            else:
                self.app.push_screen(ReaderScreen(article_id, quote=index))

        current = self.query_one(ArticleView).current
        self.app.push_screen(InspectorScreen(self.article, self.quotes, current), jump)

    # -- user state -------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_bookmark(self) -> None:
        self.app.toggle_bookmark(self.article_id)  # type: ignore[attr-defined]

    def action_tags(self) -> None:
        self.app.edit_tags(self.article_id)  # type: ignore[attr-defined]

    def action_copy_link(self) -> None:
        self.app.copy_link(self.article.url)  # type: ignore[attr-defined]

    def action_open_link(self) -> None:
        self.app.open_link(self.article.url)  # type: ignore[attr-defined]
