"""The command line, through its entry point, on a temp library."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from newsreader import __version__
from newsreader.cli import main

SEED_TITLE = "State Regulator Subpoenas Marlow Water Board in ‘Final Step’ over Reservoir Data"


def listed(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    code, out, _ = run(capsys, "list", "--json", *extra)
    assert code == 0
    return json.loads(out)


@pytest.fixture
def seeded(library_dir: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The library with the seed article imported; returns its id."""
    code, _, _ = run(capsys, "import", str(seed_path.parent))
    assert code == 0
    return listed(capsys)[0]["id"]


def test_import_then_list_shows_the_seed_article(seeded: str, capsys) -> None:
    rows = listed(capsys)
    assert len(rows) == 1
    row = rows[0]
    assert row["title"] == SEED_TITLE
    assert row["source"] == "The Valley Ledger"
    assert row["published"] is None
    assert row["tags"] == [] and row["bookmarked"] is False and row["read"] is False
    assert isinstance(row["quotes"], int)
    assert set(row) >= {"id", "title", "source", "published", "tags", "bookmarked", "read",
                        "quotes"}


def test_a_second_import_adds_nothing(seeded: str, seed_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", str(seed_path))
    assert code == 0
    assert "duplicate" in out and "0 imported, 1 duplicate" in out
    assert len(listed(capsys)) == 1


def test_bookmark_and_tags_show_in_list(seeded: str, capsys) -> None:
    prefix = seeded[:5]
    assert run(capsys, "bookmark", prefix)[0] == 0
    assert run(capsys, "tag", prefix, "water", "marlow")[0] == 0
    assert run(capsys, "untag", prefix, "marlow")[0] == 0
    row = listed(capsys)[0]
    assert row["bookmarked"] is True and row["tags"] == ["water"]
    assert listed(capsys, "--bookmarked") == [row]
    assert listed(capsys, "--tag", "Water") == [row]
    assert listed(capsys, "--tag", "marlow") == []
    assert run(capsys, "bookmark", "--off", prefix)[0] == 0
    assert listed(capsys, "--bookmarked") == []


def test_search_matches_title_and_body(seeded: str, capsys) -> None:
    assert len(listed(capsys, "--search", "reservoir")) == 1
    assert len(listed(capsys, "--search", "nitrate")) == 1  # only in the text
    assert listed(capsys, "--search", "no such words anywhere") == []
    assert len(listed(capsys, "--unread")) == 1


def test_show_prints_the_text(seeded: str, capsys) -> None:
    code, out, _ = run(capsys, "show", seeded[:6])
    assert code == 0 and out.startswith(SEED_TITLE) and "Miriam Okafor" in out
    code, out, _ = run(capsys, "show", "--json", seeded)
    data = json.loads(out)
    assert data["id"] == seeded and "Daniel Ashby" in data["text"]


@pytest.mark.parametrize("argv", [
    ["show", "ffffffffff"], ["show", "not-hex"], ["bookmark", "0"], ["tag", "zz", "x"],
])
def test_unknown_ids_get_one_line_and_non_zero(seeded: str, capsys, argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("newsreader: error:")


def test_ambiguous_prefix_is_refused(library_dir: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n}.txt").write_text(f"Story {n}\n\nText {n}.\n")
    assert run(capsys, "import", str(folder))[0] == 0
    ids = [r["id"] for r in listed(capsys)]
    # 40 ids over 16 hex digits: some first digit starts at least two of them
    first = next(d for d in "0123456789abcdef" if sum(i.startswith(d) for i in ids) > 1)
    code, _, err = run(capsys, "show", first)
    assert code == 1 and "ambiguous" in err


@pytest.mark.parametrize("argv", [["frobnicate"], ["list", "--sort", "colour"], ["tag"]])
def test_bad_arguments_get_one_line_and_status_2(library_dir: Path, capsys,
                                                 argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--help" in err


def test_import_reports_rejects_and_keeps_going(library_dir: Path, tmp_path: Path,
                                                seed_path: Path, capsys) -> None:
    folder = tmp_path / "mixed"
    (folder / "nested").mkdir(parents=True)
    (folder / "a-binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "b-latin1.txt").write_bytes(b"T\n\ncaf\xe9\n")
    (folder / "c-empty.txt").write_text("")
    (folder / ".hidden.txt").write_text("Hidden\n\nskipped when walking folders\n")
    shutil.copy(seed_path, folder / "nested" / "seed.txt")
    code, out, err = run(capsys, "import", str(folder), str(tmp_path / "missing.txt"))
    assert code == 1
    rejected = err.strip().splitlines()
    assert len(rejected) == 4
    assert any("a-binary.txt: binary" in line for line in rejected)
    assert any("b-latin1.txt: not UTF-8" in line for line in rejected)
    assert any("c-empty.txt: empty" in line for line in rejected)
    assert any("missing.txt: no such file" in line for line in rejected)
    assert "1 imported, 0 duplicates, 4 rejected" in out
    assert [r["title"] for r in listed(capsys)] == [SEED_TITLE]


def test_import_json_report(library_dir: Path, seed_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", "--json", str(seed_path))
    report = json.loads(out)
    assert code == 0 and report["imported"][0]["title"] == SEED_TITLE
    assert report["duplicates"] == [] and report["rejected"] == []


def test_export_then_import_restores_articles_and_state(seeded: str, tmp_path: Path,
                                                        monkeypatch, capsys) -> None:
    run(capsys, "bookmark", seeded)
    run(capsys, "tag", seeded, "keep")
    dump = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(dump))[0] == 0
    code, out, _ = run(capsys, "export", "--json")
    assert json.loads(out)["count"] == 1
    monkeypatch.setenv("NEWSREADER_LIBRARY", str(tmp_path / "other"))
    assert run(capsys, "import", str(dump))[0] == 0
    row = listed(capsys)[0]
    assert row["id"] == seeded and row["bookmarked"] and row["tags"] == ["keep"]


def test_library_option_beats_the_environment(seeded: str, tmp_path: Path, capsys) -> None:
    other = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "--library", str(other), "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert len(listed(capsys)) == 1


def test_a_corrupt_library_gets_one_line_and_is_left_alone(seeded: str, library_dir: Path,
                                                           capsys) -> None:
    target = library_dir / "bookmarks.json"
    target.write_text("{oops")
    code, _, err = run(capsys, "bookmark", seeded)
    assert code == 1 and "bookmarks.json" in err and len(err.strip().splitlines()) == 1
    assert target.read_text() == "{oops"


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsreader {__version__}"


def test_the_installed_console_script_runs(library_dir: Path, seed_path: Path) -> None:
    exe = shutil.which("newsreader") or str(Path(sys.executable).parent / "newsreader")
    if not Path(exe).exists():
        pytest.skip("newsreader is not installed in this environment")
    env = {**os.environ, "NEWSREADER_LIBRARY": str(library_dir)}
    done = subprocess.run([exe, "import", str(seed_path)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([exe, "list", "--json"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert json.loads(done.stdout)[0]["title"] == SEED_TITLE
    done = subprocess.run([exe, "show", "0"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_python_m_newsreader_is_the_command(library_dir: Path, seed_path: Path) -> None:
    env = {**os.environ, "NEWSREADER_LIBRARY": str(library_dir)}
    done = subprocess.run([sys.executable, "-m", "newsreader", "import", str(seed_path)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "1 imported" in done.stdout, done.stderr
