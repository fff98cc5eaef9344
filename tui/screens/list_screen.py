"""The list screen: every article, sorted, filtered and searched from the keyboard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from newsreader.news.query_language import free_text, uses_syntax
from newsreader.news.words import plural
from newsreader.services import (
    SORT_ORDERS,
    ArticleRows,
    Change,
    Deleted,
    Feed,
    ListQuery,
    QueryError,
    Services,
)
from newsreader.services.errors import CorruptLibraryError, LibraryError
from newsreader.services.views import SavedView
from newsreader.tui.messages import ArticleChanged, ArticleOpened, LibraryChanged, RefreshChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.screens.tag_filter_dialog import ALL, TagFilterDialog
from newsreader.tui.screens.views_dialog import ALL_ARTICLES, ViewsDialog
from newsreader.tui.widgets.article_list import ArticleList
from newsreader.tui.widgets.footer import ScreenFooter

SEARCH_DEBOUNCE = 0.12
"""Seconds of quiet typing before the search box's text is applied."""
ARTICLE_HINT = "search titles, text, people, tags · Enter keeps · Esc clears · ^T quotations"
"""The search box's hint when it searches articles."""
QUOTE_HINT = "search what was said (quotations) · Enter lists them · ^T articles"
"""Its hint when it searches quotations."""


MESSAGE_LINES = 5
"""Lines the message line above the footer may take: the list gives them up while a
long message (the first run's welcome) shows, so no message covers an article."""

UNDO_KEPT = 20
"""How many changes ``z`` can undo, one after another."""


def damage_message(err: LibraryError, root: Path) -> str:
    """What the list says in its place when the library cannot be read at all: which file
    is damaged and what to do, in one line, then what is wrong with it."""
    if not isinstance(err, CorruptLibraryError):
        return f"{err}"
    try:
        name = str(err.path.relative_to(root))
    except ValueError:
        name = str(err.path)
    return (f"The library's {name} is damaged: quit (q) and run `newsreader repair`.\n"
            f"What is wrong with it: {err.detail}.\n"
            "Nothing was changed; repair sets the damaged file aside, never deletes it.")


class ListScreen(NewsScreen[None]):
    """Every article in the library, one line each."""

    HELP_TITLE = "The list"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", tooltip="Search as you type", priority=True,
                id="list.search"),
        Binding("b", "bookmark", "Bookmark", tooltip="Bookmark, or take the bookmark off",
                id="list.bookmark"),
        Binding("t", "tags", "Tags", show=False, tooltip="Add or remove tags",
                priority=True,
                id="list.tags"),
        Binding("i", "inspect", "Quotes", tooltip="The article's quotations (inspector)",
                id="list.inspect"),
        Binding("p", "app.people", "People", show=False,
                tooltip="Everyone quoted across the library", id="list.people"),
        Binding("ctrl+t", "toggle_quote_search", "Search quotations", show=False,
                tooltip="Search the words of quotations instead of articles (Enter lists "
                "them); again for articles", id="list.quote_search"),
        Binding("U", "next_unread", "Next unread", show=False,
                tooltip="Read the next unread article",
                id="list.next_unread"),
        Binding("m", "toggle_read", "Mark read/unread", show=False, id="list.toggle_read"),
        Binding("A", "mark_all_read", "Mark all read", show=False,
                tooltip="Mark every article the list shows read (z undoes)",
                id="list.mark_all_read"),
        Binding("d", "delete", "Delete", show=False,
                tooltip="Delete the article (z undoes; fetching its feed again does not "
                "bring it back)", id="list.delete"),
        Binding("z", "undo", "Undo", show=False,
                tooltip="Undo the last change that can be undone (mark all read, delete)",
                id="list.undo"),
        Binding("u", "filter_unread", "Unread only", show=False, id="list.filter_unread"),
        Binding("B", "filter_bookmarked", "Bookmarked only", show=False,
                id="list.filter_bookmarked"),
        Binding("T", "filter_tag", "Only a tag", show=False,
                tooltip="Only the articles with a tag", priority=True,
                id="list.filter_tag"),
        Binding("f", "filter_source", "Only a source", show=False,
                tooltip="Only the articles from one source or feed", priority=True,
                id="list.filter_source"),
        Binding("escape", "clear", "Clear filters", show=False,
                tooltip="Clear every filter and the search", id="list.clear"),
        Binding("v", "views", "Views", show=False,
                tooltip="Saved views (named queries), each with its unread count",
                id="list.views"),
        Binding("s", "sort", "Next order", show=False,
                tooltip="Sort by the next key (newest, added, title, source, quotes)",
                id="list.sort"),
        Binding("S", "reverse", "Reverse the order", show=False, id="list.reverse"),
        Binding("y", "copy_link", "Copy link", show=False,
                tooltip="Copy the article's link (works over SSH)",
                id="list.copy_link"),
        Binding("o", "open_link", "Open link in browser", show=False,
                tooltip="Open the article's link in a local browser",
                id="list.open_link"),
        Binding("q", "app.quit", "Quit", tooltip="Quit newsreader", id="list.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.list_query = ListQuery()
        """Filters, search and order in effect."""
        self._rows: ArticleRows | None = None
        self._body_hits: dict[str, set[str]] = {}
        self._searching = False
        self._debounce: Timer | None = None
        self._known_total: int | None = None
        self.quote_search = False
        """Whether the search box searches quotations (Enter lists them) instead of
        filtering the articles."""
        self._follow: str | None = None
        self.undoable: list[Change] = []
        """The changes made here that can be undone, the latest last (``z`` undoes it)."""
        self.view: SavedView | None = None
        """The saved view shown, if any (its query is part of ``list_query.query``)."""
        self.typed_query = ""
        """A query typed into the search box (part of ``list_query.query``)."""
        self._reported: str | None = None
        """The library error the last reload reported (said once, not at every reload)."""

    def compose(self) -> ComposeResult:
        yield Static(id="list-header")
        yield Input(placeholder=ARTICLE_HINT, id="search")
        yield ArticleList(id="articles")
        yield Static(id="list-message")
        yield ScreenFooter()

    def on_mount(self) -> None:
        self.query_one("#search").display = False
        self.query_one("#list-message").display = False
        self.reload()
        self.query_one(ArticleList).focus()

    # -- showing --------------------------------------------------------------

    def reload(self) -> None:
        """Show the query's rows again (the library may have changed), keeping the cursor
        on its article. A library that cannot be read is reported; what is shown stays."""
        query = self.list_query
        hits = self._body_hits.get(query.search.casefold(), set()) if query.search else None
        try:
            terms = {t: self._body_hits.get(t, set()) for t in self.query_terms()}
            rows = self.services.rows(query, hits, terms)
        except QueryError as err:
            self.news.report(err)
            return
        except LibraryError as err:
            if self._rows is None:  # nothing to show: the list says what is wrong instead
                self.show_damage(err)
            if str(err) != self._reported:
                self._reported = str(err)
                self.news.report(err)
            return
        self._reported = None
        self._rows = rows
        articles = self.query_one(ArticleList)
        current = articles.current
        keep = self._follow or (current.id if current else None)
        self._follow = None
        articles.date_shown = "added" if query.sort == "added" else "published"
        articles.empty_message = self.empty_message(rows)
        place = articles.cursor
        articles.show(rows, keep=keep)
        if keep is not None and rows.index_of(keep) is None and self._gone(keep):
            articles.cursor = min(place, max(len(rows) - 1, 0))  # on to the next one
        self.update_header(len(rows))

    def show_damage(self, err: LibraryError) -> None:
        """The library cannot be read and no rows were ever shown: say in the list's place
        which file is damaged and how to recover (the watcher shows the list once it is
        repaired)."""
        articles = self.query_one(ArticleList)
        articles.empty_message = damage_message(err, self.services.root)
        articles.refresh()
        self.query_one("#list-header", Static).update(
            Text(" newsreader ", Style(bold=True)) + Text(" the library cannot be read"))

    def _gone(self, article_id: str) -> bool:
        """Whether an article has left the library (deleted here or elsewhere)."""
        try:
            return self.services.row(article_id) is None
        except LibraryError:
            return False

    def empty_message(self, rows: ArticleRows) -> str:
        """What the list says when it shows nothing: why, and what to do."""
        query = self.list_query
        if rows.total == 0:
            return ("No articles yet.\n"
                    "Add some with: newsreader import PATH\n"
                    "or subscribe to a feed: newsreader feeds add URL, then r here.")
        orders = {o.label for o in SORT_ORDERS} | {o.reverse_label for o in SORT_ORDERS}
        filters = [part for part in query.describe().split(" · ") if part not in orders]
        if query.search:
            filters.append(f"“{query.search}”")
        if self.view is not None:
            filters.append(f"the {self.view.noun} {self.view.name}")
        if self.typed_query:
            filters.append(f"the query {self.typed_query}")
        return (f"No articles match {' · '.join(filters) or 'the filters'}.\n"
                "Esc clears the filters and the search.")

    def update_header(self, shown: int) -> None:
        """Counts on the left, filters and order on the right; when both do not fit, the
        left gives way (shorter counts, then cut), never the filters."""
        rows = self._rows
        if rows is None:
            return
        total = rows.total
        counts = f"{shown} of {total}" if shown != total else f"{total}"
        noun = "article" if total == 1 else "articles"
        tail = Text()
        progress = self.news.refresh_progress
        if progress:
            tail.append(f" · ⟳ {progress}", Style(bold=True))
        if (self.list_query.search or self.query_terms()) and self._searching:
            tail.append(" · searching text…", Style(italic=True))
        right_text = self.list_query.describe()
        if self.list_query.search:
            right_text = f"search “{self.list_query.search}” · {right_text}"
        if self.typed_query:
            right_text = f"query “{self.typed_query}” · {right_text}"
        if self.view is not None:
            right_text = f"{self.view.noun}: {self.view.name} · {right_text}"
        if self.list_query.sort == "added":
            right_text += " (date added shown)"
        right = Text(right_text + " ", Style(italic=True))
        width = max(self.size.width, 20)
        lefts = [
            Text(" newsreader ", Style(bold=True)) + Text(
                f" {counts} {noun} · {rows.unread} unread · {rows.bookmarked} ★") + tail,
            Text(f" {counts} · {rows.unread} unread · {rows.bookmarked} ★") + tail,
        ]
        room = width - right.cell_len - 1
        left = next((t for t in lefts if t.cell_len <= room), lefts[-1])
        if left.cell_len > room:
            left.truncate(max(room, 0), overflow="ellipsis")
        gap = width - left.cell_len - right.cell_len
        header = left + Text(" " * max(gap, 1)) + right
        header.truncate(width, overflow="ellipsis")
        self.query_one("#list-header", Static).update(header)

    def on_screen_resume(self) -> None:
        self.reload()

    def reload_when_shown(self) -> None:
        """Reload now if this screen is on top; else when it is back on top (resume): at
        100,000 articles a reload under the reader would slow opening an article."""
        if self.is_active:
            self.reload()

    def on_resize(self) -> None:
        self.update_header(self.query_one(ArticleList).row_count)

    def on_article_changed(self, message: ArticleChanged) -> None:
        self.reload_when_shown()

    def message_width(self) -> int:
        return self.size.width

    def message_lines(self) -> int:
        return MESSAGE_LINES

    def show_message(self, text: Text | None) -> None:
        """Messages take lines of their own above the footer, over no article."""
        line = self.query_one("#list-message", Static)
        line.display = text is not None
        line.update(text or "")

    def on_library_changed(self, message: LibraryChanged) -> None:
        if "articles" in message.parts:
            if message.by_user:
                self._known_total = None  # counted again from the rows shown next
            else:
                self._say_new_articles()
            self._body_hits.clear()  # articles changed: text searches must run again
            needles = [self.list_query.search] if self.list_query.search else []
            needles += self.query_terms()
            if needles:
                self._search_text(*needles)
        if message.parts & {"articles", "state"}:
            self.reload_when_shown()

    def _say_new_articles(self) -> None:
        """Articles came in (another process's import or fetch, a refresh): say how many,
        so they are noticed as they land."""
        before = self._known_total
        if before is None and self._rows is not None:
            before = self._rows.total
        try:
            now = len(self.services)
        except LibraryError:
            return  # the reload says what is wrong
        self._known_total = now
        if before is not None and now > before:
            added = now - before
            self.notify(f"{plural(added, 'new article')} in the library",
                        timeout=4)

    def on_refresh_changed(self, message: RefreshChanged) -> None:
        self.update_header(self.query_one(ArticleList).row_count)

    # -- opening ----------------------------------------------------------------

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.news.read_article(message.article_id, rows=self._rows,
                               search=self.list_query.search)

    def on_article_opened(self, message: ArticleOpened) -> None:
        """The reader went on to another article: the cursor is on it when back here."""
        self._follow = message.article_id

    def action_next_unread(self) -> None:
        """Read the article under the cursor if it is unread, else the next unread one
        (going round past the end)."""
        rows, row = self._rows, self.query_one(ArticleList).current
        if rows is None or row is None:
            self.say("No unread articles in the list")
            return
        if row.read:
            try:
                target = rows.step(row.id, True, self.services.read_ids())
            except LibraryError as err:
                self.news.report(err)
                return
        else:
            target = row.id
        if target is None:
            self.say("No unread articles in the list")
            return
        self.news.read_article(target, rows=rows, search=self.list_query.search)

    def _current_id(self) -> str | None:
        row = self.query_one(ArticleList).current
        return row.id if row else None

    def action_inspect(self) -> None:
        """Open the article with its quote inspector on top (Escape lands in the article)."""
        aid = self._current_id()
        if aid is not None:
            self.news.read_article(aid, inspect=True)

    # -- user state --------------------------------------------------------------

    def action_bookmark(self) -> None:
        aid = self._current_id()
        if aid is not None:
            self.news.toggle_bookmark(aid)

    def action_tags(self) -> None:
        self.not_while_typing()
        aid = self._current_id()
        if aid is not None:
            self.news.edit_tags(aid)

    def action_toggle_read(self) -> None:
        row = self.query_one(ArticleList).current
        if row is not None:
            self.news.set_read(row.id, not row.read)

    def action_mark_all_read(self) -> None:
        """Mark every article shown read; the undo marks back only those this changed."""
        rows = self._rows
        if not rows:
            return
        try:
            change = self.services.mark_read(rows.ids())
        except LibraryError as err:
            self.news.report(err)
            return
        if not change.ids:
            self.notify("Every article shown is already read", timeout=3)
            return
        self.did(change)

    def did(self, change: Change) -> None:
        """Keep a change made here for ``z``, say so and tell the other screens."""
        self.undoable.append(change)
        del self.undoable[:-UNDO_KEPT]
        self.notify(f"{change.what} · {self.key_for('undo')} undoes",
                    timeout=6)
        if isinstance(change, Deleted):
            self.news.changed_here()
        else:
            self.news.wrote_state(change.ids[0])

    def action_undo(self) -> None:
        """Undo the last change kept in ``undoable``."""
        if not self.undoable:
            self.notify("Nothing to undo", timeout=2)
            return
        change = self.undoable.pop()
        try:
            self.services.undo(change)
        except LibraryError as err:
            self.undoable.append(change)
            self.news.report(err)
            return
        self.notify(f"Undone: {change.undone}", timeout=3)
        if isinstance(change, Deleted):  # the cursor on the article brought back
            self.news.changed_here()
            self._follow = change.ids[0]
            self.reload()
        else:
            self.news.wrote_state(change.ids[0])

    def action_delete(self) -> None:
        """Delete the article under the cursor; the cursor goes on to the next one."""
        row = self.query_one(ArticleList).current
        if row is not None:
            self.delete([row.id])

    def delete(self, article_ids: list[str]) -> None:
        """Delete articles (kept for ``z``)."""
        try:
            change = self.services.delete(article_ids)
        except LibraryError as err:
            self.news.report(err)
            return
        if change is not None:
            self.did(change)
            self.reload()

    def _url(self) -> str | None:
        aid = self._current_id()
        if aid is None:
            return None
        try:
            return self.services.article(aid).url
        except LibraryError as err:
            self.news.report(err)
            return None

    def action_copy_link(self) -> None:
        if self._current_id() is not None:
            self.news.copy_link(self._url())

    def action_open_link(self) -> None:
        if self._current_id() is not None:
            self.news.open_link(self._url())

    # -- filters and order ---------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Show another query's rows."""
        self.list_query = query
        self.reload()

    def action_filter_bookmarked(self) -> None:
        self.set_query(replace(self.list_query, bookmarked=not self.list_query.bookmarked))

    def action_filter_unread(self) -> None:
        self.set_query(replace(self.list_query, unread=not self.list_query.unread))

    def action_filter_tag(self) -> None:
        self.not_while_typing()
        def chosen(tag: str | None) -> None:
            if tag is not None:
                self.set_query(replace(self.list_query, tag=None if tag == ALL else tag))

        try:
            counts = self.services.all_tags()
        except LibraryError as err:
            self.news.report(err)
            return
        self.app.push_screen(TagFilterDialog(counts, self.list_query.tag), chosen)

    def action_filter_source(self) -> None:
        self.not_while_typing()
        def chosen(name: str | None) -> None:
            if name is not None:
                self.show_source(None if name == ALL else name)

        try:
            counts = {c.name: c.total for c in self.services.sources().values()}
        except LibraryError as err:
            self.news.report(err)
            return
        self.app.push_screen(TagFilterDialog(counts, self.list_query.source, noun="source",
                                             title="Show articles from"), chosen)

    def show_feed(self, feed: Feed) -> None:
        """Show only the articles one feed brought (``feed:ID``, as a view: Esc clears it,
        a query typed with / narrows it)."""
        self._set_queries(SavedView.of_feed(feed.name, feed.id), self.typed_query)

    def show_source(self, source: str | None) -> None:
        """Show only the articles from a source (a feed's: its title), or (None) all."""
        self.set_query(replace(self.list_query, source=source))

    def action_sort(self) -> None:
        self.set_query(self.list_query.next_sort())

    def action_reverse(self) -> None:
        self.set_query(replace(self.list_query, reverse=not self.list_query.reverse))

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        self.view = None
        self.typed_query = ""
        self.set_query(replace(self.list_query, tag=None, bookmarked=False, unread=False,
                               search="", source=None, query=""))

    # -- queries and saved views ------------------------------------------------------

    def query_terms(self) -> list[str]:
        """The free-text terms of the query shown (casefolded): searched in the texts."""
        try:
            node = self.list_query.node()
        except QueryError:
            return []
        return [t.casefold() for t in free_text(node)] if node is not None else []

    def _set_queries(self, view: SavedView | None, typed: str) -> None:
        """Show the articles a saved view and a typed query both match."""
        self.view, self.typed_query = view, typed
        parts = [q for q in (view.query if view else "", typed) if q]
        text = " ".join(f"({q})" for q in parts) if len(parts) > 1 else "".join(parts)
        self.set_query(replace(self.list_query, query=text))
        missing = [t for t in self.query_terms() if t not in self._body_hits]
        if missing:
            self._search_text(*missing)

    def action_views(self) -> None:
        """Pick a saved view (or every article); each shows its unread count."""
        views = self.news.views
        current = self.view.name if self.view and self.view.noun == "view" else None
        dialog = ViewsDialog(views, current)

        def chosen(name: str | None) -> None:
            if name is None:
                return
            view = next((v for v in views if v.name == name), None)
            self._set_queries(None if name == ALL_ARTICLES else view, self.typed_query)

        self.app.push_screen(dialog, chosen)
        if views:
            self.count_views(dialog, [v.query for v in views])

    @work(thread=True, exclusive=True, group="views")
    def count_views(self, dialog: ViewsDialog, queries: list[str]) -> None:
        """Count each view's articles and unread ones, in a thread (with its own handle on
        the library: a view's free text is looked for in every article's text)."""
        worker = get_current_worker()
        try:
            counts = Services(self.services.root).count_matching(
                queries, stop=lambda: worker.is_cancelled)
        except LibraryError as err:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.news.report, err)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(dialog.set_counts, counts)

    # -- search ----------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        self.open_box(search)

    def action_toggle_quote_search(self) -> None:
        """Switch the search box between articles and quotations."""
        search = self.query_one("#search", Input)
        self.quote_search = not self.quote_search
        search.placeholder = QUOTE_HINT if self.quote_search else ARTICLE_HINT
        search.display = True
        search.focus()
        if self.quote_search:
            if self.list_query.search:  # the articles are no longer filtered by it
                self.set_query(replace(self.list_query, search=""))
            self.say("Searching quotations: Enter lists them (Ctrl+T: articles)")
        else:
            self.apply_search(search.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search" or self.quote_search:
            return
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value
        self._debounce = self.set_timer(SEARCH_DEBOUNCE, lambda: self.apply_search(value))

    def apply_search(self, text: str) -> None:
        """Filter by the typed text now (fields), and by article text once that is read.
        Text with query syntax (a field, a flag, an operator, quotes, parentheses) is a
        query; a query with an error is said in one line and the list stays as it was."""
        text = text.strip()
        if uses_syntax(text):
            try:
                self.services.check_query(text)
            except QueryError as err:
                self.notify(f"Query: {err}", severity="warning", markup=False, timeout=6)
                return
            self.set_query(replace(self.list_query, search=""))
            self._set_queries(self.view, text)
            self.update_header(self.query_one(ArticleList).row_count)
            return
        if self.typed_query:
            self._set_queries(self.view, "")
        if text and text.casefold() not in self._body_hits:
            try:
                found = self.services.text_matches(text)
            except LibraryError:
                found = None
            if found is not None:  # the search index: at once
                self._body_hits[text.casefold()] = found
        self.set_query(replace(self.list_query, search=text))
        if text and text.casefold() not in self._body_hits:
            self.news.build_index()  # for next time; the texts are read meanwhile
            self._search_text(text)
        self.update_header(self.query_one(ArticleList).row_count)

    def _search_text(self, *needles: str) -> None:
        self._searching = True
        self.search_bodies(list(needles))

    @work(thread=True, exclusive=True, group="search")
    def search_bodies(self, needles: list[str]) -> None:
        """Look for the texts in every article's body, in a thread (one pass for all)."""
        worker = get_current_worker()
        try:
            hits = self.services.search_texts(needles, stop=lambda: worker.is_cancelled)
        except LibraryError as err:  # a damaged shard: say so, keep what the fields found
            if not worker.is_cancelled:
                self.app.call_from_thread(self._search_failed, err)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._bodies_found, hits)

    def _search_failed(self, err: LibraryError) -> None:
        self._searching = False
        self.update_header(self.query_one(ArticleList).row_count)
        self.news.report(err)

    def _bodies_found(self, hits: dict[str, set[str]]) -> None:
        self._body_hits.update(hits)
        wanted = set(self.query_terms())
        if self.list_query.search:
            wanted.add(self.list_query.search.casefold())
        self._searching = False
        if wanted & hits.keys():
            self.reload()
        else:
            self.update_header(self.query_one(ArticleList).row_count)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search" and self.quote_search:
            if event.value.strip():
                self.news.show_quote_search(event.value.strip())
            return
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
            self.quote_search = False
            search.placeholder = ARTICLE_HINT
            self.set_query(replace(self.list_query, search=""))
            if self.typed_query:
                self._set_queries(self.view, "")
            self.query_one(ArticleList).focus()
