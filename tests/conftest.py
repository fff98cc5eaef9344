"""Shared fixtures: temp libraries, the seed article, the sample library."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "articles" / "ice-subpoenas-denver.txt"
SAMPLES = ROOT / "newsreader" / "samples"


@pytest.fixture
def library_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty library folder, also set as $NEWSREADER_LIBRARY."""
    path = tmp_path / "library"
    monkeypatch.setenv("NEWSREADER_LIBRARY", str(path))
    return path


@pytest.fixture
def seed_path() -> Path:
    """The real news article from ../shared/articles (test input, not shipped)."""
    if not SEED.exists():
        pytest.skip(f"{SEED} is missing: the shared test inputs are not beside the project")
    return SEED
