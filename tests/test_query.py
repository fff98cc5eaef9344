"""The query language over a library: each operator picks exactly the articles it should,
through the services (one implementation), ``newsreader list --query`` and saved views."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cli_run import run

from newsreader.news.article import Article
from newsreader.services import ListQuery, QueryError, Services, feed_query
from newsreader.services.analysis import prepare
from newsreader.services.views import load_views
from newsreader.store.feeds import FetchRecord, LastFetch, Subscriptions

QUOTED = "“We will not move on this,” said Ann Lee, the union's leader."


def article(title: str, body: str, source: str, published: str | None,
            tags: tuple[str, ...] = ()) -> Article:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    return Article(title=title, body=body, source=source, published=when, tags=tags)


@pytest.fixture
def library(library_dir: Path) -> Services:
    """Five articles with known fields and state (titles are their names)."""
    services = Services(library_dir)
    ferry = article("Ferry strike", f"{QUOTED}\n\n“Not a day more,” said Ann Lee.\n\n"
                    "“Talks are over,” Bo Park said.\n\nThe harbour master was silent.",
                    "The Harbour Gazette", "2026-11-28", ("labour", "court"))
    court = article("Court ruling", "“The curfew is void,” said Judge Cara Diaz.",
                    "National Review", "2026-11-10", ("court",))
    match = article("Cup final", "The Rovers won. “A great day,” said Dee Fox.",
                    "Westfall Herald", "2026-10-01", ("sport",))
    quiet = article("Quiet budget", "Nobody said anything about the Brenner Falls budget.",
                    "Calder Bay Ledger", None)
    storm = article("Storm", "Wind. " * 5, "The Harbour Gazette", "2026-12-01", ("court",))
    records = [prepare(a) for a in (ferry, court, match, quiet, storm)]
    records[4].feed = "00feed01"
    services.library.add(records)
    ids = {r.title: r.id for r in records}
    services.set_bookmarks([ids["Court ruling"]])
    services.set_read([ids["Cup final"], ids["Storm"]])
    services.set_tags(ids["Quiet budget"], ["court", "later"])  # user tags replace own
    return services


def titles(services: Services, query: str, **today: date) -> set[str]:
    return {r.title for r in services.rows(ListQuery(query=query))}


def test_flags(library: Services) -> None:
    assert titles(library, "unread") == {"Ferry strike", "Court ruling", "Quiet budget"}
    assert titles(library, "read") == {"Cup final", "Storm"}
    assert titles(library, "bookmarked") == {"Court ruling"}


def test_tag_is_the_tag_in_effect_case_blind(library: Services) -> None:
    assert titles(library, "tag:COURT") == {"Ferry strike", "Court ruling", "Quiet budget",
                                            "Storm"}
    assert titles(library, "tag:later") == {"Quiet budget"}
    assert titles(library, "tag:cour") == set()  # a tag is matched whole


def test_source_person_and_title_match_part_of_the_field(library: Services) -> None:
    assert titles(library, 'source:"harbour gazette"') == {"Ferry strike", "Storm"}
    assert titles(library, 'person:"Ann Lee"') == {"Ferry strike"}
    assert titles(library, "person:diaz") == {"Court ruling"}
    assert titles(library, "title:budget") == {"Quiet budget"}


def test_quotes_comparisons(library: Services) -> None:
    counts = {r.title: r.quotes for r in library.rows(ListQuery())}
    assert counts["Ferry strike"] == 3 and counts["Storm"] == 0
    for op, test in ((">", int.__gt__), (">=", int.__ge__), ("<", int.__lt__),
                     ("<=", int.__le__), ("=", int.__eq__), (":", int.__eq__)):
        want = {t for t, n in counts.items() if test(n, 1)}
        assert titles(library, f"quotes{op}1") == want, op


def test_since_and_before_by_publication_else_when_added(library: Services) -> None:
    assert titles(library, "since:2026-11-10") == {"Ferry strike", "Court ruling", "Storm",
                                                   "Quiet budget"}  # added today
    assert titles(library, "before:2026-11-10") == {"Cup final"}
    assert titles(library, "since:2026-11-01 before:2026-11-30") == {"Ferry strike",
                                                                     "Court ruling"}
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert titles(library, f"before:{tomorrow} -since:today") == {
        "Ferry strike", "Court ruling", "Cup final", "Storm"}


def test_and_or_not_and_parentheses(library: Services) -> None:
    assert titles(library, "tag:court unread") == {"Ferry strike", "Court ruling",
                                                   "Quiet budget"}
    assert titles(library, "tag:sport OR bookmarked") == {"Cup final", "Court ruling"}
    assert titles(library, "-tag:court") == {"Cup final"}
    assert titles(library, "not read -tag:later") == {"Ferry strike", "Court ruling"}
    assert titles(library, "(tag:sport OR tag:later) unread") == {"Quiet budget"}
    assert titles(library, "tag:sport OR tag:later unread") == {"Cup final", "Quiet budget"}


def test_free_text_matches_the_fields_and_the_article_text(library: Services) -> None:
    assert titles(library, "ferry") == {"Ferry strike"}  # the title
    assert titles(library, '"Brenner Falls"') == {"Quiet budget"}  # only in the text
    assert titles(library, "harbour -storm") == {"Ferry strike"}  # source, text
    # the caller may give what the text search found (the app searches in the background)
    shown = library.rows(ListQuery(query='"Brenner Falls"'), term_hits={})
    assert len(shown) == 0


def test_feed_by_the_feed_each_article_came_from_and_by_its_last_items(
        library: Services) -> None:
    subs = Subscriptions(library.library)
    gazette, _ = subs.add("https://gazette.example/feed.xml")
    herald, _ = subs.add("https://herald.example/rss")
    ids = {r.title: r.id for r in library.rows(ListQuery())}
    # an article stored before the listing kept feeds is found by its feed's last items
    subs.record([FetchRecord(gazette.id, LastFetch(checked="2026-12-01T00:00:00+00:00"),
                             title="The Gazette", stored=True,
                             items={ids["Ferry strike"]: "x"})])
    assert titles(library, f"feed:{gazette.id}") == {"Ferry strike"}
    assert titles(library, "feed:gazette") == {"Ferry strike"}  # by its title
    assert titles(library, "feed:https://gazette.example/feed.xml") == {"Ferry strike"}
    assert titles(library, f"feed:{herald.id}") == set()
    assert titles(library, "feed:00feed01") == {"Storm"}  # the listing's feed column
    assert titles(library, "feed:nothing") == set()
    assert {r.title for r in library.rows(ListQuery.of_feed(gazette.id))} == {"Ferry strike"}
    assert feed_query(gazette.id) == f"feed:{gazette.id}"


def test_the_query_combines_with_the_other_filters_and_the_order(library: Services) -> None:
    rows = library.rows(ListQuery(query="tag:court", unread=True, sort="title"))
    assert [r.title for r in rows] == ["Court ruling", "Ferry strike", "Quiet budget"]


def test_counts_of_saved_views(library: Services) -> None:
    assert library.count_matching(["tag:court", "read", '"Brenner Falls"', "tga:x"]) == [
        (4, 3), (2, 0), (1, 1), (0, 0)]


def test_a_bad_query_is_an_error_with_its_place(library: Services) -> None:
    with pytest.raises(QueryError, match="OR needs a term after it .at character 11"):
        library.rows(ListQuery(query="tag:court OR"))


# -- the command line ----------------------------------------------------------------


def test_list_query_from_the_command_line(library: Services, capsys) -> None:
    code, out, _ = run(capsys, "list", "--json", "--query", "tag:court -bookmarked unread")
    assert code == 0
    assert {r["title"] for r in json.loads(out)} == {"Ferry strike", "Quiet budget"}
    code, out, _ = run(capsys, "list", "--query", 'person:"Ann Lee"')
    assert code == 0 and "Ferry strike" in out and "Court ruling" not in out


def test_a_bad_query_on_the_command_line_is_one_line_saying_where(library: Services,
                                                                  capsys) -> None:
    code, out, err = run(capsys, "list", "--query", "unread tga:court")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "bad query 'unread tga:court'" in err and '"tga" is not a field' in err
    assert "at character 8" in err


def test_saved_views_from_the_config_file(library: Services, tmp_path: Path, capsys,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[views]\n"Court" = "tag:court unread"\n'
                      '"Broken" = "tag:"\n"Not text" = 3\n', encoding="utf-8")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    views, problems = load_views(config)
    assert [(v.name, v.query) for v in views] == [("Court", "tag:court unread")]
    assert len(problems) == 2 and "view \"Broken\": tag: needs a value" in problems[0]
    code, out, _ = run(capsys, "list", "--json", "--view", "court")
    assert code == 0
    assert {r["title"] for r in json.loads(out)} == {"Ferry strike", "Court ruling",
                                                     "Quiet budget"}
    code, out, _ = run(capsys, "list", "--json", "--view", "Court", "--query", "bookmarked")
    assert {r["title"] for r in json.loads(out)} == {"Court ruling"}
    code, _, err = run(capsys, "list", "--view", "nope")
    assert code == 2 and 'no saved view "nope"' in err and '"Court"' in err
