"""The article list: one line per article, drawn only for the rows on screen."""

from __future__ import annotations

from math import ceil
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from newsreader.services import ArticleRow, ArticleRows
from newsreader.tui.cells import cut, fit

BOOKMARK_MARK = "★"
"""Shown in the first column of a bookmarked article."""
UNREAD_MARK = "●"
"""Shown in the second column of an unread article."""
CURSOR_MARK = "▌"
"""Drawn at the left of the row under the cursor while the list has focus; it shows
without colour."""
CURSOR_MARK_UNFOCUSED = "▏"
"""Drawn at the left of the row under the cursor while focus is elsewhere."""
TAGS_WIDTH = 20
"""Longer tag lists are cut in the list (the reader shows them all)."""
TAGS_WIDTH_NARROW = 14
"""The same below 110 columns, so the title keeps its room."""
MIN_TAG_ROOM = 4
"""Fewer cells than this for the tags, and the list leaves them out (the reader has them)."""
TITLE_MIN = 34
"""Cells the title keeps before tags get any."""
DATE_WIDTH = 10
"""Cells of the date column (2026-03-09)."""
COUNT_WIDTH = 4
"""Cells of the quotation count (" 7q")."""
UNDATED = "undated"
"""Shown in the date column of an article with no publication date."""
DRAWN_LINES = 512
"""Lines kept drawn: scrolling by one row redraws one new line, not every line shown."""


def thumb(bar: ScrollBar) -> object:
    """What a vertical scrollbar draws now (its thumb's place to an eighth of a cell), to
    tell whether a new position moves it on screen."""
    window = bar.window_size if bar.window_size < bar.window_virtual_size else 0
    drawn = bar.renderer.render_bar(
        size=bar.size.height, virtual_size=ceil(bar.window_virtual_size),
        window_size=ceil(window), position=bar.position, thickness=bar.thickness)
    return drawn.segments


class _Frame(NamedTuple):
    """What every line of one redraw of the list shares."""

    scroll_y: int
    """The row at the top of the list."""
    width: int
    """Cells a line has."""
    base: Style
    """The list's own style, under every line."""
    focused: bool
    """Whether the list has the focus (the cursor's mark shows it)."""
    theme: str
    """The app's theme (the lines kept drawn are per theme)."""
    date_shown: str
    """Which date the date column shows."""


class ArticleList(ScrollView, can_focus=True, inherit_bindings=False):
    """A virtual list over a Listing: scrolling 100,000 rows costs what a screenful does."""

    HELP_GROUP = "The list"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next article", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Previous article", show=False, id="list.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("g,home", "first", "First article", show=False, id="list.top"),
        Binding("G,end", "last", "Last article", show=False, id="list.bottom"),
        Binding("enter", "open", "Read", tooltip="Read the article", id="list.open"),
    ]

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--read",
        "article-list--meta",
        "article-list--mark",
        "article-list--tags",
    }

    DEFAULT_CSS = """
    ArticleList {
        height: 1fr;
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)
    """Index of the highlighted row among the rows shown."""

    class Opened(Message):
        """The user chose an article to read."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id
            """The id of the chosen article."""

    class Highlighted(Message):
        """The cursor moved to another article."""

        def __init__(self, article_id: str | None) -> None:
            super().__init__()
            self.article_id = article_id
            """The id under the cursor, or None when the list is empty."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: ArticleRows | None = None
        self.date_shown = "published"
        """Which date the date column shows: "published" or "added"."""
        self.empty_message = ""
        """What to say when there are no rows (why, and what to do); lines split by
        newlines, the first bold."""
        self._drawn: LRUCache[tuple[object, ...], Strip] = LRUCache(DRAWN_LINES)
        self._frame: _Frame | None = None

    # -- data ---------------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows the list shows."""
        return len(self._rows) if self._rows is not None else 0

    def show(self, rows: ArticleRows, keep: str | None = None) -> None:
        """Show these rows; keep the cursor on article ``keep`` if it is among them."""
        self._rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        target = rows.index_of(keep) if keep is not None else None
        self.cursor = min(target or 0, max(len(rows) - 1, 0))
        self.refresh()

    def row_at(self, index: int) -> ArticleRow | None:
        """The row at a display index, or None."""
        if self._rows is None or not 0 <= index < len(self._rows):
            return None
        return self._rows[index]

    @property
    def current(self) -> ArticleRow | None:
        """The row under the cursor."""
        return self.row_at(self.cursor)

    # -- cursor -------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        count = self.row_count
        return max(0, min(value, count - 1)) if count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to(y=self._scroll_target(new), animate=False, immediate=True)
        self.refresh_line(old - round(self.scroll_offset.y))
        self.refresh_line(new - round(self.scroll_offset.y))
        row = self.current
        self.post_message(self.Highlighted(row.id if row else None))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """As a ScrollView scrolls, except that the scrollbar is drawn again only when its
        thumb moves on screen: over a million rows it moves once in thousands, and drawing
        it on every scrolling keystroke was a sixth of the keystroke's time."""
        if self.show_vertical_scrollbar:
            bar = self.vertical_scrollbar
            before = thumb(bar)
            bar.set_reactive(ScrollBar.position, bar.validate_position(new_value))
            if thumb(bar) != before:
                bar.refresh()
        if round(old_value) != round(new_value):
            self.refresh(self.size.region)

    def _scroll_target(self, index: int) -> float:
        top = self.scroll_offset.y
        height = max(self.scrollable_content_region.height, 1)
        if index < top:
            return index
        if index >= top + height:
            return index - height + 1
        return top

    def refresh_line(self, y: int) -> None:
        """Redraw one line of the widget (screen coordinates)."""
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(self.scrollable_content_region.height - 1, 1)

    def action_page_up(self) -> None:
        self.cursor -= max(self.scrollable_content_region.height - 1, 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.row_count - 1

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Opened(row.id))

    # -- drawing ------------------------------------------------------------

    def _format(self, row: ArticleRow, width: int) -> Text:
        """One row in ``width`` cells; article text is never read as markup. Every column is
        cut by cell width, with an ellipsis; the tags get what the title can spare."""
        meta = self.part_style("article-list--meta")
        mark = self.part_style("article-list--mark")
        tag_style = self.part_style("article-list--tags")
        title_style = self.part_style(
            "article-list--read" if row.read else "article-list--unread")
        text = Text(no_wrap=True, end="")
        text.append(BOOKMARK_MARK if row.bookmarked else " ", mark)
        text.append(UNREAD_MARK if not row.read else " ", mark)
        text.append(" ")
        text.append(fit(self.date_of(row), DATE_WIDTH), meta)
        text.append(" ")
        source_width = 18 if width >= 110 else 14 if width >= 95 else 12
        text.append(fit(row.source or "", source_width), meta)
        text.append(" ")
        count = f" {row.quotes:>2}q" if row.quotes else ""
        count = fit(count, max(cell_len(count), COUNT_WIDTH))
        room = width - text.cell_len - cell_len(count)
        title_min = min(TITLE_MIN, max(room, 0))
        tags = ""
        if row.tags:
            tag_room = min(TAGS_WIDTH if width >= 110 else TAGS_WIDTH_NARROW,
                           room - title_min - 3)
            if tag_room >= MIN_TAG_ROOM:
                tags = " [" + cut(", ".join(row.tags), tag_room) + "]"
        title = fit(row.title, max(room - cell_len(tags), 0))
        text.append(title, title_style)
        text.append(tags, tag_style)
        text.append(count, meta)
        return text

    def date_of(self, row: ArticleRow) -> str:
        """The date the row shows: when published (or "undated"), or when added if the
        list is sorted by that."""
        if self.date_shown == "added":
            return (row.added or "")[:10]
        return row.published[:10] if row.published else UNDATED

    def part_style(self, name: str) -> Style:
        """A component's text style and colour, with its colours resolved against this
        widget's background (a partial style would resolve "auto" and muted colours
        against nothing, which is white on a light theme) and no background of its own,
        so the cursor row keeps its background under every part."""
        full = self.get_component_rich_style(name)
        return full.without_color + Style(color=full.color)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines in ``crop``, with what every line needs (scroll position, width,
        base style, focus, theme) worked out once for them all, not once a line."""
        self._frame = self._frame_now()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _frame_now(self) -> _Frame:
        """What every line of this redraw shares."""
        return _Frame(round(self.scroll_offset.y),
                      self.scrollable_content_region.width or self.size.width,
                      self.rich_style, self.has_focus, self.app.theme, self.date_shown)

    def render_line(self, y: int) -> Strip:
        frame = self._frame or self._frame_now()
        index = frame.scroll_y + y
        width, base = frame.width, frame.base
        row = self.row_at(index)
        if row is None:
            return self._empty_line(y, width, base)
        selected = index == self.cursor
        key = (row.id, row.title, row.source, row.published, row.added, tuple(row.tags),
               row.bookmarked, row.read, row.quotes, selected, frame.focused, width,
               frame.date_shown, frame.theme, base)
        drawn = self._drawn.get(key)
        if drawn is not None:
            return drawn
        drawn = self._draw(row, selected, width, base)
        self._drawn[key] = drawn
        return drawn

    def _draw(self, row: ArticleRow, selected: bool, width: int, base: Style) -> Strip:
        """One row as a line of ``width`` cells, the cursor's colours if ``selected``."""
        line_style = base + (self.get_component_rich_style("article-list--cursor")
                             if selected else Style())
        text = self._format(row, width - 1)
        mark = (CURSOR_MARK if self.has_focus else CURSOR_MARK_UNFOCUSED) if selected else " "
        segments = [Segment(mark, line_style)]
        # the cursor row is one colour (the cursor's, made for its background): the parts'
        # colours are made for the list's background and would fight the cursor's
        segments += [
            Segment(seg.text, line_style + (seg.style.without_color if selected else seg.style)
                    if seg.style else line_style)
            for seg in text.render(self.app.console)
        ]
        return Strip(segments).crop_extend(0, width, line_style)

    def _empty_line(self, y: int, width: int, base: Style) -> Strip:
        """A line below the rows: blank, or (when there are no rows) the message saying
        why."""
        lines = self.empty_message.split("\n") if self.row_count == 0 else []
        at = y - 1
        if not 0 <= at < len(lines):
            return Strip.blank(width, base)
        line = Text("  " + cut(lines[at], width - 2), Style(bold=at == 0))
        return Strip(list(Segment.apply_style(line.render(self.app.console), base))
                     ).crop_extend(0, width, base)

    def notify_style_update(self) -> None:
        """A theme or the styles changed: every line is drawn afresh."""
        super().notify_style_update()
        self._drawn.clear()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.row_count)
