"""Who a quotation's speaker is: unnamed sources, pronouns, role nouns, the person rather than
their organization, and the roles people are given (the attribution's rules and coreference)."""

from __future__ import annotations

from newsreader.news.analysis import Analysis, Quote, analyse


def only(result: Analysis, fragment: str) -> Quote:
    """The one quotation whose text contains ``fragment``."""
    found = [q for q in result.quotes if fragment in q.text]
    assert len(found) == 1, f"{fragment!r}: {[q.text for q in result.quotes]}"
    return found[0]


def mention(text: str, quote: Quote) -> str:
    assert quote.speaker_start is not None and quote.speaker_end is not None
    return text[quote.speaker_start : quote.speaker_end]


# ---------------------------------------------------------------- unnamed sources


def test_an_unnamed_source_has_no_speaker_and_keeps_its_description() -> None:
    text = (
        "The bridge over the Ashby river was closed on Friday after cracks were found.\n\n"
        "\"We heard a bang like a gunshot and then the whole deck shook,\" one neighbour said.\n\n"
        "A senior official told reporters that \"repairs could take months.\""
    )
    result = analyse(text)
    bang = only(result, "We heard a bang")
    assert bang.speaker is None and bang.speakers == []
    assert bang.source == "one neighbour"
    assert mention(text, bang) == "one neighbour"
    repairs = only(result, "repairs could take")
    assert repairs.speaker is None
    assert repairs.source == "A senior official"
    assert not any(p.name in ("one neighbour", "A senior official") for p in result.people)


def test_a_document_without_an_author_speaks_for_itself() -> None:
    text = (
        "Hospital waiting times rose sharply last winter.\n\n"
        "\"Staffing shortages were the main cause of the delays,\" the report said."
    )
    q = only(analyse(text), "Staffing shortages")
    assert q.speaker == "the report"
    assert q.source is None


def test_an_organization_named_in_a_description_is_the_speaker() -> None:
    text = (
        "The race tightened in the final week.\n\n"
        "The Garvey campaign called the advertisement \"a desperate distraction.\""
    )
    q = only(analyse(text), "desperate distraction")
    assert q.speaker == "The Garvey campaign"
    assert q.source is None


def test_the_source_field_is_stored_and_read_back() -> None:
    text = "\"Nobody told us anything,\" one resident said."
    result = analyse(text)
    again = Analysis.from_dict(result.to_dict(), len(text))
    assert again.quotes[0].source == "one resident"
    old = result.to_dict()
    del old["quotes"][0]["source"]  # stored before the field existed
    assert Analysis.from_dict(old, len(text)).quotes[0].source is None
    damaged = result.to_dict()
    damaged["quotes"][0]["source"] = 42
    assert Analysis.from_dict(damaged, len(text)).quotes[0].source is None
