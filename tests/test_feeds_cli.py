"""The feed commands end to end through ``newsreader.cli.main``, on a temp library, against
the loopback feed server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_run import run

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"



def no_controls(text: str) -> bool:
    return not any(ord(c) < 32 and c not in "\n" or 0x7f <= ord(c) < 0xa0 for c in text)


def test_feeds_add_then_fetch_stores_the_items(library_dir, server, capsys) -> None:
    url = server.url("/feed.xml")
    code, out, _ = run(capsys, "feeds", "add", url, "--tag", "harbour")
    assert code == 0 and out.startswith("subscribed  ") and url in out and "[harbour]" in out
    code, out, err = run(capsys, "fetch")
    assert code == 0, err
    assert out.splitlines() == ["The Harbour Gazette: 3 new",
                                "1 feed: 3 new, 0 updated, 0 failed"]
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 3 and all("harbour" in r["tags"] for r in rows)
    ferry = next(r for r in rows if r["title"] == "Ferry Workers Vote to Strike")
    code, out, _ = run(capsys, "show", ferry["id"], "--json")
    shown = json.loads(out)
    assert shown["source"] == "The Harbour Gazette" and shown["author"] == "Ana Lopes"
    assert "patience has not paid the rent" in shown["text"]
    # the quotation analysis ran on the fetched article
    assert shown["analyser"] is not None
    speakers = {q["speaker"] for q in shown["quotes"]}
    assert {"Dana Whitfield", "Tomas Reyes"} <= speakers
    assert "Dana Whitfield" in {p["name"] for p in shown["people"]}

    # a second fetch adds nothing and sends a conditional request
    code, out, _ = run(capsys, "fetch")
    assert out.splitlines() == ["The Harbour Gazette: not modified",
                                "1 feed: 0 new, 0 updated, 0 failed"]
    assert "if-none-match" in server.seen("/feed.xml")[-1].headers
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 3


def test_fetch_reports_failures_one_line_each_and_exits_1(library_dir, server, capsys) -> None:
    for path in ("/rss1.xml", "/404.xml", "/page.html", "/loop"):
        run(capsys, "feeds", "add", server.url(path))
    code, out, err = run(capsys, "fetch")
    assert code == 1
    assert out.splitlines() == ["Valley Times: 2 new", "4 feeds: 2 new, 0 updated, 3 failed"]
    assert err.splitlines() == [
        f"{server.url('/404.xml')}: HTTP 404 Not Found",
        f"{server.url('/page.html')}: not a feed (got an HTML page that names the feed "
        f"{server.url('/rss2.xml')})",
        f"{server.url('/loop')}: too many redirects (more than 5)",
    ]


def test_fetch_json(library_dir, server, capsys) -> None:
    run(capsys, "feeds", "add", server.url("/atom.xml"))
    code, out, _ = run(capsys, "fetch", "--json")
    data = json.loads(out)
    assert code == 0 and data["new"] == 2 and data["failed"] == 0
    assert data["feeds"][0]["title"] == "Calder Bay Herald"
    assert data["feeds"][0]["status"] == 200


def test_fetch_named_feeds_only(library_dir, server, capsys) -> None:
    run(capsys, "feeds", "add", server.url("/atom.xml"))
    run(capsys, "feeds", "add", server.url("/rss1.xml"))
    code, out, _ = run(capsys, "fetch", server.url("/rss1.xml"))
    assert code == 0 and out.splitlines()[-1] == "1 feed: 2 new, 0 updated, 0 failed"
    code, _, err = run(capsys, "fetch", "http://127.0.0.1:9/not-subscribed.xml")
    assert code == 1 and "not subscribed to http://127.0.0.1:9/not-subscribed.xml" in err


def test_titles_with_escapes_and_markup_reach_the_terminal_as_plain_text(
        library_dir, server, capsys) -> None:
    run(capsys, "feeds", "add", server.url("/escapes.xml"))
    code, out, err = run(capsys, "fetch")
    assert no_controls(out) and no_controls(err)
    assert "Evil Feed [bold red]Markup[/bold red]: 1 new" in out
    _, listed, _ = run(capsys, "list")
    _, feeds, _ = run(capsys, "feeds", "list")
    assert no_controls(listed) and no_controls(feeds)
    assert "Red headline [link=https://evil.example]click[/link]" in listed


def test_feeds_list_shows_the_last_result(library_dir, server, capsys) -> None:
    run(capsys, "feeds", "add", server.url("/rss1.xml"), "--full")
    run(capsys, "feeds", "add", server.url("/500.xml"))
    code, out, _ = run(capsys, "feeds", "list")
    assert "never fetched" in out and "(full text)" in out
    run(capsys, "fetch")
    code, out, _ = run(capsys, "feeds", "list")
    lines = out.splitlines()
    assert "Valley Times" in lines[0] and lines[1].strip().endswith(": 2 new, 0 updated")
    assert lines[3].strip().endswith("failed: HTTP 500 Internal Server Error")
    code, out, _ = run(capsys, "feeds", "list", "--json")
    feeds = json.loads(out)
    assert [f["title"] for f in feeds] == ["Valley Times", None]
    assert feeds[0]["full"] is True and feeds[0]["last"]["new"] == 2
    assert feeds[0]["etag"] and feeds[0]["last"]["status"] == 200
    assert feeds[1]["last"]["error"] == "HTTP 500 Internal Server Error"


def test_feeds_add_again_and_remove(library_dir, capsys) -> None:
    url = "https://gazette.example/rss.xml"
    assert run(capsys, "feeds", "add", url)[0] == 0
    code, out, _ = run(capsys, "feeds", "add", url, "--tag", "news")
    assert code == 0 and out.startswith("already subscribed") and "[news]" in out
    code, out, err = run(capsys, "feeds", "add", "ftp://gazette.example/")
    assert code == 1 and "not a web address" in err
    feed_id = json.loads(run(capsys, "feeds", "list", "--json")[1])[0]["id"]
    code, out, _ = run(capsys, "feeds", "remove", feed_id[:4])
    assert code == 0 and out.startswith(f"unsubscribed  {feed_id}")
    assert json.loads(run(capsys, "feeds", "list", "--json")[1]) == []
    code, _, err = run(capsys, "feeds", "remove", url)
    assert code == 1 and f"not subscribed to {url}" in err


def test_fetch_with_no_feeds_says_how_to_add_one(library_dir, capsys) -> None:
    code, out, err = run(capsys, "fetch")
    assert code == 0 and "newsreader feeds add URL" in err


def test_export_opml_piped_into_import_opml_round_trips(library_dir, tmp_path, capsys,
                                                        monkeypatch) -> None:
    code, _, err = run(capsys, "feeds", "import-opml", str(FIXTURES / "subscriptions.opml"))
    assert code == 1  # one outline is not a web address: said, and the rest imported
    assert "skipped     exec:~/bin/make-feed: not a web address" in err
    assert "4 subscribed, 0 already subscribed, 1 skipped" in err
    before = json.loads(run(capsys, "feeds", "list", "--json")[1])
    code, exported, _ = run(capsys, "feeds", "export-opml")
    assert code == 0 and exported.startswith('<?xml version="1.0" encoding="UTF-8"?>')

    monkeypatch.setenv("NEWSREADER_LIBRARY", str(tmp_path / "other"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(exported.encode())))
    code, out, err = run(capsys, "feeds", "import-opml")
    assert code == 0, err
    after = json.loads(run(capsys, "feeds", "list", "--json")[1])

    def essence(feeds: list[dict]) -> list[tuple]:
        return [(f["url"], f["title"], f["site"], f["tags"]) for f in feeds]

    assert essence(after) == essence(before)
    assert ("https://gazette.example/rss.xml", "Harbour Gazette", None,
            ["News", "Science"]) in essence(after)


def test_import_opml_refuses_an_entity_bomb(library_dir, capsys) -> None:
    code, _, err = run(capsys, "feeds", "import-opml", str(FIXTURES / "bomb.opml"))
    assert code == 1 and "refused: it declares a DTD or XML entities" in err
    assert json.loads(run(capsys, "feeds", "list", "--json")[1]) == []


def test_add_url_stores_one_web_article(library_dir, server, capsys) -> None:
    url = server.url("/article.html")
    code, out, err = run(capsys, "add", url, "--tag", "saved")
    assert code == 0, err
    assert out.startswith("added ") and "Ferry Workers Vote to Strike" in out
    rows = json.loads(run(capsys, "list", "--json")[1])
    assert len(rows) == 1 and rows[0]["tags"] == ["saved"]
    shown = json.loads(run(capsys, "show", rows[0]["id"], "--json")[1])
    # keyed by the canonical link, so every spelling of the address is this article
    assert shown["key"] == url.replace("http://", "https://", 1)
    assert "extra buses on the coast road" in shown["text"]
    assert "SECRET" not in shown["text"]
    code, out, _ = run(capsys, "add", url)
    assert out.startswith("unchanged")
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 1


def test_add_url_failures_are_one_line(library_dir, server, capsys) -> None:
    code, out, err = run(capsys, "add", server.url("/missing.html"))
    assert code == 1 and err == f"newsreader: error: {server.url('/missing.html')}: " \
        "HTTP 404 Not Found\n"
    code, _, err = run(capsys, "add", server.url("/atom.xml"))
    assert code == 1 and "a feed, not a web page" in err


def test_import_takes_html_and_feed_files(library_dir, tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("article.html", "rss2.xml", "atom.xml", "page.html"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    (folder / "broken.rss").write_bytes((FIXTURES / "malformed.xml").read_bytes())
    code, out, err = run(capsys, "import", str(folder))
    assert code == 1  # the broken feed is rejected, the rest imported
    assert out.splitlines()[-1].startswith("7 imported, 0 duplicates, 1 rejected")
    assert "broken.rss: malformed XML" in err
    rows = json.loads(run(capsys, "list", "--json")[1])
    titles = {r["title"] for r in rows}
    assert {"Ferry Workers Vote to Strike", "School Budget Cut by 4%",
            "Council Approves Waterfront Rezoning", "Welcome"} <= titles
    # importing the same files again adds nothing
    code, out, _ = run(capsys, "import", str(folder / "rss2.xml"), str(folder / "atom.xml"))
    assert "0 imported, 5 duplicate" in out


@pytest.mark.parametrize(("name", "content", "why"), [
    ("empty.xml", b"", "an empty file (0 bytes), not a feed"),
    ("empty.rss", b"", "an empty file (0 bytes), not a feed"),
    ("blank.atom", b" \n\n", "an empty file (only white space), not a feed"),
])
def test_importing_an_empty_feed_file_names_it_in_one_line(
        library_dir: Path, tmp_path: Path, capsys, name: str, content: bytes,
        why: str) -> None:
    """QA: an empty feed file was rejected as an "empty response", as if downloaded."""
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "import", str(path))
    assert code == 1 and err == f"rejected   {path}: {why}\n"
    assert "0 imported, 0 duplicates, 1 rejected" in out


def test_adding_an_empty_response_says_it_is_empty(library_dir, server, capsys) -> None:
    """QA: `newsreader add` of an address answering nothing said it was a feed."""
    url = server.url("/empty.xml")
    code, out, err = run(capsys, "add", url)
    assert (code, out) == (1, "")
    assert err == f"newsreader: error: {url}: empty response (nothing to read)\n"
