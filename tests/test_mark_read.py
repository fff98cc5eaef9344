"""Marking read many at once: the list's ``A`` (every article shown) with undo, and
``newsreader read [--off] ID...`` / ``newsreader read --all [--query Q]``."""

from __future__ import annotations

import pytest
from cli_run import run
from waiting import message_saying, until

from newsreader.services import ListQuery, MarkedRead, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 30)


def unread_titles(services: Services) -> set[str]:
    return {r.title for r in Services(services.root).rows(ListQuery(unread=True))}


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


def test_mark_read_reports_only_what_changed(sample_library: Services) -> None:
    ids = [r.id for r in sample_library.rows(ListQuery())]
    sample_library.set_read(ids[:2])
    change = sample_library.mark_read(ids[:5])
    assert change == MarkedRead(tuple(ids[2:5]), read=True)
    assert change.what == "3 articles marked read"
    assert sample_library.mark_read(ids[:5]).ids == ()
    assert sample_library.mark_read(ids[1:3], read=False).ids == tuple(ids[1:3])
    sample_library.mark_read(ids[:5])
    sample_library.undo(change)  # the three it marked are unread again, the others not
    assert [sample_library.row(aid).read for aid in ids[:5]] == [True, True] + [False] * 3


def test_read_and_unread_by_id_on_the_command_line(sample_library: Services,
                                                   capsys) -> None:
    rows = list(sample_library.rows(ListQuery()))
    sample_library.set_read([rows[1].id])
    code, out, _ = run(capsys, "read", rows[0].id[:6], rows[1].id)
    assert code == 0
    assert out.splitlines() == [f"read    {rows[0].id[:8]}",
                                f"read    {rows[1].id[:8]}  (already was)"]
    assert rows[0].title not in unread_titles(sample_library)
    code, out, _ = run(capsys, "read", "--off", rows[0].id)
    assert code == 0 and out.splitlines() == [f"unread  {rows[0].id[:8]}"]
    assert rows[0].title in unread_titles(sample_library)
    code, _, err = run(capsys, "read", "ffffffffff")
    assert code == 1 and "no article has an id starting with" in err


def test_read_all_or_all_a_query_matches(sample_library: Services, capsys) -> None:
    gazette = {r.title for r in sample_library.rows(ListQuery(query="source:gazette"))}
    code, out, _ = run(capsys, "read", "--all", "--query", "source:gazette")
    assert code == 0 and out.strip() == f"{len(gazette)} articles marked read"
    assert unread_titles(sample_library) == {
        r.title for r in sample_library.rows(ListQuery())} - gazette
    code, out, _ = run(capsys, "read", "--all")
    assert code == 0 and out.strip() == (f"{len(sample_library) - len(gazette)} articles "
                                         f"marked read ({len(gazette)} already were)")
    assert unread_titles(sample_library) == set()
    code, out, _ = run(capsys, "read", "--all", "--off", "--query", "source:gazette")
    assert code == 0 and unread_titles(sample_library) == gazette


@pytest.mark.parametrize("argv", [["read"], ["read", "--all", "abc"],
                                  ["read", "--query", "unread", "abc"]])
def test_read_needs_ids_or_all(sample_library: Services, capsys, argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.count("\n") == 1


def test_read_all_with_a_bad_query_is_refused(sample_library: Services, capsys) -> None:
    code, _, err = run(capsys, "read", "--all", "--query", "tag:")
    assert code == 2 and "tag: needs a value" in err
    assert len(unread_titles(sample_library)) == len(sample_library)


async def test_A_marks_every_shown_article_read_and_z_undoes_it(
        sample_library: Services) -> None:
    ids = [r.id for r in sample_library.rows(ListQuery())]
    sample_library.set_read(ids[:1])  # read before: stays read after the undo
    gazette = {r.title for r in sample_library.rows(ListQuery(query="source:gazette"))}
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("slash", *"source:gazette", "enter")
        articles = app.screen.query_one(ArticleList)
        await until(pilot, lambda: articles.row_count == len(gazette), "the query")
        await pilot.press("A")
        said = await message_saying(pilot, "marked read")
        flipped = len(gazette - {sample_library.row(ids[0]).title})  # only those unread
        assert said == f"{flipped} article{'s' * (flipped != 1)} marked read · z undoes"
        await until(pilot, lambda: all(articles.row_at(i).read
                                       for i in range(articles.row_count)), "rows read")
        assert unread_titles(sample_library) == {
            r.title for r in sample_library.rows(ListQuery())} - gazette - {
            sample_library.row(ids[0]).title}
        await pilot.press("z")
        await message_saying(pilot, "Undone")
        await until(pilot, lambda: not any(articles.row_at(i).read
                                           for i in range(articles.row_count)
                                           if articles.row_at(i).id != ids[0]), "undone")
        assert sample_library.row(ids[0]).read  # it was read before A: still read
        await pilot.press("z")
        await message_saying(pilot, "Nothing to undo")


async def test_A_with_everything_read_says_so(sample_library: Services) -> None:
    sample_library.set_read([r.id for r in sample_library.rows(ListQuery())])
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await message_saying(pilot, "already read")


async def test_the_undo_message_names_the_key_the_user_gave_it(
        sample_library: Services, tmp_path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"list.undo" = "ctrl+z"\n', encoding="utf-8")
    app = NewsreaderApp(sample_library, config=config)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("A")
        said = await message_saying(pilot, "marked read")
        assert said.endswith("· ^z undoes"), said
        await pilot.press("ctrl+z")
        await message_saying(pilot, "Undone")
        assert len(unread_titles(sample_library)) == len(sample_library)
