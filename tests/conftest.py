"""Shared fixtures: temp libraries, the seed article, the sample library.

Every input is the project's own (``tests/fixtures``); nothing outside the repository is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from long_article import LayoutWork, write_long_article
from ttrss_server import ttrss, ttrss_session  # noqa: F401 (fixtures; tests/ is on sys.path)

from newsreader.services import Services

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "articles" / "marlow-water-subpoena.txt"
"""The project's own news article in the plain-text format (written for the tests)."""
SAMPLES = ROOT / "newsreader" / "samples"


@pytest.fixture(autouse=True)
def own_config(tmp_path_factory: pytest.TempPathFactory,
               monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own keys or feed-server account: $NEWSREADER_CONFIG
    names a file in a scratch folder (a test may set it again)."""
    monkeypatch.setenv("NEWSREADER_CONFIG",
                       str(tmp_path_factory.mktemp("config") / "config.toml"))
    monkeypatch.delenv("NEWSREADER_PASSWORD", raising=False)


@pytest.fixture
def library_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty library folder, also set as $NEWSREADER_LIBRARY."""
    path = tmp_path / "library"
    monkeypatch.setenv("NEWSREADER_LIBRARY", str(path))
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The tests' seed article: a news story with every common way of quoting someone."""
    return SEED


FIXED_ADDED = "2026-11-20T09:00:00+00:00"
"""The time articles are "added" in UI tests, so pictures do not change with the clock."""


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> str:
    """Make every article added now look added at FIXED_ADDED."""
    import newsreader.store.records

    monkeypatch.setattr(newsreader.store.records, "now_iso", lambda: FIXED_ADDED)
    return FIXED_ADDED


@pytest.fixture
def sample_library(library_dir: Path, fixed_clock: str) -> Services:
    """The services over a library holding the bundled samples (as on first run)."""
    services = Services(library_dir)
    assert services.first_run() is not None
    return services


@pytest.fixture
def seed_library(library_dir: Path, seed_path: Path, fixed_clock: str) -> Services:
    """The services over a library holding the seed article only."""
    services = Services(library_dir)
    services.import_paths([seed_path])
    return services


@pytest.fixture
def long_library(library_dir: Path, tmp_path: Path) -> Services:
    """A library holding one very long article (``long_article.LONG_PARAGRAPHS``
    paragraphs, as many quotations): what a long feed item or a book-length page brings."""
    path = tmp_path / "long.txt"
    write_long_article(path)
    services = Services(library_dir)
    assert len(services.import_paths([path]).imported) == 1
    return services


@pytest.fixture
def layout_work(monkeypatch: pytest.MonkeyPatch) -> LayoutWork:
    """Counts the article view's styling and wrapping of paragraphs (zero it to count
    from a moment on)."""
    from newsreader.tui.widgets import article_view
    from newsreader.tui.widgets.article_view import ArticleView

    work = LayoutWork()
    paragraph_text, line_starts = ArticleView._paragraph_text, article_view.line_starts

    def counted_paragraph(self: ArticleView, *args: object) -> object:
        work.styled += 1
        return paragraph_text(self, *args)  # type: ignore[arg-type]

    def counted_wrap(text: str, width: int) -> list[int]:
        work.wrapped += 1
        return line_starts(text, width)

    monkeypatch.setattr(ArticleView, "_paragraph_text", counted_paragraph)
    monkeypatch.setattr(article_view, "line_starts", counted_wrap)
    return work


@pytest.fixture(scope="module")
def server():
    """A feed server on 127.0.0.1 serving tests/fixtures/feeds (see its routes)."""
    from fixtures.feeds.server import FeedServer

    feed_server = FeedServer().start()
    yield feed_server
    feed_server.stop()
