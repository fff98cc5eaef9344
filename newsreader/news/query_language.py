"""The query language of the list, ``newsreader list --query`` and saved views.

A query is terms, all of which must hold (AND by default)::

    unread tag:court person:"Henry Lucero" -tag:sport quotes>3 since:2026-11-01
    (source:Gazette OR source:Herald) before:"last monday" not bookmarked "free text"

Grammar (keywords and field names are case-blind; ``OR`` binds looser than AND)::

    query    := or EOF
    or       := and ( "OR" and )*
    and      := unary ( ["AND"] unary )*
    unary    := ( "-" | "NOT" ) unary | primary
    primary  := "(" or ")" | flag | field | text
    flag     := "unread" | "read" | "bookmarked"
    field    := NAME ":" value                    tag source person feed title
              | "quotes" ( ":" | "=" | ">" | ">=" | "<" | "<=" ) NUMBER
              | ( "since" | "before" ) ":" DATE
    value    := WORD | "quoted text"               (a backslash escapes " and \\)
    text     := WORD | "quoted text"               (matched as the list's search matches)

Parsing is a tokenizer and a recursive-descent parser; every error is a ``QueryError``
with the character position it is about, so it can be shown in one line with a caret.
The tree is plain frozen data (``Flag``, ``Field``, ``Quotes``, ``DateBound``, ``Text``,
``Not``, ``And``, ``Or``); ``str()`` of a tree is a query that parses back to it.

Dates are read with python-dateutil (``2026-11-01``, ``1 Nov 2026``, ``November 2026``)
or are relative to ``today`` (the local date when the query runs): ``today``,
``yesterday``, a weekday (``monday``: the latest Monday on or before today), ``last
monday`` (the Monday before today: a week ago on a Monday), ``last week`` / ``last
month`` / ``last year`` (today a week, month or year ago), ``N days ago`` (weeks,
months, years too), ``this week`` (the Monday of this week), ``this month``, ``this
year``. ``since:D`` keeps articles dated on or after D, ``before:D`` those dated before D.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import MO, relativedelta

FLAGS: tuple[str, ...] = ("unread", "read", "bookmarked")
"""Words that are a filter by themselves."""
TEXT_FIELDS: tuple[str, ...] = ("tag", "source", "person", "feed", "title")
"""Fields that take a text value after a colon."""
DATE_FIELDS: tuple[str, ...] = ("since", "before")
"""Fields that take a date."""
NUMBER_FIELDS: tuple[str, ...] = ("quotes",)
"""Fields compared with a number."""
FIELDS: tuple[str, ...] = TEXT_FIELDS + DATE_FIELDS + NUMBER_FIELDS
"""Every field name."""
KEYWORDS: tuple[str, ...] = ("or", "and", "not")
"""Operator words (case-blind); quote them to search for the word itself."""
OPERATORS: tuple[str, ...] = (">=", "<=", ">", "<", "=", ":")
"""Comparisons of a number field (longest first, as they are matched)."""

_SPECIAL = frozenset('()"')
_FIELD = re.compile(r"([A-Za-z]+)(>=|<=|>|<|=|:)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = ("day", "week", "month", "year")


class QueryError(ValueError):
    """A query that cannot be read: what is wrong, and where (a character offset)."""

    def __init__(self, message: str, position: int, query: str = "") -> None:
        super().__init__(message)
        self.message = message
        """What is wrong, in a few words."""
        self.position = position
        """The offset in the query where it is wrong."""
        self.query = query
        """The query as given."""

    def __str__(self) -> str:
        return f"{self.message} (at character {self.position + 1})"

    def pointer(self) -> str:
        """The query with a caret under where it is wrong (two lines)."""
        return f"{self.query}\n{' ' * self.position}^"


# -- the tree -----------------------------------------------------------------------


def quoted(value: str) -> str:
    """A value as the query writes it: bare when it can be, else in double quotes."""
    bare = value and not any(c.isspace() or c in _SPECIAL or c == "\\" for c in value) \
        and not value.startswith("-") and value.casefold() not in KEYWORDS + FLAGS \
        and not _FIELD.match(value)
    if bare:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Flag:
    """``unread``, ``read`` or ``bookmarked``."""

    name: str
    """The flag, lower case."""

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Field:
    """``NAME:VALUE`` for a text field (tag, source, person, feed, title)."""

    name: str
    """The field, lower case."""
    value: str
    """What it must match."""

    def __str__(self) -> str:
        return f"{self.name}:{quoted(self.value)}"


@dataclass(frozen=True)
class Quotes:
    """``quotes>3``: the number of quotations compared with a number."""

    op: str
    """One of ``>=``, ``<=``, ``>``, ``<``, ``=``."""
    number: int
    """The number compared with."""

    def __str__(self) -> str:
        return f"quotes{self.op}{self.number}"

    def test(self, count: int) -> bool:
        """Whether ``count`` quotations pass."""
        n = self.number
        return {">=": count >= n, "<=": count <= n, ">": count > n, "<": count < n,
                "=": count == n}[self.op]


@dataclass(frozen=True)
class DateBound:
    """``since:DATE`` or ``before:DATE``; the date is resolved when the query runs."""

    name: str
    """"since" or "before"."""
    text: str
    """The date as written."""

    def __str__(self) -> str:
        return f"{self.name}:{quoted(self.text)}"

    def day(self, today: date) -> date:
        """The date, resolved against ``today``."""
        found = resolve_date(self.text, today)
        assert found is not None  # checked when parsed
        return found


@dataclass(frozen=True)
class Text:
    """Free text: a word or a quoted phrase, searched as the list's search searches."""

    value: str
    """The text."""

    def __str__(self) -> str:
        return quoted(self.value)


@dataclass(frozen=True)
class Not:
    """``-TERM`` or ``not TERM``."""

    term: Node
    """What must not hold."""

    def __str__(self) -> str:
        inner = str(self.term)
        return f"-{inner}" if not isinstance(self.term, And | Or) else f"-({inner})"


@dataclass(frozen=True)
class And:
    """Terms that must all hold."""

    terms: tuple[Node, ...]
    """Two or more terms."""

    def __str__(self) -> str:
        return " ".join(f"({t})" if isinstance(t, And | Or) else str(t) for t in self.terms)


@dataclass(frozen=True)
class Or:
    """Terms at least one of which must hold."""

    terms: tuple[Node, ...]
    """Two or more terms."""

    def __str__(self) -> str:
        return " OR ".join(f"({t})" if isinstance(t, Or) else str(t) for t in self.terms)


Node = Flag | Field | Quotes | DateBound | Text | Not | And | Or
"""Any part of a query."""


def walk(node: Node) -> list[Node]:
    """Every node of a tree, the root first."""
    found: list[Node] = [node]
    if isinstance(node, Not):
        found += walk(node.term)
    elif isinstance(node, And | Or):
        for term in node.terms:
            found += walk(term)
    return found


def free_text(node: Node) -> list[str]:
    """The free-text terms of a query (the ones searched in article text too)."""
    return [n.value for n in walk(node) if isinstance(n, Text)]


def feed_term(feed_id: str) -> Field:
    """The query term for one feed's articles, by the feed's id (``feed:ID``)."""
    return Field("feed", feed_id)


# -- dates ---------------------------------------------------------------------------


def _back(today: date, unit: str, n: int) -> date:
    """``n`` days, weeks, months or years before ``today`` (the 31st back to a shorter
    month is that month's last day)."""
    if unit == "day":
        return today - relativedelta(days=n)
    if unit == "week":
        return today - relativedelta(weeks=n)
    if unit == "month":
        return today - relativedelta(months=n)
    return today - relativedelta(years=n)


def resolve_date(text: str, today: date) -> date | None:
    """A date written in a query, relative ones counted from ``today``; None if it is not
    a date (or one out of the calendar's range)."""
    try:
        return _resolve(text, today)
    except (ValueError, OverflowError):
        return None


def _resolve(text: str, today: date) -> date | None:
    words = text.casefold().split()
    if not words:
        return None
    phrase = " ".join(words)
    if phrase == "today":
        return today
    if phrase == "yesterday":
        return today - timedelta(days=1)
    if phrase in _WEEKDAYS:
        return today - timedelta(days=(today.weekday() - _WEEKDAYS.index(phrase)) % 7)
    if len(words) == 2 and words[0] == "last" and words[1] in _WEEKDAYS:
        back = (today.weekday() - _WEEKDAYS.index(words[1])) % 7 or 7
        return today - timedelta(days=back)
    if len(words) == 2 and words[0] in ("last", "this"):
        unit = words[1].rstrip("s")
        if unit in _UNITS:
            if words[0] == "last":
                return _back(today, unit, 1)
            if unit == "day":
                return today
            if unit == "week":
                return today + relativedelta(weekday=MO(-1))
            return today.replace(day=1) if unit == "month" else today.replace(month=1, day=1)
    if len(words) == 3 and words[2] == "ago" and words[0].isdigit():
        unit = words[1].rstrip("s")
        if unit in _UNITS and len(words[0]) <= 5:
            return _back(today, unit, int(words[0]))
    if not any(c.isdigit() for c in text):  # dateutil reads a lone month name as this
        return None  # year's: a date needs a number (a day or a year)
    from dateutil import parser as date_parser  # here: most queries have no date

    return date_parser.parse(text, default=datetime(today.year, 1, 1)).date()


# -- tokens ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """One token of a query."""

    kind: str
    """"(", ")", "-", "word", "string", "field" or "end"."""
    text: str
    """The word, the string's contents, or the field's value."""
    position: int
    """Where it starts in the query."""
    name: str = ""
    """For a field: its name (lower case)."""
    op: str = ""
    """For a field: its operator (``:`` or a comparison)."""
    value_position: int = 0
    """For a field: where its value starts."""


def _string(query: str, start: int) -> tuple[str, int]:
    """The quoted string opening at ``start``: its text and the offset after it."""
    out = []
    i = start + 1
    while i < len(query):
        c = query[i]
        if c == "\\" and i + 1 < len(query):
            out.append(query[i + 1])
            i += 2
            continue
        if c == '"':
            return "".join(out), i + 1
        out.append(c)
        i += 1
    raise QueryError("a quotation mark is not closed", start, query)


def tokens(query: str, strict: bool = True) -> list[Token]:
    """The query's tokens, ending with an "end" token; QueryError where one is wrong
    (not ``strict``: a word that starts with an unknown field name is a word)."""
    found: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
            continue
        if c in "()":
            found.append(Token(c, c, i))
            i += 1
            continue
        if c == "-" and i + 1 < n and not query[i + 1].isspace() and query[i + 1] != ")":
            found.append(Token("-", "-", i))
            i += 1
            continue
        if c == '"':
            text, end = _string(query, i)
            found.append(Token("string", text, i))
            i = end
            continue
        start = i
        while i < n and not query[i].isspace() and query[i] not in _SPECIAL:
            i += 1
        word = query[start:i]
        field = _FIELD.match(word)
        known = bool(field) and field.group(1).casefold() in FIELDS  # type: ignore[union-attr]
        if field and (known or (strict and "://" not in word)):
            name, op = field.group(1).casefold(), field.group(2)
            if name not in FIELDS:
                raise QueryError(f'"{field.group(1)}" is not a field (fields: '
                                 f'{", ".join(FIELDS)})', start, query)
            value_at = start + field.end()
            value = word[field.end():]
            if not value and i < n and query[i] == '"':
                value, i = _string(query, i)
            elif not value:
                raise QueryError(f"{name}{op} needs a value after it", value_at, query)
            found.append(Token("field", value, start, name, op, value_at))
            continue
        found.append(Token("word", word, start))
    found.append(Token("end", "", n))
    return found


# -- the parser -----------------------------------------------------------------------


class _Parser:
    """Recursive descent over the tokens, one method per rule of the grammar."""

    def __init__(self, query: str, today: date) -> None:
        self.query = query
        self.today = today
        self.tokens = tokens(query)
        self.at = 0

    def error(self, message: str, position: int) -> QueryError:
        return QueryError(message, position, self.query)

    def peek(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def keyword(self, token: Token, word: str) -> bool:
        return token.kind == "word" and token.text.casefold() == word

    def parse(self) -> Node:
        node = self.or_()
        token = self.peek()
        if token.kind == ")":
            raise self.error("a closing parenthesis has no opening one", token.position)
        if token.kind != "end":  # pragma: no cover - every other token starts a term
            raise self.error("unexpected text", token.position)
        return node

    def or_(self) -> Node:
        terms = [self.and_()]
        while self.keyword(self.peek(), "or"):
            self.take()
            terms.append(self.and_())
        return terms[0] if len(terms) == 1 else Or(tuple(terms))

    def starts_term(self, token: Token) -> bool:
        return token.kind in ("(", "-", "word", "string", "field") and not \
            self.keyword(token, "or")

    def and_(self) -> Node:
        terms = [self.unary()]
        while True:
            token = self.peek()
            if self.keyword(token, "and"):
                self.take()
                terms.append(self.unary())
            elif self.starts_term(token):
                terms.append(self.unary())
            else:
                break
        return terms[0] if len(terms) == 1 else And(tuple(terms))

    def unary(self) -> Node:
        token = self.peek()
        if token.kind == "-" or self.keyword(token, "not"):
            self.take()
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "(":
            if self.peek().kind == ")":
                raise self.error("nothing between the parentheses", token.position)
            node = self.or_()
            close = self.peek()
            if close.kind != ")":
                raise self.error("a parenthesis is not closed", token.position)
            self.take()
            return node
        if token.kind == "string":
            return Text(token.text)
        if token.kind == "field":
            return self.field(token)
        if token.kind == "word":
            word = token.text.casefold()
            if word in ("or", "and"):
                raise self.error(f"{token.text} needs a term before it", token.position)
            if word in FLAGS:
                return Flag(word)
            return Text(token.text)
        if token.kind == ")":
            raise self.error("a closing parenthesis has no opening one", token.position)
        what = "the query" if token.kind == "end" and token.position == 0 else "a term"
        before = self.tokens[self.at - 2] if self.at >= 2 else None
        if token.kind == "end" and before is not None:
            return self._dangling(before)
        raise self.error(f"{what} is missing here", token.position)

    def _dangling(self, before: Token) -> Node:
        """An operator at the end of the query: say which."""
        name = "-" if before.kind == "-" else before.text
        raise self.error(f"{name} needs a term after it", before.position)

    def field(self, token: Token) -> Node:
        name, op, value = token.name, token.op, token.text
        if name in NUMBER_FIELDS:
            if op == ":":
                op = "="
            if not (value.isascii() and value.isdigit()) or len(value) > 9:
                raise self.error(f"{name}{token.op} needs a whole number", token.value_position)
            return Quotes(op, int(value))
        if op != ":":
            raise self.error(f"{name} takes a colon ({name}:…), not {op}", token.position)
        if name in DATE_FIELDS:
            if resolve_date(value, self.today) is None:
                raise self.error(f'"{value}" is not a date (2026-11-01, yesterday, '
                                 f'last monday, 3 days ago…)', token.value_position)
            return DateBound(name, value)
        if not value.strip():
            raise self.error(f"{name}: needs a value", token.value_position)
        return Field(name, value)


def parse(query: str, today: date | None = None) -> Node | None:
    """The tree of a query (None for an empty one); QueryError where it is wrong.
    ``today`` is what relative dates are checked against (the local date if not given)."""
    if not query.strip():
        return None
    return _Parser(query, today or date.today()).parse()


def uses_syntax(text: str) -> bool:
    """Whether text typed into the search box is a query (it has a field, a flag, an
    operator, parentheses or quotes) rather than plain words, which search as they always
    did: the whole text, anywhere."""
    try:
        toks = tokens(text, strict=False)
    except QueryError:
        return True  # a broken query is still a query: its error is shown
    for token in toks:
        if token.kind in ("(", ")", "-", "string", "field"):
            return True
        if token.kind == "word" and token.text.casefold() in FLAGS + KEYWORDS:
            return True
    return False
