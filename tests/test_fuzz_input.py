"""Every reader of outside input, fuzzed through the command a user runs: `newsreader
import` on article files, web pages, feed files and exports (random bytes and hostile
text), the config file, and a library file damaged by hand. Whatever the input, no
traceback reaches the user, a problem is one line naming the input, the status is non-zero
and nothing already in the library is lost; nothing a terminal acts on reaches the output.

Each fixed bug has its own test here too, with the input that found it.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest
from cli_run import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from looking import screen_text

from newsreader.cli import main
from newsreader.news.feeds import NotAFeed, parse_feed
from newsreader.news.files import Rejected
from newsreader.services.config import ConfigError, read_config
from newsreader.services.exporting import articles_from_export

FUZZ = settings(max_examples=40, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
"""Few examples per test (the suite stays quick); each run explores new ones."""

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What must never reach the output or a stored field: C0 and C1 controls (not tab or
newline), bidi overrides and isolates, lone surrogates."""


@pytest.fixture
def seeded(library_dir: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The library with the seed article; returns its id."""
    assert run(capsys, "import", str(seed_path))[0] == 0
    return str(json.loads(run(capsys, "list", "--json")[1])[0]["id"])


def one_rejection(err: str, path: Path) -> None:
    """stderr is one line rejecting ``path``, with no traceback."""
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith(f"rejected   {path}: "), err


def still_there(capsys: pytest.CaptureFixture[str], article_id: str) -> None:
    """The article is in the library, whole, and the library needs no repair."""
    code, out, _ = run(capsys, "show", article_id, "--json")
    assert code == 0 and json.loads(out)["id"] == article_id
    assert "nothing to repair" in run(capsys, "repair")[1]


# -- the bugs fuzzing found ----------------------------------------------------------------

EXPORT = '{"format": "newsreader-export", "version": 2, "articles": [%s]}'


@pytest.mark.parametrize(("content", "reason"), [
    (EXPORT % '{"title": "t", "body": "b", "n": %s}' % ("9" * 5000),
     "broken export: a number too long to read (more than 4300 digits)"),
    (EXPORT % '{"title": "t", "body": "b", "tags": %s}' % ("[" * 100_000 + "]" * 100_000),
     "broken export: nested too deeply"),
], ids=["5000-digit number", "nested 100000 deep"])
def test_an_export_json_cannot_read_is_rejected_in_one_line(
        seeded: str, tmp_path: Path, capsys, content: str, reason: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 1
    one_rejection(err, path)
    assert err == f"rejected   {path}: {reason}\n"
    still_there(capsys, seeded)


def test_lone_surrogates_in_an_export_become_replacement_characters(
        seeded: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "export.json"
    path.write_text(EXPORT % r'{"title": "A \ud800 title", "body": "Text \udfff here.",'
                    r' "tags": ["t\ud800"], "user_tags": ["u\udcff"], "source": "S\ud83d"}',
                    encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 0, err
    assert "imported" in out and "A \ufffd title" in out
    shown = json.loads(run(capsys, "show", out.split()[1], "--json")[1])
    assert (shown["title"], shown["text"], shown["source"]) == (
        "A \ufffd title", "Text \ufffd here.", "S\ufffd")
    assert "u\ufffd" in shown["tags"]
    code, listed, _ = run(capsys, "list")
    assert code == 0 and "A \ufffd title" in listed
    still_there(capsys, seeded)


def test_a_tag_that_is_not_utf8_on_the_command_line_is_kept_readable(
        seeded: str, capsys) -> None:
    given = os.fsdecode(b"caf\xe9")  # Latin-1 bytes in argv: Python holds them as surrogates
    code, out, err = run(capsys, "tag", seeded, given)
    assert code == 0, err
    assert out == f"{seeded[:8]}  tags: caf\ufffd\n"
    assert run(capsys, "list", "--tag", "caf\ufffd")[1].startswith(seeded[:8])
    still_there(capsys, seeded)


def test_a_file_name_that_is_not_utf8_is_shown_with_its_bytes_escaped(
        library_dir: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9 \x1b[2J.txt")
    (folder / name).write_text("A Title\n\nSome text of the article.\n", encoding="utf-8")
    (folder / os.fsdecode(b"bin\xff.txt")).write_bytes(b"\x00\x01binary")
    code, out, err = run(capsys, "import", str(folder))
    assert code == 1
    assert out.startswith("imported ") and f"({folder}/caf\\xe9 \\x1b[2J.txt)" in out
    assert err == f"rejected   {folder}/bin\\xff.txt: binary file, not text\n"


@pytest.mark.parametrize("reference", ["&#xD800;", "&#x110000;", "&#99999999999999999999;"])
def test_a_feed_with_a_reference_to_no_character_is_rejected_in_one_line(
        seeded: str, tmp_path: Path, capsys, reference: str) -> None:
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item>'
            f'<title>T {reference} x</title><description>Text</description></item>'
            f'</channel></rss>')
    with pytest.raises(NotAFeed, match=f"^malformed XML \\({reference} is no character\\)$"):
        parse_feed(feed.encode())  # as fetch reads it
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    code, _, err = run(capsys, "import", str(path))
    assert code == 1
    assert err == f"rejected   {path}: malformed XML ({reference} is no character)\n"
    still_there(capsys, seeded)


@pytest.mark.parametrize(("content", "reason"), [
    ("every = " + "9" * 5000 + "\n", "a number too long to read (more than 4300 digits)"),
    ("x = " + "[" * 5000 + "]" * 5000 + "\n", "arrays or tables nested too deeply"),
    ("x = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n", "arrays or tables nested too deeply"),
], ids=["5000-digit number", "arrays 5000 deep", "tables 2000 deep"])
def test_a_config_file_toml_cannot_read_is_one_line(
        seeded: str, tmp_path: Path, monkeypatch, capsys, content: str, reason: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(content, encoding="utf-8")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    code, _, err = run(capsys, "list", "--view", "court")
    assert code == 2
    assert err == f"newsreader: error: config file {config} is not valid TOML: {reason}\n"


def test_a_library_file_with_a_number_too_long_names_the_file_and_repair(
        seeded: str, library_dir: Path, capsys) -> None:
    path = library_dir / "tags.json"
    path.write_text(f'{{"tags": {{"1": {{"id": "{seeded}", "n": {"9" * 5000}}}}}}}')
    code, _, err = run(capsys, "list")
    assert code == 1
    assert err.count("\n") == 1 and str(path) in err and "run `newsreader repair`" in err
    assert "a number too long to read" in err
    code, out, _ = run(capsys, "repair")
    assert code == 0 and "tags.json" in out
    assert run(capsys, "list")[1].startswith(seeded[:8])


def _edit_text(library_dir: Path, article_id: str, **fields: str) -> None:
    """Change fields of an article's stored text by hand, as a user with an editor might."""
    for segment in (library_dir / "articles").glob("*.json"):
        doc = json.loads(segment.read_text(encoding="utf-8"))
        for entry in doc["articles"].values():
            if entry["id"] == article_id:
                entry.update(fields)
        segment.write_text(json.dumps(doc), encoding="utf-8")


def test_escapes_in_a_library_edited_by_hand_are_shown_as_characters(
        seeded: str, library_dir: Path, capsys) -> None:
    _edit_text(library_dir, seeded, title="Red \x1b[31mtitle\x1b]0;pwned\x07",
               source="\x1b[2JGazette", body="First \x1b[2J paragraph.\n\nSecond\x9b6n one.")
    assert run(capsys, "repair")[0] == 0  # the listing is rebuilt from the texts
    code, out, _ = run(capsys, "list")
    assert code == 0 and "\x1b" not in out
    assert "\u241b[2JGazette" in out and "Red \u241b[31mtitle\u241b]0;pwned\u2407" in out
    code, out, _ = run(capsys, "show", seeded)
    assert code == 0 and "\x1b" not in out and "\x9b" not in out
    assert out.startswith("Red \u241b[31mtitle\u241b]0;pwned\u2407\n\u241b[2JGazette")
    assert "First \u241b[2J paragraph.\n\nSecond\ufffd6n one." in out
    code, out, _ = run(capsys, "search", "paragraph")
    assert code == 0 and "\x1b" not in out and "\u241b[2JGazette" in out


async def test_escapes_in_a_library_edited_by_hand_never_reach_the_apps_terminal(
        seeded: str, library_dir: Path) -> None:
    from newsreader.services import Services
    from newsreader.tui.app import NewsreaderApp

    _edit_text(library_dir, seeded, title="Red \x1b[31mtitle", source="\x1b[2JGazette",
               body="First \x1b[2J paragraph.\n\nSecond one.")
    Services(library_dir).repair()
    app = NewsreaderApp(Services(library_dir))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        listed = screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        read = screen_text(app)
    assert "\x1b" not in listed + read
    assert "Red \u241b[31mtitle" in listed and "\u241b[2JGazette" in listed
    assert "First \u241b[2J paragraph" in read, read


def test_a_lone_surrogate_in_a_library_edited_by_hand_reads_as_a_replacement_character(
        seeded: str, library_dir: Path, capsys) -> None:
    _edit_text(library_dir, seeded, title="A \ud800 title")  # json writes it "\ud800"
    tags = library_dir / "tags.json"
    tags.write_text(f'{{"tags": {{"1": {{"id": "{seeded}", '
                    '"tags": ["x\\ud800", "\\ud83d\\ude00"]}}}')
    assert run(capsys, "repair")[0] == 0
    code, out, err = run(capsys, "list")
    assert code == 0, err
    assert out.startswith(seeded[:8]) and "A \ufffd title  [x\ufffd, \U0001f600]" in out
    code, out, err = run(capsys, "tag", seeded, "more")  # the tags file is written again
    assert code == 0, err
    stored = json.loads(tags.read_text(encoding="utf-8"))["tags"]
    assert [doc["tags"] for doc in stored.values()] == [["x\ufffd", "\U0001f600", "more"]]
    assert run(capsys, "search", "title")[0] == 0
    assert "nothing to repair" in run(capsys, "repair")[1]


def test_a_listing_without_its_titles_names_the_file_and_repair(
        seeded: str, library_dir: Path, capsys) -> None:
    listing = library_dir / "listing.json"
    doc = json.loads(listing.read_text(encoding="utf-8"))
    for page in doc["pages"].values():
        del page["title"]
    listing.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "list")
    assert (code, out) == (1, "")  # not a row titled "None"
    assert err.count("\n") == 1 and str(listing) in err and "run `newsreader repair`" in err
    assert "title column" in err
    assert run(capsys, "repair")[0] == 0
    assert run(capsys, "list")[1].startswith(seeded[:8])


# -- fuzzing: random bytes and hostile text through `newsreader import` -------------------

SUFFIXES = [".txt", ".md", ".html", ".htm", ".xml", ".rss", ".atom", ".json"]

FRAGMENTS = [
    b'<?xml version="1.0"?>', b'<rss version="2.0"><channel>', b"<item>", b"</item>",
    b"<title>", b"</title>", b"<description>", b"</description>", b"<link>", b"</link>",
    b'<feed xmlns="http://www.w3.org/2005/Atom">', b"<entry>", b"</entry>",
    b'<content type="html">', b"</content>", b"<html><body><article><p>", b"</p>",
    b'<a href="', b'">', b"</a>", b"&lt;p&gt;", b"&#xD800;", b"&#x1b;", b"&#0;", b"&#x110000;",
    b"<![CDATA[", b"]]>", b'<!DOCTYPE x [<!ENTITY a "b">]>', b"&a;",
    b'{"format":"newsreader-export","version":2,"articles":[', b'{"title":"t","body":"b"}',
    b'"feeds":[{"url":', b'"published":', b'"\\ud800"', b"1e999", b"null", b"]", b"}", b",",
    b"Source: ", b"Date: ", b"URL: ", b"Title\n", b"\n\n", b"\r\n", b"\r", b"Text said. ",
    b"\x1b[2J", b"\x1b]0;x\x07", b"\x9b", b"\xc2\x9b", b"\xe2\x80\xae", b"\xed\xa0\x80",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\t", b"9999-99-99", b"Mon, 99 Jan 99999",
]
fuzzed_bytes = st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=6), max_size=30
                        ).map(b"".join)


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), data=fuzzed_bytes)
def test_any_file_imports_or_is_rejected_in_one_line(
        seeded: str, tmp_path: Path, capsys, suffix: str, data: bytes) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    code, out, err = run(capsys, "import", str(path))
    assert "Traceback" not in err
    if code == 1:
        one_rejection(err, path)
    else:
        assert code == 0 and err == "", err
    assert not UNSAFE.search(out.replace("\n", "").replace("\t", ""))
    code, out, err = run(capsys, "list")
    assert code == 0 and seeded[:8] in out and not UNSAFE.search(out.replace("\n", ""))
    run(capsys, "delete", *(line.split()[0] for line in out.splitlines()
                            if not line.startswith(seeded[:8])))


HOSTILE = st.lists(st.sampled_from([
    "\x1b[31m", "\x1b]0;title\x07", "\x1b]", "\x1bP", "\x9b2J", "\x07", "\x00", "\x85",
    "\u202e", "\u2066", "\ufeff", "\r\n", "\r", "\u2028", "\t", "\n\n", " ", "\xa0",
    "[bold]", "[/]", "[link=http://x.example]", "[red", "\\[", "Word", "said", '"', "&",
    "\ud800", "\udcff", "\U0001f600",
]) | st.text(max_size=4), max_size=10).map("".join)
"""Text made of what a terminal acts on, what Rich or Textual would read as markup, and
what no file can hold (lone surrogates)."""


def _documents(title: str, body: str, name: str, link: str) -> dict[str, str]:
    """One article's fields as each kind of file that `import` reads."""
    t, b, n, u = (xml_escape(x) for x in (title, body, name, link))
    return {
        ".txt": f"Source: {name}\nAuthor: {name}\nURL: {link}\n\n{title}\n\n{body}\n",
        ".xml": f'<?xml version="1.0"?><rss version="2.0"><channel><title>{n}</title><item>'
                f"<title>{t}</title><description>{b}</description><author>{n}</author>"
                f"<category>{n}</category><link>{u}</link></item></channel></rss>",
        ".atom": f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{n}'
                 f'</title><entry><title type="html">{t}</title><content type="html">{b}'
                 f'</content><author><name>{n}</name></author><category term="{n}"/>'
                 f'<link href="{u}"/><id>{u}</id></entry></feed>',
        ".html": f"<html><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{b} "
                 f"and then a sentence long enough to be kept as the text of the article."
                 f'</p><p><a href="{u}">{n}</a></p></article></body></html>',
        ".json": json.dumps({"format": "newsreader-export", "version": 2, "articles": [{
            "title": title, "body": body, "source": name, "author": name, "tags": [name],
            "user_tags": [name], "url": link, "links": [{"url": link, "text": name}]}]}),
    }


@FUZZ
@given(suffix=st.sampled_from([".txt", ".xml", ".atom", ".html", ".json"]),
       title=HOSTILE, body=HOSTILE, name=HOSTILE, link=HOSTILE)
def test_hostile_text_is_stored_clean_and_shown_as_data(
        seeded: str, tmp_path: Path, capsys, suffix: str, title: str, body: str, name: str,
        link: str) -> None:
    path = tmp_path / f"input{suffix}"
    document = _documents(title, body, name, f"http://a.example/{link}")[suffix]
    path.write_bytes(document.encode("utf-8", "surrogatepass"))
    code, out, err = run(capsys, "import", str(path))
    assert "Traceback" not in err and code in (0, 1), err
    if code == 1:
        one_rejection(err, path)
    for argv in (["list"], ["list", "--json"], ["people"], ["feeds", "list"]):
        code, shown, err = run(capsys, *argv)
        assert code == 0 and "Traceback" not in err, err
        assert not UNSAFE.search(shown.replace("\n", "").replace("\t", "")), (argv, shown)
    for line in out.splitlines():
        if line.startswith("imported "):
            aid = line.split()[1]
            code, shown, _ = run(capsys, "show", aid)
            assert code == 0 and not UNSAFE.search(shown.replace("\n", "").replace("\t", ""))
            stored = json.loads(run(capsys, "show", aid, "--json")[1])
            for field in ("title", "source", "author", "key"):
                value = stored[field]
                assert value is None or (value.strip() and not UNSAFE.search(value)
                                         and "\n" not in value), (field, value)
            assert all(tag.strip() and not UNSAFE.search(tag) for tag in stored["tags"])
            assert all(not UNSAFE.search(link["url"] + link["text"])
                       for link in stored["links"])
            run(capsys, "delete", aid)
    still_there(capsys, seeded)


# -- fuzzing: exports of the wrong shape --------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2 ** 80), 2 ** 80) | st.floats() | HOSTILE,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE, inner, max_size=3),
    max_leaves=8)
article_entries = st.fixed_dictionaries({}, optional={
    name: json_values | st.just("A title") for name in (
        "id", "title", "body", "source", "author", "published", "url", "tags", "key",
        "added", "feed", "links", "bookmarked", "read", "user_tags")})


@FUZZ
@given(version=st.sampled_from([1, 2, 3, "2", None, True, 2.0]),
       entries=st.lists(article_entries | json_values, max_size=4),
       feeds=json_values | st.lists(st.fixed_dictionaries(
           {"url": st.just("http://a.example/feed") | json_values},
           optional={"tags": json_values, "full": json_values, "title": json_values}),
           max_size=2))
def test_an_export_of_any_shape_imports_whole_or_is_rejected(
        seeded: str, tmp_path: Path, capsys, version: object, entries: list[object],
        feeds: object) -> None:
    doc = {"format": "newsreader-export", "version": version, "feeds": feeds,
           "articles": entries}
    path = tmp_path / "export.json"
    path.write_bytes(json.dumps(doc).encode())
    code, out, err = run(capsys, "import", str(path))
    assert "Traceback" not in err
    if code == 1:
        one_rejection(err, path)
        assert not out.startswith("imported ") and "\nimported " not in out  # all or nothing
    else:
        assert code == 0 and err == "", err
        assert out.count("\nimported ") + out.startswith("imported ") \
            + out.count("duplicate ") == len(entries)
    assert not UNSAFE.search(out.replace("\n", ""))
    still_there(capsys, seeded)


def test_the_export_reader_only_ever_rejects() -> None:
    """What the fuzz above found, as plain data: the reader raises Rejected, nothing else."""
    for data in ([], "x", {"format": "newsreader-export"},
                 {"format": "newsreader-export", "version": 2, "articles": [None, 3]}):
        with pytest.raises(Rejected):
            list(articles_from_export(data))


# -- fuzzing: the config file -------------------------------------------------------------

toml_pieces = st.lists(st.sampled_from([
    "[keys]\n", "[views]\n", "[refresh]\n", '"list.down" = ', '"court" = ', "every_minutes = ",
    "on_start = ", '"j,down"', '"tag:court"', "true", "30", "inf", "nan", "-1", "1e400",
    "[", "]", "{", "}", "=", ",", '"', "'''", '"\\u001b[31m"', '"\\ud800"', "\n", "a.b.c = 1\n",
    "9" * 4400, "[[keys]]\n", "0x", "1979-05-27T07:32:00Z", "\\",
]) | st.text(max_size=3), max_size=20).map("".join)


@FUZZ
@given(text=toml_pieces)
def test_any_config_file_reads_or_is_one_line(
        seeded: str, tmp_path: Path, monkeypatch, capsys, text: str) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        read_config(config)
    except ConfigError as err:
        assert "\n" not in str(err)
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    code, out, err = run(capsys, "list", "--view", "court")
    assert "Traceback" not in err and err.count("\n") <= 1, err
    assert code in (0, 2) and not UNSAFE.search(err.replace("\n", ""))
    from newsreader.services import Services
    from newsreader.tui.app import NewsreaderApp

    app = NewsreaderApp(Services(Path(os.environ["NEWSREADER_LIBRARY"])), config=config)
    assert all("\n" not in problem for problem in app.key_problems)


# -- fuzzing: a library file damaged by hand ----------------------------------------------

def _places(doc: object, at: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place in a JSON document, as the keys that lead there."""
    found = [at]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _places(value, (*at, key))
    elif isinstance(doc, list):
        for n, value in enumerate(doc):
            found += _places(value, (*at, n))
    return found


LIBRARY_FILES = ("listing.json", "library.json", "tags.json", "bookmarks.json", "read.json",
                 "articles/000001.json")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A library holding the seed article, tagged, bookmarked and read (every file in
    LIBRARY_FILES); returns its folder and the article's id."""
    import contextlib
    import io

    seed = Path(__file__).resolve().parent / "fixtures" / "articles" / "marlow-water-subpoena.txt"
    folder = tmp_path_factory.mktemp("template") / "library"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--library", str(folder), "import", str(seed)]) == 0
        aid = Path(folder / "listing.json").read_text().split('"id":["')[1][:12]
        for argv in (["tag", aid, "mine"], ["bookmark", aid], ["read", aid]):
            assert main(["--library", str(folder), *argv]) == 0
    assert all((folder / name).is_file() for name in LIBRARY_FILES)
    return folder, aid


@FUZZ
@given(name=st.sampled_from(LIBRARY_FILES), data=st.data(),
       value=json_values | st.just("\x1b[31m\ud800"), remove=st.booleans())
def test_a_library_file_damaged_anywhere_is_one_line_and_repair_mends_it(
        template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory, capsys,
        name: str, data: st.DataObject, value: object, remove: bool) -> None:
    import shutil

    library = tmp_path_factory.mktemp("damaged") / "library"
    shutil.copytree(template[0], library)
    aid = template[1]
    path = library / name
    doc = json.loads(path.read_bytes())
    place = data.draw(st.sampled_from(_places(doc)[1:]))
    parent = doc
    for key in place[:-1]:
        parent = parent[key]
    if remove and isinstance(parent, dict):
        del parent[place[-1]]
    else:
        parent[place[-1]] = value
    path.write_text(json.dumps(doc), encoding="utf-8")
    for argv in (["list"], ["show", aid], ["people"], ["tag", aid, "more"],
                 ["repair"], ["list"], ["show", aid], ["repair"]):
        code, out, err = run(capsys, "--library", str(library), *argv)
        assert "Traceback" not in err and err.count("\n") <= 1, (argv, err)
        assert code in (0, 1) and (code == 0 or "newsreader: error: " in err), (argv, err)
        assert not UNSAFE.search(out.replace("\n", "").replace("\t", "")), (argv, out)
        if "newer than this newsreader knows" in err:
            break  # a schema number made larger: refused everywhere, repair included
    else:
        assert code == 0 and "nothing to repair" in out  # the first repair mended it all
    shutil.rmtree(library)
