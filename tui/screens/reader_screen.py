"""The reader: one article, its quotations marked, and the people quoted beside it."""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Input, OptionList, Static

from newsreader.news.words import plural
from newsreader.services import (
    UNATTRIBUTED,
    ArticleQuotes,
    ArticleRows,
    ListQuery,
    StoredArticle,
)
from newsreader.services.errors import LibraryError
from newsreader.services.saving import PipeResult
from newsreader.tui.messages import ArticleChanged, ArticleOpened, LibraryChanged
from newsreader.tui.palette import speaker_colours, speaker_mark
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.widgets.article_view import ArticleView, meta_line, title_text
from newsreader.tui.widgets.footer import ScreenFooter
from newsreader.tui.widgets.people_sidebar import PeopleSidebar

SIDEBAR_MIN_WIDTH = 70
"""Below this many columns the people sidebar starts hidden (``P`` shows it)."""
SIDEBAR_WIDTHS = (28, 44)
"""The people sidebar's narrowest and widest; between them it takes a third of the
terminal, so roles have room on a wide one."""


def sidebar_width(columns: int) -> int:
    """The people sidebar's width for a terminal ``columns`` wide."""
    low, high = SIDEBAR_WIDTHS
    return max(low, min(high, columns // 3))


class ReaderScreen(NewsScreen[None]):
    """One article: the text with quotations highlighted and a sidebar of who spoke."""

    HELP_TITLE = "The reader"
    FOOTER_HIDES = frozenset({"refresh", "feeds"})
    """The app's keys the footer leaves out here, for the reader's own (help lists them)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape,h,left,backspace", "back", "Back", tooltip="Back to the list",
                id="reader.back"),
        Binding("p", "people", "People", tooltip="Choose a person in the people sidebar",
                id="reader.people"),
        Binding("slash", "search", "Search", show=False,
                tooltip="Search the article (n / N: next / previous match)",
                priority=True, id="reader.search"),
        Binding("n", "next_by_person", "Next by person",
                tooltip="Next quotation by the chosen person", id="reader.next_by_person"),
        Binding("N", "previous_by_person", "Previous by person", show=False,
                tooltip="Previous quotation by the chosen person",
                id="reader.previous_by_person"),
        Binding("right_square_bracket", "next_quote", "Next quotation", show=False,
                id="reader.next_quote"),
        Binding("left_square_bracket", "previous_quote", "Previous quotation", show=False,
                id="reader.previous_quote"),
        Binding("i", "inspect", "Quotes",
                tooltip="The article's quotations (inspector: speaker, verb, context)",
                id="reader.inspect"),
        Binding("A", "person_page", "All by them", show=False,
                tooltip="Every quotation by the chosen person, across the library",
                id="reader.person_page"),
        Binding("b", "bookmark", "Bookmark", tooltip="Bookmark, or take the bookmark off",
                id="reader.bookmark"),
        Binding("t", "tags", "Tags", show=False, tooltip="Add or remove tags",
                priority=True,
                id="reader.tags"),
        Binding("P", "toggle_sidebar", "Show/hide people", show=False,
                tooltip="Show or hide the people sidebar", id="reader.toggle_sidebar"),
        Binding("tab", "app.focus_next", "Switch pane", show=False,
                tooltip="Between the text and the people sidebar", id="reader.next_pane"),
        Binding("s", "save", "Save", show=False,
                tooltip="Save the article to a file (text or Markdown)", priority=True,
                id="reader.save"),
        Binding("vertical_line", "pipe", "Pipe", show=False,
                tooltip="Pipe the article to a command", priority=True,
                id="reader.pipe"),
        Binding("L", "links", "Links", show=False,
                tooltip="The article's links, numbered (or type a link's number)",
                id="reader.links"),
        Binding("d", "delete", "Delete", show=False,
                tooltip="Delete the article and go back to the list (z there undoes)",
                id="reader.delete"),
        Binding("y", "copy_link", "Copy link", show=False,
                tooltip="Copy the article's link (works over SSH)",
                id="reader.copy_link"),
        Binding("o", "open_link", "Open link in browser", show=False,
                tooltip="Open the article's link in a local browser",
                id="reader.open_link"),
        Binding("U", "next_unread", "Next unread", show=False,
                tooltip="The next unread article in the list", id="reader.next_unread"),
        Binding("J", "next_article", "Next article", show=False,
                tooltip="The next article in the list", id="reader.next_article"),
        Binding("K", "previous_article", "Previous article", show=False,
                tooltip="The previous article in the list", id="reader.previous_article"),
    ]

    def __init__(self, article: StoredArticle, quote: int | None = None,
                 inspect: bool = False, rows: ArticleRows | None = None,
                 search: str = "") -> None:
        super().__init__()
        self.start_search = search
        """A search to start on opening (the list's), landing on its first match."""
        self.rows = rows
        """The list's articles in its order, which the next and previous article keys go
        through (None: every article, newest first)."""
        self.sidebar_hidden = False
        """Whether the user hid the people sidebar (it stays hidden from article to
        article)."""
        self.article_id = article.id
        """The article shown."""
        self.start_quote = quote
        """A quotation to highlight on opening."""
        self.start_inspector = inspect
        """Whether to open the quote inspector on opening."""
        self.person: int | None = None
        """The speaker chosen in the sidebar (their number), whose quotes n/N step through."""
        self.article = article
        """The article in full."""
        self.quotes = ArticleQuotes.of(article.analysis)
        """Its quotations grouped by speaker."""

    def compose(self) -> ComposeResult:
        yield Static(id="reader-title")
        yield Static(id="reader-meta")
        with Horizontal(id="reader-body"):
            yield PeopleSidebar(self.quotes, id="people")
            yield ArticleView(self.article, self.quotes, id="article")
        yield Input(placeholder="search the article · Enter keeps · Esc clears",
                    id="reader-search")
        yield Static(id="reader-status")
        yield ScreenFooter()

    def on_mount(self) -> None:
        self.update_title()
        self.update_meta()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.update_title())
        sidebar = self.query_one(PeopleSidebar)
        sidebar.styles.width = sidebar_width(self.app.size.width)
        if self.app.size.width < SIDEBAR_MIN_WIDTH:
            self.sidebar_hidden = True
        sidebar.display = bool(self.quotes.speakers) and not self.sidebar_hidden
        view = self.query_one(ArticleView)
        view.focus()
        self.query_one("#reader-search").display = False
        self.opened()
        if self.start_quote is not None:
            self.call_after_refresh(self.select_quote, self.start_quote)
        elif self.start_search:
            self.call_after_refresh(self.find, self.start_search, True)
        else:
            self.update_status()
        if self.start_inspector:
            self.call_after_refresh(self.action_inspect)

    # -- display ------------------------------------------------------------

    def update_title(self) -> None:
        """The title, its quotations marked as the body's are (the current one
        highlighted)."""
        current = self.query_one(ArticleView).current
        self.query_one("#reader-title", Static).update(
            title_text(self.article.title, self.quotes, current, speaker_colours(self.app)))

    def update_meta(self) -> None:
        """Source, date, author, tags and bookmark under the title (as last read, when the
        library cannot be read now: that is reported)."""
        try:
            row = self.services.row(self.article_id)
        except LibraryError as err:
            self.news.report(err)
            return
        tags = row.tags if row else []
        meta = meta_line(self.article, tags, bool(row and row.bookmarked))
        self.query_one("#reader-meta", Static).update(meta)

    def update_status(self) -> None:
        """Where the highlight is: which quotation, whose, how it was reported."""
        status = self.query_one("#reader-status", Static)
        view = self.query_one(ArticleView)
        current = view.current
        total = len(self.quotes.quotes)
        if self.shown_message:
            return  # a message has the line; the status comes back when it goes
        if view.search:
            status.update(self.search_status(view))
            return
        if current is None:
            named = sum(1 for s in self.quotes.speakers if s.name != UNATTRIBUTED)
            by = f" by {plural(named, 'speaker')}" if named else ", no speaker found"
            hint = (f" {plural(total, 'quotation')}{by} · "
                    "] next quotation · p choose a person · i inspect") if total else (
                " No quotations found in this article")
            status.update(Text(hint, Style(italic=True)))
            return
        quote = self.quotes.quotes[current]
        numbers = self.quotes.by_quote[current]
        names = " and ".join(self.quotes.names(current)) or "speaker unknown"
        text = Text(f" Quotation {current + 1}/{total} · ")
        text.append(speaker_mark(numbers), Style(bold=True))
        text.append(f" {names}", Style(bold=True))
        how = " ".join(x for x in (quote.verb, quote.medium) if x)
        if how:
            text.append(f" · {how}")
        if quote.in_title:
            text.append(" · in the headline")
        person = self.quotes.speaker(self.person) if self.person is not None else None
        place = bisect_left(person.quotes, current) if person is not None else 0
        if person is not None and place < len(person.quotes) \
                and person.quotes[place] == current:
            text.append(f" · theirs {place + 1}/{len(person.quotes)}")
        status.update(text)

    def search_status(self, view: ArticleView) -> Text:
        """Where the search in the article is: which match of how many."""
        text = Text(" Search “")
        text.append(view.search, Style(bold=True))
        if view.match is None:
            text.append("”: not in this article · Esc clears")
            return text
        text.append(f"”: match {view.match + 1}/{len(view.matches)}")
        text.append(" · n / N next / previous · Esc clears", Style(italic=True))
        return text

    # -- searching -----------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#reader-search", Input)
        box.value = self.query_one(ArticleView).search
        self.open_box(box)

    def find(self, needle: str, quiet: bool = False) -> None:
        """Search the article and go to the first match (``quiet``: no search at all, and
        nothing said, when it is not in the text: the list's search may have matched the
        title or a tag)."""
        view = self.query_one(ArticleView)
        found = view.find(needle, own=not quiet)
        if quiet and not found:
            view.find("")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "reader-search":
            event.stop()
            self.find(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "reader-search":
            event.stop()
            self.find(event.value)
            event.input.display = False
            self.query_one(ArticleView).focus()

    def on_key(self, event: events.Key) -> None:
        """Escape in the search box clears the search and returns to the text; a digit
        in the text goes to the link with that number (newsboat's "Goto URL #")."""
        view = self.query_one(ArticleView)
        if view.has_focus and event.character and len(event.character) == 1 \
                and event.character in "123456789":
            event.stop()
            self.show_links(event.character)
            return
        box = self.query_one("#reader-search", Input)
        if event.key == "escape" and box.has_focus:
            event.stop()
            box.value = ""
            box.display = False
            self.find("")
            self.query_one(ArticleView).focus()

    def on_article_view_search_moved(self, message: ArticleView.SearchMoved) -> None:
        if self.shown_message:
            self.clear_message()
        self.update_status()

    def select_quote(self, index: int | None) -> None:
        """Highlight a quotation and scroll to it."""
        if index is None or not 0 <= index < len(self.quotes.quotes):
            return
        view = self.query_one(ArticleView)
        view.current = index
        self.update_title()
        if self.shown_message:
            self.clear_message()  # a step through the quotations says where it landed
        self.update_status()

    def on_article_changed(self, message: ArticleChanged) -> None:
        if message.article_id == self.article_id:
            self.update_meta()

    def on_library_changed(self, message: LibraryChanged) -> None:
        """Another process changed the library: show this article's tags and bookmark as
        they are now, and its text if it was updated (an edited feed item)."""
        try:
            if "articles" in message.parts:
                self.reload_article()
            if message.parts & {"articles", "state"}:
                self.update_meta()
        except LibraryError as err:
            self.news.report(err)

    def reload_article(self) -> None:
        """Read the article again; if its text or analysis changed, show the new one."""
        if self.services.row(self.article_id) is None:
            return  # gone from the library: keep showing what was read
        fresh = self.services.article(self.article_id)
        if (fresh.fingerprint, fresh.analysis_version) == (
                self.article.fingerprint, self.article.analysis_version):
            return
        self.show_article(fresh)
        self.notify("This article was updated", timeout=3)

    def show_article(self, article: StoredArticle) -> None:
        """Show another article (or another version of this one) from the top."""
        self.article_id, self.article = article.id, article
        self.quotes, self.person = ArticleQuotes.of(article.analysis), None
        sidebar = self.query_one(PeopleSidebar)
        sidebar.show_quotes(self.quotes)
        sidebar.display = bool(self.quotes.speakers) and not self.sidebar_hidden
        view = self.query_one(ArticleView)
        view.show_article(article, self.quotes)
        self.update_title()
        if not sidebar.display:
            view.focus()
        self.update_status()

    def opened(self) -> None:
        """The article is being read: mark it read once its text is on screen (the write
        does not delay the text), and keep the list's cursor on it."""
        self.call_after_refresh(self.news.set_read, self.article_id)
        self.news.broadcast(lambda: ArticleOpened(self.article_id))

    # -- other articles ---------------------------------------------------------

    def _rows(self) -> ArticleRows | None:
        if self.rows is None:
            try:
                self.rows = self.services.rows(ListQuery())
            except LibraryError as err:
                self.news.report(err)
        return self.rows

    def go_to(self, article_id: str) -> None:
        """Read another article here, marking it read."""
        try:
            article = self.services.article(article_id)
        except LibraryError as err:
            self.news.report(err)
            return
        self.show_article(article)
        self.update_meta()
        self.opened()
        if self.start_search:  # the list's search: every article it lists matches it
            self.find(self.start_search, quiet=True)

    def _step(self, forward: bool) -> None:
        rows = self._rows()
        if rows is None:
            return
        if rows.index_of(self.article_id) is None:
            self.say("This article is not in the list: no next or previous one")
            return
        target = rows.step(self.article_id, forward)
        if target is None:
            self.say("The last article in the list" if forward
                     else "The first article in the list")
            return
        self.go_to(target)

    def action_next_article(self) -> None:
        self._step(True)

    def action_previous_article(self) -> None:
        self._step(False)

    def action_next_unread(self) -> None:
        rows = self._rows()
        if rows is None:
            return
        try:
            read = self.services.read_ids()
        except LibraryError as err:
            self.news.report(err)
            return
        target = rows.step(self.article_id, True, read)
        if target is None:
            self.say("No unread articles left in the list")
            return
        self.go_to(target)

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

    def action_person_page(self) -> None:
        """The page of the person highlighted in the sidebar, else the one chosen, else
        the speaker of the quotation highlighted."""
        number = self.person
        sidebar = self.query_one(PeopleSidebar)
        if sidebar.has_focus and sidebar.highlighted is not None:
            option = sidebar.get_option_at_index(sidebar.highlighted)
            number = int(option.id or 0) or number
        if number is None:
            current = self.query_one(ArticleView).current
            if current is not None and self.quotes.by_quote[current]:
                number = self.quotes.by_quote[current][0]
        name = self.quotes.speaker(number).name if number else None
        if not name or name == UNATTRIBUTED:
            self.say("Choose a person first (p), or a quotation whose speaker is known")
            return
        self.news.show_person(name)

    def action_people(self) -> None:
        if not self.quotes.speakers:
            self.say("No quotations found in this article: nobody to choose")
            return
        sidebar = self.query_one(PeopleSidebar)
        sidebar.display = True
        self.sidebar_hidden = False
        sidebar.focus()

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(PeopleSidebar)
        if not self.quotes.speakers:
            sidebar.display = False
            self.say("No quotations found in this article: nobody to list")
            return
        sidebar.display = not sidebar.display
        self.sidebar_hidden = not sidebar.display
        if not sidebar.display:
            self.query_one(ArticleView).focus()

    def on_resize(self) -> None:
        self.query_one(PeopleSidebar).styles.width = sidebar_width(self.size.width)

    # -- messages ---------------------------------------------------------------

    def message_width(self) -> int:
        return self.size.width

    def show_message(self, text: Text | None) -> None:
        """Messages take the status line (the text is never covered)."""
        if text is None:
            self.update_status()
        else:
            self.query_one("#reader-status", Static).update(text)

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
                self.news.read_article(article_id, quote=index)

        current = self.query_one(ArticleView).current
        self.app.push_screen(InspectorScreen(self.article, self.quotes, current), jump)

    # -- user state -------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_delete(self) -> None:
        """Delete this article and go back to the list (its cursor on the next one), where
        the message says so."""
        news, article_id = self.news, self.article_id
        self.app.pop_screen()
        news.delete_article(article_id)

    def action_bookmark(self) -> None:
        self.news.toggle_bookmark(self.article_id)

    def action_tags(self) -> None:
        self.not_while_typing()
        self.news.edit_tags(self.article_id)

    def action_save(self) -> None:
        """Ask where to save the article, then save it there."""
        self.not_while_typing()
        from newsreader.services.saving import SaveError, file_name
        from newsreader.tui.screens.prompt_dialog import SaveDialog

        article = self.article

        def save(answer: tuple[str, bool] | None) -> None:
            if answer is None:
                return
            path, overwrite = answer
            try:
                written = self.services.save_article(article, path, overwrite=overwrite)
            except SaveError as err:
                self.news.notify(f"Not saved: {err}", severity="error", markup=False,
                                 timeout=6)
                return
            self.news.last_save_folder = str(written.parent)
            self.notify(f"Saved to {written}", markup=False, timeout=4)

        folder = self.news.last_save_folder
        suggested = file_name(article)
        self.app.push_screen(SaveDialog(f"{folder}/{suggested}" if folder else suggested),
                             save)

    def action_pipe(self) -> None:
        """Ask for a command, then run it with the article on its input (in the
        background) and say how it ended."""
        self.not_while_typing()
        from newsreader.tui.screens.prompt_dialog import PipeDialog

        def run(command: str | None) -> None:
            if command:
                self.news.last_pipe = command
                self.say(f"| {command}: running…", timeout=60)
                self.pipe(self.article, command)

        self.app.push_screen(PipeDialog(self.news.last_pipe), run)

    @work(thread=True, group="pipe")
    def pipe(self, article: StoredArticle, command: str) -> None:
        """Run the command in a thread, so the reader stays usable while it runs."""
        result = self.services.pipe_article(article, command)
        self.app.call_from_thread(self._piped, result)

    def _piped(self, result: PipeResult) -> None:
        failed = result.status != 0
        self.news.notify(result.summary(), severity="warning" if failed else "information",
                         markup=False, timeout=8)

    def action_links(self) -> None:
        self.show_links("")

    def show_links(self, typed: str) -> None:
        """The article's numbered links, at the number typed; the one chosen is opened or
        copied as the article's own link is."""
        from newsreader.tui.screens.links_dialog import LinksDialog

        if not self.article.links:
            self.say("This article has no links in its text (o / y: its own link)")
            return

        def chosen(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                what, url = answer
                (self.news.open_link if what == "open" else self.news.copy_link)(url)

        self.app.push_screen(LinksDialog(list(self.article.links), typed), chosen)

    def action_copy_link(self) -> None:
        self.news.copy_link(self.article.url)

    def action_open_link(self) -> None:
        self.news.open_link(self.article.url)
