"""The article text, wrapped to the terminal, with every quotation marked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsreader.news.article import Link
from newsreader.services import ArticleQuotes, StoredArticle
from newsreader.tui.palette import speaker_colours, speaker_mark, speaker_style
from newsreader.tui.wrapping import line_starts

MAX_WIDTH = 88
"""Text wider than this is hard to read; wider terminals get a margin instead."""
MARGIN = 2
"""Columns left blank at the left of the text."""
QUOTE_MARKS = "\"“”'‘’«»"
"""Characters drawn as part of a quotation when they sit just outside its text."""


def find_all(body: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``body``, case-blind, any run of spaces in it matching any
    run of whitespace: (start, end) offsets, in order, never overlapping."""
    words = needle.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(body) if m.end() > m.start()]


def link_prompt(number: int, link: Link) -> Text:
    """One link as the reader lists it: its number, its words, and its address under them."""
    text = Text(f"[{number}] ", Style(bold=True))
    if link.text:
        text.append(link.text, Style(bold=True))
        text.append("\n    ")
    text.append(link.url)
    return text


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each paragraph of a body (paragraphs split at blank lines)."""
    spans = []
    pos = 0
    for part in body.split("\n\n"):
        if part.strip():
            spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def marked_text(source: str, start: int, end: int, quotes: ArticleQuotes,
                current: int | None, colours: Sequence[str] | None, current_style: Style,
                mark_style: Style, in_title: bool = False
                ) -> tuple[Text, dict[int, int], list[tuple[int, int]]]:
    """``source[start:end]`` (a paragraph of the body, or with ``in_title`` the title)
    with the quotations in it underlined in their speaker's style, the ``current`` one
    highlighted, each followed by its speakers' mark (``[2]``).

    Returns the text; for each quotation starting in it, its offset in the text; and the
    (offset in the text, offset in ``source``) where each run of it begins.
    """
    text = Text()
    starts: dict[int, int] = {}
    pieces: list[tuple[int, int]] = []
    pos = start
    for index, quote in enumerate(quotes.quotes):
        q_start, q_end = quote.start, quote.end
        if quote.in_title != in_title or q_end <= start or q_start >= end:
            continue
        if q_start > 0 and source[q_start - 1] in QUOTE_MARKS and q_start - 1 >= start:
            q_start -= 1
        closes = q_end < end and source[q_end] in QUOTE_MARKS
        if closes:
            q_end += 1
        q_start, q_end = max(q_start, pos), min(q_end, end)
        pieces.append((len(text), pos))
        text.append(source[pos:q_start])
        if quote.start >= start:
            starts[index] = len(text)
        numbers = quotes.by_quote[index]
        style = speaker_style(numbers[0] if numbers else None, colours)
        if index == current:
            style += current_style
        pieces.append((len(text), q_start))
        text.append(source[q_start:q_end], style)
        if quote.end <= end:
            text.append(speaker_mark(numbers), mark_style)
        pos = q_end
    pieces.append((len(text), pos))
    text.append(source[pos:end])
    return text, starts, pieces


def title_text(title: str, quotes: ArticleQuotes, current: int | None,
               colours: Sequence[str] | None) -> Text:
    """The article's title, bold, its quotations (a headline's ``‘Final Step’``) marked as
    the body's are: underlined in their speaker's style, followed by ``[n]``, the current
    one in reverse video."""
    text, _, _ = marked_text(title, 0, len(title), quotes, current, colours,
                          Style(bold=True, reverse=True), Style(bold=True), in_title=True)
    text.stylize(Style(bold=True))
    return text


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """An article's text as lines; scrolling draws only the lines on screen. Its keys only
    scroll up and down (there is nothing to its sides), so ``←`` goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="reader.scroll_down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="reader.scroll_up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("g,home", "scroll_home", "Top of the article", show=False, id="reader.top"),
        Binding("G,end", "scroll_end", "End of the article", show=False, id="reader.bottom"),
        Binding("n", "next_match", "Next match", show=False,
                tooltip="Next match of the search in the article", id="reader.next_match"),
        Binding("N", "previous_match", "Previous match", show=False,
                tooltip="Previous match of the search in the article",
                id="reader.previous_match"),
        Binding("escape", "clear_search", "Clear the search", show=False,
                tooltip="Clear the search in the article", id="reader.clear_search"),
    ]

    COMPONENT_CLASSES = {"article-view--current", "article-view--mark", "article-view--match",
                         "article-view--match-current"}

    current: reactive[int | None] = reactive(None, init=False)
    """The highlighted quotation (index), or None."""

    class SearchMoved(Message):
        """The search in the article changed or moved to another match."""

    def __init__(self, article: StoredArticle, quotes: ArticleQuotes, *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        """The article shown."""
        self.quotes = quotes
        """Its quotations and speakers."""
        self._lines: list[Text] = []
        self._quote_lines: dict[int, int] = {}
        self._match_lines: dict[int, int] = {}
        self._built_width = -1
        self.search = ""
        """The text searched for in the article (empty: no search)."""
        self.matches: list[tuple[int, int]] = []
        """Where the search matches the body, in order."""
        self.match: int | None = None
        """The match the search is on (index into ``matches``)."""
        self.own_search = True
        """Whether the search was typed here (Escape clears it) rather than carried from
        the list's search (Escape goes back, as it always does)."""

    # -- layout -------------------------------------------------------------

    def _paragraph_text(self, start: int, end: int
                        ) -> tuple[Text, dict[int, int], dict[int, int]]:
        """One paragraph with its quotations styled and marked, and the search's matches.

        Returns the text and, for each quotation and each match starting in it, its offset
        in the text.
        """
        current_style = self.get_component_rich_style("article-view--current", partial=True)
        text, starts, pieces = marked_text(
            self.article.body, start, end, self.quotes, self.current,
            speaker_colours(self.app), current_style, self.part_style("article-view--mark"))
        return text, starts, self._mark_matches(text, pieces, start, end)

    def _mark_matches(self, text: Text, pieces: list[tuple[int, int]], start: int,
                      end: int) -> dict[int, int]:
        """Style the search's matches in a paragraph's text; their offsets in it."""
        found: dict[int, int] = {}
        if not self.matches:
            return found

        def at(offset: int) -> int:
            """Where a body offset of the paragraph is in its text."""
            text_pos, body_pos = next(p for p in reversed(pieces) if p[1] <= offset)
            return text_pos + offset - body_pos

        style = self.get_component_rich_style("article-view--match", partial=True)
        current = self.get_component_rich_style("article-view--match-current", partial=True)
        for index, (m_start, m_end) in enumerate(self.matches):
            if m_end <= start or m_start >= end:
                continue
            a, b = at(max(m_start, start)), at(min(m_end, end) - 1) + 1
            text.stylize(current if index == self.match else style, a, b)
            found[index] = a
        return found

    def _build(self, width: int) -> None:
        """Wrap the whole article to ``width`` columns."""
        art = self.article
        room = max(min(width - MARGIN - 1, MAX_WIDTH), 10)
        lines: list[Text] = []
        quote_lines: dict[int, int] = {}
        match_lines: dict[int, int] = {}

        def add(text: Text) -> tuple[list[int], list[int]]:
            starts = line_starts(text.plain, room)
            first = len(lines)
            for line in text.divide(starts):
                line.rstrip()
                lines.append(line)
            return [first, *[first + n + 1 for n in range(len(starts))]], starts

        for start, end in paragraph_spans(art.body):
            text, quote_starts, match_starts = self._paragraph_text(start, end)
            line_numbers, breaks = add(text)
            for index, offset in quote_starts.items():
                before = sum(1 for b in breaks if b <= offset)
                quote_lines[index] = line_numbers[before]
            for index, offset in match_starts.items():
                before = sum(1 for b in breaks if b <= offset)
                match_lines[index] = line_numbers[before]
            lines.append(Text())
        if art.links:
            lines.append(Text(f"Links ({len(art.links)}; type a number to open or copy one)",
                              Style(bold=True, underline=True)))
            lines.append(Text())
            step = max(room - 4, 8)
            for number, link in enumerate(art.links, 1):
                if link.text:
                    add(Text(f"[{number}] ", Style(bold=True)) + Text(link.text,
                                                                     Style(bold=True)))
                    head = "    "
                else:
                    head = f"[{number}] "
                url = link.url  # an address is cut, not wrapped at its punctuation
                for start in range(0, len(url), step):
                    lines.append(Text(head if start == 0 else "    ") + Text(
                        url[start:start + step]))
            lines.append(Text())
        self._lines = lines[:-1] if lines else []
        self._quote_lines = quote_lines
        self._match_lines = match_lines
        self._built_width = width
        self.virtual_size = Size(width, len(self._lines))

    def show_article(self, article: StoredArticle, quotes: ArticleQuotes) -> None:
        """Show another version of the article (its text updated), from the top."""
        self.article, self.quotes = article, quotes
        self.set_reactive(ArticleView.current, None)
        self.search, self.matches, self.match = "", [], None
        self.rebuild()
        self.scroll_home(animate=False)

    def rebuild(self) -> None:
        """Lay the text out again (after a change of highlight or width)."""
        self._build(self.scrollable_content_region.width or self.size.width or 80)
        self.refresh()

    def part_style(self, name: str) -> Style:
        """A component's text style and colour, resolved against this widget's background
        (a partial style would resolve "auto" and muted colours against nothing, which is
        white on a light theme), with no background of its own."""
        full = self.get_component_rich_style(name)
        return full.without_color + Style(color=full.color)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.rebuild())

    def on_resize(self) -> None:
        self.rebuild()

    def watch_current(self) -> None:
        self.rebuild()
        if self.current is not None:
            self.scroll_to_quote(self.current)

    def scroll_to_quote(self, index: int) -> None:
        """Scroll so that quotation ``index`` starts a third of the way down."""
        line = self._quote_lines.get(index)
        if line is not None:
            height = self.scrollable_content_region.height
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    # -- searching ----------------------------------------------------------

    def find(self, needle: str, own: bool = True) -> int:
        """Search the article for ``needle`` and go to its first match; how many there are
        (none, or an empty needle: no search). ``own``: see ``own_search``."""
        self.own_search = own
        self.search = " ".join(needle.split())
        self.matches = find_all(self.article.body, self.search)
        self.match = 0 if self.matches else None
        self.rebuild()
        if self.match is not None:
            self.scroll_to_match(self.match)
        self.post_message(self.SearchMoved())
        return len(self.matches)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The match keys work while a search has matches (else ``n`` / ``N`` are the
        reader's, and Escape goes back)."""
        if action in ("next_match", "previous_match"):
            return bool(self.matches)
        if action == "clear_search":
            return bool(self.matches) and self.own_search
        return True

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if not self.matches:
            return
        self.match = ((self.match or 0) + step) % len(self.matches) if self.match is not None \
            else 0
        self.rebuild()
        self.scroll_to_match(self.match)
        self.post_message(self.SearchMoved())

    def action_clear_search(self) -> None:
        self.find("")

    def scroll_to_match(self, index: int) -> None:
        """Scroll so that match ``index`` is a third of the way down."""
        line = self._match_lines.get(index)
        if line is not None:
            height = self.scrollable_content_region.height
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def line_of_match(self, index: int) -> int | None:
        """The line a match is on (for tests)."""
        return self._match_lines.get(index)

    def line_of_quote(self, index: int) -> int | None:
        """The line a quotation starts on (for tests and scrolling)."""
        return self._quote_lines.get(index)

    @property
    def plain_lines(self) -> list[str]:
        """The laid-out lines as plain text."""
        return [line.plain for line in self._lines]

    # -- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.size.width
        base = self.rich_style
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, base)
        segments = [Segment(" " * MARGIN, base)]
        segments += Segment.apply_style(self._lines[index].render(self.app.console), base)
        return Strip(segments).crop_extend(0, width, base)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)


def date_words(article: StoredArticle) -> str:
    """Which date an article has, in words: "published 2026-03-09", or, with none, when it
    was added (which is not when it was published)."""
    if article.published:
        return f"published {article.published[:10]}"
    added = f" (added {article.added[:10]})" if article.added else ""
    return f"no publication date{added}"


def meta_line(article: StoredArticle, tags: list[str], bookmarked: bool) -> Text:
    """The line under the title: source, date (saying which), author, tags, bookmark."""
    author = f"by {article.author}" if article.author else None
    parts = [p for p in (article.source, date_words(article), author) if p]
    text = Text(" · ".join(parts), Style(italic=True))
    if tags:
        text.append("  [" + ", ".join(tags) + "]", Style(bold=True))
    if bookmarked:
        text.append("  ★ bookmarked", Style(bold=True))
    return text
