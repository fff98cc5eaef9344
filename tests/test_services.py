"""The application services: the list query (one implementation for both faces) and the
analysis rebuilt from its stored form."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsreader.news.analysis import Analysis, analyse
from newsreader.services import SORT_KEYS, ListQuery, Services
from newsreader.services.query import sort_order


def test_the_stored_form_comes_back_typed_and_equal(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    result = analyse(text)
    assert Analysis.from_dict(result.to_dict(), len(text)) == result


def test_damaged_analysis_is_read_without_raising_and_renumbered() -> None:
    stored = {
        "version": "2",
        "quotes": [
            {"text": "later", "start": 50, "end": 55, "speaker": "Ann Lee"},
            "not a quotation",
            {"text": "gone", "start": 90, "end": 200, "speaker": "Ann Lee"},  # past the end
            {"text": "first", "start": 10, "end": 15, "speakers": ["Bo Park", 3]},
            {"text": "no place", "start": "10", "end": None},
        ],
        "people": [
            {"name": "Ann Lee", "quotes": [0, 2, "x"], "mentions": [[1, 4], [5]]},
            {"name": "", "quotes": [3]},
            {"name": "Bo Park", "quotes": [3], "role": 7},
        ],
        "dates": [{"text": "Monday", "start": 1, "end": 7}, {"text": "x"}],
    }
    analysis = Analysis.from_dict(stored, text_length=100)
    assert [q.text for q in analysis.quotes] == ["first", "later"]  # text order
    assert analysis.quotes[0].speakers == ["Bo Park"]
    people = {p.name: p for p in analysis.people}
    assert set(people) == {"Ann Lee", "Bo Park"}
    assert people["Ann Lee"].quotes == [1] and people["Bo Park"].quotes == [0]
    assert people["Ann Lee"].mentions == [[1, 4]] and people["Bo Park"].role is None
    assert [d.text for d in analysis.dates] == ["Monday"]
    assert Analysis.from_dict(None).quotes == [] and Analysis.from_dict([]).version == ""


def test_sort_orders_have_one_spelling() -> None:
    assert SORT_KEYS == ("published", "added", "title", "source", "quotes")
    query = ListQuery()
    seen = []
    for _ in SORT_KEYS:
        seen.append((query.sort, query.descending, query.describe()))
        query = query.next_sort()
    assert query == ListQuery()  # the cycle comes back round
    assert seen[0] == ("published", True, "newest first")
    assert seen[2] == ("title", False, "title A-Z")
    flipped = replace(ListQuery(sort="title"), reverse=True)
    assert flipped.descending and flipped.describe() == sort_order("title").reverse_label


@pytest.mark.parametrize("query", [
    ListQuery(),
    ListQuery(sort="title"),
    ListQuery(sort="quotes", reverse=True),
    ListQuery(search="reyes"),
    ListQuery(search="mayor", sort="source"),
    ListQuery(unread=True, tag="local"),
])
def test_the_cli_lists_what_the_app_shows(sample_library: Services, query: ListQuery,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from newsreader.cli import main

    some = [r.id for r in sample_library.rows(ListQuery())][:5]
    for article_id in some[:3]:
        sample_library.set_tags(article_id, ["local"])
    sample_library.set_read(some[1:2])
    argv = ["list", "--json", "--sort", query.sort]
    argv += ["--reverse"] * query.reverse + ["--unread"] * query.unread
    argv += ["--tag", query.tag] if query.tag else []
    argv += ["--search", query.search] if query.search else []
    assert main(argv) == 0
    printed = [row["id"] for row in json.loads(capsys.readouterr().out)]
    shown = [row.id for row in Services(sample_library.root).rows(query)]
    assert printed == shown and shown


def test_the_search_matches_fields_and_text(sample_library: Services) -> None:
    rows = sample_library.rows(ListQuery(search="Brenner Falls"))  # only in an article's text
    assert [r.title for r in rows] == ["Tallow Valley Schools Face $4.2 Million Shortfall"]
    assert not sample_library.rows(ListQuery(search="Brenner Falls"), text_matches=set())


def test_the_search_is_the_text_matches_and_every_field_s(sample_library: Services) -> None:
    rows = list(sample_library.rows(ListQuery()))
    tagged, by_text = rows[0], rows[1]
    sample_library.set_tags(tagged.id, ["Zebrafield"])  # a user's tag, on one article
    source = next(r.source for r in rows if r.source)
    person = next(p for r in rows for p in r.people)

    def naive(needle: str, text: set[str]) -> list[str]:
        return [r.id for r in sample_library.rows(ListQuery())
                if r.id in text or any(needle.casefold() in (v or "").casefold()
                                       for v in [r.title, r.source, *r.people, *r.tags])]

    for needle in ("zebraf", source[1:6], person.split()[-1][:4], "THE", "nothing like it"):
        found = [r.id for r in sample_library.rows(ListQuery(search=needle),
                                                   text_matches={by_text.id})]
        assert found == naive(needle, {by_text.id}) and by_text.id in found, needle
    assert tagged.id in [r.id for r in sample_library.rows(ListQuery(search="zebraf"),
                                                            text_matches=set())]


def test_rows_know_where_an_article_is(sample_library: Services) -> None:
    rows = sample_library.rows(ListQuery(sort="title"))
    titles = [r.title for r in rows]
    assert titles == sorted(titles, key=str.casefold)
    last = rows[len(rows) - 1]
    assert rows.index_of(last.id) == len(rows) - 1 and rows.index_of("0" * 12) is None
    assert rows.total == len(rows) and rows.unread == len(rows) and rows.bookmarked == 0
