"""Hostile and careless input: escape sequences, bidi overrides and invisible controls in
everything that comes from outside, unterminated sequences, oversized and special files,
bad addresses, feed files with more items than a fetch reads.

Issue 10 (items 2, 3, 7, 9, 14, 15).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from newsreader.news.cleaning import one_line, printable, strip_controls

ROOT = Path(__file__).resolve().parent.parent

ESC = "\x1b"
INVISIBLE = ("\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u200b",
             "\u2060", "\ufeff", "\u206a", "\ufff9", "\u180e")
"""Bidi overrides, embeddings, isolates and marks, zero-width and invisible characters."""


def safe(text: str) -> bool:
    """Whether text holds nothing a terminal acts on or that hides or reorders text."""
    return ESC not in text and "\x9b" not in text and "\x9d" not in text and not any(
        ch in text for ch in INVISIBLE) and "\x07" not in text


# -- 2. an unterminated OSC or DCS drops no text -----------------------------------------


def test_cleaning_removes_terminated_strings_and_only_the_opener_of_unterminated_ones() -> None:
    assert strip_controls(f"a {ESC}]0;title\x07b") == "a b"
    assert strip_controls(f"a {ESC}]8;;https://x.example{ESC}\\link{ESC}]8;;{ESC}\\ b") \
        == "a link b"
    assert strip_controls(f"a {ESC}Pq#0;2;0;0;0{ESC}\\b") == "a b"
    assert strip_controls(f"one {ESC}] two\n\nthree") == "one  two\n\nthree"
    assert strip_controls(f"one {ESC}P two\n\nthree {ESC}_ four") == "one  two\n\nthree  four"
    assert strip_controls(f"one {ESC}]0;no end on this line\nnext line") \
        == "one 0;no end on this line\nnext line"


def test_an_article_with_a_stray_osc_imports_whole(library_dir: Path, tmp_path: Path,
                                                    capsys) -> None:
    article = tmp_path / "stray.txt"
    article.write_text(f"A Stray Escape\n\nFirst paragraph.\n\nSecond {ESC}] paragraph "
                       f"goes on.\n\nThird {ESC}P paragraph, the last.\n", encoding="utf-8")
    assert run(capsys, "import", str(article))[0] == 0
    rows = json.loads(run(capsys, "list", "--json")[1])
    shown = json.loads(run(capsys, "show", rows[0]["id"], "--json")[1])
    assert shown["text"] == ("First paragraph.\n\nSecond  paragraph goes on.\n\n"
                             "Third  paragraph, the last.")


# -- 7. every string from outside is cleaned where it enters -----------------------------


def test_invisible_and_bidi_controls_are_removed_and_joiners_kept() -> None:
    for ch in INVISIBLE:
        assert strip_controls(f"a{ch}b") == "ab", repr(ch)
        assert one_line(f"a{ch}b") == "ab", repr(ch)
    joined = "👩\u200d💻 and Persian \u200c stay"
    assert strip_controls(joined) == joined
    assert strip_controls("a\u2029b") == "a\nb"


HOSTILE = [f"{ESC}]52;c;aGVsbG8=\x07clip", f"{ESC}]0;pwned\x07title", f"{ESC}[2Jclear",
           "\u202eevil", "zero\u200bwidth", "c1\x9b31mred"]


def export_file(tmp_path: Path) -> Path:
    """An export whose every field carries an escape sequence or an invisible control."""
    doc = {"format": "newsreader-export", "version": 1, "count": 1, "articles": [{
        "id": "x", "title": f"Title {ESC}]0;t\x07\u202eend", "body": f"Body {ESC}[2J text.",
        "source": f"Src\u202e{ESC}[31m", "author": "Au\u2066thor", "published": "2026-03-09",
        "url": f"https://a.example/{ESC}]0;x\x07", "tags": HOSTILE, "key": f"k{ESC}[1m",
        "added": f"2026-03-09T10:00:00+00:00{ESC}[2J", "bookmarked": True, "read": True,
        "user_tags": HOSTILE,
    }]}
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_an_imported_export_is_cleaned_field_by_field(library_dir: Path, tmp_path: Path,
                                                      capsys) -> None:
    assert run(capsys, "import", str(export_file(tmp_path)))[0] == 0
    code, out, _ = run(capsys, "list")
    assert code == 0 and safe(out), repr(out)
    assert "clip" in out and "evil" in out  # the text stays, only the controls go
    rows = json.loads(run(capsys, "list", "--json")[1])
    assert rows[0]["tags"] == ["clip", "title", "clear", "evil", "zerowidth", "c1red"]
    code, out, _ = run(capsys, "show", rows[0]["id"], "--json")
    shown = json.loads(out)
    assert all(safe(str(v)) for v in shown.values()), shown
    assert shown["added"] == "2026-03-09T10:00:00+00:00"
    code, out, _ = run(capsys, "export")
    assert safe(out)


def test_tags_given_on_the_command_line_are_cleaned(library_dir: Path, seed_path: Path,
                                                    capsys) -> None:
    assert run(capsys, "import", str(seed_path))[0] == 0
    aid = json.loads(run(capsys, "list", "--json")[1])[0]["id"]
    code, out, _ = run(capsys, "tag", aid, *HOSTILE)
    assert code == 0 and safe(out)
    assert json.loads(run(capsys, "list", "--json")[1])[0]["tags"] == [
        "clip", "title", "clear", "evil", "zerowidth", "c1red"]


def test_json_output_escapes_what_a_terminal_would_act_on() -> None:
    from newsreader.cli.output import json_text

    text = json_text({"name": "a\u202eb\x9bc\x1bd"})
    assert safe(text) and json.loads(text) == {"name": "a\u202eb\x9bc\x1bd"}


# -- 9. file names are shown escaped -------------------------------------------------------


def test_printable_shows_controls_as_escapes() -> None:
    assert printable(f"a{ESC}]0;x\x07b\u202ec\td") == "a\\x1b]0;x\\x07b\\u202ec\\td"
    assert printable("plain naïve name.txt") == "plain naïve name.txt"


def test_file_names_in_the_import_report_are_escaped(library_dir: Path, tmp_path: Path,
                                                     seed_path: Path, capsys) -> None:
    folder = tmp_path / f"in{ESC}]0;pwned\x07"
    folder.mkdir()
    (folder / f"good{ESC}[2J.txt").write_bytes(seed_path.read_bytes())
    (folder / "bad\u202etxt.exe.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run(capsys, "import", str(folder))
    assert code == 1
    assert safe(out) and safe(err), (out, err)
    assert "good\\x1b[2J.txt" in out and "bad\\u202etxt.exe.txt" in err
    code, out, err = run(capsys, "import", "--json", str(folder))
    assert safe(out) and json.loads(out)["rejected"][0]["path"].endswith("bad\u202etxt.exe.txt")


def test_quotes_shows_file_names_escaped(tmp_path: Path, seed_path: Path, capsys) -> None:
    named = tmp_path / f"q{ESC}]0;x\x07.txt"
    named.write_bytes(seed_path.read_bytes())
    missing = tmp_path / f"gone{ESC}[2J.txt"
    code, out, err = run(capsys, "quotes", str(named), str(missing))
    assert code == 1 and safe(out) and safe(err)
    code, out, err = run(capsys, "quotes", "--json", str(named))
    assert safe(out)


# -- 3. a feed file with more items than a fetch reads imports them all ------------------


def test_a_feed_file_with_more_items_than_a_fetch_reads_imports_them_all(
        library_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    from newsreader.news import feeds

    monkeypatch.setattr(feeds, "MAX_ITEMS", 3)
    items = "".join(f"<item><title>Item {i}</title><link>https://many.example/{i}</link>"
                    f"<description>Paragraph {i} of the text.</description></item>"
                    for i in range(5))
    feed = tmp_path / "many.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>'
                    f"{items}</channel></rss>", encoding="utf-8")
    code, out, err = run(capsys, "import", str(feed))
    assert code == 0, err
    assert "5 imported" in out
    # a fetch still reads at most MAX_ITEMS, and says so
    parsed = feeds.parse_feed(feed.read_bytes())
    assert len(parsed.articles) == 3 and "read the first 3" in (parsed.warning or "")


# -- 14. only regular files are read, within limits ----------------------------------------


def limited(code: str, memory: int = 512 << 20,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` with at most ``memory`` bytes of address space, 60 s at most."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, preexec_fn=limit, cwd=ROOT, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def test_quotes_refuses_a_device_instead_of_reading_it_forever() -> None:
    done = limited("import sys; from newsreader.cli import main; "
                   "sys.exit(main(['quotes', '/dev/zero']))")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip() == ("newsreader: /dev/zero: a character device, not a "
                                   "regular file")


def test_a_config_file_that_is_a_device_is_refused() -> None:
    done = limited("from pathlib import Path\n"
                   "from newsreader.tui.keymap import ConfigError, load_keymap\n"
                   "try:\n    load_keymap(Path('/dev/zero'))\n"
                   "except ConfigError as err:\n    print(err)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("config file /dev/zero cannot be read (a character device, "
                                   "not a regular file)")


def test_a_config_file_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    from newsreader.tui.keymap import MAX_CONFIG_BYTES, ConfigError, load_keymap

    big = tmp_path / "config.toml"
    big.write_text("# " + "x" * MAX_CONFIG_BYTES)
    with pytest.raises(ConfigError, match="too large"):
        load_keymap(big)


def test_an_export_article_larger_than_any_article_may_be_is_refused(
        library_dir: Path, tmp_path: Path, capsys) -> None:
    doc = {"format": "newsreader-export", "version": 1, "articles": [
        {"title": "Small", "body": "A small article."},
        {"title": "Huge", "body": "word " * 2_200_000},
    ]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "import", str(path))
    assert code == 1
    assert err.count("\n") == 1  # one line
    assert "article 1 is too large (11.0 MB of text; the limit is 10.5 MB)" in err
    assert json.loads(run(capsys, "list", "--json")[1]) == []  # all or nothing


# -- 15. clear errors for addresses, ports and an empty --library ---------------------------

BAD_ADDRESSES = [
    ("http://127.0.0.1:99999/", "port 99999 is out of range"),
    ("not a url", "not a web address"),
    ("file:///etc/passwd", "not a web address"),
    ("javascript:alert(1)", "not a web address"),
    ("http:///no-host", "not a web address"),
]


@pytest.mark.parametrize(("given", "says"), BAD_ADDRESSES)
def test_add_says_what_is_wrong_with_an_address(library_dir: Path, capsys, given: str,
                                                says: str) -> None:
    code, out, err = run(capsys, "add", given)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and says in err and "redirect" not in err


@pytest.mark.parametrize(("given", "says"), BAD_ADDRESSES)
def test_feeds_add_refuses_a_bad_address(library_dir: Path, capsys, given: str,
                                         says: str) -> None:
    code, _, err = run(capsys, "feeds", "add", given)
    assert code == 1 and err.count("\n") == 1 and says in err
    assert run(capsys, "feeds", "list")[1] == ""


def test_an_empty_library_option_is_an_error(library_dir: Path, capsys) -> None:
    code, out, err = run(capsys, "--library", "", "list")
    assert code == 2 and out == ""
    assert "--library" in err and "empty" in err


# -- 12. OPML: linear, in batches that let other writers in, and a depth limit ----------


def opml(outlines: str) -> bytes:
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head>'
            f"<body>{outlines}</body></opml>").encode()


def many_feeds(n: int) -> bytes:
    return opml("".join(f'<outline type="rss" text="Feed {i}" '
                        f'xmlUrl="https://feeds{i % 7}.example/{i}.xml"/>' for i in range(n)))


def test_deeply_nested_outlines_are_cut_at_the_depth_limit() -> None:
    from newsreader.news.opml import MAX_DEPTH, parse_opml

    depth = 50_000
    nested = ('<outline text="f">' * depth
              + '<outline type="rss" text="Deep" xmlUrl="https://deep.example/rss"/>'
              + "</outline>" * depth)
    doc = parse_opml(opml('<outline type="rss" text="Top" xmlUrl="https://top.example/rss"/>'
                          + nested))
    assert [f.url for f in doc.feeds] == ["https://top.example/rss"]
    assert doc.skipped == [f"outlines nested more than {MAX_DEPTH} folders deep (skipped)"]


def test_import_opml_writes_in_batches_and_lets_other_writers_in(library_dir: Path,
                                                                 monkeypatch) -> None:
    from newsreader.services import Services, handle
    from newsreader.store import storage
    from newsreader.store.lock import WriteLock

    monkeypatch.setattr(handle, "OPML_BATCH", 500)
    writes: list[str] = []
    holds: list[int] = []
    real_write, real_acquire = storage.write_atomically, WriteLock._acquire_file

    def write(path: Path, payload: bytes) -> None:
        writes.append(path.name)
        real_write(path, payload)

    def acquire(self: WriteLock, deadline: float) -> None:
        holds.append(1)
        real_acquire(self, deadline)

    monkeypatch.setattr(storage, "write_atomically", write)
    monkeypatch.setattr(WriteLock, "_acquire_file", acquire)
    result = Services(library_dir).import_opml(many_feeds(1_200))
    assert len(result.subscribed) == 1_200 and all(created for _, created in result.subscribed)
    assert writes.count("feeds.json") == 3  # one write per batch, not one per feed
    assert len(holds) >= 3  # the lock was let go between batches
    assert len(Services(library_dir).feeds()) == 1_200


def test_import_opml_skips_an_unusable_address_and_subscribes_to_the_rest(
        library_dir: Path) -> None:
    from newsreader.services import Services

    doc = opml('<outline xmlUrl="https://ok.example/rss"/>'
               '<outline xmlUrl="http://bad.example:99999/rss"/>')
    result = Services(library_dir).import_opml(doc)
    assert [f.url for f, _ in result.subscribed] == ["https://ok.example/rss"]
    assert result.skipped == ["http://bad.example:99999/rss: port 99999 is out of range "
                              "(1-65535)"]


@pytest.mark.slow
def test_importing_4000_outlines_takes_seconds_not_a_minute(library_dir: Path) -> None:
    import time

    from newsreader.services import Services

    started = time.monotonic()
    result = Services(library_dir).import_opml(many_feeds(4_000))
    assert len(result.subscribed) == 4_000
    assert time.monotonic() - started < 5
