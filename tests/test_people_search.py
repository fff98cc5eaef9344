"""People across the library, quotation search and full-text search: the search index
beside the library, and the commands over it (``people``, ``person``, ``search``,
``quotes-search``, ``reindex``, ``repair``)."""

from __future__ import annotations

import gc
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from newsreader.news.people import Alias, Aliases, person_key
from newsreader.services import Services
from newsreader.store.library import Library
from newsreader.store.search_index import INDEX_FILE, match_expression

KHANS = """Source: Calder Bay Herald
Date: 2026-05-02

Two Khans Disagree Over the Harbour Tunnel

The harbour tunnel plan divided the council on Friday.

"We cannot afford another delay," said Sadiq Khan, the transport committee chair.

Imran Khan, a ferry captain, disagreed. "The tunnel will empty the ferries," he said.

Miriam Okafor, deputy regional administrator, also spoke. "The water table matters," Okafor said.
"""

OKAFOR_AGAIN = """Source: The Harbour Gazette
Date: 2026-06-10

Regulator Widens Reservoir Inquiry

The inquiry into the reservoir widened on Tuesday.

"We will follow the data wherever it leads," Miriam Okafor told reporters.
"""


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def library(library_dir: Path, seed_path: Path, tmp_path: Path,
            capsys: pytest.CaptureFixture[str]) -> Path:
    """The seed article and two more, imported."""
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "khans.txt").write_text(KHANS, encoding="utf-8")
    (extra / "okafor.txt").write_text(OKAFOR_AGAIN, encoding="utf-8")
    code, _, err = run(capsys, "import", str(seed_path), str(extra))
    assert code == 0, err
    return library_dir


def test_sqlite_has_fts5_so_the_index_needs_no_other_dependency() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61')")
    db.execute("INSERT INTO t VALUES('subpoenas served')")
    assert db.execute("SELECT count(*) FROM t WHERE t MATCH 'subpoena'").fetchone()[0] == 1


# -- names --------------------------------------------------------------------------


def test_a_full_name_is_one_key_however_it_is_written() -> None:
    assert person_key("Henry Lucero") == person_key("HENRY  LUCERO") == person_key("Henry Lucéro")
    assert person_key("the agency") == "agency"
    assert person_key("Sadiq Khan") != person_key("Imran Khan")


def test_merges_follow_chains_and_stop_at_loops() -> None:
    aliases = Aliases([Alias("a", into="b"), Alias("b", into="c"), Alias("c", name="C!"),
                       Alias("x", into="y"), Alias("y", into="x")])
    assert aliases.canonical("a") == "c"
    assert aliases.name("a") == "C!"
    assert aliases.canonical("x") in {"x", "y"}


def test_what_is_typed_becomes_a_search_of_words_phrases_and_prefixes() -> None:
    assert match_expression("ferry strike") == '"ferry" "strike"'
    assert match_expression('"ferry strike" vote*') == '"ferry strike" "vote"*'
    assert match_expression("ferry -strike") == '("ferry") NOT "strike"'
    assert match_expression("ferr", prefix_last=True) == '"ferr"*'
    assert match_expression('O\'Brien "') == '"O Brien"'
    assert match_expression("  - * \"\" ") is None


# -- people ----------------------------------------------------------------------------


def test_people_lists_everyone_once_with_roles_and_counts(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = run_json(capsys, "people")
    assert isinstance(people, list)
    by_name = {p["name"]: p for p in people}
    okafor = by_name["Miriam Okafor"]  # the same full name in three articles: one person
    assert okafor["articles"] == 3 and okafor["quotes"] == 4
    assert "deputy regional administrator" in okafor["role"]
    assert okafor["first_seen"] < okafor["last_seen"]
    assert "Okafor" not in by_name  # the short form is the full name's
    assert {"Sadiq Khan", "Imran Khan"} <= set(by_name)  # never merged by surname
    assert by_name["Sadiq Khan"]["role"] == "the transport committee chair"
    assert people[0]["quotes"] >= people[-1]["quotes"]  # most quoted first
    kinds = {p["kind"] for p in people}
    assert "person" in kinds and kinds - {"person"}  # organisations and places too


def test_people_search_finds_names_and_roles(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert [p["name"] for p in run_json(capsys, "people", "--search", "ferry capt")] == \
        ["Imran Khan"]
    names = {p["name"] for p in run_json(capsys, "people", "--search", "khan")}
    assert names == {"Sadiq Khan", "Imran Khan"}


def test_person_gives_their_quotations_across_articles_newest_first(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    okafor = run_json(capsys, "person", "Okafor")
    assert isinstance(okafor, dict)
    assert okafor["name"] == "Miriam Okafor"
    quotes = okafor["quotations"]
    assert len(quotes) == 4
    dated = [q for q in quotes if q["published"]]  # the seed has no date: its added time
    assert [q["published"][:10] for q in dated] == ["2026-06-10", "2026-05-02"]
    assert dated[0]["text"].startswith("We will follow the data wherever it leads")
    assert dated[0]["verb"] == "told"
    for q in quotes:  # offsets into the article's text, as `show` gives it
        shown = run_json(capsys, "show", q["article"])
        assert isinstance(shown, dict)
        assert shown["text"][q["start"]:q["end"]] == q["text"]


def test_a_surname_two_people_share_is_ambiguous(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "person", "Khan")
    assert code == 1
    assert "Imran Khan" in err and "Sadiq Khan" in err
    code, out, _ = run(capsys, "person", "Imran Khan")
    assert code == 0 and "The tunnel will empty the ferries" in out
    code, _, err = run(capsys, "person", "Nobody Atall")
    assert code == 1 and "no one" in err


def test_renames_and_merges_are_kept_across_reanalysis(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "person", "Imran Khan", "--merge-into", "Sadiq Khan")
    assert code == 0, err
    code, _, err = run(capsys, "person", "Sadiq Khan", "--rename", "The Khans")
    assert code == 0, err
    assert run(capsys, "reanalyze", "--all")[0] == 0
    merged = run_json(capsys, "person", "The Khans")
    assert isinstance(merged, dict)
    assert merged["quotes"] == 2 and len(merged["quotations"]) == 2
    assert merged["merged"] == ["imran khan"]
    names = {p["name"] for p in run_json(capsys, "people")}  # type: ignore[union-attr]
    assert "The Khans" in names and "Imran Khan" not in names
    assert run(capsys, "person", "The Khans", "--unmerge")[0] == 0
    names = {p["name"] for p in run_json(capsys, "people")}  # type: ignore[union-attr]
    assert {"Sadiq Khan", "Imran Khan"} <= names


# -- search ---------------------------------------------------------------------------


def test_search_ranks_and_knows_phrases_prefixes_and_stems(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def titles(*text: str) -> list[str]:
        found = run_json(capsys, "search", *text)
        assert isinstance(found, list)
        return [h["title"] for h in found]

    assert titles("reservoir")[0] == "Regulator Widens Reservoir Inquiry"  # title counts more
    assert len(titles("reservoir")) == 2
    assert titles("subpoena") == titles("subpoenas") != []  # stems
    assert titles('"harbour tunnel"') == ["Two Khans Disagree Over the Harbour Tunnel"]
    assert titles('"tunnel harbour"') == []  # a phrase is in order
    assert titles("tunn*") == ["Two Khans Disagree Over the Harbour Tunnel"]
    assert titles("reservoir -inquiry") == [
        t for t in titles("reservoir") if "Inquiry" not in t]


def test_quotation_search_gives_quotation_speaker_and_article(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hits = run_json(capsys, "quotes-search", "ferries")
    assert isinstance(hits, list) and len(hits) == 1
    assert hits[0]["speakers"] == ["Imran Khan"]
    assert hits[0]["title"] == "Two Khans Disagree Over the Harbour Tunnel"
    code, out, _ = run(capsys, "quotes-search", "ferries")
    assert "Imran Khan" in out and "The tunnel will empty the ferries" in out


def test_the_list_search_uses_the_index(library: Path) -> None:
    services = Services(library)
    assert services.index_ready()
    assert services.text_matches("water tab") == {  # as you type: the last word a prefix
        r.id for r in services.rows(services_query("Two Khans"))}


def test_a_prefix_finds_the_words_whose_stems_are_shorter_than_it(library: Path) -> None:
    """Texts are kept as stems ("regional" as "region", "administrator" as "administr"):
    a word typed past its stem still finds it, as the whole word does, in the list's
    search and in ``word*``; a word it cannot become finds nothing."""
    services = Services(library)
    khans = {r.id for r in services.rows(services_query("Two Khans"))}
    assert services.text_matches("regiona") == services.text_matches("regional") >= khans
    assert services.text_matches("deputy administra") >= khans
    assert services.text_matches("regionx") == set()
    assert "Two Khans Disagree Over the Harbour Tunnel" in {
        h.title for h in services.search("administra*")}
    assert match_expression("ferry hospita", prefix_last=True, widen=lambda w: [
        w + "l"]) == '"ferry" AND ("hospita"* OR "hospital")'


def services_query(search: str):  # type: ignore[no-untyped-def]
    from newsreader.services import ListQuery

    return ListQuery(search=search)


# -- kept current, rebuilt, never the source of truth ------------------------------


def test_an_edited_text_is_searched_as_it_now_is(library: Path) -> None:
    services = Services(library)
    lib = services.library
    aid = next(h.id for h in services.search("tunnel"))

    def edit(art):  # type: ignore[no-untyped-def]
        art.body = art.body.replace("tunnel", "bridge")
        art.title = art.title.replace("Tunnel", "Bridge")

    lib.update_articles({aid: edit})
    assert aid not in {h.id for h in Services(library).search("tunnel")}
    assert aid in {h.id for h in Services(library).search("bridge")}


def test_a_missing_or_corrupt_index_is_rebuilt_not_an_error(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = run_json(capsys, "search", "reservoir")
    for suffix in ("", "-wal", "-shm"):
        (library / f"{INDEX_FILE}{suffix}").unlink(missing_ok=True)
    assert run_json(capsys, "search", "reservoir") == before
    gc.collect()  # the commands' connections closed, as when their processes end
    (library / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (library / f"{INDEX_FILE}{suffix}").unlink(missing_ok=True)
    code, out, err = run(capsys, "repair")
    assert code == 0, err
    assert "index.sqlite could not be read: search index rebuilt (3 articles)" in out
    assert run_json(capsys, "search", "reservoir") == before
    code, out, _ = run(capsys, "repair")
    assert "nothing to repair" in out


def test_an_index_behind_the_library_catches_up(library: Path, seed_path: Path) -> None:
    """A write the index did not see (an older newsreader, say) makes it rebuild."""
    blind = Library(library, indexing=False)
    from newsreader.news.plaintext import parse_plaintext
    from newsreader.services.analysis import prepare

    article = parse_plaintext(OKAFOR_AGAIN.replace("inquiry", "audit").replace(
        "Inquiry", "Audit"))
    blind.add([prepare(article)])
    services = Services(library)
    assert [h.title for h in services.search("audit")] == ["Regulator Widens Reservoir Audit"]
    assert len(services.people(search="okafor")) == 1
    assert services.person("Okafor").articles == 4


def test_a_write_that_crashed_before_indexing_is_indexed_next_time(library: Path) -> None:
    services = Services(library)
    lib = services.library
    aid = next(h.id for h in services.search("tunnel"))
    index = lib.search_index()
    index.intend([aid])  # what a write announces before its commit...
    db = index.db()  # ...and the index as if that article's entries were then lost
    db.execute("DELETE FROM docs WHERE id=?", (aid,))
    assert aid in {h.id for h in Services(library).search("tunnel")}


def test_reindex_builds_it_again(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "reindex")
    assert isinstance(result, dict) and result["indexed"] == 3
    db = sqlite3.connect(library / INDEX_FILE)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_processes_importing_at_once_leave_every_article_indexed(
        library_dir: Path, tmp_path: Path) -> None:
    folders = []
    for n in range(2):
        folder = tmp_path / f"batch{n}"
        folder.mkdir()
        for i in range(30):
            (folder / f"a{i}.txt").write_text(
                f"Story {n} {i} about topic{n}x{i}\n\n\"Words number {i},\" said "
                f"Person{n} Surname{i}.\n", encoding="utf-8")
        folders.append(folder)
    procs = [subprocess.Popen([sys.executable, "-m", "newsreader", "--library",
                               str(library_dir), "import", str(f)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for f in folders]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    services = Services(library_dir)
    index = services.search_index()
    assert index is not None and index.count() == len(services) == 60
    assert len(services.search("topic0x7")) == 1 and len(services.search("topic1x29")) == 1
    assert len(services.people(search="surname")) == 60


def test_the_inspectors_other_quotations_come_from_the_index(library: Path) -> None:
    """The same person's quotations in other articles: read from the index when it is up
    to date (any spelling of the name), the same ones the articles themselves give."""
    from newsreader.services.reading import quotes_in

    services = Services(library)
    assert services.index_ready()
    scanned = {(a.id, ref.index, ref.quote.text)
               for a in services.library.articles_quoting("Miriam Okafor")
               for ref in quotes_in(a.id, a.title, a.analysis, "Miriam Okafor")}
    found = services.quotes_by("Miriam Okafor")
    assert {(r.article_id, r.index, r.quote.text) for r in found} == scanned
    assert len(scanned) == 4 and all(r.article_title for r in found)
    assert [(r.article_id, r.index) for r in services.quotes_by("MIRIAM  OKAFÓR")] == \
        [(r.article_id, r.index) for r in found]
    (library / "index.sqlite").unlink()  # no index: the articles are read, as before
    assert {(r.article_id, r.index, r.quote.text)
            for r in Services(library).quotes_by("Miriam Okafor")} == scanned
