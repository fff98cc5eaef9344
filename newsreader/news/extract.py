"""The analysis pipeline: quotations, their attribution, people and dates, put together."""

from __future__ import annotations

import datetime as _dt

from newsreader.news import lexicon as lx
from newsreader.news.coref import Resolver
from newsreader.news.dates import find_dates
from newsreader.news.model import Analysis, Person, Quote
from newsreader.news.people import Entity, Name, Registry, is_cap
from newsreader.news.quotes import find_quotes
from newsreader.news.sentences import paragraphs, sentences, tokenize
from newsreader.news.speakers import Attribution, Doc, Source

_TITLE_CUES = lx.word_set(
    """titled entitled dubbed nicknamed episode book film movie documentary show program
    programme song album series column headline hashtag slogan magazine newspaper
    broadcast segment podcast play musical novel memoir poem"""
)
_FUNCTION_AFTER = lx.word_set(
    """for to of in and or nor that as on at with by but because from over about which who
    whom when while if is was are were be been has have had will would could should can may
    might than into onto during after before since until against among between through"""
)


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
        if _looks_like_title(doc, qi):
            continue
        att = doc.attribute(qi)
        if att is not None and att.rule == "subject" and _modifier_use(doc, qi):
            att = None
        if att is None or att.source is None:
            cont = _continuation(doc, qi, prev)
            if cont is not None:
                att = cont
        if att is None or att.source is None:
            continue
        attrs[qi] = att
        keep[qi] = True
        prev = (qi, att)

    resolver = Resolver(doc, registry, all_names)
    indirect = _indirect_sources(doc)
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


def _looks_like_title(doc: Doc, qi: int) -> bool:
    """A film or show title, a nickname, markup: quoted, but nobody's words."""
    q = doc.quotes[qi]
    text = doc.text
    inner = text[q.start : q.end]
    words = inner.split()
    if not words:
        return True
    before = text[max(0, q.open_start - 40) : q.open_start]
    after = text[q.close_end : q.close_end + 3]
    if "<" in before and "=" in before[-3:]:
        return True
    stripped = inner.strip()
    sentence_like = stripped[-1:] in ".?!,…" or len(words) > 8
    title_case = all(
        w[:1].isupper() or w.lower() in ("of", "the", "a", "an", "and", "in", "on", "to", "for",
                                         "with", "at", "is", "it", "by")
        for w in words
    ) and words[0][:1].isupper()
    prev_words = before.split()
    prev = prev_words[-1] if prev_words else ""
    prev_low = prev.lower().strip(",")
    cue_before = prev.endswith(("’s", "'s")) or prev_low in _TITLE_CUES or prev_low in (
        "on", "of", "in", "called", "the", "at", "from", "watching", "read", "reading"
    )
    if title_case and len(words) <= 8 and (cue_before or not sentence_like):
        if cue_before:
            return True
        nxt = after.strip()[:1]
        if prev[:1].isupper() and nxt.isupper():
            return True  # Robert C. "Bobby" Scott
    return False


def _modifier_use(doc: Doc, qi: int) -> bool:
    """A short quoted word used before a noun (promoting “quack” medical cures): a scare
    quote, unless a reporting verb vouches for it."""
    q = doc.quotes[qi]
    if len(doc.text[q.start : q.end].split()) > 3:
        return False
    after = doc.text[q.close_end : q.close_end + 30].split()
    nxt = after[0].lower() if after else ""
    return nxt.isalpha() and nxt not in _FUNCTION_AFTER


def _continuation(doc: Doc, qi: int, prev: tuple[int, Attribution] | None) -> Attribution | None:
    """A quotation with no cue of its own, continuing the speaker before it."""
    q = doc.quotes[qi]
    si = doc.quote_sent[qi]
    if not doc.standalone(si):
        # the quotation shares its sentence with other words: not a standalone quotation
        return None
    # a colon before it announces the speaker: He said:\\n\\n"…"
    if si > 0:
        pfr = doc.frame(si - 1)
        ptext = doc.text[doc.sents[si - 1][0] : doc.sents[si - 1][1]].rstrip()
        if ptext.endswith(":") and pfr:
            for k in range(len(pfr) - 1, max(-1, len(pfr) - 40), -1):
                if pfr[k] >= 0 and doc.is_cue(pfr, k):
                    src = doc.cue_source(pfr, k, max(0, k - 45), len(pfr))
                    if src is not None:
                        return Attribution(src, doc.low(pfr[k]), None, "colon",
                                           doc.toks.starts[pfr[k]])
                    break
    para = doc.para_index(q.open_start)
    p_para = doc.para_index(doc.quotes[prev[0]].open_start) if prev is not None else -9
    if prev is None or para - p_para > 1 or para < p_para:
        return _previous_subject(doc, si, para)
    pq, patt = prev
    if para == p_para + 1 and doc.quotes[pq].paragraphs == 1:
        # only when nothing but quotations stand between them
        between = doc.text[doc.quotes[pq].close_end : q.open_start]
        if not _only_attribution(between):
            return None
    return Attribution(patt.source, patt.verb, patt.medium, "continued", patt.cue_start)


def _previous_subject(doc: Doc, si: int, para: int) -> Attribution | None:
    """For a standalone quotation after narration: who the sentence before it is about."""
    if si == 0 or doc.para_index(doc.sents[si - 1][0]) < para - 1:
        return None
    fr = doc.frame(si - 1)
    if any(x < 0 for x in fr):
        return None
    for k in range(len(fr) - 1, -1, -1):
        if fr[k] >= 0 and doc.is_cue(fr, k):
            src = doc.cue_source(fr, k, max(0, k - 45), len(fr))
            if src is not None and src.kind != "nominal":
                return Attribution(src, None, None, "previous", -1)
    src = doc.sentence_subject(fr, 0, len(fr))
    if src is not None and src.kind != "nominal" and src.text.lower() not in ("it", "i", "we"):
        return Attribution(src, None, None, "previous", -1)
    return None


def _only_attribution(between: str) -> bool:
    """Whether the text between two quotations is short: an attribution and punctuation."""
    return len(between.split()) <= 40


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


def _indirect_sources(doc: Doc) -> list[tuple[int, Source]]:
    """(cue offset, source) of every reporting verb with a source, in sentences without
    quotations (the attribution of those is found quotation by quotation)."""
    out = []
    quoted = set(doc.quote_sent)
    for t in [i for i, c in enumerate(doc.cue_word) if c]:
        si = doc.sent_index(doc.toks.starts[t])
        if si in quoted:
            continue
        fr = doc.frame(si)
        k = doc.frame_pos(si, t)
        if k < 0 or not doc.is_cue(fr, k):
            continue
        src = doc.cue_source(fr, k, max(0, k - 45), min(len(fr), k + 45))
        if src is not None:
            out.append((doc.toks.starts[t], src))
    return out


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
