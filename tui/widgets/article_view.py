"""The article text, wrapped to the terminal, with every quotation marked."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.control import STRIP_CONTROL_CODES, strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
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
UNSTYLED = Text()
"""What a paragraph's laid-out lines hold until it is first drawn (and the blank line
after each paragraph)."""


def find_all(body: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``body``, case-blind, any run of spaces in it matching any
    run of whitespace: (start, end) offsets, in order, never overlapping."""
    words = needle.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(body) if m.end() > m.start()]


def _text_offset(pieces: list[tuple[int, int]], body_starts: list[int], offset: int) -> int:
    """Where a body offset of a paragraph is in its marked text (``pieces``: its runs,
    ``body_starts`` their offsets in the body)."""
    text_pos, body_pos = pieces[max(bisect_right(body_starts, offset) - 1, 0)]
    return text_pos + offset - body_pos


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


_CONTROLS = re.compile("[" + re.escape("".join(map(chr, STRIP_CONTROL_CODES))) + "]")
"""The control codes a Rich ``Text`` drops from what it is given."""


@dataclass(slots=True)
class Marked:
    """A paragraph (or the title) with its quotations marked, before any styling: its
    text as drawn, and where in it each quotation and speakers' mark is."""

    plain: str
    """The text as drawn: the source's, each quotation followed by its speakers' mark
    (``[2]``), without the control codes a Rich ``Text`` drops."""
    starts: dict[int, int]
    """For each quotation starting in it, its offset in the text."""
    pieces: list[tuple[int, int]]
    """Where each run of it begins: (offset in the text, offset in the source)."""
    quoted: list[tuple[int, int, int, int]]
    """Each quotation in it: (start, end, index, end of its mark) in the text."""


def marked_layout(source: str, start: int, end: int, quotes: ArticleQuotes,
                  in_title: bool = False, among: Iterable[int] | None = None) -> Marked:
    """``source[start:end]`` (a paragraph of the body, or with ``in_title`` the title)
    with each quotation in it followed by its speakers' mark, unstyled: what laying the
    article out needs (its lines are styled only when drawn; see ``marked_text``).
    ``among``: the numbers of the quotations that may be in it, in order (default: all
    of them; a paragraph of a long article passes its own, so laying out the article is
    not paragraphs times quotations)."""
    controls = _CONTROLS.search(source, start, end) is not None
    parts: list[str] = []
    length = 0
    starts: dict[int, int] = {}
    pieces: list[tuple[int, int]] = []
    quoted: list[tuple[int, int, int, int]] = []
    pos = start
    every = quotes.quotes
    for index in range(len(every)) if among is None else among:
        quote = every[index]
        q_start, q_end = quote.start, quote.end
        if quote.in_title != in_title or q_end <= start or q_start >= end:
            continue
        if q_start > 0 and source[q_start - 1] in QUOTE_MARKS and q_start - 1 >= start:
            q_start -= 1
        if q_end < end and source[q_end] in QUOTE_MARKS:
            q_end += 1
        q_start, q_end = max(q_start, pos), min(q_end, end)
        before, words = source[pos:q_start], source[q_start:q_end]
        if controls:
            before, words = strip_control_codes(before), strip_control_codes(words)
        mark = speaker_mark(quotes.by_quote[index]) if quote.end <= end else ""
        pieces.append((length, pos))
        length += len(before)
        if quote.start >= start:
            starts[index] = length
        pieces.append((length, q_start))
        parts += (before, words, mark)
        quoted.append((length, length + len(words), index, length + len(words) + len(mark)))
        length += len(words) + len(mark)
        pos = q_end
    pieces.append((length, pos))
    rest = source[pos:end]
    parts.append(strip_control_codes(rest) if controls else rest)
    return Marked("".join(parts), starts, pieces, quoted)


def marked_text(source: str, start: int, end: int, quotes: ArticleQuotes,
                current: int | None, colours: Sequence[str] | None, current_style: Style,
                mark_style: Style, in_title: bool = False, among: Iterable[int] | None = None
                ) -> tuple[Text, dict[int, int], list[tuple[int, int]]]:
    """``source[start:end]`` marked as ``marked_layout`` marks it, the quotations in it
    underlined in their speaker's style, the ``current`` one highlighted, each followed
    by its speakers' mark (``[2]``) in ``mark_style``.

    Returns the text; for each quotation starting in it, its offset in the text; and the
    (offset in the text, offset in ``source``) where each run of it begins.
    """
    marked = marked_layout(source, start, end, quotes, in_title, among)
    spans: list[Span] = []
    for q_start, q_end, index, mark_end in marked.quoted:
        numbers = quotes.by_quote[index]
        style = speaker_style(numbers[0] if numbers else None, colours)
        if index == current:
            style += current_style
        if style and q_end > q_start:
            spans.append(Span(q_start, q_end, style))
        if mark_style and mark_end > q_end:
            spans.append(Span(q_end, mark_end, mark_style))
    return Text(marked.plain, spans=spans), marked.starts, marked.pieces


def title_text(title: str, quotes: ArticleQuotes, current: int | None,
               colours: Sequence[str] | None) -> Text:
    """The article's title, bold, its quotations (a headline's ``‘Final Step’``) marked as
    the body's are: underlined in their speaker's style, followed by ``[n]``, the current
    one in reverse video."""
    text, _, _ = marked_text(title, 0, len(title), quotes, current, colours,
                             Style(bold=True, reverse=True), Style(bold=True), in_title=True,
                             among=quotes.title_quotes)
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
        self._laid: list[Text] = []
        """Every line of the article as laid out (see ``_lines`` for them styled); a
        paragraph's lines are ``UNSTYLED`` until it is first drawn."""
        self._plain: list[str] = []
        """Each paragraph's text as drawn (its quotations' marks in it), unstyled."""
        self._spans: list[tuple[int, int]] = []
        """Each paragraph's (start, end) in the body."""
        self._span_starts: list[int] = []
        self._first: list[int] = []
        """The line each paragraph starts on."""
        self._breaks: list[list[int]] = []
        """Where each paragraph's lines after its first start, in its text."""
        self._pieces: list[list[tuple[int, int]]] = []
        """Each paragraph's runs: (offset in its text, offset in the body)."""
        self._text_end = 0
        """The first line after the text (the links' list)."""
        self._para_quotes: list[list[int]] = []
        """The quotations in each paragraph."""
        self._quote_paras: dict[int, list[int]] = {}
        """The paragraphs each quotation is in."""
        self._para_matches: dict[int, list[int]] = {}
        """The search's matches in each paragraph that has any."""
        self._stale: set[int] = set()
        """Paragraphs not styled yet, or whose styles changed since their lines were."""
        self._quote_lines: dict[int, int] = {}
        self._built_width = -1
        """The columns the text is laid out at (-1: not yet)."""
        self._anticipated = -1
        """The content width it was laid out for, a scroll bar to come (-1: none)."""
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
    #
    # The article is laid out once per width (and theme, and text): each paragraph's text
    # with its quotations' marks, wrapped into lines. Styles do not change where a line
    # breaks, so a paragraph is styled only when one of its lines is first drawn: opening
    # a long article styles the screenful shown, not megabytes of text. What a highlight
    # or a search changes is only the styles of a few paragraphs (a quotation's mark and
    # the text's length do not change), so those paragraphs are marked stale and styled
    # again, with the same line breaks, when one of their lines is next drawn: a step to
    # the next quotation or match, or a key typed in the search box, costs the paragraphs
    # it touches, not the article (which may have thousands of quotations and matches).

    def _paragraph_text(self, para: int) -> tuple[Text, dict[int, int], list[tuple[int, int]]]:
        """Paragraph ``para`` with its quotations styled and marked, and the search's
        matches in it styled.

        Returns the text; for each quotation starting in it, its offset in the text; and
        where each run of it begins (offset in the text, offset in the body).
        """
        start, end = self._spans[para]
        current_style = self.get_component_rich_style("article-view--current", partial=True)
        text, starts, pieces = marked_text(
            self.article.body, start, end, self.quotes, self.current,
            speaker_colours(self.app), current_style, self.part_style("article-view--mark"),
            among=self._para_quotes[para])
        self._mark_matches(text, pieces, start, end, self._para_matches.get(para, ()))
        return text, starts, pieces

    def _mark_matches(self, text: Text, pieces: list[tuple[int, int]], start: int,
                      end: int, indices: Iterable[int]) -> None:
        """Style the search's matches ``indices`` (those in the paragraph) in its text."""
        if not indices:
            return
        style = self.get_component_rich_style("article-view--match", partial=True)
        current = self.get_component_rich_style("article-view--match-current", partial=True)
        body_starts = [body_pos for _, body_pos in pieces]
        for index in indices:
            m_start, m_end = self.matches[index]
            a = _text_offset(pieces, body_starts, max(m_start, start))
            b = _text_offset(pieces, body_starts, min(m_end, end) - 1) + 1
            text.stylize(current if index == self.match else style, a, b)

    def _build(self, width: int) -> None:
        """Lay the whole article out at ``width`` columns (or, when the article is sure to
        bring a scroll bar that is not there yet, at the columns left beside it: laid out
        once, not once before the bar comes and again after)."""
        art = self.article
        self._spans = paragraph_spans(art.body)
        bar = self._bar_to_come(2 * len(self._spans) - 1)  # lines at the least
        self._anticipated = width if bar else -1
        width -= bar
        room = max(min(width - MARGIN - 1, MAX_WIDTH), 10)
        lines: list[Text] = []
        self._span_starts = [start for start, _ in self._spans]
        self._para_quotes = [[] for _ in self._spans]
        self._quote_paras = {}
        for index, quote in enumerate(self.quotes.quotes):
            if not quote.in_title:
                for para in self._paras_of(quote.start, quote.end):
                    self._para_quotes[para].append(index)
                    self._quote_paras.setdefault(index, []).append(para)
        self._para_matches = self._group_matches()
        self._first, self._breaks, self._pieces, self._plain = [], [], [], []
        self._quote_lines = {}

        def add(text: Text) -> list[int]:
            starts = line_starts(text.plain, room)
            for line in text.divide(starts):
                line.rstrip()
                lines.append(line)
            return starts

        for para, (start, end) in enumerate(self._spans):
            marked = marked_layout(art.body, start, end, self.quotes,
                                   among=self._para_quotes[para])
            first = len(lines)
            breaks = line_starts(marked.plain, room)
            self._first.append(first)
            self._breaks.append(breaks)
            self._pieces.append(marked.pieces)
            self._plain.append(marked.plain)
            for index, offset in marked.starts.items():
                self._quote_lines[index] = first + bisect_right(breaks, offset)
            lines += [UNSTYLED] * (len(breaks) + 2)  # its lines, then a blank one
        self._text_end = len(lines)
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
        self._laid = lines[:-1] if lines else []
        self._stale = set(range(len(self._spans)))  # each styled when first drawn
        self._built_width = width
        self.virtual_size = Size(width, len(self._laid))

    def _bar_to_come(self, lines: int) -> int:
        """The columns the vertical scroll bar will take when ``lines`` lines are laid out
        (0 when it is there already, or would not come for them)."""
        styles = self.styles
        if self.show_vertical_scrollbar or styles.overflow_y != "auto" \
                or styles.scrollbar_gutter != "auto":
            return 0
        height = self.container_size.height
        return styles.scrollbar_size_vertical if height and lines > height else 0

    def _laid_for(self, width: int) -> bool:
        """Whether the text is laid out for a content ``width`` (or for what that width
        becomes when the scroll bar the layout brings comes)."""
        return width == self._built_width or (
            width == self._anticipated and not self.show_vertical_scrollbar)

    def _width(self) -> int:
        """The columns for the text now."""
        return self.scrollable_content_region.width or self.size.width or 80

    def _paras_of(self, start: int, end: int) -> list[int]:
        """The paragraphs that the body's ``start:end`` overlaps."""
        spans = self._spans
        para = max(bisect_right(self._span_starts, start) - 1, 0)
        found = []
        while para < len(spans) and spans[para][0] < end:
            if spans[para][1] > start:
                found.append(para)
            para += 1
        return found

    def _group_matches(self) -> dict[int, list[int]]:
        """The search's matches of each paragraph that has any."""
        grouped: dict[int, list[int]] = {}
        for index, (start, end) in enumerate(self.matches):
            for para in self._paras_of(start, end):
                grouped.setdefault(para, []).append(index)
        return grouped

    def _restyle(self, para: int) -> None:
        """Style a stale paragraph's lines again (its line breaks stay as they are)."""
        self._stale.discard(para)
        text, _, _ = self._paragraph_text(para)
        first = self._first[para]
        for offset, line in enumerate(text.divide(self._breaks[para])):
            line.rstrip()
            self._laid[first + offset] = line

    def _touch(self, paras: Iterable[int]) -> None:
        """Paragraphs whose styles changed: styled again when next drawn (the whole text
        laid out again if the room for it changed since, as when a scroll bar came)."""
        if not self._laid_for(self._width()):
            self.rebuild()
            return
        self._stale.update(paras)
        self.refresh()

    def _paras_of_match(self, index: int | None) -> list[int]:
        if index is None or not 0 <= index < len(self.matches):
            return []
        return self._paras_of(*self.matches[index])

    def styled_line(self, index: int) -> Text:
        """Laid-out line ``index``, styled as it is drawn now (its paragraph styled again
        first if it is stale)."""
        if self._stale and index < self._text_end:
            para = bisect_right(self._first, index) - 1
            if para in self._stale:
                self._restyle(para)
        return self._laid[index]

    @property
    def _lines(self) -> list[Text]:
        """Every laid-out line, each styled as it is drawn now."""
        for para in sorted(self._stale):
            self._restyle(para)
        return self._laid

    def show_article(self, article: StoredArticle, quotes: ArticleQuotes) -> None:
        """Show another version of the article (its text updated), from the top."""
        self.article, self.quotes = article, quotes
        self.set_reactive(ArticleView.current, None)
        self.search, self.matches, self.match = "", [], None
        self.rebuild()
        self.scroll_home(animate=False)

    def rebuild(self) -> None:
        """Lay the text out again (after a change of width, theme or text)."""
        self._build(self._width())
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
        if not self._laid_for(self._width()):
            self.rebuild()

    def watch_show_vertical_scrollbar(self) -> None:
        """The scroll bar came (or went): the text has a column less (or more)."""
        if self._built_width >= 0:
            self.call_after_refresh(self.on_resize)

    def watch_current(self, old: int | None, new: int | None) -> None:
        self._touch(para for index in (old, new) if index is not None
                    for para in self._quote_paras.get(index, ()))
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
        before = self._para_matches
        self.matches = find_all(self.article.body, self.search)
        self.match = 0 if self.matches else None
        self._para_matches = self._group_matches()
        self._touch({*before, *self._para_matches})
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
        old = self.match
        self.match = ((self.match or 0) + step) % len(self.matches) if self.match is not None \
            else 0
        self._touch([*self._paras_of_match(old), *self._paras_of_match(self.match)])
        self.scroll_to_match(self.match)
        self.post_message(self.SearchMoved())

    def action_clear_search(self) -> None:
        self.find("")

    def scroll_to_match(self, index: int) -> None:
        """Scroll so that match ``index`` is a third of the way down."""
        line = self.line_of_match(index)
        if line is not None:
            height = self.scrollable_content_region.height
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def line_of_match(self, index: int) -> int | None:
        """The line a match starts on."""
        paras = self._paras_of_match(index)
        if not paras:
            return None
        para = paras[0]
        start = max(self.matches[index][0], self._spans[para][0])
        pieces = self._pieces[para]
        offset = _text_offset(pieces, [body_pos for _, body_pos in pieces], start)
        return self._first[para] + bisect_right(self._breaks[para], offset)

    def line_of_quote(self, index: int) -> int | None:
        """The line a quotation starts on (for tests and scrolling)."""
        return self._quote_lines.get(index)

    @property
    def plain_lines(self) -> list[str]:
        """The laid-out lines as plain text."""
        lines: list[str] = []
        for plain, breaks in zip(self._plain, self._breaks, strict=True):
            cuts = [0, *breaks, len(plain)]
            lines += [plain[a:b].rstrip() for a, b in zip(cuts, cuts[1:], strict=False)]
            lines.append("")
        lines += [line.plain for line in self._laid[self._text_end:]]
        return lines[:len(self._laid)]

    # -- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.size.width
        base = self.rich_style
        if not 0 <= index < len(self._laid):
            return Strip.blank(width, base)
        segments = [Segment(" " * MARGIN, base)]
        segments += Segment.apply_style(self.styled_line(index).render(self.app.console), base)
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
