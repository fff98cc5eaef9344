"""The newsreader Textual app."""

from __future__ import annotations

import gc
import os
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from rich.errors import MarkupError
from rich.text import Text
from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.filter import Monochrome, NoColor
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.worker import get_current_worker

from newsreader.services import ArticleRows, Services, Version
from newsreader.services.errors import LibraryError
from newsreader.services.views import SavedView, views_from
from newsreader.tui.commands import ScreenActions
from newsreader.tui.keymap import ConfigError, check_keymap, load_keymap, read_config
from newsreader.tui.messages import ArticleChanged, IndexReady, LibraryChanged, RefreshChanged
from newsreader.tui.screens.base import NewsScreen
from newsreader.tui.screens.help_screen import HelpScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.tags_dialog import TagsDialog
from newsreader.tui.settings import RefreshSettings, refresh_settings

if TYPE_CHECKING:
    from newsreader.services.fetching import FetchReport
    from newsreader.services.syncing import SyncReport

WATCH_SECONDS = 1.0
"""How often the app looks whether another process changed the library (one stat per
file; nothing is read unless something changed)."""


def has_local_browser() -> bool:
    """Whether a graphical browser can open here (not over a bare SSH session)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def is_web_link(url: str) -> bool:
    """Whether a link is an http or https address with a host (the only links opened)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def tag_changes(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The tags added and the tags removed between two lists of an article's tags (a tag
    whose spelling changed is removed and added, so the new spelling is kept)."""
    def norm(tag: str) -> str:
        return " ".join(tag.split())

    was = {norm(t) for t in before}
    now = {norm(t) for t in after}
    return ([t for t in after if norm(t) not in was],
            [t for t in before if norm(t) not in now])


class NewsreaderApp(App[int]):
    """A keyboard-only news reader over a newsreader library."""

    TITLE = "newsreader"
    CSS_PATH = "styles/app.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ScreenActions}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("Q", "quit", "Quit", tooltip="Quit newsreader", show=False, id="app.quit"),
        Binding("ctrl+q", "quit", "Quit", tooltip="Quit newsreader", show=False,
                id="app.force_quit"),
        Binding("question_mark", "help", "Help", tooltip="The keys of this screen",
                id="app.help"),
        Binding("r", "refresh", "Refresh", tooltip="Refresh the feeds", id="app.refresh"),
        Binding("F", "feeds", "Feeds", tooltip="The feeds and their last results",
                id="app.feeds"),
    ]

    def __init__(self, services: Services, notice: str | None = None,
                 config: Path | None = None, settle_memory: bool = False,
                 watch_seconds: float = WATCH_SECONDS,
                 refresh: RefreshSettings | None = None) -> None:
        super().__init__()
        self.services = services
        """The application services: every screen reaches the library through them."""
        self.notice = notice
        """A message to show once the app is up (the first-run welcome)."""
        self.config = config
        """The config file with the user's key bindings, if any."""
        self.keymap: dict[str, str] = {}
        """The user's keys (binding id to keys) from the config file: the usable entries."""
        self.key_problems: list[str] = []
        """A line for each entry of the config file that could not be used (or for the
        file); the launcher prints them and the app shows them once it is up."""
        self.refresh_settings = RefreshSettings()
        """When the feeds refresh by themselves (from the config file's ``[refresh]``;
        never, with no config file)."""
        self.views: list[SavedView] = []
        """The saved views (named queries) from the config file's ``[views]``."""
        if config is not None:
            self._load_config(config)
        if refresh is not None:
            self.refresh_settings = refresh
        self.refresh_progress = ""
        """While feeds refresh, how far it got ("feeds 3/10"), else empty."""
        self.last_refresh: FetchReport | None = None
        """The report of the last refresh, if any."""
        self.settle_memory = settle_memory
        """Whether to freeze what start-up allocated once the list is drawn (see launch)."""
        self.watch_seconds = watch_seconds
        """How often the library is looked at for changes made elsewhere."""
        self._seen: Version = services.version()
        self._indexing = False
        self.sync_account = False
        """Whether a feed-server account is set: ``r`` syncs with it, and marks made here
        are sent to it as they are made."""
        self._pushed = 0
        try:
            self.sync_account = services.account() is not None
        except LibraryError as err:  # a damaged or unsafe account file: said, not synced
            self.key_problems.append(str(err))
        self.last_save_folder = ""
        """The folder an article was last saved to (the next save is offered there)."""
        self.last_pipe = ""
        """The command an article was last piped to (offered again)."""

    def _load_config(self, config: Path) -> None:
        """Read the user's keys, settings and saved views; what cannot be used is kept in
        ``key_problems``."""
        from newsreader.tui.bindings import binding_ids

        try:
            data = read_config(config)
            given = load_keymap(config, data)
        except ConfigError as err:
            self.key_problems.append(f"{err}; using the default keys and settings")
            return
        self.keymap, problems = check_keymap(given, binding_ids(), config)
        self.key_problems.extend(problems)
        self.refresh_settings, problems = refresh_settings(data, config)
        self.key_problems.extend(problems)
        self.views, problems = views_from(data, config)
        self.key_problems.extend(problems)

    def _fit_no_color(self, _theme: object = None) -> None:
        """Under NO_COLOR, keep the filter that suits the theme: Textual picks it once, at
        start (Monochrome for truecolor themes, NoColor for ANSI ones), so an ANSI theme
        chosen later would be drawn black on black."""
        if not self.no_color:
            return
        wanted = NoColor if self.current_theme.ansi else Monochrome
        self._filters[:] = [wanted() if isinstance(f, NoColor | Monochrome) else f
                            for f in self._filters]
        self.refresh()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._fit_no_color)
        self._fit_no_color()
        if self.keymap:
            self.set_keymap(self.keymap)
        for problem in self.key_problems:
            self.notify(problem, title="Config", severity="warning", markup=False,
                        timeout=10)
        self.push_screen(ListScreen())
        self.set_interval(self.watch_seconds, self.check_library)
        settings = self.refresh_settings
        if settings.on_start:
            self.call_after_refresh(self.refresh_by_itself)
        if settings.every_seconds > 0:
            self.set_interval(settings.every_seconds, self.refresh_by_itself)
        if self.settle_memory:
            self.call_after_refresh(self._settle_memory)
        if self.notice:  # once the list is up, so it takes the list's message lines
            notice = self.notice
            self.call_after_refresh(lambda: self.notify(notice, markup=False, timeout=8))

    @staticmethod
    def _settle_memory() -> None:
        """Move everything start-up made (the listing's 100,000s of strings) out of the
        collector's sight and turn it back on: full collections then take a few
        milliseconds instead of tens, which a keystroke would otherwise feel."""
        gc.freeze()
        gc.enable()

    # -- watching the library ---------------------------------------------------

    def broadcast(self, make: Callable[[], Message]) -> None:
        """Send a message (a fresh one each) to every screen on the stack, so screens
        under the top one are up to date when the user comes back to them."""
        for screen in self.screen_stack:
            screen.post_message(make())

    def check_library(self) -> None:
        """Tell every screen which parts of the library changed on disk since last looked
        (other processes' writes, the app's own refresh)."""
        now = self.services.version()
        parts = self.services.changed(self._seen, now)
        self._seen = now
        if parts:
            self.broadcast(lambda: LibraryChanged(frozenset(parts)))

    def wrote_state(self, article_id: str) -> None:
        """A screen changed articles' state through the services (``article_id``: one of
        them): tell the other screens, and send the marks to the feed server."""
        self._wrote_state(article_id)

    def _wrote_state(self, article_id: str) -> None:
        """After this app changed an article's state: tell the screens now, and do not
        report the same write again as a change from elsewhere; a mark queued for the
        feed server is sent in the background."""
        self._seen = {**self._seen, "state": self.services.version()["state"]}
        self.broadcast(lambda: ArticleChanged(article_id))
        if self.sync_account and self.services.queued > self._pushed:
            self._pushed = self.services.queued
            self._push()

    @work(thread=True, exclusive=False, group="push")
    def _push(self) -> None:
        """Send the marks queued here to the feed server (what fails stays queued for the
        next sync, and is said once)."""
        report = self.services.sync(pull=False)
        if report.error:
            self.call_from_thread(self.notify, f"Not sent to the server yet: {report.error}",
                                  severity="warning", markup=False, timeout=4)

    # -- feeds ----------------------------------------------------------------

    def action_feeds(self) -> None:
        """Show the subscriptions and their last results."""
        from newsreader.tui.screens.feeds_screen import FeedsScreen

        if not isinstance(self.screen, FeedsScreen):
            self.push_screen(FeedsScreen())

    def action_refresh(self) -> None:
        """Sync with the feed server when an account is set, else refresh every feed, in
        the background."""
        if self.sync_account:
            self.sync_now()
        else:
            self.refresh_feeds(None)

    def sync_now(self) -> None:
        """Start a background sync with the account's server."""
        if self.refresh_progress:
            self.notify("Already refreshing", timeout=2)
            return
        self.refresh_progress = "syncing…"
        self.broadcast(RefreshChanged)
        self._sync()

    @work(thread=True, exclusive=True, group="refresh")
    def _sync(self) -> None:
        """Sync in a thread (the services open a library of their own for it)."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self._sync_progress, done, total)

        try:
            report = self.services.sync(progress=progress)
        except Exception as err:  # a busy or corrupt library: say so
            self.call_from_thread(self._refresh_failed, err)
            return
        self.call_from_thread(self._synced, report)

    def _sync_progress(self, done: int, total: int) -> None:
        self.refresh_progress = f"syncing {done}/{total}"
        self.check_library()
        self.broadcast(RefreshChanged)

    def _synced(self, report: SyncReport) -> None:
        self.refresh_progress = ""
        self.check_library()
        self.broadcast(RefreshChanged)
        self.notify(report.line(), severity="warning" if report.error else "information",
                    markup=False, timeout=8)

    def refresh_by_itself(self) -> None:
        """The refresh at start and every few minutes (``refresh_settings``): in the
        background, and not at all while one runs or when there are no feeds; with a
        feed-server account set, a sync (as ``r`` does)."""
        if self.refresh_progress:
            return
        if self.sync_account:
            self.sync_now()
            return
        try:
            if not self.services.feeds():
                return
        except LibraryError:
            return  # said by the screens that read the library
        self.refresh_feeds(None, automatic=True)

    def refresh_feeds(self, only: list[str] | None, automatic: bool = False) -> None:
        """Start a background refresh of the feeds (or ``only`` those ids)."""
        if self.refresh_progress:
            self.notify("Already refreshing the feeds", timeout=2)
            return
        self.refresh_progress = "refreshing feeds…"
        self.broadcast(RefreshChanged)
        self._refresh(only, automatic)

    @work(thread=True, exclusive=True, group="refresh")
    def _refresh(self, only: list[str] | None, automatic: bool = False) -> None:
        """Fetch in a thread (the services open a library of their own for it); the UI
        stays usable, and articles appear as their feeds are stored."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self._progress, done, total)

        try:
            report = self.services.fetch(only=only, progress=progress)
        except Exception as err:  # a busy or corrupt library, an unknown feed: say so
            self.call_from_thread(self._refresh_failed, err)
            return
        self.call_from_thread(self._refreshed, report, automatic)

    def _progress(self, done: int, total: int) -> None:
        self.refresh_progress = f"refreshing feeds {done}/{total}"
        self.check_library()
        self.broadcast(RefreshChanged)

    def _refresh_failed(self, err: Exception) -> None:
        self.refresh_progress = ""
        self.broadcast(RefreshChanged)
        self.report(err)

    def _refreshed(self, report: FetchReport, automatic: bool = False) -> None:
        self.refresh_progress = ""
        self.last_refresh = report
        self.check_library()
        self.broadcast(RefreshChanged)
        if automatic and not report.new and not report.failed:
            return  # nothing to tell: the header said it was refreshing
        if not report.results:
            self.notify("No feeds yet: add one with: newsreader feeds add URL", timeout=6)
            return
        failed = report.failed
        message = report.summary() + (" · F lists the feeds and why" if failed else "")
        self.notify(message, severity="warning" if failed else "information",
                    markup=False, timeout=8)

    # -- messages -------------------------------------------------------------

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Show a message. A short one, without a title, goes on the screen's message line
        (the reader's status line, a line above the list's footer), where it covers
        nothing; a long one, a titled one (a library error) or one on a screen without
        such a line is a notification as usual."""
        screen = self.screen
        if not title and isinstance(screen, NewsScreen):
            try:
                plain = Text.from_markup(message).plain if markup else message
            except MarkupError:
                plain = message
            if screen.say(plain, severity, timeout):
                return
        super().notify(message, title=title, severity=severity, timeout=timeout,
                       markup=markup)

    # -- shared actions -----------------------------------------------------

    def action_help(self) -> None:
        """Show every binding of the current screen."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def read_article(self, article_id: str, quote: int | None = None,
                     inspect: bool = False, rows: ArticleRows | None = None,
                     search: str = "") -> None:
        """Open an article in the reader (at quotation ``quote``, or with the quote
        inspector on top; ``rows``: the list it was chosen from, which the reader's next
        and previous keys go through; ``search``: the list's search, whose first match in
        the text it opens at); a library that cannot be read is reported instead."""
        from newsreader.tui.screens.reader_screen import ReaderScreen

        try:
            article = self.services.article(article_id)
        except LibraryError as err:
            self.report(err)
            return
        self.push_screen(ReaderScreen(article, quote=quote, inspect=inspect, rows=rows,
                                      search=search))

    # -- people, quotations and the search index ------------------------------

    def action_people(self) -> None:
        """Everyone quoted in the library."""
        from newsreader.tui.screens.people_screen import PeopleScreen

        if not isinstance(self.screen, PeopleScreen):
            self.push_screen(PeopleScreen())

    def show_person(self, name: str) -> None:
        """A person's page: every quotation by them across the library."""
        from newsreader.tui.screens.quotes_screen import QuotesScreen

        self.push_screen(QuotesScreen(name=name))

    def show_quote_search(self, text: str) -> None:
        """The quotations whose words match a search."""
        from newsreader.tui.screens.quotes_screen import QuotesScreen

        self.push_screen(QuotesScreen(search=text))

    def build_index(self) -> None:
        """Bring the search index up to date in the background (once at a time); every
        screen hears ``IndexReady`` when it is."""
        if not self._indexing:
            self._indexing = True
            self._build_index()

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self) -> None:
        worker = get_current_worker()
        try:
            done = self.services.build_index(stop=lambda: worker.is_cancelled)
        except Exception as err:  # noqa: BLE001 - reported; the index is only derived
            self.call_from_thread(self._index_failed, err)
            return
        self.call_from_thread(self._index_built, done)

    def _index_built(self, done: bool) -> None:
        self._indexing = False
        if done:
            self.broadcast(IndexReady)

    def _index_failed(self, err: Exception) -> None:
        self._indexing = False
        self.report(err)

    def report(self, err: Exception) -> None:
        """Tell the user about a failed library operation (nothing is lost)."""
        self.notify(str(err), title="Library", severity="error", markup=False, timeout=10)

    def toggle_bookmark(self, article_id: str) -> bool | None:
        """Bookmark the article, or take the bookmark off; returns the new state."""
        try:
            on = self.services.toggle_bookmark(article_id)
        except LibraryError as err:
            self.report(err)
            return None
        self.notify("Bookmarked" if on else "Bookmark removed", timeout=2)
        self._wrote_state(article_id)
        return on

    def set_read(self, article_id: str, read: bool = True) -> None:
        """Mark an article read or unread."""
        try:
            self.services.set_read([article_id], read)
        except LibraryError as err:
            self.report(err)
            return
        self._wrote_state(article_id)

    def edit_tags(self, article_id: str) -> None:
        """Open the tags dialog for an article; every screen hears ArticleChanged.

        What the user changed (the tags added, the tags removed) is applied to the tags as
        they are when the dialog closes, so a tag another process added meanwhile stays.
        """
        try:
            if self.services.row(article_id) is None:
                return
            before = self.services.tags(article_id)
            counts = self.services.all_tags()
        except LibraryError as err:
            self.report(err)
            return

        def save(tags: list[str] | None) -> None:
            if tags is None:
                return
            added, removed = tag_changes(before, tags)
            if not added and not removed:
                return  # saved as it was: nothing to write, nothing overwritten
            try:
                kept = self.services.change_tags(article_id, add=added, remove=removed)
            except LibraryError as err:
                self.report(err)
                return
            self.notify(f"Tags: {', '.join(kept) if kept else '(none)'}", markup=False,
                        timeout=3)
            self._wrote_state(article_id)

        self.push_screen(TagsDialog(before, counts), save)

    # -- deleting ------------------------------------------------------------------

    def delete_article(self, article_id: str) -> None:
        """Delete an article from a screen above the list: the list does it (so its ``z``
        undoes it) and says so."""
        lists = [s for s in self.screen_stack if isinstance(s, ListScreen)]
        if lists:
            lists[-1].delete([article_id])

    def changed_here(self) -> None:
        """After this app changed the articles (a delete, an undo): every screen hears
        it now, as the user's own change, not later as one made elsewhere."""
        now = self.services.version()
        parts = self.services.changed(self._seen, now) | {"articles", "state"}
        self._seen = now
        self.broadcast(lambda: LibraryChanged(frozenset(parts), by_user=True))
        if self.sync_account and self.services.queued > self._pushed:
            self._pushed = self.services.queued
            self._push()

    def copy_link(self, url: str | None) -> None:
        """Copy a link to the clipboard with OSC 52 (works over SSH)."""
        if not url:
            self.notify("This article has no link", severity="warning", timeout=3)
            return
        self.copy_to_clipboard(url)
        self.notify(f"Copied {url}", markup=False, timeout=3)

    def open_link(self, url: str | None) -> None:
        """Open a link in the local browser, or copy it where there is none. Only http and
        https links are opened (never ``javascript:``, ``file:`` or another scheme)."""
        if not url:
            self.notify("This article has no link", severity="warning", timeout=3)
            return
        if not is_web_link(url):
            scheme = url.split(":", 1)[0][:20] if ":" in url else "no scheme"
            self.notify(f"Not opened: only http and https links are opened (this one is "
                        f"{scheme})", severity="warning", markup=False, timeout=5)
            return
        if has_local_browser():
            try:
                webbrowser.open(url, new=2)
                self.notify(f"Opened {url}", markup=False, timeout=3)
                return
            except webbrowser.Error:
                pass
        self.copy_to_clipboard(url)
        self.notify(f"No browser here; copied the link instead: {url}", markup=False,
                    timeout=5)
