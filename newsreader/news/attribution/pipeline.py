"""The analysis pipeline: quotations, their attribution, people and dates, put together."""

from __future__ import annotations

import datetime as _dt

from newsreader.news import lexicon as lx
from newsreader.news.attribution.coref import Resolver
from newsreader.news.attribution.frames import Doc
from newsreader.news.attribution.people import Entity, Name, Registry, is_cap
from newsreader.news.attribution.phrases import Source
from newsreader.news.attribution.rules import (
    Attribution,
    attribute,
    continuation,
    indirect_sources,
    looks_like_title,
    modifier_use,
)
from newsreader.news.dates import find_dates
from newsreader.news.model import Analysis, Person, Quote
from newsreader.news.quotes import find_quotes
from newsreader.news.sentences import paragraphs, sentences, tokenize


def extract(
    text: str, published: _dt.date | _dt.datetime | None, trace: list[str] | None = None
) -> Analysis:
    """Run the whole analysis (see ``news.analysis.analyse``).

    ``trace``, when given, receives the name of the rule behind each quotation (for tuning).
    """
    paras = paragraphs(text)
    spans = find_quotes(text, paras)
    sents = sentences(text, paras, [(q.start, q.end) for q in spans])
    toks = tokenize(text, [(q.open_start, max(q.close_end, q.end)) for q in spans])
    doc = Doc(text, toks, spans, sents, paras)
    registry = Registry()
    all_names: list[Name] = []
    for run in doc.run_names:
        for name in run:
            registry.add(name)
            all_names.append(name)

    attrs: list[Attribution | None] = [None] * len(spans)
    keep = [False] * len(spans)
    prev: tuple[int, Attribution] | None = None  # (quote index, attribution) last reported
    for qi in range(len(spans)):
        if looks_like_title(doc, qi):
            continue
        att = attribute(doc, qi)
        if att is not None and att.rule == "subject" and modifier_use(doc, qi):
            att = None
        if att is None or att.source is None:
            cont = continuation(doc, qi, prev)
            if cont is not None:
                att = cont
        if att is None or att.source is None:
            continue
        attrs[qi] = att
        keep[qi] = True
        prev = (qi, att)

    resolver = Resolver(doc, registry, all_names)
    indirect = indirect_sources(doc)
    for _, src in indirect:
        resolver.mark_source(src)
    for qi in range(len(spans)):
        att = attrs[qi]
        if att is not None and att.source is not None:
            resolver.mark_source(att.source)

    # resolve every source in text order (pronouns learn genders as they go)
    events: list[tuple[int, int, Source]] = [(s.start, -1, s) for _, s in indirect]
    for qi in range(len(spans)):
        att = attrs[qi]
        if keep[qi] and att is not None and att.source is not None:
            events.append((att.source.start, qi, att.source))
    events.sort(key=lambda e: (e[0], e[1]))
    resolved: dict[int, list[int]] = {}
    cited: list[int] = []  # entities named as the source of an indirect attribution
    for _, qi, src in events:
        ents = resolver.resolve(src)
        if qi >= 0:
            resolved[qi] = ents
        else:
            cited.extend(ents)

    quotes: list[Quote] = []
    people: dict[int, Person] = {}
    order: list[int] = []
    for qi, q in enumerate(spans):
        if not keep[qi]:
            continue
        att = attrs[qi]
        assert att is not None and att.source is not None
        src = att.source
        ents = resolved.get(qi, [])
        si = doc.quote_sent[qi]
        ss, se = sents[si] if sents else (q.open_start, q.close_end)
        names = [registry.entities[e].name for e in ents]
        speaker = names[0] if names else (
            src.text if src.kind == "nominal" else resolver.described.get(src.start)
        )
        quote = Quote(
            text=text[q.start : q.end],
            start=q.start,
            end=q.end,
            kind=_kind(doc, qi, att),
            speaker=speaker,
            speakers=names if names else ([speaker] if speaker else []),
            speaker_start=src.start,
            speaker_end=src.end,
            verb=att.verb,
            medium=att.medium,
            sentence_start=min(ss, q.open_start),
            sentence_end=max(se, q.close_end),
        )
        index = len(quotes)
        quotes.append(quote)
        if trace is not None:
            trace.append(att.rule)
        for which, e in enumerate(ents):
            if e not in people:
                people[e] = Person(name=registry.entities[e].name)
                order.append(e)
            people[e].quotes.append(index)
            _learn_role(registry.entities[e], src, which)
    for e in cited:
        if e not in people:
            people[e] = Person(name=registry.entities[e].name)
            order.append(e)

    persons = []
    for e in order:
        ent = registry.entities[e]
        p = people[e]
        p.name = ent.name
        p.kind = ent.kind
        p.short_forms = [f for f in ent.forms if f != ent.name]
        p.role = ent.role
        p.affiliation = _affiliation(ent.role)
        p.mentions = [[a, b] for a, b in ent.mentions]
        persons.append(p)
    dates = find_dates(text, sents, published)
    return Analysis(quotes=quotes, people=persons, dates=dates)


def _kind(doc: Doc, qi: int, att: Attribution) -> str:
    """ "direct" for a quoted statement, "partial" for a fragment inside a sentence."""
    q = doc.quotes[qi]
    inner = doc.text[q.start : q.end].strip()
    before = doc.text[max(0, q.open_start - 3) : q.open_start].rstrip()
    first = inner[:1]
    if att.rule == "continued":
        return "direct"
    starts_clause = before == "" or before[-1:] in ",:\n" or before.endswith((".", "?", "!"))
    para_start = q.open_start == 0 or doc.text[q.open_start - 1] == "\n"
    if para_start or (starts_clause and (first.isupper() or first in "…[(")):
        return "direct"
    return "partial"


def _learn_role(ent: Entity, src: Source, which: int) -> None:
    """Keep the fullest role an attribution gives for an entity (for ``X and Y``, the words
    before the first name are X's)."""
    if not src.role or (len(src.names) > 1 and (which > 0 or src.names[0].title)):
        return
    if not ent.role or (len(src.role) > len(ent.role) and ent.role in src.role):
        ent.role = src.role


def _affiliation(role: str | None) -> str | None:
    """The organization in a role: ``a spokesman for the city attorney’s office`` -> ``the city
    attorney’s office``; ``Acting Homeland Security Secretary`` -> ``Homeland Security``."""
    if not role:
        return None
    words = role.split()
    for i, w in enumerate(words):
        if w.lower() in ("for", "of", "at", "with") and i + 1 < len(words):
            rest = " ".join(words[i + 1 :]).rstrip(",.;")
            if any(is_cap(x) for x in words[i + 1 :]) or rest.lower().startswith("the "):
                return rest
    caps = [w for w in words if is_cap(w) and w.lower() not in lx.TITLES]
    if caps:
        return " ".join(caps)
    return None
