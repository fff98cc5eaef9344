"""Web pages become articles with trafilatura: the article text, never the page's chrome."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsreader.news.files import Rejected
from newsreader.news.webpage import (
    NoArticleText,
    article_from_page,
    page_paragraphs,
    read_html_file,
)

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
PAGE = (FIXTURES / "article.html").read_bytes()


def test_a_page_becomes_an_article_with_its_metadata() -> None:
    art = article_from_page(PAGE, url="https://gazette.example/ferry")
    assert art.title == "Ferry Workers Vote to Strike"
    assert art.source == "The Harbour Gazette" and art.author == "Ana Lopes"
    assert art.published is not None and art.published.date() == date(2026, 3, 9)
    assert art.key == art.url == "https://gazette.example/ferry"
    assert len(art.paragraphs) == 4
    assert art.paragraphs[0].startswith("Ferry workers in Calder Bay voted")


def test_scripts_styles_navigation_and_footer_stay_out() -> None:
    body = article_from_page(PAGE).body
    for junk in ("SECRET", "color: red", "Home", "Privacy", "All rights reserved"):
        assert junk not in body


def test_page_paragraphs_drop_the_repeated_headline() -> None:
    paragraphs = page_paragraphs(PAGE)
    assert paragraphs[0] != "Ferry Workers Vote to Strike" and len(paragraphs) == 4


def test_pages_without_text_say_so() -> None:
    with pytest.raises(NoArticleText, match="no article text"):
        article_from_page(b"<html><head><title>T</title></head><body><script>x()</script>"
                          b"<style>p {}</style></body></html>")
    with pytest.raises(NoArticleText, match="empty page"):
        article_from_page(b"   ")


def test_saved_pages_are_read_with_a_size_limit(tmp_path: Path) -> None:
    assert read_html_file(FIXTURES / "article.html").title == "Ferry Workers Vote to Strike"
    with pytest.raises(Rejected, match="too large"):
        read_html_file(FIXTURES / "article.html", max_bytes=100)
    binary = tmp_path / "x.html"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(Rejected, match="binary"):
        read_html_file(binary)
