"""The analysis, stage by stage: quotations, their attribution, people and dates, put together.

1. read the text: paragraphs, quotations (``news.quotes``), sentences and tokens
   (``news.sentences``), indexed as a ``frames.Document`` with its names (``people``);
2. attribute each quotation (``rules``): the rules of its sentence, else a continuation;
   quoted titles and scare quotes are dropped;
3. resolve every source in text order (``coref``): names to the registry's entities,
   pronouns and descriptions to the entity they refer to;
4. build the results: each kept quotation with its speakers, verb and medium, each person
   quoted or cited with their role and affiliation, and the dates (``news.dates``).
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsreader.news import lexicon as lx
from newsreader.news.attribution.coref import Resolver
from newsreader.news.attribution.cues import is_cue
from newsreader.news.attribution.frames import Document, Frame
from newsreader.news.attribution.people import (
    Entity,
    Name,
    Registry,
    bare_role,
    capital_forced,
    is_cap,
    is_year_old,
    parse_run,
    strip_possessive,
    written_lowercase,
)
from newsreader.news.attribution.phrases import (
    Source,
    medium_after,
    phrase_ending,
    phrase_from,
    subject_before,
)
from newsreader.news.attribution.rules import (
    MIN_WORDS,
    WINDOW,
    Attribution,
    attribute,
    beside_cue,
    continuation,
    indirect_sources,
    looks_like_title,
    modifier_use,
    sentence_subject,
)
from newsreader.news.attribution.scare import (
    headline_name,
    is_scare,
    remember_term,
    uncued_term,
)
from newsreader.news.dates import find_dates
from newsreader.news.model import Analysis, Person, Quote
from newsreader.news.plaintext import is_header_line
from newsreader.news.quotes import find_quotes, title_paragraph
from newsreader.news.sentences import paragraphs, sentences, tokenize, unwrapped


def extract(
    text: str, published: _dt.date | _dt.datetime | None, trace: list[str] | None = None,
    issuer: str | None = None,
) -> Analysis:
    """Run the whole analysis (see ``news.analysis.analyse``).

    ``trace``, when given, receives the name of the rule behind each quotation (for tuning).
    """
    # 1. read the text (a hard-wrapped one as if its lines were not broken)
    paragraph_spans = paragraphs(text)
    original, text = text, unwrapped(text, paragraph_spans)
    spans = find_quotes(text, paragraph_spans, title_paragraph(text, paragraph_spans))
    labels = interview_labels(text, paragraph_spans)
    # an interview's speaker label is a sentence of its own, never the subject of the next
    sentence_spans = sentences(text, paragraph_spans, [(q.start, q.end) for q in spans],
                               [_label_end(text, end) for _, _, end in labels])
    tokens = tokenize(text, [(q.open_start, max(q.close_end, q.end)) for q in spans])
    document = Document(text, tokens, spans, sentence_spans, paragraph_spans)
    registry = Registry()
    issuing = _issuer_in_header(text, paragraph_spans) or _issuer_named(issuer)
    # (in the registry only: what "the department" may mean, never what a pronoun does)
    issuer_entity = registry.add(issuing) if issuing is not None else -1
    all_names: list[Name] = []
    for run in document.name_runs:
        for name in run.names:
            if _FAMILY_AFTER.match(text, name.end) and name.kind == "person" and (
                " " not in name.text
            ):
                continue  # the Marchand family: the family, not a Marchand of it
            registry.add(name)
            all_names.append(name)

    # 2. attribute each quotation (those kept with nobody found: ``unattributed``)
    attributions, unattributed, verbs = _attribute_quotations(document)
    for attribution in attributions:
        if attribution is not None:
            attribution.source = _family_source(text, attribution.source)
    interview = Interview(document, all_names, labels)
    answers = interview.answers(document, attributions)
    borrowed = _headline_speakers(document, attributions, unattributed)

    # 3. resolve every source in text order (pronouns learn genders as they go)
    resolver = Resolver(document, registry, all_names, issuer_entity)
    indirect = indirect_sources(document)
    for _, source in indirect:
        resolver.mark_source(source)
    for attribution in attributions:
        if attribution is not None:
            resolver.mark_source(attribution.source)
    # (offset, quotation index or -1 for an indirect attribution, source)
    mentions: list[tuple[int, int, Source]] = [(s.start, -1, s) for _, s in indirect]
    for index, attribution in enumerate(attributions):
        if attribution is not None and index not in borrowed and index not in answers:
            mentions.append((attribution.source.start, index, attribution.source))
    mentions.sort(key=lambda mention: (mention[0], mention[1]))
    resolved: dict[int, list[int]] = dict(answers)  # quotation index -> entities
    cited: list[int] = []  # entities named as the source of an indirect attribution
    for _, index, source in mentions:
        entities = resolver.resolve(source)
        if source.kind == "pronoun":
            entities = interview.speaker_of(source, entities)
        elif source.kind == "nominal" and not entities:
            entities = interview.owner_of(source)  # Your paper says: the one answering
        if index >= 0:
            resolved[index] = entities
        else:
            cited.extend(entities)
    for headline, body in borrowed.items():
        resolved[headline] = resolved.get(body, [])

    # 4. the results
    quotes: list[Quote] = []
    people: dict[int, Person] = {}  # entity index -> person, in the order first met
    for index, span in enumerate(spans):
        attribution = attributions[index]
        if attribution is None:
            if index in unattributed:
                quotes.append(_unattributed_quote(document, index, verbs.get(index)))
                if trace is not None:
                    trace.append("unattributed")
            continue
        source = attribution.source
        entities = resolved.get(index, [])
        sentence = document.quote_sentence[index]
        sentence_start, sentence_end = (
            sentence_spans[sentence] if sentence_spans else (span.open_start, span.close_end)
        )
        names = [registry.entities[e].name for e in entities]
        speaker, unnamed = (names[0], None) if names else resolver.unnamed(source)
        quotes.append(Quote(
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            kind=_kind(document, index, attribution),
            speaker=speaker,
            speakers=names if names else ([speaker] if speaker else []),
            speaker_start=source.start,
            speaker_end=source.end,
            source=unnamed,
            verb=attribution.verb,
            medium=attribution.medium,
            sentence_start=min(sentence_start, span.open_start),
            sentence_end=max(sentence_end, span.close_end),
        ))
        if trace is not None:
            trace.append(attribution.rule)
        for which, entity in enumerate(entities):
            if entity not in people:
                people[entity] = Person(name=registry.entities[entity].name)
            people[entity].quotes.append(len(quotes) - 1)
            _learn_role(registry.entities[entity], source, which)
    for entity in cited:
        if entity not in people:
            people[entity] = Person(name=registry.entities[entity].name)
    for entity in people:
        resolver.complete_role(entity)  # the role beside a name, for those given none
    for entity in people:
        _owner_of_role(document, registry, entity)
    persons = [_completed(people[e], registry.entities[e]) for e in people
               if _listed(document, registry.entities[e])]
    dates = find_dates(text, sentence_spans, published)
    if text is not original:
        for quote in quotes:  # a quotation is its text exactly, line breaks and all
            quote.text = original[quote.start : quote.end]
    return Analysis(quotes=quotes, people=persons, dates=dates)


_SOURCE_HEADER = re.compile(r"[Ss]ource:[ \t]*([^\n(]*[^\s(])")
"""The ``Source:`` header line of the import format and the name it gives, up to any
parenthesis (``Source: U.S. Department of Education (fictional)``)."""


def _issuer_in_header(text: str, paragraph_spans: Sequence[tuple[int, int]]) -> Name | None:
    """The organization a ``Source:`` header line in the first paragraph names (a release's
    issuer, whom ``the department said`` means when the body names no department), as a
    name at its place in the header; None when there is none."""
    if not paragraph_spans or not is_header_line(text[: text.find("\n")]):
        return None
    found = _SOURCE_HEADER.match(text, paragraph_spans[0][0], paragraph_spans[0][1])
    return None if found is None else _issuer_name(found.group(1), found.start(1))


def _issuer_named(issuer: str | None) -> Name | None:
    """The organization a stored article's source names (``_issuer_name``), placed nowhere
    in the text; None when it names none."""
    if not issuer or len(issuer) > 200:
        return None
    plain = issuer.split("(", 1)[0].strip()
    found = _issuer_name(plain, 0) if plain else None
    if found is not None:
        found.end = 0  # (no mention: the source is no part of the text)
    return found


def _issuer_name(written: str, start: int) -> Name | None:
    """The organization the words of a source name, as a name beginning at offset
    ``start``: an issuer (``University of Lindenford`` for ``University of Lindenford
    News``), not an outlet (``Wikinews``) nor an office named for its holder (``Office of the
    Governor``); None for anything else."""
    words = written.split()
    for tail in _OFFICE_OF_THE_PRESS:
        if len(words) > len(tail) and [w.lower() for w in words[-len(tail):]] == tail:
            del words[-len(tail):]  # University of Lindenford News: the university
            break
    parsed = parse_run(tuple(words)) if 0 < len(words) <= 10 else ()
    name = " ".join(words)
    if len(parsed) != 1 or parsed[0][3] != "organization" or parsed[0][1] - parsed[0][0] != len(
        words
    ) or name.lower() in lx.MEDIA_NAMES or strip_possessive(words[-1]).lower() in lx.TITLES or (
        any(w.lower() in _OUTLET_WORDS for w in words)
    ):
        return None  # (not an outlet, Wikinews, Meridian News Agency; nor an office named
        # for its holder)
    return Name(start, start + len(name), -1, -1, name, "organization")


_OUTLET_WORDS = lx.ORG_KINDS["newspaper"] | lx.ORG_KINDS["broadcaster"] | {
    "news", "press", "wire", "media", "magazine"}
"""Words of an outlet's name (``Meridian News Agency``): a source that reports, no issuer."""
_OFFICE_OF_THE_PRESS = [tail.split() for tail in (
    "news blog", "news office", "news service", "news center", "news centre", "press office",
    "media relations", "newsroom", "news")]
"""Last words of a header's source that name an issuer's press office, not the issuer
(``University of Lindenford News``, ``FBI News Blog``)."""


_FAMILY_AFTER = re.compile(r"[ \t]famil(?:y|ies)\b")
"""The word after a surname that makes it a family's (``the Marchand family``)."""


def _family_source(text: str, source: Source) -> Source:
    """``the Wright family`` for a source that is the surname of that phrase: a description
    of its own (the family speaks, not one of it); any other source as it is."""
    if source.kind != "name" or " " in source.text:
        return source
    after = _FAMILY_AFTER.match(text, source.end)
    if after is None or text[max(0, source.start - 4) : source.start].lower() != "the ":
        return source
    start = source.start - 4
    return Source(start, after.end(), "nominal", text[start : after.end()])


def _attribute_quotations(
    document: Document,
) -> tuple[list[Attribution | None], set[int], dict[int, str]]:
    """The attribution of each quotation, None for those nobody is found to have said (and
    for titles, nicknames and scare quotes); the quotations kept though nobody is found to
    have said them (a headline's, until ``_headline_speakers``; one a cue of speech governs
    whose source is not found); and the verbs of those."""
    attributions: list[Attribution | None] = [None] * len(document.quotes)
    unattributed: set[int] = set()
    verbs: dict[int, str] = {}
    previous: tuple[int, Attribution] | None = None  # (quotation, attribution) last kept
    for index, span in enumerate(document.quotes):
        if span.headline:
            # a headline's quotation is one, whoever said it: its own cue names them
            # ("‘…’: Mayor Jane Smith tells …"), else the body's quoting the same words does;
            # unless it is a name ("NASA's 'Lantern' Probe") or a term the body sets off
            if headline_name(document, index) or _headline_modifier(document, index):
                remember_term(document, index)
                continue
            own = attribute(document, index)
            if own is None or own.rule not in ("post", "pre") or own.source.kind != "name":
                own = _headline_cue(document, index)
            if own is not None:
                attributions[index] = own
            else:
                unattributed.add(index)
            continue
        if is_scare(document, index) or looks_like_title(document, index):
            remember_term(document, index)  # (a later quotation of its words is one too)
            continue
        attribution = attribute(document, index)
        if attribution is not None and attribution.rule == "subject":
            # no cue: a passive one names its agent (described by the Herald as "…"), and
            # without one it may be a term
            attribution = _passive_agent(document, index) or (
                None if modifier_use(document, index) or uncued_term(document, index)
                else attribution
            )
        if attribution is None:
            attribution = continuation(document, index, previous)
        if attribution is None:
            found = _fallback(document, index, previous)
            if isinstance(found, str):
                unattributed.add(index)  # a cue of speech, and nobody it names
                verbs[index] = found
                continue
            if found is None:
                continue
            attribution = found
        attributions[index] = attribution
        previous = (index, attribution)
    return attributions, unattributed, verbs


def _headline_modifier(document: Document, index: int) -> bool:
    """Whether a headline's quotation is a word or two before the noun it describes, in a
    headline written in sentence case (``Probe finds 'rubble pile' asteroid``): no one's
    words. (In title case, ``Rovers Face 'Last Chance' Match``, nothing shows it.)"""
    span = document.quotes[index]
    text = document.text
    inner = text[span.start : span.end].strip()
    after = text[span.close_end : span.close_end + 30].split()
    following = after[0].rstrip(",.;:") if after else ""
    return following.isalpha() and following.islower() and inner[-1:].isalnum() and (
        len(inner.split()) <= 3 and following not in lx.FUNCTION_WORDS_AFTER
    )  # (architect of 'Argo' rescue, dies)


def _fallback(
    document: Document, index: int, previous: tuple[int, Attribution] | None
) -> Attribution | str | None:
    """For a quotation the rules give nobody: a quotation right after the one before it in
    the same sentence (``"…", "…"``) continues it; else a passive cue names its agent; else
    a cue before it governs it (``_governing_cue``); else a colon after a named subject
    announces it; else a statement opening its sentence continues the quotation before
    (``_statement_continued``)."""
    return (
        _adjacent(document, index, previous)
        or _passive_agent(document, index)
        or _governing_cue(document, index, previous)
        or _announced(document, index)
        or _statement_continued(document, index, previous)
        or _continued_inside(document, index, previous)
        or beside_cue(document, index)
    )


def _passive_agent(document: Document, index: int) -> Attribution | None:
    """The agent of a passive reporting verb before a quotation in its sentence: ``Lee has
    been described by the Herald as a "…"`` -> the Herald."""
    placed = document.quote_frame(index)
    if placed is None:
        return None
    frame, at = placed
    lowers = frame.lowers
    for by in range(at - 1, max(1, at - 12), -1):
        if by in frame.quotes or lowers[by] in (".", ";", "?", "!"):
            return None
        if lowers[by] != "by":
            continue
        verb = by - 1
        while verb > 0 and lowers[verb].endswith(lx.ADVERB_SUFFIX) and len(lowers[verb]) > 4:
            verb -= 1
        if lx.SPEECH_VERBS.get(lowers[verb]) is None or lowers[verb] in lx.PARTICIPLE_CUES or (
            lowers[verb - 1] not in lx.BE_FORMS
        ):
            return None
        found = phrase_from(frame, by + 1, at)
        if found is None and lowers[by + 1] in lx.ARTICLES:
            found = phrase_from(frame, by + 2, at)  # by the Daily Herald as
        if found is None or found[0].kind not in ("name", "nominal"):
            return None
        return Attribution(found[0], lowers[verb], None, "agent", frame.start(verb))
    return None


def _adjacent(
    document: Document, index: int, previous: tuple[int, Attribution] | None
) -> Attribution | None:
    """The attribution of the quotation before, when only a comma, ``and`` or ``or`` stands
    between the two in one sentence (``"Oh, but we care", "so we reject it"``)."""
    if previous is None or previous[0] != index - 1:
        return None
    if document.quote_sentence[index - 1] != document.quote_sentence[index]:
        return None
    text = document.text
    between = text[document.quotes[index - 1].close_end : document.quotes[index].open_start]
    if between.strip(" ,;") not in ("", "and", "or"):
        return None
    said = previous[1]
    return Attribution(said.source, said.verb, said.medium, "continued", said.cue_start)


def _announced(document: Document, index: int) -> Attribution | None:
    """A statement after a colon that ends narration takes the narration's subject when it is
    a name (``In a statement, the Department justified the strike as lawful: "…"``), the
    colon ending the quotation's own sentence or the one before it (``Sanders made the
    following comment:`` and the quotation in a paragraph of its own)."""
    placed = document.quote_frame(index)
    if placed is None:
        return None
    frame, at = placed
    sentence = frame.sentence
    span = document.quotes[index]
    if not document.text[span.start : span.start + 1].isupper():
        return None
    if at >= 3 and frame.words[at - 1] == ":":
        narration, end = frame, at - 1
    elif at == 0 and sentence > 0 and document.standalone(sentence):
        narration = document.frame(sentence - 1)
        end = len(narration.words) - 1
        if end < 3 or narration.words[end] != ":" or narration.has_quote(0, end):
            return None
    else:
        return None
    subject = sentence_subject(narration, 0, end)
    if subject is None or not (subject.kind == "name" or (
        subject.kind == "nominal" and any(is_cap(w) for w in subject.text.split()[1:])
    ) or _one_described(subject)):
        # a name, or a description holding one (the Department of Defense); past a long
        # introductory phrase, the subject of the first verb (On July 6, 2015, Sanders made)
        subject = _clause_subject(narration, end)
        if subject is None or subject.kind != "name":
            return None
    return Attribution(subject, None, None, "colon", narration.start(end))


def _one_described(subject: Source) -> bool:
    """Whether a subject is a short definite description of one person (``The 41-year-old``,
    ``the minister``), whom the pronouns and descriptions resolve as a speaker."""
    words = subject.text.lower().split()
    return subject.kind == "nominal" and 2 <= len(words) <= 4 and words[0] == "the" and (
        is_year_old(words[-1]) or words[-1] in lx.PERSON_HEADS or words[-1] in lx.TITLES)


def _governing_cue(
    document: Document, index: int, previous: tuple[int, Attribution] | None
) -> Attribution | str | None:
    """For a quotation the rules gave nobody, the nearest reporting cue before it in its
    sentence (no other quotation between), which makes it somebody's words, and whose they
    are: the agent of a passive
    (``described by the Bulletin as "…"``); for a participle after a quotation of the same
    sentence, that quotation's speaker (``X said "…," further saying, "…"``); a description
    ending just before the cue (``The commissioner said, "…"``). For the quotative ``like``
    with none of these, its verb alone (``the old guard will go like "…"``: somebody's words,
    nobody named). None when there is no such cue or none of these."""
    placed = document.quote_frame(index)
    if placed is None:
        return None
    frame, at = placed
    sentence = frame.sentence
    words, lowers = frame.words, frame.lowers
    k = at - 1
    while k >= 0 and words[k] in (",", ":", "—", "–"):
        k -= 1
    cue = None
    for j in range(k, max(-1, k - WINDOW), -1):
        if j in frame.quotes or words[j] in (".", ";", "?", "!"):
            break
        if frame.cue_words[j] and is_cue(frame, j):
            cue = j
            break
    if cue is None:
        return None
    verb, limit = lowers[cue], len(frame.words)
    if cue + 1 < limit and lx.PHRASAL_CUES.get(verb) == lowers[cue + 1]:
        verb = f"{verb} {lowers[cue + 1]}"  # points out, go like
    if cue + 1 < at and lowers[cue + 1] == "by":
        found = phrase_from(frame, cue + 2, at)
        if found is not None and found[0].kind in ("name", "nominal"):
            return Attribution(found[0], verb, None, "agent", frame.start(cue))
        return None
    if verb in lx.PARTICIPLE_CUES:
        if previous is not None and document.quote_sentence[previous[0]] == sentence:
            subject: Source | None = previous[1].source
        else:
            subject = _clause_subject(frame, cue)
        if subject is not None:
            return Attribution(subject, verb, medium_after(frame, cue, limit), "participle",
                               frame.start(cue))
    source = _description_before(frame, cue)
    if source is None:
        if verb == "like" or verb.endswith(" like"):
            return verb  # they go like "…"
        return None
    return Attribution(source, verb, medium_after(frame, cue, limit), "described",
                       frame.start(cue))


def _statement_continued(
    document: Document, index: int, previous: tuple[int, Attribution] | None
) -> Attribution | None:
    """A statement that opens its sentence (after an introductory phrase or not) with no cue
    in it (``"This is not what I wanted …" to place at her station, …``) continues the
    quotation before it, in the same or the previous paragraph, as a quotation standing
    alone would, when the narration between them (two sentences at most) names nobody."""
    if previous is None:
        return None
    placed = document.quote_frame(index)
    if placed is None:
        return None
    frame, at = placed
    sentence = frame.sentence
    span = document.quotes[index]
    text = document.text
    if not _opens_sentence(frame, at) or (
        not text[span.start : span.start + 1].isupper()
    ) or len(text[span.start : min(span.end, span.start + 400)].split()) < MIN_WORDS:
        return None
    if any(frame.cue_words[k] and is_cue(frame, k) for k in range(min(len(frame.words), WINDOW))):
        return None
    paragraph = document.paragraph_at(span.open_start)
    before = document.paragraph_at(document.quotes[previous[0]].open_start)
    if not 0 <= paragraph - before <= 1:
        return None
    # the narration between names nobody else (``Her partner, Lee Cole, called him …``)
    between = range(document.quote_sentence[previous[0]] + 1, sentence)
    if len(between) > 2 or any(_names_someone(document.frame(s)) for s in between):
        return None
    said = previous[1]
    return Attribution(said.source, said.verb, said.medium, "continued", said.cue_start)


def _continued_inside(
    document: Document, index: int, previous: tuple[int, Attribution] | None
) -> Attribution | None:
    """A quotation of four words or more inside a sentence with no cue and no name, the
    sentence next to one quoting somebody in the same paragraph, continues that quotation:
    ``"…," said Jo Roe, head of policy. Now, "within the business community …"``,
    ``"…," Trump said. Instead, "he just acts like …"``."""
    if previous is None:
        return None
    sentence = document.quote_sentence[index]
    said_in = document.quote_sentence[previous[0]]
    if sentence - said_in != 1:
        return None
    span = document.quotes[index]
    if document.paragraph_at(span.open_start) != document.paragraph_at(
        document.quotes[previous[0]].open_start
    ) or len(document.text[span.start : min(span.end, span.start + 200)].split()) < 4:
        return None
    frame = document.frame(sentence)
    if _names_someone(frame) or any(
        frame.cue_words[k] and is_cue(frame, k) for k in range(min(len(frame.words), WINDOW))
    ):
        return None
    said = previous[1]
    return Attribution(said.source, said.verb, said.medium, "inside", said.cue_start)


def _opens_sentence(frame: Frame, at: int) -> bool:
    """Whether item ``at`` opens its sentence, or follows only a short introductory phrase
    and its comma (``During the premiere, "…"``)."""
    if at == 0:
        return True
    return (
        at <= 8 and frame.words[at - 1] == "," and frame.lowers[0] in lx.INTRODUCTORY_WORDS
        and not frame.has_quote(0, at) and "," not in frame.words[: at - 1]
    )


def _names_someone(frame: Frame) -> bool:
    """Whether a sentence names a person or an organization."""
    runs = frame.name_runs
    return any(
        name.kind in ("person", "organization")
        for index in {i for i in frame.name_run_at if i is not None}
        for name in runs[index].names
    )


def _clause_subject(frame: Frame, participle: int) -> Source | None:
    """The subject of the clause a participle hangs on, when it is a name or a pronoun: the
    first verb before the participle (a lowercase word that is not a small word) that has one
    (``While …, artist Jo Lee emphasized the need for rest, saying "…"``)."""
    lowers = frame.lowers
    for verb in range(max(1, participle - WINDOW), participle - 1):
        low = lowers[verb]
        if not (low.isalpha() and frame.words[verb].islower()) or low in lx.FUNCTION_WORDS or (
            low in lx.AUXILIARIES or frame.name_run_at[verb] is not None
        ):
            continue
        subject = subject_before(frame, verb, max(0, verb - WINDOW))
        if subject is not None and subject.kind in ("name", "pronoun") and (
            _opens_clause(frame, subject.start)
        ):
            return subject
    return None


def _opens_clause(frame: Frame, offset: int) -> bool:
    """Whether the item at a text offset opens a clause, titles and articles before it aside:
    the sentence's first, or after a comma, a dash or a conjunction (not after a
    preposition: ``in Cleveland``)."""
    k = bisect_left(frame.tokens.starts, offset, frame.first, frame.first + len(frame.words))
    k -= frame.first
    lowers = frame.lowers
    while k > 0 and (lowers[k - 1] in lx.ARTICLES or lowers[k - 1] in lx.TITLES
                     or lowers[k - 1] in lx.SOURCE_MODIFIERS):
        k -= 1  # the acting director Ana Reis
    while k > 1 and lowers[k - 1] in lx.SEQUENCE_ADVERBS and (
            lowers[k - 2] in lx.OPENING_CONJUNCTIONS):
        k -= 1  # And then Trump went on the attack, saying
    if k > 0 and frame.words[k - 1].isalpha() and frame.words[k - 1].islower() and (
        lowers[k - 1] not in lx.FUNCTION_WORDS
    ):
        k -= 1  # skipper Ana Reis
        while k > 0 and lowers[k - 1] in lx.ARTICLES:
            k -= 1
    if k <= 0:
        return True
    before = lowers[k - 1]
    return before in (",", "—", "–", ";", ":") or before in lx.OPENING_CONJUNCTIONS


def _description_before(frame: Frame, cue: int) -> Source | None:
    """A description that ends just before the cue at item ``cue`` (auxiliaries and adverbs
    aside) and opens with a determiner: ``The commissioner``, ``the event description``,
    ``Many users``; a plural alone opening its clause (``Mexicans often say``); or ``you``."""
    lowers, words = frame.lowers, frame.words
    j = cue - 1
    while j >= 0 and (lowers[j] in lx.AUXILIARIES or (
            lowers[j].endswith(lx.ADVERB_SUFFIX) and len(lowers[j]) > 4)):
        j -= 1
    if j >= 0 and lowers[j] == "you":
        # the one spoken to (an interviewer's "you said", resolved by ``Interview``)
        return Source(frame.start(j), frame.end(j), "pronoun", words[j])
    end = j + 1
    i = j
    while i >= 0 and end - i <= 5 and i not in frame.quotes and words[i][:1].isalnum() and (
        lowers[i] not in lx.FUNCTION_WORDS or lowers[i] in lx.DETERMINERS
    ) and not is_cue(frame, i):
        if lowers[i] in lx.DETERMINERS:
            if i == end - 1:
                return None  # a determiner alone
            return Source(frame.start(i), frame.end(end - 1), "nominal", frame.text(i, end))
        i -= 1
    if end >= 1 and _opens_clause(frame, frame.start(end - 1)) and _bare_plural(words[end - 1]):
        # a plural alone opening its clause: Mexicans often say, Critics said
        return Source(frame.start(end - 1), frame.end(end - 1), "nominal", words[end - 1])
    return None


def _bare_plural(word: str) -> bool:
    """Whether a word reads as a plural noun standing alone (``Mexicans``, ``critics``,
    ``fishermen``)."""
    low = word.lower()
    if low in lx.PEOPLE_HEADS:
        return True  # people, women, residents
    plural = (low.endswith("s") and not low.endswith("ss")) or low.endswith("men")
    return len(low) > 4 and low.isalpha() and plural and (
        low not in lx.FUNCTION_WORDS and low not in lx.AUXILIARIES
        and low not in lx.INTRODUCTORY_WORDS and low not in lx.PRONOUNS
    )


class Interview:
    """The turns of an interview printed in question-and-answer form, each paragraph opened by
    its speaker's label (``((Jane Roe))  …``, ``Jane Roe: …``, ``Q: …``); a paragraph without
    a label continues the turn before it. In a turn, ``I`` is its speaker; in a question (a
    turn of the label whose paragraphs are questions), ``you`` is whoever answers next."""

    __slots__ = ("_starts", "_speakers", "_asker", "_talking", "_labels")

    def __init__(
        self, document: Document, names: Sequence[Name], found: Sequence[Label]
    ) -> None:
        """``found``: the article's labels (``interview_labels``)."""
        self._starts: list[int] = []  # where each turn begins
        self._speakers: list[int] = []  # the entity of each turn's label (-1: none)
        self._asker = -1  # the entity whose turns are questions
        self._talking: set[int] = set()  # the entities of the labels
        self._labels: list[tuple[int, int]] = [(at, end) for _, at, end in found]
        text = document.text
        labels: list[tuple[int, str, int]] = []  # (paragraph start, label, entity)
        starts = [name.start for name in names]
        answers = _interviewee(names, found[0][1]) if found else -1
        for a, at, end in found:
            label = text[at:end]
            i = bisect_left(starts, at)
            entity = names[i].entity if i < len(names) and names[i].start < end else -1
            if label == "A":
                entity = answers  # Q: … A: …, the answers the interviewee's
            elif label.isupper() and label.isalpha() and 2 <= len(label) <= 3:
                entity = _initials_of(names, label, found[0][1], entity)  # ((HB)): Henrike Brandt
            labels.append((a, label, entity))
        questions: dict[str, list[int]] = {}
        for a, label, entity in labels:
            self._starts.append(a)
            self._speakers.append(entity)
            if entity >= 0:
                self._talking.add(entity)
            end = document.paragraphs[document.paragraph_at(a)][1]
            asks = questions.setdefault(label, [0, 0, entity])
            asks[0] += 1
            asks[1] += text[a:end].rstrip().endswith("?")
        if questions:
            asker = max(questions.values(), key=lambda q: q[1] / q[0])
            if asker[1] * 2 > asker[0]:
                self._asker = asker[2]

    def answers(
        self, document: Document, attributions: list[Attribution | None]
    ) -> dict[int, list[int]]:
        """The quotations nobody is found to have said that open an answer, right after its
        label (``A: "It's not a separate language. …"``): each the answerer's, given an
        attribution whose mention is the label. ``attributions`` is completed in place."""
        found: dict[int, list[int]] = {}
        if not self._starts:
            return found
        text = document.text
        for index, span in enumerate(document.quotes):
            if attributions[index] is not None:
                continue
            turn = bisect_right(self._starts, span.open_start) - 1
            if turn < 0 or document.paragraph_at(span.open_start) != document.paragraph_at(
                self._starts[turn]
            ):
                continue
            at, end = self._labels[turn]
            speaker = self._speakers[turn]
            if speaker < 0 or speaker == self._asker:
                continue
            if text[_label_end(text, end) : span.open_start].strip(" \t*_") or len(
                text[span.start : span.end].split(None, 3)
            ) < 4:
                continue  # (words before it; or a title: A: "Moonlight" is my favourite)
            attributions[index] = Attribution(
                Source(at, end, "name", text[at:end]), rule="interview"
            )
            found[index] = [speaker]
        return found

    def owner_of(self, source: Source) -> list[int]:
        """The entity a document opened by ``your`` or ``my`` in a turn belongs to (``Your
        paper says …`` in a question: whoever answers it), as ``speaker_of`` finds for
        ``you`` and ``I``; [] when it is none of those."""
        words = source.text.lower().split()
        word = words[0]
        if word not in ("your", "my") or words[-1] not in lx.DOCUMENT_HEADS:
            return []  # (Your paper; not Your captain, someone else)
        pronoun = Source(source.start, source.start + len(word), "pronoun",
                         "you" if word == "your" else "I")
        return self.speaker_of(pronoun, [])

    def speaker_of(self, source: Source, resolved: list[int]) -> list[int]:
        """The entities a pronoun of an interview stands for, given those ``coref`` resolved
        it to: an ``I`` is the turn's speaker, a ``you`` in a question whoever answers it;
        ``he``, ``she`` or ``they`` is never one of the two talking (they would say I or
        you), so it is left unresolved rather than given to either."""
        if not self._starts:
            return resolved
        word = source.text.lower()
        turn = bisect_right(self._starts, source.start) - 1
        if turn < 0:
            return resolved
        if word not in ("i", "you"):
            talking = self._talking
            return [] if any(entity in talking for entity in resolved) else resolved
        speaker = self._speakers[turn]
        if word == "you":
            if speaker != self._asker or speaker < 0:
                return []
            for later in self._speakers[turn + 1 :]:
                if later != self._asker:
                    return [later] if later >= 0 else []
            return []
        return [speaker] if speaker >= 0 else []


def _initials_of(names: Sequence[Name], label: str, first_label: int, default: int) -> int:
    """The person named before an interview's first label whose initials the label is
    (``((HB))`` for Henrike Brandt), else ``default``."""
    for name in names:
        if name.start >= first_label:
            break
        words = name.text.split()
        if name.kind == "person" and name.entity >= 0 and len(words) == len(label) and (
            "".join(w[0] for w in words).upper() == label
        ):
            return name.entity
    return default


def _interviewee(names: Sequence[Name], first_label: int) -> int:
    """The one an interview printed as ``Q:`` and ``A:`` is with: the person named most often
    before its first label, by a full name at least once (the first of them named, when
    several are named as often), or -1. One known to be a person (by a title or a first
    name) comes before one that may be a place (``the whistlers of Vilar da Serra``)."""
    counts: dict[int, int] = {}
    full: set[int] = set()
    known: set[int] = set()
    for name in names:
        if name.start >= first_label:
            break
        if name.kind == "person" and name.entity >= 0:
            counts[name.entity] = counts.get(name.entity, 0) + 1
            if " " in name.text or name.title:
                full.add(name.entity)
            if name.title or name.gender:
                known.add(name.entity)
    counts = {entity: n for entity, n in counts.items() if entity in full}
    return max(counts, key=lambda e: (e in known, counts[e])) if counts else -1


Label = tuple[int, int, int]
"""An interview's speaker label: (its paragraph's start, the label's start, its end)."""


def interview_labels(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Label]:
    """The speaker labels opening the paragraphs of an interview (``((Jane Roe))``, ``Jane
    Roe:``); none unless there are three or more of at least two speakers (a label or two is
    a dateline or a note, not an interview)."""
    labels: list[Label] = []
    for a, b in paragraphs:
        found = _LABEL.match(text, a, b)
        line_end = text.find("\n", a, b)
        if found is not None and not is_header_line(text[a : line_end if line_end >= 0 else b]):
            # (the header's "Source: …" line opens no turn)
            group = 1 if found.group(1) else 2
            labels.append((a, found.start(group), found.end(group)))
    if len(labels) < 3 or len({text[at:end] for _, at, end in labels}) < 2:
        return []
    return labels


_LABEL = re.compile(
    r"\(\(([^()\n]{1,60})\)\)[ \t]*+:?"
    r"|((?:[A-Z][\w.’'-]*+[ \t]){0,3}[A-Z][\w.’'-]*+):[ \t]"
)
"""A speaker's label opening a paragraph of an interview: ``((Jane Roe))``, ``Jane Roe:``."""


def _label_end(text: str, end: int) -> int:
    """Where the label ending at ``end`` ends with its closing marks (``))``, ``:``)."""
    while end < len(text) and text[end] in "):":
        end += 1
    return end


def _headline_cue(document: Document, index: int) -> Attribution | None:
    """A headline's attribution after a colon: ``‘…’: Mayor Jane Smith tells the Herald``."""
    placed = document.quote_frame(index)
    if placed is None:
        return None
    frame, at = placed
    if at + 2 >= len(frame.words) or frame.words[at + 1] != ":":
        return None
    for cue in range(at + 3, min(len(frame.words), at + 10)):
        if cue in frame.quotes or frame.words[cue] in lx.PUNCTUATION:
            return None
        if is_cue(frame, cue):
            source = phrase_ending(frame, cue - 1, at + 2)
            if source is None or source.kind != "name":
                return None
            return Attribution(source, frame.lowers[cue], None, "headline", frame.start(cue))
    return None


def _headline_speakers(
    document: Document, attributions: list[Attribution | None], unattributed: set[int]
) -> dict[int, int]:
    """Give each headline quotation without a speaker the attribution of the first body
    quotation that holds the same words (case, punctuation, spacing and articles aside, as
    headlines drop them: ``No deal without pay rise`` is ``no deal without a pay rise``):
    headline quotation -> body quotation it borrows from."""
    borrowed: dict[int, int] = {}
    wanted = {index: _normalized(document, index) for index in unattributed
              if document.quotes[index].headline}
    wanted = {index: _no_articles(words) for index, words in wanted.items() if words}
    terms = {_singular(_no_articles(" ".join(_WORD.findall(term.casefold()))))
             for term in document.term_texts}
    for index, words in list(wanted.items()):
        if _singular(words) in terms:  # named 'wind giant' … called "wind giant": a term
            unattributed.discard(index)
            del wanted[index]
    if not wanted:
        return borrowed
    for body, attribution in enumerate(attributions):
        if attribution is None or document.quotes[body].headline:
            continue
        said = _no_articles(_normalized(document, body))
        for headline, words in list(wanted.items()):
            if words and f" {words} " in f" {said} ":
                attributions[headline] = attribution
                unattributed.discard(headline)
                borrowed[headline] = body
                del wanted[headline]
        if not wanted:
            break
    return borrowed


def _normalized(document: Document, index: int) -> str:
    """A quotation's words, case-folded, without punctuation, one space apart."""
    span = document.quotes[index]
    text = document.text[span.start : span.end].casefold()
    return " ".join(_WORD.findall(text))


_WORD = re.compile(r"\w+(?:[’']\w+)*")


def _singular(words: str) -> str:
    """Normalized words with a plural's last ``s`` dropped (``upside-down rivers`` is the
    body's ``upside-down river``)."""
    return words[:-1] if words.endswith("s") else words


def _no_articles(words: str) -> str:
    """Normalized words without ``a``, ``an`` and ``the``."""
    return " ".join(w for w in words.split() if w not in lx.ARTICLES)


def _unattributed_quote(document: Document, index: int, verb: str | None) -> Quote:
    """A quotation kept with nobody found to have said it."""
    span = document.quotes[index]
    sentence = document.quote_sentence[index]
    sentence_start, sentence_end = (
        document.sentences[sentence] if document.sentences else (span.open_start, span.close_end)
    )
    return Quote(
        text=document.text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=_kind(document, index, None),
        verb=verb,
        sentence_start=min(sentence_start, span.open_start),
        sentence_end=max(sentence_end, span.close_end),
    )


def _kind(document: Document, index: int, attribution: Attribution | None) -> str:
    """ "direct" for a quoted statement, "partial" for a fragment inside a sentence."""
    span = document.quotes[index]
    text = document.text
    inner = text[span.start : span.end].strip()
    before = text[max(0, span.open_start - 3) : span.open_start].rstrip()
    first = inner[:1]
    if attribution is not None and attribution.rule == "continued":
        return "direct"
    starts_clause = before == "" or before[-1:] in ",:\n" or before.endswith((".", "?", "!"))
    starts_paragraph = span.open_start == 0 or text[span.open_start - 1] == "\n"
    if starts_paragraph or (starts_clause and (first.isupper() or first in "…[(")):
        return "direct"
    return "partial"


def _listed(document: Document, entity: Entity) -> bool:
    """Whether an entity is one for the people list. Not one: a word alone that is a function
    word or a pronoun (``This``, ``Others``); a description's head or a title alone
    (``Officials``, ``Police``, ``Assemblywoman``) capitalized only where a capital is
    forced (a sentence's first word, after a quote mark) or written in lowercase elsewhere
    in the text (``Congress`` stays); any other word alone capitalized only where a capital
    is forced and written in lowercase elsewhere (``Unrest``, ``Yeah``; a surname such as
    ``Young`` written anywhere else stays); a title with no name (``Dean of …``,
    ``… Federation President``). ``lowercase`` holds the words the text writes in lowercase,
    filled on first use: one pass over the tokens for all the entities."""
    words = entity.name.split()
    lows = [strip_possessive(word).lower() for word in words]
    if len(words) > 1:
        if lows[0] in lx.TITLES and lows[1] == "of":
            return False  # Dean of the Law School
        return not (entity.kind == "organization" and lows[-1] in lx.TITLES) or (
            lows[0] in lx.ORG_WORDS and lows[1] == "of")  # the Office of the Prime Minister
    low = lows[0] if lows else ""
    if not low or low in _NO_NAME_ALONE:
        return False
    forced = capital_forced(document.text, entity.mentions)
    describing = low in lx.TITLES or _nominal_head(low)
    if forced and describing:
        return False  # Officials said, Police
    if not forced and not describing:
        return True  # a name written where nothing forces a capital
    # a description's head also written in lowercase (the Pope … the pope; Congress stays);
    # any other word capitalized only where forced and written in lowercase too (Unrest,
    # Yeah; Young, Hope and May stay)
    return not written_lowercase(low, document.lowercase_words)


_NO_NAME_ALONE = (
    lx.FUNCTION_WORDS | lx.DETERMINERS | lx.INTRODUCTORY_WORDS | lx.NOT_NAMES
    | frozenset(lx.PRONOUNS)
)
"""Words that are no person or organization on their own, capitalized or not."""


def _nominal_head(low: str) -> bool:
    """Whether a word is a head noun of a description (``officials``, ``critics``)."""
    return low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS)


def _learn_role(entity: Entity, source: Source, which: int) -> None:
    """Keep the fullest role an attribution gives for an entity (for ``X and Y``, the words
    before the first name are X's)."""
    if not source.role or bare_role(source.role) or (
            len(source.names) > 1 and (which > 0 or source.names[0].title)) or (
            source.role.lower().split()[-1] in lx.TELLING_RELATIVES):
        return  # (the elder Frost: which Frost, no role)
    if not entity.role or (len(source.role) > len(entity.role) and entity.role in source.role) or (
        entity.role.lower() in lx.COURTESY_TITLES and source.role != entity.role
    ):
        entity.role = source.role  # (Dr. Maya Chen, an assistant professor: the professor)


def _owner_of_role(document: Document, registry: Registry, index: int) -> None:
    """Give a role that opens with ``its`` or ``their`` (``Its chair, Nadia Karimi``) the
    organization it belongs to as the affiliation: the one named last before the person, in
    the same sentence or the one before."""
    entity = registry.entities[index]
    role = entity.role or ""
    if entity.affiliation or role.split(" ", 1)[0].lower() not in ("its", "their") or (
        not entity.mentions
    ):
        return
    start = entity.mentions[0][0]
    floor = document.sentences[max(0, document.sentence_at(start) - 1)][0] if (
        document.sentences) else 0
    owner, latest = None, -1
    for other in registry.entities:
        if other.kind != "organization":
            continue
        for begin, _ in other.mentions:
            if latest < begin < start and begin >= floor:
                owner, latest = other.name, begin
    entity.affiliation = owner


def _completed(person: Person, entity: Entity) -> Person:
    """A person with everything the article says of their entity."""
    person.name = entity.name
    person.kind = entity.kind
    person.short_forms = [form for form in entity.forms if form != entity.name]
    person.role = None if bare_role(entity.role) else entity.role
    person.affiliation = entity.affiliation or _affiliation(person.role)
    person.mentions = [[start, end] for start, end in entity.mentions if end > start]
    # (not a stored source's issuer, named nowhere in the text)
    return person


def _affiliation(role: str | None) -> str | None:
    """The organization in a role: ``a spokesman for the city attorney’s office`` -> ``the city
    attorney’s office``; ``Acting Homeland Security Secretary`` -> ``Homeland Security``."""
    if not role:
        return None
    words = role.split()
    clause = next((i for i, w in enumerate(words) if i and w.lower() in lx.RELATIVE_WORDS), None)
    words = words[:clause]  # a nurse who commutes to Calder Bay General: a clause, no office
    for i, word in enumerate(words):
        if word.lower() in lx.ROLE_PREPOSITIONS and i + 1 < len(words):
            rest = " ".join(words[i + 1 :]).rstrip(",.;")
            if any(is_cap(w) for w in words[i + 1 :]) or rest.lower().startswith("the "):
                return rest
    # the first run of capitalized words (Homeland Security), not capitals from here and there
    run: list[str] = []
    first = 0  # where the run begins
    for i, word in enumerate(words):
        if is_cap(word) and word.lower() not in lx.NOT_AFFILIATION_WORDS:
            first = i if not run else first
            run.append(word)
        elif run:
            break
    if len(run) == 1 and first == 0 and _common_word(run[0].lower()):
        return None  # Campaign manager, Its chair: a capital the sentence may give, no office
    return " ".join(run) or None


def _common_word(low: str) -> bool:
    """Whether a word is an ordinary word, not a name (``its``, ``campaign``, ``state``)."""
    return (low in lx.FUNCTION_WORDS or low in lx.DETERMINERS or low in lx.NOMINAL_HEADS) and (
        low not in lx.INSTITUTIONS)
