"""The query language's parser: the grammar, its errors (one line, with where), dates, and
properties over arbitrary text and arbitrary trees."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.news.query_language import (
    And,
    DateBound,
    Field,
    Flag,
    Node,
    Not,
    Or,
    QueryError,
    Quotes,
    Text,
    free_text,
    parse,
    resolve_date,
    uses_syntax,
)

TODAY = date(2026, 12, 2)  # a Wednesday


def p(query: str) -> Node | None:
    return parse(query, TODAY)


def test_the_issues_example_reads_as_one_conjunction() -> None:
    tree = p('unread tag:court person:"Henry Lucero" source:"National Review" feed:gazette '
             'quotes>3 since:2026-11-01 before:"last monday" bookmarked -tag:sport '
             '"free text"')
    assert tree == And((
        Flag("unread"), Field("tag", "court"), Field("person", "Henry Lucero"),
        Field("source", "National Review"), Field("feed", "gazette"), Quotes(">", 3),
        DateBound("since", "2026-11-01"), DateBound("before", "last monday"),
        Flag("bookmarked"), Not(Field("tag", "sport")), Text("free text")))


def test_or_binds_looser_than_and_and_parentheses_group() -> None:
    assert p("a b OR c") == Or((And((Text("a"), Text("b"))), Text("c")))
    assert p("a (b OR c)") == And((Text("a"), Or((Text("b"), Text("c")))))
    assert p("a AND b") == And((Text("a"), Text("b")))
    assert p("a or b") == Or((Text("a"), Text("b")))  # keywords are case-blind


def test_negation_by_minus_and_by_not() -> None:
    assert p("-tag:sport") == Not(Field("tag", "sport"))
    assert p("not read") == Not(Flag("read"))
    assert p("NOT (a OR b)") == Not(Or((Text("a"), Text("b"))))
    assert p("- a") == And((Text("-"), Text("a")))  # a lone dash is a word
    assert p("--a") == Not(Not(Text("a")))


def test_fields_flags_and_comparisons() -> None:
    assert p("TAG:Court") == Field("tag", "Court")  # the name is case-blind, the value kept
    assert p("title:ferry") == Field("title", "ferry")
    assert p("quotes:2") == Quotes("=", 2)
    for op in (">", ">=", "<", "<=", "="):
        assert p(f"quotes{op}7") == Quotes(op, 7)
    assert p("Bookmarked") == Flag("bookmarked")
    assert p('"unread"') == Text("unread")  # quoted, a keyword is a word
    assert p('tag:"a \\"b\\" c"') == Field("tag", 'a "b" c')
    assert p("https://example.org/a") == Text("https://example.org/a")  # no field


@pytest.mark.parametrize(("query", "message", "where"), [
    ("tga:court", '"tga" is not a field', 0),
    ("ferry OR", "OR needs a term after it", 6),
    ("OR ferry", "OR needs a term before it", 0),
    ("ferry not", "not needs a term after it", 6),
    ("(a OR b", "a parenthesis is not closed", 0),
    ("a b)", "a closing parenthesis has no opening one", 3),
    ("()", "nothing between the parentheses", 0),
    ('person:"Henry', "a quotation mark is not closed", 7),
    ("tag:", "tag: needs a value", 4),
    ("quotes>many", "quotes> needs a whole number", 7),
    ("since:someday", '"someday" is not a date', 6),
    ("before>2026-01-01", "before takes a colon", 0),
    ("tag>x", "tag takes a colon", 0),
])
def test_a_bad_query_says_what_and_where(query: str, message: str, where: int) -> None:
    with pytest.raises(QueryError) as caught:
        p(query)
    err = caught.value
    assert message in str(err) and err.position == where
    assert f"at character {where + 1}" in str(err) and "\n" not in str(err)
    assert err.pointer().splitlines() == [query, " " * where + "^"]


def test_relative_dates_count_from_today() -> None:
    assert resolve_date("today", TODAY) == TODAY
    assert resolve_date("yesterday", TODAY) == date(2026, 12, 1)
    assert resolve_date("monday", TODAY) == date(2026, 11, 30)
    assert resolve_date("Wednesday", TODAY) == TODAY  # on or before today
    assert resolve_date("last monday", TODAY) == date(2026, 11, 30)
    assert resolve_date("last wednesday", TODAY) == date(2026, 11, 25)  # never today
    assert resolve_date("last week", TODAY) == date(2026, 11, 25)
    assert resolve_date("last month", TODAY) == date(2026, 11, 2)
    assert resolve_date("this week", TODAY) == date(2026, 11, 30)
    assert resolve_date("this month", TODAY) == date(2026, 12, 1)
    assert resolve_date("this year", TODAY) == date(2026, 1, 1)
    assert resolve_date("3 days ago", TODAY) == date(2026, 11, 29)
    assert resolve_date("2 weeks ago", TODAY) == date(2026, 11, 18)
    assert resolve_date("1 month ago", date(2026, 3, 31)) == date(2026, 2, 28)


def test_absolute_dates_through_dateutil() -> None:
    assert resolve_date("2026-11-01", TODAY) == date(2026, 11, 1)
    assert resolve_date("1 Nov 2026", TODAY) == date(2026, 11, 1)
    assert resolve_date("November 2026", TODAY) == date(2026, 11, 1)
    assert resolve_date("2025", TODAY) == date(2025, 1, 1)
    for bad in ("november", "someday", "2026-13-45", "99999 years ago", ""):
        assert resolve_date(bad, TODAY) is None


def test_plain_words_are_not_a_query_but_syntax_is() -> None:
    for plain in ("ferry strike", "Brenner Falls", "re: budget", "10:30", "a-b"):
        assert not uses_syntax(plain), plain
    for query in ("unread", "tag:x", "-ferry", "a OR b", '"a b"', "(a)", "quotes>1",
                  "tag:"):
        assert uses_syntax(query), query


def test_free_text_terms_are_found_anywhere_in_the_tree() -> None:
    tree = p('ferry (tag:x OR "harbour master") -strike')
    assert tree is not None
    assert free_text(tree) == ["ferry", "harbour master", "strike"]


def test_an_empty_query_is_none() -> None:
    assert p("") is None and p("   ") is None


# -- properties ---------------------------------------------------------------------

values = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
dates = st.sampled_from(["today", "yesterday", "last monday", "2026-11-01", "3 days ago",
                         "1 Nov 2026", "this week"])
leaves = st.one_of(
    st.builds(Flag, st.sampled_from(["unread", "read", "bookmarked"])),
    st.builds(Field, st.sampled_from(["tag", "source", "person", "feed", "title"]),
              values.filter(str.strip)),
    st.builds(Quotes, st.sampled_from([">", ">=", "<", "<=", "="]),
              st.integers(0, 10**6)),
    st.builds(DateBound, st.sampled_from(["since", "before"]), dates),
    st.builds(Text, values),
)
trees = st.recursive(leaves, lambda kids: st.one_of(
    st.builds(Not, kids),
    st.builds(lambda ts: And(tuple(ts)), st.lists(kids, min_size=2, max_size=4)),
    st.builds(lambda ts: Or(tuple(ts)), st.lists(kids, min_size=2, max_size=4)),
), max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(trees)
def test_any_tree_written_out_parses_back_to_itself(tree: Node) -> None:
    assert p(str(tree)) == tree


@settings(max_examples=1500, deadline=None)
@given(st.text(st.sampled_from('ab :-()"\\<>=OR tag quotes since 1 unread not'), max_size=40)
       | st.text(max_size=40))
def test_any_text_parses_or_says_where_it_is_wrong(text: str) -> None:
    try:
        tree = p(text)
    except QueryError as err:
        assert 0 <= err.position <= len(text)
        assert err.message and "\n" not in str(err)
        return
    if tree is not None:
        assert p(str(tree)) == tree  # and what it read writes back the same
