"""Reading the plain-text article format, and refusing files that are not articles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsreader.news.files import Rejected, read_article
from newsreader.news.plaintext import NotAnArticle, parse_plaintext


def test_seed_article_title_source_and_paragraphs(seed_path: Path) -> None:
    article = read_article(seed_path)
    assert article.title == (
        "State Regulator Subpoenas Marlow Water Board in ‘Final Step’ over Reservoir Data")
    assert article.source == "The Valley Ledger"
    assert len(article.paragraphs) == 8
    assert article.paragraphs[0].startswith("Citing a “persistent” refusal to share records")
    assert "More from" not in article.body


def test_headers_before_the_title_are_honoured() -> None:
    text = ("Source: The Harbour Gazette\nAuthor: Mira Okafor\nDate: 2026-03-09\n"
            "URL: https://example.org/a\n\nFerries Stop\n\nFirst paragraph.\n\nSecond one.\n")
    article = parse_plaintext(text)
    assert article.title == "Ferries Stop"
    assert (article.source, article.author, article.url) == (
        "The Harbour Gazette", "Mira Okafor", "https://example.org/a")
    assert article.published == datetime(2026, 3, 9)
    assert article.paragraphs == ["First paragraph.", "Second one."]


def test_headers_right_after_the_title_and_a_more_from_line() -> None:
    text = "Title Here\nDate: March 3, 2026 10:15\n\nBody text.\n\nMore from Valley Times\n"
    article = parse_plaintext(text)
    assert article.title == "Title Here"
    assert article.published == datetime(2026, 3, 3, 10, 15)
    assert article.source == "Valley Times"
    assert article.body == "Body text."


def test_source_header_wins_over_more_from_line() -> None:
    text = "Source: A\n\nT\n\nBody.\n\nMore from B\n"
    assert parse_plaintext(text).source == "A"


def test_wrapped_lines_join_into_one_paragraph_and_crlf_is_read() -> None:
    article = parse_plaintext("T\r\n\r\nline one\r\nline two\r\n\r\nnext\r\n")
    assert article.paragraphs == ["line one line two", "next"]


def test_an_unparseable_date_is_dropped_not_fatal() -> None:
    article = parse_plaintext("Date: someday soon\n\nT\n\nBody.\n")
    assert article.published is None and article.title == "T"


def test_escape_sequences_never_survive_into_title_or_text() -> None:
    article = parse_plaintext(
        "\x1b]0;owned\x07Evil \x1b[31mred\x1b[0m title\n\nA\x1b[2Jb \x9b1mc\n")
    assert article.title == "Evil red title"
    assert article.body == "Ab c"
    assert "\x1b" not in article.title + article.body


def test_title_without_text_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        parse_plaintext("Only a title\n\n\n")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Title\n\nCaf\xe9 au lait\n", "not UTF-8"),
        (b"  \n\n \n", "empty"),
        (b"Title only\n", "no text"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(Rejected, match=reason):
        read_article(path)


def test_huge_files_are_rejected_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Title\n\n" + "word " * 600_000)
    with pytest.raises(Rejected, match="too large"):
        read_article(path)


def test_utf8_bom_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nText.\n".encode())
    assert read_article(path).title == "Title"
