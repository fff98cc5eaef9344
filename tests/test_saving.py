"""One article out of the library: as text (that imports back) or Markdown, to a file
(``newsreader save``) or into a command's input."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import run

from newsreader.services import Services
from newsreader.services.saving import (
    SaveError,
    as_markdown,
    as_text,
    file_name,
    format_for,
    md_escape,
    pipe_article,
)


@pytest.fixture
def article(seed_library: Services):
    return seed_library.article(seed_library.listing().ids[0])


def test_text_is_the_import_format_and_imports_back_as_the_same_article(
        article, tmp_path: Path) -> None:
    text = as_text(article)
    assert text.startswith(f"Source: {article.source}\n")
    assert f"\n\n{article.title}\n\n" in text
    saved = tmp_path / "again.txt"
    saved.write_text(text)
    other = Services(tmp_path / "other")
    other.import_paths([saved])
    back = other.article(other.listing().ids[0])
    assert (back.title, back.body, back.source) == (article.title, article.body,
                                                     article.source)


def test_markdown_has_a_heading_and_markup_in_the_text_is_escaped(article) -> None:
    md = as_markdown(article)
    assert md.startswith(f"# {md_escape(article.title)}\n\n*{article.source}")
    assert md_escape("# not a *heading* [x](y)") == r"\# not a \*heading\* \[x\](y)"
    assert md_escape("1. not a list") == r"1\. not a list"
    assert md_escape("- nor this") == r"\- nor this"


def test_the_name_and_the_ending_choose_the_format(article) -> None:
    assert file_name(article).startswith("state-regulator-subpoenas-marlow-water-board")
    assert file_name(article, "markdown").endswith(".md")
    assert format_for("x.MD") == "markdown" and format_for("x.txt") == "text"
    assert format_for("notes") == "text"


def test_saving_writes_whole_files_and_never_replaces_one_unasked(
        seed_library: Services, article, tmp_path: Path) -> None:
    target = tmp_path / "story.md"
    written = seed_library.save_article(article, target)
    assert written == target and target.read_text().startswith("# ")
    with pytest.raises(SaveError, match="exists"):
        seed_library.save_article(article, target, "text")
    assert target.read_text().startswith("# ")  # untouched
    seed_library.save_article(article, target, "text", overwrite=True)
    assert target.read_text().startswith("Source: ")
    with pytest.raises(SaveError, match="there is no folder"):
        seed_library.save_article(article, tmp_path / "nowhere" / "x.txt")
    with pytest.raises(SaveError, match="is a folder"):
        seed_library.save_article(article, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library", "story.md"]


def test_a_pipe_gives_the_text_on_standard_input_and_reports_the_status(article) -> None:
    result = pipe_article(article, "grep -c Marlow")
    assert result.status == 0 and int(result.output.strip()) >= 3
    assert result.summary().startswith("| grep -c Marlow: exit status 0: ")
    failed = pipe_article(article, "cat >/dev/null; exit 3")
    assert failed.status == 3 and failed.summary() == "| cat >/dev/null; exit 3: exit status 3"
    stopped = pipe_article(article, "sleep 5", timeout=0.2)
    assert stopped.status is None and "stopped after 0.2 s" in stopped.summary()
    escapes = pipe_article(article, r"printf '\033[2Jhi\n'")
    assert "\x1b" not in escapes.summary() and escapes.summary().endswith(": hi")


def test_cli_save(seed_library: Services, capsys, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    aid = seed_library.listing().ids[0]
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "save", aid[:6])
    name = file_name(seed_library.article(aid))
    assert code == 0 and out.startswith(f"saved  {aid[:8]}  {name}  (text)")
    assert (tmp_path / name).read_text().startswith("Source: ")
    code, _, err = run(capsys, "save", aid, name)
    assert code == 1 and "exists (--force replaces it)" in err
    code, out, _ = run(capsys, "save", aid, name, "--markdown", "--force")
    assert code == 0 and (tmp_path / name).read_text().startswith("# ")
    code, out, _ = run(capsys, "save", aid, "-", "--markdown")
    assert code == 0 and out.startswith("# State Regulator")
    code, _, err = run(capsys, "save", aid, "x.md", "--text", "--markdown")
    assert code == 2
