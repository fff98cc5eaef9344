"""``newsreader quotes`` and ``newsreader reanalyze`` through the entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.cli import main
from newsreader.news.analysis import Analysis
from newsreader.store.library import Library


def test_quotes_json_offsets_point_into_the_file_as_read(seed_path: Path, tmp_path: Path,
                                                         capsys) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + seed_path.read_bytes().replace(b"\n", b"\r\n"))
    assert main(["quotes", "--json", str(seed_path), str(crlf)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line, path in zip(lines, [seed_path, crlf], strict=True):
        record = json.loads(line)
        assert record["path"] == str(path)
        assert set(record) == {"path", "quotes", "people", "dates"}
        text = path.read_bytes().decode("utf-8")
        assert record["quotes"], "the seed article has quotations"
        for quote in record["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
            assert quote["kind"] in ("direct", "partial")
            assert {"speaker", "speakers", "speaker_start", "speaker_end", "verb",
                    "medium"} <= set(quote)


def test_quotes_reports_a_bad_file_and_goes_on(seed_path: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01")
    assert main(["quotes", "--json", str(bad), str(seed_path)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and json.loads(out)["path"] == str(seed_path)
    assert err.count("\n") == 1 and "bad.bin: binary" in err


def test_quotes_readable_listing(seed_path: Path, capsys) -> None:
    assert main(["quotes", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {seed_path}:") and "“persistent”" in out


def test_import_stores_analysis_and_reanalyze_refreshes_it(library_dir: Path, seed_path: Path,
                                                           capsys) -> None:
    assert main(["import", str(seed_path)]) == 0
    lib = Library(library_dir)
    (aid,) = lib.listing().ids
    analysis = lib.article(aid).analysis
    assert analysis is not None and analysis.quotes
    assert lib.listing().row(0).quotes == len(analysis.quotes)

    def outdated(art) -> None:
        art.analysis = Analysis(version="0")

    lib.update_articles({aid: outdated})
    assert Library(library_dir).listing().row(0).quotes == 0
    capsys.readouterr()
    assert main(["reanalyze"]) == 0
    assert "reanalysed 1 of 1" in capsys.readouterr().out
    fresh = Library(library_dir)
    assert fresh.listing().row(0).quotes > 0
    assert main(["reanalyze"]) == 0
    assert "reanalysed 0 of 1" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["quotes"], ["reanalyze", "--bogus"]])
def test_bad_arguments(argv: list[str], library_dir: Path, capsys) -> None:
    assert main(argv) == 2
