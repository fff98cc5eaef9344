"""The sample library shipped with newsreader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.news.files import read_article

SAMPLES = Path(__file__).resolve().parent.parent / "newsreader" / "samples"
EXPECTED = json.loads((Path(__file__).parent / "data" / "samples_expected.json").read_text())


def test_there_are_at_least_twelve_samples() -> None:
    assert len(list(SAMPLES.glob("*.txt"))) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_reads_as_its_key_says(name: str) -> None:
    article = read_article(SAMPLES / name)
    key = EXPECTED[name]
    assert article.title == key["title"]
    assert article.source == key["source"]
    published = article.published.isoformat() if article.published else None
    assert (published or "")[: len(key["published"] or "")] == (key["published"] or "")
    for quote in key["quotes"]:
        flat = " ".join(quote["text"].split())
        assert flat in " ".join(article.body.split())


def test_samples_ship_in_the_package() -> None:
    from importlib.resources import files

    shipped = [p.name for p in (files("newsreader") / "samples").iterdir()
               if p.name.endswith(".txt")]
    assert sorted(shipped) == sorted(EXPECTED)


def test_one_person_is_quoted_in_two_samples() -> None:
    seen: dict[str, set[str]] = {}
    for name, key in EXPECTED.items():
        for quote in key["quotes"]:
            for speaker in quote["speakers"]:
                seen.setdefault(speaker, set()).add(name)
    assert any(len(names) >= 2 for names in seen.values())
