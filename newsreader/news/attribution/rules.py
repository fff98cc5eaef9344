"""Stage 4 of the attribution: the rules that give each quotation its speaker.

Rules tried for a quotation, in its sentence's frame, in order (``attribute``):

1. after it: ``"…," NAME[, ROLE,] said`` · ``"…," said NAME`` · ``"…," according to NAME``,
   or a signature ``"…" ― NAME``;
2. before it: ``NAME said[ to X][,:] "…"`` · ``NAME said that … "…"`` (a cue a few words
   back) · ``Trump went even further: "…"``;
3. anywhere in the sentence: the nearest reporting verb that has a subject; a participle
   (``saying``, ``citing``) takes the subject of its clause (``Denver …, saying its "…"``);
4. no cue: the subject of the sentence, for a long quotation or a fragment inside what a
   person or organization is said to think or do.

Whoever a rule finds, the person is preferred to their organization or place
(``named_person``: ``X of ORG said``, ``ORG editor X``, ``The Prime Minister, X, said``), a
cue inside a relative clause is skipped (``— which the BBC noted —``), quoted words inside a
noun phrase are no one's quotation of the name after them (``the "phony" Harris``), and a
description the noun-phrase rules miss is still a source (``Mayor X's deputy said``).

With none of these (``continuation``), a quotation standing alone takes the attribution the
sentence splitter cut off after it (``"…?" X demanded.``), else continues the previous
speaker (same or previous paragraph) unless the narration between names someone else, or
takes the speaker announced by a colon (``He said:``) or the subject of the narration before
it. Quoted titles, nicknames and scare quotes are nobody's words (``looks_like_title``,
``modifier_use``). ``indirect_sources`` finds the sources of reporting verbs in sentences
without quotations, which tell coref who the article is about; ``role_beside`` reads the role
written beside a person's name for the people list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, count

from newsreader.news import lexicon as lx
from newsreader.news.attribution.cues import is_cue, names_title_of, verb_after
from newsreader.news.attribution.frames import Document, Frame
from newsreader.news.attribution.people import (
    Name,
    bare_lower,
    bare_role,
    is_age,
    is_cap,
    is_year_old,
)
from newsreader.news.attribution.phrases import (
    Source,
    agent_noun,
    appositive_role,
    description_before,
    ends_clause,
    medium_after,
    name_exactly,
    named_in_aside,
    perceived_speaker,
    phrase_ending,
    phrase_from,
    role_text,
    subject_before,
)
from newsreader.news.sentences import ABBREVIATIONS

ANONYMOUS_ASIDE = re.compile(
    r",?\s*(?:who|which)\s+(?:asked|requested|declined|refused|did\s+not\s+want|"
    r"spoke|(?:was|is|were|are)\s+not\s+authori[sz]ed|(?:wasn't|isn't)\s+authori[sz]ed|"
    r"insisted\s+on|gave\s+only)\b[^.;\n]{0,60}?\b(?:named|identified|anonymity|publicly|"
    r"(?:his|her|their|a)\s+(?:full\s+|last\s+|first\s+)?names?)\b"
)
"""An aside after a description that says its source is not to be named (``the town's
butcher, who asked not to be named``, ``who spoke on condition of anonymity``, ``who
declined to give his name``)."""

WINDOW = 45
"""How many frame items a rule may look at on either side: keeps the work per quote bounded."""
MIN_WORDS = 6
"""How many words make a quotation long enough to take its sentence's subject as speaker."""


@dataclass(slots=True)
class Attribution:
    """The attribution of one quotation."""

    source: Source
    verb: str | None = None
    medium: str | None = None
    rule: str = ""
    """Which rule found it (for tuning): post, pre, sentence, subject, signature, colon,
    continued, previous."""
    cue_start: int = -1
    """Offset of the cue (the verb, the dash of a signature, the colon), -1 when none."""


# ----------------------------------------------------------------- a quotation's sentence


def attribute(document: Document, quote: int) -> Attribution | None:
    """Rules 1-4 for a quotation, in its own sentence; None when nothing fits."""
    placed = document.quote_frame(quote)
    if placed is None:
        return None
    frame, at = placed
    start, limit = max(0, at - WINDOW), min(len(frame.words), at + WINDOW)
    if at + 1 < limit and frame.cue_words[at + 1] and is_cue(frame, at + 1) and (
        _subject_before_quoted_name(frame, at, start) is not None
    ):
        return None  # A 2023 assessment, "State of the Sound," found: a name, no one's words
    return (
        _saying_of(frame, at, start)
        or _cue_after(frame, at, start, limit)
        or _cue_before(frame, at, start, limit)
        or beside_cue(document, quote, before=False)
        or _nearest_cue(frame, at, start, limit)
        or _subject_of_sentence(document, quote, frame, at, start)
    )


def _saying_of(frame: Frame, at: int, start: int) -> Attribution | None:
    """Rule 0, for the quotation at item ``at``: a saying with its author's name before it
    (``citing the Chuck Jones quote that "…"``, ``Lincoln's line: "…"``) is the author's."""
    words, lowers = frame.words, frame.lowers
    k = at - 1
    while k >= start and (words[k] in (",", ":") or lowers[k] == "that"):
        k -= 1
    if k > start and at - k <= 3 and lowers[k + 1 : k + 2] == ["that"] and (
        lowers[k] in lx.SPEECH_NOUNS or lowers[k] in lx.CLAIM_NOUNS
    ):
        return _claim_of(frame, k, start)
    claim = _claim_before(frame, at, start)
    if claim is not None:
        return claim
    if k <= start or at - k > 3 or lowers[k] not in lx.SAYING_NOUNS:
        return None
    name = _person_ending_at(frame, k - 1)
    if name is None or (
        name.token_end <= frame.token(k - 1) and not words[k - 1].endswith(("’s", "'s"))
    ):
        return None
    return _said_by(name, frame.start(k))


def _claim_before(frame: Frame, at: int, start: int) -> Attribution | None:
    """``Ms King's claim that the board had been 'planning this all along'``: a quotation
    further into the clause a claim's ``that`` opens (no mark nor reporting verb between) is
    the claim's owner's words too; None when no such claim stands before it."""
    lowers = frame.lowers
    j = at - 1
    while j > start + 1 and at - j <= 14 and frame.words[j] not in _CLAUSE_MARKS and (
        j not in frame.quotes and not is_cue(frame, j)
    ):
        if lowers[j] == "that" and (
            lowers[j - 1] in lx.SPEECH_NOUNS or lowers[j - 1] in lx.CLAIM_NOUNS
        ):
            if _predicated(lowers[j + 1 : at]) or _medium_before(lowers, j - 1, start):
                return None  # Rubio's claim that Cruz is … is "simply not true" · said in
                # its own statement that …: whoever the verb's source is
            return _claim_of(frame, j - 1, start)
        j -= 1
    return None


def _claim_aside(frame: Frame, k: int, limit: int) -> bool:
    """Whether a noun for a claim at item ``k`` after a quotation opens a clause about it
    (``"…", a charge Vaivode rejected``, ``a claim that he denied``): whoever that clause's
    verb is of answered the words, and did not say them."""
    lowers = frame.lowers
    if k + 2 >= limit or lowers[k] not in ("a", "an") or not (
        lowers[k + 1] in lx.CLAIM_NOUNS or lowers[k + 1] in _LABELS
    ):
        return False
    after = k + 2
    return lowers[after] in ("that", "which") or lowers[after] in lx.PRONOUNS or (
        frame.name_run_at[after] is not None)


def _answers_claim(frame: Frame, k: int) -> bool:
    """Whether the cue at item ``k`` ends a clause about a claim just quoted (``"…", a label
    Kapoor rejected``): its subject answered the words (see ``_claim_aside``)."""
    j = k - 1
    while j > 0 and frame.name_run_at[j] is not None and frame.name_run_at[j - 1] == (
        frame.name_run_at[j]
    ):
        j -= 1  # (the name's first word)
    at = j - 3
    while at > 0 and frame.words[at] in lx.COMMA_AND_DASHES:
        at -= 1
    return at >= 0 and at in frame.quotes and _claim_aside(frame, j - 2, k + 1)


_LABELS = frozenset({"description", "characterization", "characterisation", "label", "phrase",
                     "remark", "comment"})
"""Nouns for words said of something, which a clause after a quotation may be about."""


def _predicated(words: list[str]) -> bool:
    """Whether the words of a claim's clause hold two separate forms of ``be`` (``that Cruz
    is in favor of it is``): the clause ended and the quotation is said of the claim."""
    groups = sum(1 for i, w in enumerate(words) if w in lx.BE_FORMS and (
        i == 0 or words[i - 1] not in lx.BE_FORMS and words[i - 1] not in ("had", "has", "have")))
    return groups >= 2


def _medium_before(lowers: list[str], k: int, start: int) -> bool:
    """Whether the claim's noun at item ``k`` is where words were said (``in its own
    statement``, ``in a March comment``): ``in`` or ``on`` a few words before it."""
    return any(w in ("in", "on", "via") for w in lowers[max(start, k - 4) : k])


_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "?", "!"})
"""Marks a claim's clause does not run past (for ``_claim_before``)."""


def _person_ending_at(frame: Frame, j: int) -> Name | None:
    """The one person of the run of names that ends at item ``j``, or None."""
    run_index = frame.name_run_at[j]
    if run_index is None:
        return None
    run = frame.name_runs[run_index]
    people = [name for name in run.names if name.kind == "person"]
    return people[0] if len(people) == 1 and run.end == frame.token(j) + 1 else None


def _said_by(name: Name, cue: int) -> Attribution:
    """Rule 0's attribution to a named person, its cue (the noun for the saying) at ``cue``."""
    return Attribution(Source(name.start, name.end, "name", name.text, [name]), None, None,
                       "saying", cue)


def _claim_of(frame: Frame, k: int, start: int) -> Attribution | None:
    """``after her March comment that, "…"``, ``Trump's claim that "…"``: the owner of the
    words (a possessive pronoun, or a person's name in the possessive) whose noun for what
    was said, at item ``k``, stands right before ``that`` and the quotation."""
    words, lowers = frame.words, frame.lowers
    j = k - 1
    while j > start and k - j <= 2 and is_cap(words[j]) and not words[j].endswith(("’s", "'s")):
        j -= 1  # her March comment: a month or a place between
    while j > start and k - j <= 3 and words[j].isalpha() and words[j].islower() and (
        lowers[j] not in lx.POSSESSIVE_PRONOUNS and lowers[j] not in lx.FUNCTION_WORDS
    ):
        j -= 1  # his now-famous remark, her earlier warning
    if lowers[j] in lx.POSSESSIVE_PRONOUNS:
        pronoun = Source(frame.start(j), frame.end(j), "pronoun", lx.POSSESSIVE_PRONOUNS[lowers[j]])
        return Attribution(pronoun, None, None, "saying", frame.start(k))
    name = _person_ending_at(frame, j) if words[j].endswith(("’s", "'s")) else None
    return None if name is None else _said_by(name, frame.start(k))


def _cue_after(frame: Frame, at: int, start: int, limit: int) -> Attribution | None:
    """Rule 1, for the quotation at item ``at``: ``"…," said NAME``, ``"…," NAME[, ROLE,]
    said``, ``"…," according to NAME``, or a signature ``"…" ― NAME``."""
    words = frame.words
    right = at + 1
    while right < limit and words[right] in lx.COMMA_AND_DASHES:
        right += 1
    if right == at + 1 and right < limit and _modifying(frame, at, start) and (
        frame.name_run_at[right] is not None
        or (frame.lowers[right].isalpha() and frame.lowers[right] not in lx.FUNCTION_WORDS
            and frame.lowers[right] not in lx.DETERMINERS and not is_cue(frame, right)
            and frame.lowers[right] not in lx.PRONOUNS)
    ) and _unpunctuated(frame, at):
        return None  # the "phony" and "nasty" Harris: the name is the phrase's head
    if _claim_aside(frame, right, limit):
        return None  # "…", a charge Vaivode rejected: the words are not the one who rejected
    if _in_relative_report(frame, at, start):
        return None  # Oakes, who said he has hiked it "more times than I can count," asked
    if right < limit and right not in frame.quotes:
        if is_cue(frame, right):
            source = cue_source(frame, right, start, limit)
            if source is not None and frame.lowers[right] == "according":
                told = _speaker_passed_on(frame, at, start, limit)
                if told is not None:
                    return told
            if source is not None:
                return _at_cue(frame, right, source, limit, "post")
        found = phrase_from(frame, right, limit)
        if found:
            subject, after = found
            cue = verb_after(frame, after, limit)
            if cue is None and subject.kind == "nominal" and after + 2 < limit and (
                frame.lowers[after] == "of" and frame.lowers[after + 1] in _CHILD_COUNTS
            ):
                # the mother of two said (a verb "two" before it does not make a noun)
                cue = after + 2 if frame.cue_words[after + 2] and (
                    frame.words[after + 2].islower()
                    and lx.SPEECH_VERBS.get(frame.lowers[after + 2]) is not None
                ) else None
                if cue is not None:
                    subject = Source(subject.start, frame.end(after + 1), "nominal",
                                     frame.full_text[subject.start : frame.end(after + 1)])
            if cue is None and subject.kind == "name":
                past = _past_affiliation(frame, after, limit)
                if past > after:  # "…," Tom Hart of the Amarga Fire District said
                    cue = verb_after(frame, past, limit)
            if cue is not None and cue + 1 < limit and frame.words[cue + 1] == ":" and (
                _cue_before_in_clause(frame, at, start)
            ):
                return None  # When the officer argued that "…", Qureshi interjected: "…":
                # the verb announces what follows, the quotation is the officer's
            if cue is None and subject.kind == "name" and after + 1 < limit and (
                frame.lowers[after] == "and"
            ):
                # "…," Chen and her co-author, Raj Patel, wrote: the first named speaks
                e = after + 2  # past the second one's words (her co-author) to its verb
                while cue is None and e < min(limit, after + 6) and e - 1 not in frame.quotes and (
                    frame.words[e - 1][:1].isalnum() and not is_cue(frame, e - 1)
                ):
                    cue = verb_after(frame, e, limit)
                    e += 1
                if cue is not None:
                    after = cue  # (no appositive of the first name)
            quoted = _quoting_object(frame, cue, start, limit) if cue is not None else None
            if quoted is not None:
                return quoted  # "…," the BBC quoted Mehta as saying: Mehta
            if cue is not None:
                if subject.kind == "nominal" and after < limit and words[after] == ",":
                    e = cue - 1
                    while e > after and words[e] in (",", ")"):
                        e -= 1
                    if e - 2 > after and is_age(words[e]) and words[e - 1] == ",":
                        e -= 2  # the captain, Curtis Lowell, 57, said: the name before it
                    named = name_exactly(frame, after + 1, e + 1)
                    if named is not None:  # the chair, Nadia Karimi, said
                        named.role = subject.text
                        subject = named
                if subject.role is None:
                    subject.role = appositive_role(frame, after, cue)
                subject = named_person(frame, subject, start, limit)
                return _at_cue(frame, cue, subject, limit, "post")
    # "…" ― NAME (a signature after the quotation)
    if right < limit and right > at + 1 and words[right - 1] in lx.DASHES and (
        right not in frame.quotes
    ):
        found = phrase_from(frame, right, limit)
        if found and found[0].kind == "name" and ends_clause(frame, found[1], limit) and (
            found[1] >= limit or words[found[1]] in (".", "\n", ",")
            or found[1] in frame.quotes
        ):
            return Attribution(found[0], None, None, "signature", frame.start(right))
    return None


_CHILD_COUNTS = (lx.SPAN_COUNTS - {"a", "an", "one"}) | frozenset("23456789")
"""How many children a parent's epithet gives (``the mother of two``)."""


def _speaker_passed_on(frame: Frame, at: int, start: int, limit: int) -> Attribution | None:
    """``the president told governors in Kaldaris that the vote would be "…", according to
    the state news agency``: the speaker of a reporting verb earlier in the quotation's
    sentence, whose words the source after ``according to`` only passes on; None when the
    sentence has no such verb."""
    for k in range(at - 1, max(start - 1, at - 30), -1):
        if k in frame.quotes or frame.words[k] in (".", ";", "?", "!", ":"):
            return None
        if frame.cue_words[k] and frame.lowers[k] != "according" and is_cue(frame, k):
            source = cue_source(frame, k, start, limit)
            if source is None or source.kind not in ("name", "nominal", "pronoun"):
                return None
            return _at_cue(frame, k, source, limit, "pre")
    return None


def _past_affiliation(frame: Frame, k: int, limit: int) -> int:
    """The position after an affiliation at item k that follows a person's name (``of the
    Amarga County Fire District``, ``from Acme``: ``of``, ``from`` or ``at``, perhaps an
    article, then a name run), or k when there is none."""
    lowers = frame.lowers
    if k + 1 >= limit or lowers[k] not in ("of", "from", "at"):
        return k
    j = k + 2 if lowers[k + 1] == "the" else k + 1
    end = _name_end(frame, j, limit) if j not in frame.quotes else j
    return end if end > j else k


def _cue_before_in_clause(frame: Frame, at: int, start: int) -> bool:
    """Whether a reporting verb stands a few words before the quotation at item ``at``, with
    no comma or quotation between (``argued that "…"``)."""
    for k in range(at - 1, max(start - 1, at - 14), -1):
        if k in frame.quotes or frame.words[k] in (",", ";", ":"):
            return False
        if frame.cue_words[k] and is_cue(frame, k):
            return True
    return False


def _unpunctuated(frame: Frame, at: int) -> bool:
    """Whether the quotation at item ``at`` ends without a mark of its own (``"nasty"``, not
    ``"negatives,"``), as a modifier inside a noun phrase does."""
    inner = frame.full_text[frame.start(at) : frame.end(at)].rstrip("”\"’' ")
    return inner[-1:] not in ",.;:!?…"


def _modifying(frame: Frame, at: int, start: int) -> bool:
    """Whether the quotation at item ``at`` stands inside a noun phrase, before its head: after
    a determiner, past other quoted words joined by ``and`` or commas (``the "phony" and``)."""
    k = at - 1
    while k >= start and (k in frame.quotes or frame.lowers[k] in ("and", "or", ",")):
        k -= 1
    return k >= start and frame.lowers[k] in lx.DETERMINERS and (
        frame.lowers[k] not in lx.RELATIVE_WORDS
    )


def _cue_before(frame: Frame, at: int, start: int, limit: int) -> Attribution | None:
    """Rule 2, for the quotation at item ``at``: ``NAME said[ to X][,:] "…"``, ``NAME said
    that … "…"`` (a cue a few words back), ``Trump went even further: "…"``."""
    words = frame.words
    left = at - 1
    while left >= start and words[left] in (",", ":", "—", "–"):
        left -= 1
    own = _in_words(frame, left, start, at)
    if own is not None:
        return own
    cue = left
    floor = left - 12
    while cue >= start and cue > floor and cue not in frame.quotes:
        if words[cue] in (".", ";", "?", "!"):
            break
        if frame.cue_words[cue] and is_cue(frame, cue):
            document = _document_opening_quote(frame, cue, at, start, limit)
            if document is not None:
                return _at_cue(frame, cue, document, limit, "pre")
            source = cue_source(frame, cue, start, limit)
            relative = _relative_before(frame, source, start) if source is not None else -1
            if 0 <= relative < cue:
                # "X commented — which the BBC noted as unusual — "…"": X's words
                cue, floor = relative - 1, relative - 12
                continue
            if source is not None:
                return _outer_cue(frame, cue, at, start, limit) or _reporter_of(
                    frame, cue, source, start, limit) or _at_cue(frame, cue, source, limit, "pre")
            break
        cue -= 1
    if start <= left < at - 1 and words[left + 1] == ":" and left not in frame.quotes:
        dash = next((k for k in range(left - 1, start, -1) if words[k] in ("-", "—", "–")), None)
        if dash is not None and dash < left - 1:
            start = dash + 1  # A DIGEST'S HEADING - Jeffrey M. Jones: "…": the clause after it
        announcer = phrase_ending(frame, left, start)
        if announcer is not None and announcer.kind == "name":
            first = _position(frame, announcer.start, start)
            if first > start and frame.lowers[first - 1] in _OBJECT_PREPOSITIONS:
                announcer = None  # She read part of it to Wikinews: "…": not Wikinews
        if announcer is None or announcer.kind != "name" or left - start >= 8:
            # Trump went even further: "…" · Asked whether …, Rose was more guarded: "…"
            announcer = sentence_subject(frame, start, left)
            if announcer is not None and left - start >= 14 and not (
                (announcer.kind in ("name", "pronoun") or _definite_person(announcer))
                and left - _position(frame, announcer.start, start) <= 8
            ):  # (Asked about … after his early misses, the 54-year-old was blunt: "…")
                announcer = None
            if announcer is None:
                announcer = _appositive_name_before(frame, start, left)
        if announcer is not None and announcer.kind == "nominal" and (
            (_definite_person(announcer) and left - _position(frame, announcer.start, start) <= 6)
            or (_owners_account(announcer) and left - start <= 16)
        ):
            return Attribution(announcer, None, None, "colon", frame.start(left + 1))
            # Asked whether …, the deputy project scientist was emphatic: "…"
        if announcer is None or announcer.kind == "nominal":
            announcer = _possessive_speaker(frame, start, left)
        if announcer is not None and announcer.kind in ("name", "pronoun"):
            return Attribution(announcer, None, None, "colon", frame.start(left + 1))
    return None


def _appositive_name_before(frame: Frame, start: int, left: int) -> Source | None:
    """A person's name set off by commas a few words before item ``left`` (``The captain of
    the 72-foot trawler Northern Dawn, Arne Lindqvist, keyed his radio:``): the subject the
    description before it introduces, when no other name or verb of speech comes after it."""
    words = frame.words
    for comma in range(left - 1, max(start, left - 8), -1):
        if comma in frame.quotes or (frame.cue_words[comma] and is_cue(frame, comma)):
            return None
        run = frame.name_run_at[comma - 1]
        if words[comma] != "," or run is None:
            continue
        first = frame.name_runs[run].start - frame.first
        if first - 1 <= start or words[first - 1] != "," or any(
            frame.name_run_at[k] is not None for k in range(comma + 1, left + 1)
        ) or frame.lowers[comma + 1] in ("that", "which", "who", "whose"):
            return None  # (a message from her adviser, Ann Roe, that read: the message's)
        named = name_exactly(frame, first, comma)
        if named is None or not named.names or any(n.kind != "person" for n in named.names):
            return None
        return named
    return None


def _among_them(frame: Frame, i: int, stop: int) -> Source | None:
    """The person an inverted ``Among …`` sentence at item i names after its verb of being
    (``Among the volunteers was Margaret Okafor, a retired teacher``), or None."""
    lowers = frame.lowers
    for k in range(i + 1, min(stop, i + 10)):
        if k in frame.quotes or lowers[k] in (",", ".", ";"):
            return None
        if lowers[k] in ("was", "is", "were", "are"):
            named = name_exactly(frame, k + 1, _name_end(frame, k + 1, stop))
            if named is not None and all(n.kind == "person" for n in named.names):
                return named
            return None
    return None


def _name_end(frame: Frame, k: int, stop: int) -> int:
    """The position after the name run starting at item k (k itself when none starts)."""
    run = frame.name_run_at[k] if k < stop else None
    if run is None or frame.name_runs[run].start != frame.token(k):
        return k
    name_run = frame.name_runs[run]
    return k + name_run.end - name_run.start


def _definite_person(source: Source) -> bool:
    """Whether a description is ``the`` and a few words for one person (``the deputy
    project scientist``, ``the coach``, ``the 58-year-old``), whom the article may have
    named."""
    words = source.text.lower().split()
    if not 2 <= len(words) <= 5 or words[0] != "the" or not all(
            w.isalpha() or is_year_old(w) for w in words):
        return False
    head = words[-1]
    return head in lx.PERSON_HEADS or head in lx.TITLES or agent_noun(head) or (
        is_year_old(head))  # The 58-year-old, a former hardware-store owner, said:


def _owners_account(source: Source) -> bool:
    """Whether a description is a named owner's account or page (``Harrow's official social
    media account``), which speaks for its owner."""
    words = source.text.replace("’", "'").split()
    return len(words) >= 2 and words[0][:1].isupper() and words[0].endswith("'s") and (
        words[-1].lower() in lx.ACCOUNT_HEADS)


def _in_words(frame: Frame, left: int, start: int, at: int) -> Attribution | None:
    """``in Denise Frost's words, "…"``, ``in her own words: "…"``, ``in the words of Jane
    Roe, "…"``: whose words the phrase ending at item ``left`` says the quotation is."""
    lowers = frame.lowers
    if left - 2 < start or left + 1 >= at:
        return None
    if lowers[left] == "words":
        k = left - 1
        if lowers[k] == "own":
            k -= 1
        if k <= start:
            return None
        pronoun = lx.POSSESSIVE_PRONOUNS.get(lowers[k])
        if pronoun is not None:
            if lowers[k - 1] != "in":
                return None
            return Attribution(Source(frame.start(k), frame.end(k), "pronoun", pronoun), None,
                               None, "words", frame.start(k - 1))
        if not lowers[k].endswith(lx.POSSESSIVE_ENDINGS):
            return None
        source = phrase_ending(frame, k, start)
        if source is not None:
            first = _position(frame, source.start, start)
            if first <= start or lowers[first - 1] != "in":
                return None
    else:
        k = next((j for j in range(left - 1, max(start, left - 6), -1)
                  if lowers[j] == "of" and lowers[j - 1] == "words"), -1)
        if k < start + 2 or lowers[k - 2] != "the" or k - 3 < start or lowers[k - 3] != "in":
            return None
        found = phrase_from(frame, k + 1, left + 1)
        source = found[0] if found is not None and found[1] == left + 1 else None
    if source is None or source.kind != "name":
        return None
    return Attribution(source, None, None, "words", frame.start(k))


def _possessive_speaker(frame: Frame, start: int, left: int) -> Source | None:
    """``Her message to commuters was clear: "…"``, ``His verdict: "…"``: the one a
    possessive pronoun opening the sentence before a word for what is said stands for, as a
    pronoun (``she``) over the possessive."""
    k = start
    while k < left and (k in frame.quotes or frame.words[k] in (",", "—", "–")):
        k += 1  # "…," she said. Her verdict: "…"
    poss = lx.POSSESSIVE_PRONOUNS.get(frame.lowers[k]) if k < left and left - k < 10 else None
    if poss is None or frame.lowers[k + 1] not in lx.SPEECH_NOUNS:
        return None
    return Source(frame.start(k), frame.end(k), "pronoun", poss)


def _nearest_cue(frame: Frame, at: int, start: int, limit: int) -> Attribution | None:
    """Rule 3, for the quotation at item ``at``: the nearest of the sentence's reporting verbs
    (a cue after the quotation counts two items farther) that has a source, of the three
    nearest."""
    cues: list[tuple[int, int]] = []  # (distance, position)
    cue_words = frame.cue_words
    for k in range(start, limit):
        if cue_words[k] and is_cue(frame, k):
            cues.append(((at - k) if k < at else (k - at) + 2, k))
    if cues and cues[0][1] < at:
        # Young said the budget was "under review" and that Lin had asked him …: a verb in
        # a second clause of what the first one reports is not the quotation's
        lowers = frame.lowers
        cues = [(d, k) for d, k in cues if k < at or not any(
            lowers[x] == "that" and lowers[x - 1] in ("and", "but") for x in range(at + 1, k))]
        # She said what nurses call 'corridor care' … had become 'the norm': a naming verb's
        # clause holds only the name it gives, not a quotation after it
        cues = [(d, k) for d, k in cues if not (k < at and _naming_clause(frame, k, at))]
        if _in_relative_report(frame, at, start):
            # Oakes, who said he has hiked it "more times than I can count," asked …: the
            # relative clause's verb, not the main verb after the quotation closes it
            cues = [(d, k) for d, k in cues if k < at]
    for _, cue in sorted(cues)[:3]:  # the nearest with a source ("if written by …" has none)
        source = cue_source(frame, cue, start, limit)
        if source is not None:
            outer = _outer_cue(frame, cue, at, start, limit)
            if outer is not None:
                return outer
            return _at_cue(frame, cue, source, limit, "sentence")
    return None


_NAMING_VERBS = frozenset({"call", "calls", "called", "dub", "dubs", "dubbed", "term",
                           "terms", "termed"})
"""Verbs of ``what X calls "…"``, which give a name, not someone's words after it."""


def _naming_clause(frame: Frame, cue: int, at: int) -> bool:
    """Whether the cue at ``cue`` is the verb of a ``what … call`` clause whose own quoted
    name stands between it and the quotation at ``at``."""
    lowers = frame.lowers
    return lowers[cue] in _NAMING_VERBS and "what" in lowers[max(0, cue - 4) : cue] and any(
        k in frame.quotes for k in range(cue + 1, at))


def _in_relative_report(frame: Frame, at: int, start: int) -> bool:
    """Whether the quotation at ``at`` ends what a ``who said`` clause reports (``Oakes, who
    said he has hiked the loop "more times than I can count," asked …``): the clause's
    words, whatever verb follows its closing comma."""
    lowers = frame.lowers
    return any(lowers[k - 1] == "who" and frame.cue_words[k] and is_cue(frame, k)
               and _within_clause(frame, k, at) for k in range(max(start, at - 12) + 1, at))


def _within_clause(frame: Frame, cue: int, at: int) -> bool:
    """Whether nothing between the cue and the quotation at ``at`` ends a clause (no comma,
    dash, colon, semicolon or other quotation)."""
    words = frame.words
    return cue > 0 and all(words[k] not in (",", ";", ":", "—", "–", "(", ")") and (
        k not in frame.quotes) for k in range(cue + 1, at))


def _outer_cue(frame: Frame, cue: int, at: int, start: int, limit: int) -> Attribution | None:
    """The attribution of the first reporting verb of the sentence, when the quotation opens
    a clause of its own (``, but "…"``) after what that verb reports, which holds the nearer
    verb: ``Governor Anton Dreher said the government had warned residents to leave, but
    "many people stayed"`` (Dreher's words, not the government's)."""
    lowers, words = frame.lowers, frame.words
    if not cue < at - 2 or lowers[at - 1] not in ("but", "and", "yet") or words[at - 2] != ",":
        return None
    first = next((k for k in range(start, cue) if frame.cue_words[k] and is_cue(frame, k)), -1)
    if first < 0 or any(words[k] in (".", ";", "?", "!") for k in range(first, cue)):
        return None
    source = cue_source(frame, first, start, limit)
    if source is None or source.kind not in ("name", "pronoun"):
        return None
    return _at_cue(frame, first, source, limit, "sentence")


_FINDING_LEMMAS = frozenset({"find", "confirm", "reveal", "indicate", "conclude", "show"})
"""Verbs of what something or some people found rather than said (``observers had found``)."""


def _reporter_of(
    frame: Frame, cue: int, source: Source, start: int, limit: int
) -> Attribution | None:
    """The attribution of an earlier reporting verb of the sentence whose clause holds the
    nearer one, when the nearer one's source is nobody in particular (a bare plural, a
    thing): ``Hannah Wood said observers had found "…"``, ``Yusuf Hakim said the questioning
    confirmed "…"``: the one who reports it, as the annotators read it."""
    words = source.text.split()
    if lx.SPEECH_VERBS.get(frame.lowers[cue]) not in _FINDING_LEMMAS:
        return None  # (He recalled that parents had asked for "…": the parents' words)
    if source.kind != "nominal" or not words or not (
        (words[0].lower() not in lx.DETERMINERS and words[0].lower() not in lx.POSSESSIVE_PRONOUNS
         and words[-1].lower().endswith("s"))
        or (words[0].lower() == "the" and len(words) == 2 and not _description_head(
            words[1].lower()))
    ):
        return None
    inner = _position(frame, source.start, start)
    first = next((k for k in range(start, inner) if frame.cue_words[k] and is_cue(frame, k)), -1)
    if first < 0 or any(frame.words[k] in (".", ";", "?", "!") or k in frame.quotes
                        for k in range(first, inner)):
        return None
    outer = cue_source(frame, first, start, limit)
    if outer is None or outer.kind not in ("name", "pronoun"):
        return None
    return _at_cue(frame, first, outer, limit, "reporter")


def _subject_of_sentence(
    document: Document, quote: int, frame: Frame, at: int, start: int
) -> Attribution | None:
    """Rule 4, with no reporting verb: the subject of the sentence, for a long quotation, or
    for a fragment (lowercase) inside what a person or organization is said to think or do."""
    if at == 0:
        return None
    span = document.quotes[quote]
    text = document.text
    long = len(text[span.start : min(span.end, span.start + 400)].split()) >= MIN_WORDS
    fragment = text[span.start : span.start + 1].islower()
    if not (long or fragment):
        return None
    subject = sentence_subject(frame, start, at)
    if subject is not None and (
        (subject.kind == "name" and (long or all(
            name.kind in ("person", "organization") for name in subject.names)))
        or (subject.kind == "pronoun" and subject.text.lower() in ("he", "she", "they"))
    ):
        return Attribution(subject, None, None, "subject", -1)
    return None


def _at_cue(frame: Frame, cue: int, source: Source, limit: int, rule: str) -> Attribution:
    """The attribution through the cue at item ``cue``: its verb as written (``according to``,
    ``points out``), the medium after it, where it stands."""
    lowers = frame.lowers
    verb = lowers[cue]
    following = lowers[cue + 1] if cue + 1 < len(frame.words) else ""
    if verb == "according":
        verb = "according to"
    elif lx.PHRASAL_CUES.get(verb) == following or (verb in lx.GO_ON and following == "on"):
        verb = f"{verb} {following}"  # points out, fired back, went on
    return Attribution(source, verb, medium_after(frame, cue, limit), rule, frame.start(cue))


# ----------------------------------------------------------------- who a cue's source is


def cue_source(frame: Frame, cue: int, start: int, limit: int) -> Source | None:
    """The source of the reporting verb at item ``cue``, within items [start, limit): the
    person rather than the organization or place the phrase ends or begins with
    (``named_person``)."""
    anonymous = _anonymous_description(frame, cue, start)
    if anonymous is not None:
        return anonymous
    source = _cue_source(frame, cue, start, limit)
    if source is not None and source.kind == "pronoun" and not source.names:
        source = _document_author(frame, source, start) or source
        if source.text.lower() == "who":
            _name_before_appositive(frame, source, start)
    return named_person(frame, source, start, limit) if source is not None else None


def _anonymous_description(frame: Frame, cue: int, start: int) -> Source | None:
    """``A midwife at St Columba's, who asked not to be named, said``, ``a man from Bintara
    who asked not to be named, said``: the description before an aside that says its source
    is not to be named (an unnamed source), not the place or organization inside it."""
    k = cue - 1
    while k > start and cue - k <= 16 and frame.lowers[k] not in ("who", "which"):
        if frame.words[k] in (".", ";", ":"):
            return None  # (a quotation inside the aside is passed: because "my wife …,")
        k -= 1
    if k <= start or frame.lowers[k] not in ("who", "which"):
        return None
    text = frame.full_text
    if not ANONYMOUS_ASIDE.match(text, frame.start(k) - (1 if frame.words[k - 1] == "," else 0)):
        return None
    if frame.lowers[k - 1] == "and" and k - 2 > start and frame.words[k - 2] == ",":
        # A sailor who watched the rescue, and who asked not to be named, said: the first
        # clause's "who" ends the description
        first = next((j for j in range(k - 3, max(start, k - 16), -1)
                      if frame.lowers[j] in ("who", "which")), -1)
        if first > start:
            k = first
    end = k - 1 if frame.words[k - 1] == "," else k
    b = end - 1
    while b > start and end - b <= 14 and b - 1 not in frame.quotes and frame.words[b - 1] != ",":
        b -= 1
    while b < end and frame.lowers[b] in ("and", "but"):
        b += 1
    if b >= end or frame.lowers[b] not in lx.DETERMINERS and frame.lowers[b] not in (
        lx.INDEFINITE_SOURCES
    ):
        return None
    return Source(frame.start(b), frame.end(end - 1), "nominal", frame.text(b, end))


def _name_before_appositive(frame: Frame, source: Source, start: int) -> None:
    """``Joe Madison, a talk radio host, who wondered``: the ``who`` after a description set
    off by commas names the person before the description (given ``source.names``)."""
    k = _position(frame, source.start, start) - 1
    if k <= start or frame.words[k] != ",":
        return
    i = k - 1
    while i > start and k - i <= 30 and i not in frame.quotes and frame.words[i] != "," and (
        frame.name_run_at[i] is None or i < k - 1
    ):
        if frame.words[i] in (".", ";", ":", "(", ")") or (
            frame.cue_words[i] and is_cue(frame, i)
        ):
            return
        i -= 1
    if i <= start or frame.words[i] != "," or frame.lowers[i + 1] not in lx.DETERMINERS:
        return  # the description opens with a determiner: a talk radio host, the author
    run = frame.name_run_at[i - 1]
    if run is None or frame.name_runs[run].end != frame.token(i - 1) + 1:
        return
    people = [name for name in frame.name_runs[run].names if name.kind == "person"]
    if people:
        source.names = people[-1:]


def _document_author(frame: Frame, source: Source, start: int) -> Source | None:
    """``They released a statement which said``: the one who released the document ``which``
    stands for (its clause's subject), when nobody else is named for it."""
    if source.text.lower() not in ("which", "that"):
        return None
    k = _position(frame, source.start, start) - 1
    if k > start and frame.words[k] == ",":
        k -= 1
    if k <= start or frame.lowers[k] not in lx.DOCUMENT_HEADS:
        return None
    subject = sentence_subject(frame, start, k)
    return subject if subject is not None and subject.kind in ("name", "pronoun") else None


def _cue_source(frame: Frame, cue: int, start: int, limit: int) -> Source | None:
    """``cue_source`` as the phrase next to the verb gives it."""
    words, lowers = frame.words, frame.lowers
    low = lowers[cue]
    if low == "according" or (
        cue > start and lowers[cue - 1] in lx.BE_FORMS and low in lx.PASSIVE_SPEECH_VERBS
    ):
        # according to NAME · was told by NAME (a passive cue names its speaker after by)
        found = phrase_from(frame, cue + 2, limit)
        return found[0] if found else None
    if low in lx.PARTICIPLE_CUES:
        # with Trump reportedly yelling: …  (no comma: the participle has its own subject)
        j = cue - 1
        while j >= start and lowers[j].endswith("ly"):
            j -= 1
        if j >= start and j not in frame.quotes and words[j] not in lx.PUNCTUATION:
            direct = phrase_ending(frame, j, start)
            if direct is not None and direct.kind in ("name", "pronoun"):
                return direct
        quoted = _quoted_as(frame, j, start)
        if quoted is not None:
            return quoted
        return clause_subject(frame, cue, start, limit)
    # inverted: "…," said NAME  ·  …, said NAME.  ·  said NAME, "…"
    before = cue - 1
    while before >= start and lowers[before] in (",", "—", "–"):
        before -= 1
    after_quote = before < start or before in frame.quotes
    after_comma = cue - 1 >= start and words[cue - 1] == ","
    if after_quote:
        found = phrase_from(frame, cue + 1, limit, inverted=True)
        if found and (found[0].kind != "pronoun" or ends_clause(frame, found[1], limit)):
            return found[0]
        if found is None:
            subject = _subject_before_quoted_name(frame, before, start)
            if subject is not None:
                return subject  # A 2023 assessment by the partnership, "State of the
                # Sound," found that …: the subject before the quoted name
    elif after_comma and lx.SPEECH_VERBS.get(low) in lx.INVERTING_VERBS:
        subject = subject_before(frame, cue, start)
        if subject is not None and subject.kind != "nominal":
            return subject  # Hunter, meanwhile, said …
        if subject is not None and _before_relative_aside(frame, subject, start):
            return subject  # The student, who followed it, said the ruling felt "…"
        found = phrase_from(frame, cue + 1, limit, inverted=True)
        named = named_in_aside(frame, found[0], found[1], limit) if found else None
        if named is not None:
            return named  # At full power, says the project's faculty lead, robotics
            # professor Anton Fairchild, "…"
        if found and ends_clause(frame, found[1], limit) and (
            found[0].kind == "nominal" or not _predicate_quoted(frame, found[1])
        ):
            return found[0]  # …, said Geert Wilders, founder of … (but …, said Stone "was
            # in the water …": Stone is what the quotation is said of)
    source = subject_before(frame, cue, start)
    if source is not None and source.kind != "pronoun" and _after_preposition(frame, source, start):
        # in Ballot Access News comments: a noun, and no subject; but A spokeswoman for the
        # council said: the description the preposition is part of
        return _issuer_of_document(frame, source, start) or _organization_in_place(
            frame, source, start) or _description_in_place(
            frame, source, start) or _document_opening(
            frame, cue, start) or _description_before(frame, cue, start) or (
            _description_with(frame, source, start) if words[cue - 1] == "," else None
        ) or _people_with_preposition(frame, cue, start)
    if source is not None and source.kind == "pronoun" and not source.names and (
        source.text.lower() == "who"
    ):
        # A crane operator who asked not to be named said: the description "who" stands for
        k = _position(frame, source.start, start)
        described = _description_before(frame, k, start) if k > start else None
        if described is not None:
            return described
    if source is None and cue + 1 < limit and (cue == start or cue - 1 in frame.quotes):
        found = phrase_from(frame, cue + 1, limit)
        if found and found[0].kind in ("name", "pronoun"):
            return found[0]  # "Asked about it, said Trump" and headlines
    if source is None and cue - 1 >= start and lowers[cue - 1] in ("and", "but", "then"):
        source = sentence_subject(frame, start, cue)  # X noted …, and added: "…"
    if source is None and cue - 2 > start and words[cue - 1] == ",":
        opening = next((k for k in range(cue - 2, max(start, cue - 14), -1)
                        if words[k] == "," or k in frame.quotes), -1)
        if opening > start and words[opening] == "," and lowers[opening - 1] in ("and", "but"):
            # The government declared mourning and, in a message posted on X, said
            source = sentence_subject(frame, start, opening - 1)
    if source is None and cue - 1 > start and words[cue - 1] == ",":
        source = _subject_past_asides(frame, cue, start) or _description_past_aside(
            frame, cue, start)
    if source is None and cue - 1 >= start:
        source = _people_with_preposition(frame, cue, start) or _description_before(
            frame, cue, start) or _document_opening(frame, cue, start)
    return source


def _document_opening_quote(
    frame: Frame, cue: int, at: int, start: int, limit: int
) -> Source | None:
    """``According to the award citation, Stone "…"``: the document an opening ``according
    to`` names, when the quotation follows the clause's subject closely (a few words, no
    verb of saying between)."""
    if cue != start or frame.lowers[cue] != "according":
        return None
    document = _document_after(frame, cue + 2, limit)
    if document is None or document[1] >= at or frame.words[document[1]] != ",":
        return None
    if at - document[1] > 5 or any(frame.cue_words[k] and is_cue(frame, k)
                                   for k in range(document[1] + 1, at)):
        return None
    return document[0]


def _document_after(frame: Frame, i: int, limit: int) -> tuple[Source, int] | None:
    """A description of a document from item i to its word (``the award citation``, ``the
    police report``, ``a court filing``): a determiner or possessive, then up to three plain
    words, the last a document's; with the position after it."""
    words, lowers = frame.words, frame.lowers
    if i >= limit or not (lowers[i] in lx.DETERMINERS or lowers[i].endswith(("’s", "'s"))):
        return None
    for k in range(i + 1, min(limit, i + 5)):
        if k in frame.quotes or not words[k][:1].isalnum():
            return None
        if lowers[k] in lx.DOCUMENT_HEADS and not (
            k + 1 < limit and lowers[k + 1] in lx.DOCUMENT_HEADS
        ):
            return Source(frame.start(i), frame.end(k), "nominal", frame.text(i, k + 1)), k + 1
    return None


def _subject_before_quoted_name(frame: Frame, quote: int, start: int) -> Source | None:
    """The subject a quoted name set off by commas follows (``A 2023 assessment by the
    partnership, "State of the Sound," found``): a title-cased quotation of a few words
    after a comma, and the sentence's subject right before the comma; None otherwise."""
    if quote - 2 <= start or quote not in frame.quotes or frame.words[quote - 1] != ",":
        return None
    words = frame.full_text[frame.start(quote) : frame.end(quote)].strip("\"“”‘’', ").split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or not all(
        w[:1].isupper() or w.lower() in lx.TITLE_SMALL_WORDS for w in words
    ):
        return None
    subject = sentence_subject(frame, start, quote - 1)
    return subject if subject is not None and subject.end <= frame.start(quote - 1) else None


def _issuer_of_document(frame: Frame, source: Source, start: int) -> Source | None:
    """``A statement from Varrow Council said``, ``A letter by Jane Roe said``: the name a
    document that opens the clause is from, as ``A statement from the Varrow Council`` gives
    it (a name, right after the document's word and ``from`` or ``by``)."""
    k = _position(frame, source.start, start)
    if source.kind != "name" or k - 2 < start or frame.lowers[k - 1] not in ("from", "by") or (
        frame.lowers[k - 2] not in lx.DOCUMENT_HEADS
    ):
        return None
    opening = k - 3
    while opening > start and frame.lowers[opening].isalpha() and (
        frame.lowers[opening] not in lx.DETERMINERS
    ):
        opening -= 1  # (a joint written statement from)
    return source if opening == start and frame.lowers[opening] in lx.DETERMINERS else None


def _organization_in_place(frame: Frame, source: Source, start: int) -> Source | None:
    """``The U.S. Embassy in Dili said``, ``The Ministry of Health in Lusaka said``: the
    organization named before ``in`` or ``at`` and the place the phrase before the verb
    ends with."""
    k = _position(frame, source.start, start)
    if k - 2 < start or frame.lowers[k - 1] not in ("in", "at"):
        return None
    named = phrase_ending(frame, k - 2, start)
    if named is None or named.kind != "name" or not named.names or any(
        name.kind != "organization" for name in named.names
    ):
        return None
    return named


def _description_in_place(frame: Frame, source: Source, start: int) -> Source | None:
    """``a scrap yard employee in Hazleton told``: a description of someone not named, ``in``,
    ``at`` or ``from`` and the place the phrase before the verb ends with (an unnamed
    source)."""
    k = _position(frame, source.start, start)
    if k - 2 < start or frame.lowers[k - 1] not in ("in", "at", "from") or source.kind != "name":
        return None
    described = _description_before(frame, k - 1, start)
    head = frame.lowers[k - 2]
    if described is None or described.text.split()[0].lower() not in lx.INDEFINITE_OPENERS or not (
        head in lx.PERSON_HEADS or head in lx.PERSON_DESCRIPTION_HEADS or agent_noun(head)
    ):
        return None  # (the National Weather Service office in Lake Charles: the service)
    return Source(described.start, source.end, "nominal",
                  frame.full_text[described.start : source.end])


def _document_opening(frame: Frame, cue: int, start: int) -> Source | None:
    """``A statement released by the brigade at the close of the exercise described``: the
    document that opens the clause, when a phrase of its own stands between it and the
    verb (the exercise is no subject)."""
    opening = sentence_subject(frame, start, cue)
    if opening is None or opening.kind != "nominal" or (
        opening.text.split()[-1].lower() not in lx.DOCUMENT_HEADS
    ) or _position(frame, opening.start, start) != start:
        return None
    k = _position(frame, opening.end, start)
    if k < 0:
        k = next((i for i in range(start, cue) if frame.end(i) == opening.end), -2) + 1
    following = frame.lowers[k] if 0 <= k < cue else ""
    return opening if following in _DOCUMENT_LINKS else None


_DOCUMENT_LINKS = frozenset({"released", "issued", "published", "posted", "signed", "sent",
                             "from", "by", "written", "put"})
"""Words after a document's word that say who issued it (``A statement released by``)."""


def _predicate_quoted(frame: Frame, k: int) -> bool:
    """Whether item k is a quotation that begins, right after the phrase before it, with a
    lowercase word (``said Stone "was in the water"``): the phrase is its subject, not the
    speaker of an inverted cue."""
    if k not in frame.quotes or k == 0 or frame.words[k - 1] in lx.PUNCTUATION:
        return False
    text = frame.full_text
    at = frame.start(k)
    inside = text[at + 1 : at + 3].lstrip()
    return inside[:1].islower()


def _quoted_as(frame: Frame, j: int, start: int) -> Source | None:
    """``The BBC quoted Mayor Ines Cardoso as saying``, ``cited her deputy, Rui Matos, as
    saying``: the one quoted, the object of a verb of quoting before ``as`` (item j) and the
    participle, not the one quoting."""
    if j - 2 < start or frame.lowers[j] != "as":
        return None
    passive = _quoted_in_passive(frame, j, start)
    if passive is not None:
        return passive
    end = j - 2 if frame.words[j - 1] == "," else j - 1
    if end < start or end in frame.quotes:
        return None
    quoted = phrase_ending(frame, end, start)
    if quoted is None or quoted.kind == "pronoun":
        return None
    k = _position(frame, quoted.start, start) - 1
    while k >= start and k > end - 16:
        if frame.lowers[k] in lx.QUOTING_VERBS:
            return quoted
        if k in frame.quotes or frame.words[k] in (".", ";", ":") or (
            frame.cue_words[k] and is_cue(frame, k)
        ):
            return None
        k -= 1
    return None


def _quoting_object(frame: Frame, cue: int, start: int, limit: int) -> Attribution | None:
    """For a verb of quoting at item ``cue`` (``quoted``, ``cited``) with ``as saying`` after
    its object: the attribution to the one quoted."""
    if frame.lowers[cue] not in lx.QUOTING_VERBS:
        return None
    for k in range(cue + 2, min(limit - 1, cue + 10)):
        if k in frame.quotes or frame.words[k] in (".", ";", ":"):
            return None
        if frame.lowers[k] == "as" and frame.lowers[k + 1] in lx.PARTICIPLE_CUES:
            quoted = _quoted_as(frame, k, start)
            return _at_cue(frame, k + 1, quoted, limit, "post") if quoted else None
    return None


def _quoted_in_passive(frame: Frame, j: int, start: int) -> Source | None:
    """``Mehta was quoted by the BBC as saying``, ``She was quoted as saying``: the subject of
    the passive, not the one quoting (``as`` at item j)."""
    lowers = frame.lowers
    k = j - 1
    while k > start and j - k <= 8 and lowers[k] not in lx.QUOTING_VERBS:
        if k in frame.quotes or frame.words[k] in (".", ";", ":", "\"", "“", "”"):
            return None
        k -= 1
    if k <= start or lowers[k] not in lx.QUOTING_VERBS or lowers[k - 1] not in lx.BE_FORMS:
        return None
    e = k - 2
    while e >= start and lowers[e] in lx.AUXILIARIES:
        e -= 1  # had been quoted, was once quoted
    subject = phrase_ending(frame, e, start)
    return subject if subject is not None and subject.kind in ("name", "pronoun") else None


def _subject_past_asides(frame: Frame, cue: int, start: int) -> Source | None:
    """``Moss, 52, who has worked at the lab since 2001, said``: the subject that opens the
    clause, set off from its verb by asides between commas."""
    subject = sentence_subject(frame, start, cue)
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    k = _position(frame, subject.end, start)
    if k < 0:  # the item after the subject: the first one starting at or after its end
        starts = frame.tokens.starts
        k = next((i for i in range(start, cue) if starts[frame.first + i] >= subject.end), -1)
    return subject if 0 <= k < cue and frame.words[k] == "," else None


def _people_with_preposition(frame: Frame, cue: int, start: int) -> Source | None:
    """``Commentators on the event's live broadcast called``, ``Residents of the estate
    said``: a plural noun for people opening the clause, then a phrase after a preposition,
    the whole the verb's source (an unnamed one)."""
    lowers, words = frame.lowers, frame.words
    k = start + 1 if lowers[start] in ("the", "some", "many", "several") else start
    head = lowers[k] if k < cue else ""
    if not (head.endswith("s") and _description_head(head) and words[k].isalpha()) or (
        k + 1 >= cue or lowers[k + 1] not in lx.SUBJECT_PREPOSITIONS or cue - start > 10
    ):
        return None
    if any(x in frame.quotes or not words[x][:1].isalnum() or frame.name_run_at[x] is not None
           for x in range(k + 1, cue)):
        return None  # Critics, in Ballot Access News, …; Voters in Ohio said (a place)
    return Source(frame.start(start), frame.end(cue - 1), "nominal", frame.text(start, cue))


def _description_past_aside(frame: Frame, cue: int, start: int) -> Source | None:
    """``One homeowner, a retired school custodian, told``, ``A neighbour, 72, said``: the
    description that opens the clause, before an appositive or an age set off by commas."""
    words, lowers = frame.words, frame.lowers
    j = cue - 2
    while j > start and cue - j <= 10 and words[j] != "," and j not in frame.quotes and (
        words[j][:1].isalnum() and not (frame.cue_words[j] and is_cue(frame, j))
    ):
        j -= 1
    if j <= start or words[j] != "," or not (
        lowers[j + 1] in ("a", "an", "the") or (is_age(words[j + 1]) and j + 2 == cue - 1)
    ):
        return None
    return _description_before(frame, j, start)


def _description_before(frame: Frame, cue: int, start: int) -> Source | None:
    """A description of the source ending right before its verb that the noun-phrase rules do
    not know: ``Bell's deputy said``, ``A statement from his family said``, ``The boy's
    grandmother said``: it begins with a determiner or a possessive."""
    words, lowers = frame.words, frame.lowers
    k = cue - 1
    while k >= start and (lowers[k] in lx.AUXILIARIES or (
        lowers[k].endswith(lx.ADVERB_SUFFIX) and len(lowers[k]) > 4
        and not _description_head(lowers[k])  # family, not jokingly
    )):
        k -= 1
    end = k + 1
    if k < start or not lowers[k].isalpha() or not words[k].islower() or (
        lowers[k] in lx.FUNCTION_WORDS or not _description_head(lowers[k])
    ):
        return None
    while k >= start and end - k <= 8 and k not in frame.quotes:
        word, low = words[k], lowers[k]
        opens = low in lx.DETERMINERS or (word.endswith(("’s", "'s")) and is_cap(word))
        run = frame.name_run_at[k]
        if opens and run is not None:  # Mayor Bell's deputy: from the name's first word
            k = max(start, frame.name_runs[run].start - frame.first)
        if opens and (k == start or k - 1 in frame.quotes or words[k - 1] in ",;:—–"
                      or (lowers[k - 1] in lx.OPENING_CONJUNCTIONS and lowers[k - 1] != "and")):
            return Source(frame.start(k), frame.end(end - 1), "nominal", frame.text(k, end))
        if not (word.isalpha() or word.endswith(("’s", "'s"))) or (
            low in lx.FUNCTION_WORDS and low not in lx.DESCRIPTION_INNER_WORDS
            and low not in lx.DETERMINERS
        ):
            return None
        k -= 1
    return None


def _description_head(low: str) -> bool:
    """Whether a word may head a description of a source (``deputy``, ``family``,
    ``grandmother``, ``statement``, ``officials``)."""
    single = low[:-1] if low.endswith("s") else low
    return any(w in lx.NOMINAL_HEADS or w in lx.PERSON_HEADS or w in lx.TITLES
               or w in lx.DOCUMENT_HEADS or w in lx.PERSON_DESCRIPTION_HEADS
               or w in lx.FAMILY_WORDS or agent_noun(w) for w in (low, single))


def clause_subject(frame: Frame, participle: int, start: int, limit: int) -> Source | None:
    """The subject of the clause a participle hangs on: the source of a reporting verb just
    before it (``Lewandowski added, saying``), else the sentence's subject."""
    words = frame.words
    x = participle - 1
    while x >= start and x > participle - 4 and words[x] in (",", "—", "–"):
        x -= 1
    for y in range(x, max(start, x - 3) - 1, -1):
        if frame.cue_words[y] and is_cue(frame, y) and frame.lowers[y] not in lx.PARTICIPLE_CUES:
            source = cue_source(frame, y, start, limit)
            if source is not None:
                return source
            break
    if participle == start or (
        participle - 1 == start and frame.lowers[participle - 1] in lx.INTRODUCTORY_WORDS
    ):
        # Citing X, ICE subpoenaed …: the subject follows the participle's phrase
        j = participle + 1
        while j < limit and j < participle + WINDOW and words[j] != ",":
            j += 1
        found = phrase_from(frame, j + 1, limit) if j < limit else None
        return found[0] if found else None
    return _last_clause_subject(frame, start, participle) or sentence_subject(
        frame, start, participle)


def _last_clause_subject(frame: Frame, start: int, participle: int) -> Source | None:
    """The named subject of the last clause joined by ``, and`` or ``, but`` before a
    participle (``An aide spoke first, and Huang Limin was quoted as saying``), or None."""
    words, lowers = frame.words, frame.lowers
    for b in range(participle - 2, start, -1):
        if b in frame.quotes or words[b] in (".", ";"):
            return None
        if words[b] == "," and lowers[b + 1] in ("and", "but"):
            found = phrase_from(frame, b + 2, participle)
            after = lowers[found[1]] if found is not None and found[1] < participle else ""
            if found is None or found[0].kind not in ("name", "pronoun") or (
                not after.isalpha() or not frame.words[found[1]].islower()
                or (after in lx.FUNCTION_WORDS and after not in lx.AUXILIARIES)
                or found[0].text.lower() == "it"
            ):
                return None  # , and added, saying; Jo, and Al for saying: no clause
            return found[0]
    return None


def _pronoun_after_asides(frame: Frame, i: int, stop: int) -> int:
    """Where a subject pronoun stands after the commas of asides that go on an opening
    phrase (``Asked about the ball that removed Dinesh Wijeratne, the captain, for 96, he
    grinned``), within a few words of item i; else i."""
    words, lowers = frame.words, frame.lowers
    k = i
    while k < stop and k - i <= 12 and k not in frame.quotes and words[k] not in (".", ";"):
        if words[k] == "," and k + 1 < stop and lowers[k + 1] in lx.SUBJECT_PRONOUNS:
            return k + 1
        k += 1
    return i


_PARTICIPLES_NOT_IN_ED = frozenset({"read", "written", "sent", "given", "shown"})
"""Past participles of verbs of words that do not end in ``ed``: after a document's word
in an opening phrase (``In a statement read to the court,``) they describe the document."""


def sentence_subject(frame: Frame, start: int, limit: int) -> Source | None:
    """The first noun phrase of a sentence (from item start), after any introductory phrase."""
    words, lowers = frame.words, frame.lowers
    i = start
    stop = min(limit, start + WINDOW)
    while i < stop and (i in frame.quotes or words[i] in (",", "—", "–", "(", ")")):
        i += 1  # "…," Carson told the AP after hinting that "…"
    i = _after_dateline(frame, i, stop)
    if i + 3 < stop and (lowers[i] in lx.SPAN_COUNTS or lowers[i].isdigit()) and (
        lowers[i + 1] in lx.SPAN_UNITS and lowers[i + 2] in lx.SPAN_ENDS and words[i + 3] == ","
    ):
        i += 4  # Eight years ago, he …
    if i + 2 < stop and lowers[i] in _YEAR_PREPOSITIONS and (
        lowers[i + 1] in lx.TIME_WORDS or _YEAR.fullmatch(lowers[i + 1])
    ) and words[i + 2] != ",":
        i += 2  # In 1987 Wright spoke … · In March he told …
        if i + 1 < stop and _YEAR.fullmatch(lowers[i]) and words[i + 1] != ",":
            i += 1  # In March 2019 the board …
    if i + 1 < stop and lowers[i] in lx.TIME_OPENERS and lowers[i + 1] in lx.TIME_WORDS:
        i += 2  # This Thursday the commission …
        while i < stop and (lowers[i] in lx.TIME_WORDS or words[i] == ","):
            i += 1
    if i < stop and lowers[i] == "among":
        named = _among_them(frame, i, stop)
        if named is not None:
            return named  # Among the volunteers was Margaret Okafor, …: Okafor
    if i < stop and (lowers[i] in lx.INTRODUCTORY_WORDS or _opening_participle(frame, i, stop)
                     or _adverbial_opener(frame, i, stop)):
        j = i
        subordinate = lowers[i] in lx.SUBORDINATORS  # When X pointed out …, Y seized …
        while j < stop and j not in frame.quotes and words[j] != ",":
            if not subordinate and frame.cue_words[j] and is_cue(frame, j) and not (
                (lowers[j].endswith("ed") or lowers[j] in _PARTICIPLES_NOT_IN_ED)
                and lowers[j - 1] in lx.DOCUMENT_HEADS
            ) and lowers[i] != "asked":  # (Asked whether it had worried them, Rose …: the
                # question's verbs are the question's)
                # (In a statement posted on its website, Meridale said: the intro's; Asked at
                # the briefing whether …, Frost was cautious: the participle's own)
                break
            j += 1
        if j < stop and words[j] == "," and j - i <= 20:
            opener, i = i, j + 1
            if lowers[opener] == "asked" or _opening_participle(frame, opener, stop):
                i = _pronoun_after_asides(frame, i, stop)  # Asked about the ball that
                # removed Dinesh Wijeratne, the captain, for 96, he grinned: he
            if i < stop and lowers[i] in ("where", "when"):
                # At a public meeting in June, where EPA staff outlined the terms, one
                # resident …: the clause on the introductory phrase ends at its comma too
                k = i
                while k < stop and k - i <= 20 and k not in frame.quotes and words[k] != ",":
                    k += 1
                if k < stop and words[k] == ",":
                    i = k + 1
        elif subordinate and j < stop and j in frame.quotes and j - i <= 20 and (
            not _unpunctuated(frame, j)
        ):
            i = j + 1  # When X calls it "…," Y seized …: the comma inside the marks
        elif lowers[i] in lx.OPENING_CONJUNCTIONS:
            i += 1
    found = phrase_from(frame, i, stop)
    if found is None and i < stop and (
        lowers[i] in lx.POSSESSIVE_PRONOUNS or lowers[i] in lx.DETERMINERS
        or (lowers[i].endswith(("’s", "'s")) and frame.name_run_at[i] is not None)
    ):  # (Young's label, the independent Tidewrack Records, said)
        k = i + 1
        while k < stop and k < i + 6 and words[k][:1].isalpha() and words[k].islower():
            k += 1
        if k > i + 1 and k < stop and words[k] == ",":
            found = Source(frame.start(i), frame.end(k - 1), "nominal", frame.text(i, k)), k
            named = named_in_aside(frame, found[0], k, stop)
            if named is not None:
                return named  # Her fellow co-chair, Professor Lars Brightwell of …, said
            found = None
    if found is None:
        return _one_of(frame, i, stop) or _appositive_name(frame, i, stop) or _job_before_name(
            frame, i, stop)
    named = named_in_aside(frame, found[0], found[1], stop)
    if named is not None:
        return named  # Her fellow co-chair, Professor Lars Brightwell of …, said
    if found[0].kind == "nominal" and not found[0].names:
        named = _aside_after_description(frame, found[0], found[1], stop)
        if named is not None:
            return named  # The chief technology officer, Kwame Mensah, spent …
    return named_person(frame, found[0], start, stop)


def _aside_after_description(
    frame: Frame, source: Source, after: int, stop: int
) -> Source | None:
    """``named_in_aside`` of a description that runs on past its head in lowercase words
    the phrase grammar does not know (``The chief technology officer, Kwame Mensah,``)."""
    words, lowers = frame.words, frame.lowers
    k = after
    while k < stop and k < after + 3 and words[k].isalpha() and words[k].islower() and (
        lowers[k] not in lx.FUNCTION_WORDS and not (frame.cue_words[k] and is_cue(frame, k))
    ):
        k += 1
    if k == after or k >= stop or words[k] != ",":
        return None
    longer = Source(source.start, frame.end(k - 1), "nominal",
                    frame.full_text[source.start : frame.end(k - 1)])
    return named_in_aside(frame, longer, k, stop)


def _adverbial_opener(frame: Frame, i: int, stop: int) -> bool:
    """Whether item ``i`` opens an adverbial phrase set off by a comma before the subject
    (``Back in 1999, Mr. Trump …``, ``Ultimately, the board …``): an adverb of the lexicon's
    ``ADVERBIAL_OPENERS`` or one in -ly, with no name before the comma (``Even Smith, an
    ally, said``: the name is the subject)."""
    low = frame.lowers[i]
    if low not in lx.ADVERBIAL_OPENERS and not (
        len(low) > 4 and low.endswith("ly") and low.isalpha()
        and frame.words[i + 1 : i + 2] == [","]
    ):
        return False
    for k in range(i + 1, min(stop, i + 12)):
        if k in frame.quotes or frame.name_run_at[k] is not None:
            return False
        if frame.words[k] == ",":
            return True
    return False


_OBJECT_PREPOSITIONS = frozenset(("to", "with", "for", "about", "at", "on", "into"))
"""Prepositions before a name that make it no announcer of a quotation after a colon."""
_YEAR_PREPOSITIONS = frozenset(("in", "by", "since", "until", "during"))
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
"""A year opening a sentence after a preposition with no comma (``In 1987 he told …``)."""


def _job_before_name(frame: Frame, i: int, stop: int) -> Source | None:
    """A person's name after the words of a job that open the sentence (``Flight medic Sgt.
    Dwayne Little, …, treated``): the person, with the job as the role."""
    lowers, words = frame.lowers, frame.words
    x = i
    job = False
    while x < stop and x < i + 3 and frame.name_run_at[x] is None and x not in frame.quotes:
        if not words[x].isalpha() or lowers[x] in lx.FUNCTION_WORDS or (
            x > i and not words[x].islower()
        ) or (frame.cue_words[x] and is_cue(frame, x)):
            return None
        job = job or lowers[x] in lx.NAME_TITLE_WORDS or lowers[x] in lx.PERSON_HEADS
        x += 1
    at = frame.name_run_at[x] if x < stop else None
    if x == i or at is None:
        return None
    run = frame.name_runs[at]
    if run.start != frame.token(x) or len(run.names) != 1 or run.names[0].kind != "person" or (
        not job and not run.names[0].title
    ):
        return None  # (a job word, or a rank: Flight medic Sgt. Dwayne Little)
    found = phrase_from(frame, x, stop)
    if found is None or found[0].kind != "name":
        return None
    source = found[0]
    source.role = " ".join(filter(None, (frame.text(i, x), source.role)))
    return source


def _opening_participle(frame: Frame, i: int, stop: int) -> bool:
    """Whether item i opens a participle phrase before the subject (``Appearing before
    supporters, Jane Roe said``, ``Pressed by reporters, …``): a word in -ing or -ed that
    is no name and no reporting verb, then a function word."""
    low = frame.lowers[i]
    if low == "asked" and i + 1 < stop and frame.lowers[i + 1] in lx.PASSIVE_ASIDE_NEXT:
        return True  # Asked whether Young could play, Rose said: a passive aside
    if low == "asked" and i + 1 < stop and frame.lowers[i + 1] in ("at", "on", "after", "during"):
        for k in range(i + 2, min(stop, i + 10)):  # Asked at the press conference whether
            if frame.words[k] == "," or k in frame.quotes:
                break
            if frame.lowers[k] in lx.PASSIVE_ASIDE_NEXT:
                return True
    return (
        i + 1 < stop
        and len(low) > 5
        and low.endswith(("ing", "ed"))
        and frame.name_run_at[i] is None
        and not frame.cue_words[i]
        and frame.lowers[i + 1] in lx.FUNCTION_WORDS
    )


def _appositive_name(frame: Frame, i: int, stop: int) -> Source | None:
    """``Another voice actor, Lauren Landa, would …``, ``The family's solicitor, Imran Shah,
    said``: the person named beside a short description of unknown words that opens the
    sentence."""
    lowers = frame.lowers
    if i >= stop or lowers[i] not in lx.DETERMINERS:
        return None
    j = i + 1
    while j < stop and j < i + 5 and _plain_word(lowers[j]) and (
        frame.words[j].islower() and not is_cue(frame, j) and lowers[j] not in lx.FUNCTION_WORDS
    ):
        j += 1
    if j == i + 1 or j + 1 >= stop or frame.words[j] != ",":
        return None
    person = _person_at(frame, j + 1, stop)
    after = person.names[-1].token_end - frame.first if person is not None else stop
    if person is None or after >= stop or frame.words[after] != ",":
        return None
    person.role = frame.text(i, j)
    return person


def _plain_word(low: str) -> bool:
    """Whether a lowercase word is letters, perhaps hyphenated or possessive (``family's``)."""
    for ending in ("’s", "'s"):
        if low.endswith(ending):
            low = low[: -len(ending)]
    return low.replace("-", "").isalpha()


def _one_of(frame: Frame, i: int, stop: int) -> Source | None:
    """``One of the victims`` (``one``, ``each``, ``neither`` … ``of`` a determiner and a
    plural) as a description, when nothing else reads as the phrase at item i."""
    lowers = frame.lowers
    if i + 3 < stop and lowers[i] in lx.ONE_OF and lowers[i + 1] == "of" and (
        lowers[i + 2] in lx.DETERMINERS and lowers[i + 3].isalpha()
        and (lowers[i + 3].endswith(("s", "men")) or lowers[i + 3] in ("people", "children"))
        and not frame.has_quote(i, i + 4)
    ):
        if i + 5 < stop and frame.words[i + 4] == ",":
            # One of the kayakers, Euan Black, said: the person named beside it
            person = _person_at(frame, i + 5, stop)
            after = person.names[-1].token_end - frame.first if person is not None else stop
            if person is not None and after < stop and frame.words[after] == ",":
                person.role = frame.text(i, i + 4)
                return person
        return Source(frame.start(i), frame.end(i + 3), "nominal", frame.text(i, i + 4))
    return None


def _after_dateline(frame: Frame, i: int, stop: int) -> int:
    """The item after a dateline starting at item i (``WASHINGTON —``, ``LA CROSSE, Wisc. —``,
    ``Washington (AFP) –``), or i when there is none."""
    marked = False  # a word in capitals (WASHINGTON, AFP) or a state (Va.)
    for j in range(i, min(stop, i + 9)):
        if j in frame.quotes:
            return i
        word = frame.words[j]
        if word in lx.DATELINE_DASHES and j > i:
            return j + 1 if marked else i
        if not (is_cap(word) or word in (",", "(", ")", ".") or word.isupper()):
            return i
        marked = marked or (len(word) >= 3 and word.isupper()) or (
            word.endswith(".") and word.lower() in ABBREVIATIONS and len(word) > 3
        )
    return i


# ----------------------------------------------------------------- the person, not their employer


def named_person(frame: Frame, source: Source, start: int, limit: int) -> Source:
    """The person a phrase names when the source found is their organization or place, or a
    title: ``Kelly Dittmar of Rutgers University said`` and ``Yvette Cooper of the Labour
    Party added`` (the person before ``of``/``at``/``from``), ``Valiant Entertainment editor
    Heather Antos`` and ``Greek prime minister Kyriakos Mitsotakis`` (the person after the
    title), ``Erwin Chemerinsky, Dean of … called`` (the person before an appositive whose
    closing comma is missing). The organization is kept in the person's role."""
    if source.kind == "nominal":
        return _person_after_nominal(frame, source, start, limit) or source
    if source.kind != "name" or not source.names:
        return source
    name = source.names[0]
    first = name.token_start - frame.first
    end = source.names[-1].token_end - frame.first
    if not (start <= first < end <= limit):
        return source
    if all(w.lower() in lx.TITLES or w.lower() in lx.ROLE_HEADS for w in source.text.split()):
        # The Prime Minister, Alan Drew, said: a title with no name is a description
        return _person_after_nominal(frame, source, start, limit) or source
    # a name the lexicon does not know may be an organization's (Valiant Entertainment):
    # the words around it tell
    person = name.kind == "person" and not _title_first(name.text) and (
        not _not_a_name(name.text)
    )
    found = (
        _person_after(frame, source, first, end, limit, person)
        or _person_before(frame, source, first, end, start)
        or source
    )
    if found is source and person and len(source.names) == 1:
        return _with_partner(frame, source, first, start) or source
    return found


def _with_partner(frame: Frame, source: Source, first: int, start: int) -> Source | None:
    """``Haddad and his colleague Mia Stone wrote``: both people, the first named first."""
    lowers = frame.lowers
    k = first - 1
    while k >= start and first - k <= 4 and frame.words[k].islower() and (
        lowers[k] in lx.PARTNER_WORDS or lowers[k] in lx.TITLES or lowers[k] in lx.NOMINAL_HEADS
        or lowers[k] in lx.SOURCE_MODIFIERS
    ):
        k -= 1
    if k == first - 1 or k - 1 < start or lowers[k] != "and":
        return None
    other = phrase_ending(frame, k - 1, start)
    if other is None or other.kind != "name" or len(other.names) != 1 or (
        other.names[0].kind != "person"
    ):
        return None
    names = [other.names[0], *source.names]
    return Source(other.start, source.end, "name", frame.full_text[other.start : source.end],
                  names, other.role)


def _person_after_nominal(
    frame: Frame, source: Source, start: int, limit: int
) -> Source | None:
    """``Harbour commissioner Leonard Okoye``, ``Another voice actor, Lauren Landa,``: the
    person a description stands before as a title or beside as an appositive (the description
    is their role)."""
    first = _position(frame, source.start, start)
    if first < 0:
        return None
    end = first
    ends = frame.tokens.ends
    while end < limit and ends[frame.first + end] <= source.end:
        end += 1
    if end == first:
        return None
    if end < limit and (frame.lowers[end] in lx.ROLE_PREPOSITIONS or (
        _left_out(frame, end, limit) and any(
            frame.lowers[k] in lx.ROLE_PREPOSITIONS for k in range(first + 1, end))
    )):
        # The father of the missing boy, Peter Lang, …: the description runs to the comma
        # (a spokeswoman for the hospital trust, Fiona Reid: past the words it left out)
        j = end
        while j < limit and j < end + 8 and j not in frame.quotes and frame.words[j] != ",":
            j += 1
        if j < limit and frame.words[j] == "," and not frame.has_quote(end, j):
            end = j
    if end + 1 < limit and frame.words[end] == ",":
        # Another voice actor, Lauren Landa, would list …; "…," said the mayor, Linda Osei.
        person = _person_at(frame, end + 1, limit)
        after = person.names[-1].token_end - frame.first if person is not None else limit
        if after < limit and frame.lowers[after] in ("of", "from", "at"):
            # said the study's lead author, Naledi Mokoena of the Karoo Institute in Durban.
            k = after
            while k < limit and k - after < 15 and k not in frame.quotes and (
                frame.words[k] not in (",", ".", "!", "?", ";", ":")
            ):
                k += 1
            after = k
        if person is None or not (
            (after < limit and frame.words[after] == ",") or _closes_sentence(frame, after)
        ):
            return None
    elif frame.lowers[end - 1] in lx.TITLES:
        person = _person_at(frame, end, limit)
    else:
        return None
    if person is not None:
        person.role = frame.text(first, end)
    return person


def _left_out(frame: Frame, k: int, limit: int) -> bool:
    """Whether one or two plain lowercase words from item k, then a comma, end a description
    the noun-phrase rules cut short (``a spokeswoman for the hospital | trust,``)."""
    lowers, words = frame.lowers, frame.words
    j = k
    while j < limit and j < k + 2 and words[j].isalpha() and words[j].islower() and (
        lowers[j] not in lx.FUNCTION_WORDS and lowers[j] not in lx.AUXILIARIES
        and not is_cue(frame, j)
    ):
        j += 1
    return k < j < limit and words[j] == ","


def _closes_sentence(frame: Frame, k: int) -> bool:
    """Whether item ``k`` ends its sentence: past its last item, or a full stop, question or
    exclamation mark with nothing but quotations after it."""
    n = len(frame.words)
    if k < n and frame.words[k] not in (".", "!", "?"):
        return False
    return all(j in frame.quotes or frame.words[j] in (".", "!", "?") for j in range(k, n))


def _person_head(description: str) -> bool:
    """Whether a description's last word is a person's head noun, or its plural
    (``Officials``, ``a spokeswoman``)."""
    words = description.lower().split()
    head = words[-1] if words else ""
    return head in lx.PERSON_HEADS or (head.endswith("s") and head[:-1] in lx.PERSON_HEADS)


def _title_first(name: str) -> bool:
    """Whether a name begins with a title word (``Dean of UC Berkeley School of Law``)."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in lx.ROLE_HEADS


def _not_a_name(name: str) -> bool:
    """A nationality or place taken for a person (``Greek``, ``Turkish-Libyan``)."""
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(w in lx.DEMONYMS or w in lx.PLACE_NAMES for w in words)


def _person_after(
    frame: Frame, source: Source, first: int, end: int, limit: int, person: bool
) -> Source | None:
    """``ORG title PERSON``: the person named after the organization's title words (after a
    title word proper when the first name may be a person's: ``Valiant Entertainment editor
    Heather Antos``)."""
    lowers = frame.lowers
    j, titled = end, False
    while j < limit and j < end + 4 and frame.name_run_at[j] is None and j not in frame.quotes:
        low = lowers[j]
        title = low in lx.TITLES or low in lx.ROLE_HEADS
        if not low.replace("-", "").isalpha() or (frame.cue_words[j] and is_cue(frame, j)) or (
            low in lx.FUNCTION_WORDS or low in lx.AUXILIARIES
            or (low.endswith("ed") and low not in lx.SOURCE_MODIFIERS)
            or (person and not title and low not in lx.SOURCE_MODIFIERS)
        ):
            return None  # Karl Weiss met union leader Otto Brand: a verb between
        titled = titled or title
        j += 1
    if j == end and not frame.words[end - 1].endswith(("’s", "'s")):
        return None  # nothing between: two names, not an organization and its member
    if person and not titled:
        return None
    member = _person_at(frame, j, limit)
    if member is None:
        return None
    member.role = frame.text(first, j)
    return member


def _person_at(frame: Frame, j: int, limit: int) -> Source | None:
    """The person whose name begins at item j (after their age: ``64-year-old Derek Hill``),
    as a source."""
    if j + 1 < limit and is_year_old(frame.lowers[j]):
        j += 1
    if j >= limit or frame.name_run_at[j] is None:
        return None
    found = phrase_from(frame, j, limit)
    if found is None or found[0].kind != "name" or found[0].names[0].kind != "person":
        return None
    if _title_first(found[0].text) or _not_a_name(found[0].text):
        return None
    return found[0]


def _person_before(
    frame: Frame, source: Source, first: int, end: int, start: int
) -> Source | None:
    """``PERSON of [the] [words] ORG`` and ``PERSON, TITLE of ORG``: the person before."""
    words, lowers = frame.words, frame.lowers
    i = first - 1
    while i >= start and first - i <= 4 and lowers[i] not in lx.AFFILIATION_WORDS and (
        lowers[i].replace("-", "").isalpha() and not is_cap(words[i])
        and not is_cue(frame, i) and lowers[i] not in lx.FUNCTION_WORDS
    ):
        i -= 1  # of worldwide victim group Ending Clergy Abuse
    if i >= start and lowers[i] == "the":
        i -= 1
    if i - 1 < start:
        return None
    if lowers[i] in lx.AFFILIATION_WORDS or (words[i] == "," and _title_first(source.text)):
        person = phrase_ending(frame, i - 1, start)
        if person is not None and person.kind == "nominal" and words[i] != "," and (
            _person_head(person.text)
        ):
            # Officials at the Department of Transport: an unnamed source there, unless it
            # is a named person's appositive (Jane Roe, president of the union, said)
            described = Source(person.start, source.end, "nominal",
                               frame.full_text[person.start : source.end])
            k = _position(frame, person.start, start) - 1
            named = phrase_ending(frame, k - 1, start) if k > start and words[k] == "," else None
            if named is not None and named.kind == "name" and (
                named.names[-1].kind == "person"
            ):
                named.role = described.text
                return named
            return described
        if person is None or person.kind != "name" or person.names[-1].kind != "person":
            return None
        if _title_first(person.text) or _not_a_name(person.text):
            return None
        if words[i] == ",":  # Erwin Chemerinsky, Dean of … Law
            person.role = frame.text(i + 1, end)
        else:  # Cardinal Marc Ouellet of the Holy See · Kelly Dittmar of Rutgers University
            person.role = (f"{person.role} " + frame.text(i, end) if person.role
                           else frame.text(first, end))
        return person
    return None


def _description_with(frame: Frame, source: Source, start: int) -> Source | None:
    """``A senior official at the ministry, who spoke …, said``: the description opening the
    sentence that the phrase after a preposition (``the ministry``) belongs to, set off from
    its verb by an aside."""
    k = _position(frame, source.start, start) - 1  # the preposition
    head = phrase_ending(frame, k - 1, start) if k - 1 > start else None
    if head is None or head.kind != "nominal" or _position(frame, head.start, start) != start:
        return None
    return Source(head.start, source.end, "nominal", frame.full_text[head.start : source.end])


def _after_preposition(frame: Frame, source: Source, start: int) -> bool:
    """Whether a phrase found before a verb follows a preposition (``in Ballot Access News
    comments``), so it is no subject."""
    k = _position(frame, source.start, start)
    return k > start and frame.lowers[k - 1] in lx.SUBJECT_PREPOSITIONS


def _before_relative_aside(frame: Frame, source: Source, start: int) -> bool:
    """Whether a description opens its sentence and a relative clause set off by commas
    follows it (``The student, who followed the hearing,``): the subject of the verb after
    the aside."""
    first = _position(frame, source.start, start)
    if first < 0 or not (first == start or frame.words[first - 1] in (".", "\n")):
        return False
    after = next((k for k in range(first, min(len(frame.words), first + 8))
                  if frame.tokens.starts[frame.first + k] >= source.end), -1)
    return after > first and frame.words[after] == "," and after + 1 < len(frame.words) and (
        frame.lowers[after + 1] in ("who", "whose"))


def _position(frame: Frame, offset: int, start: int) -> int:
    """The frame position of the item beginning at a text offset (searched from item start),
    -1 when none does."""
    starts = frame.tokens.starts
    lo, hi = start, len(frame.words)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[frame.first + mid] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(frame.words) and starts[frame.first + lo] == offset else -1


def _relative_before(frame: Frame, source: Source, start: int) -> int:
    """The position of the relative word before a cue's subject (``which the BBC noted``),
    whose clause is an aside in the sentence; -1 when there is none."""
    if source.kind == "pronoun":
        return -1
    k = _position(frame, source.start, start) - 1
    if k > start and frame.lowers[k] in lx.ARTICLES:
        k -= 1
    return k if k >= start and frame.lowers[k] in ("which", "whom") else -1


def _role_word(frame: Frame, k: int) -> bool:
    """Whether item k may be a word of a role written before a name: a lowercase noun or
    adjective (``voice``, ``political``), a describing capital (``Democratic``, ``Israeli``);
    not a verb, a function word or a name."""
    word, low = frame.words[k], frame.lowers[k]
    if is_cap(word):
        return (low in lx.DESCRIBING_CAPITALS or low in lx.DEMONYMS) and (
            frame.name_run_at[k] is None
        )
    return word.isalpha() and word.islower() and not (
        low in lx.FUNCTION_WORDS or low in lx.AUXILIARIES or frame.cue_words[k]
        or (low.endswith("ed") and low not in lx.SOURCE_MODIFIERS)
    )


def _noun_before_title(frame: Frame, k: int) -> bool:
    """Whether item k is a lowercase word that may be a verb but here names what a title is
    of (``cues.names_title_of``: ``fire chief``; not ``said spokesman``)."""
    low = frame.lowers[k]
    return (frame.words[k].isalpha() and frame.words[k].islower()
            and low not in lx.FUNCTION_WORDS and low not in lx.AUXILIARIES
            and names_title_of(frame, k))


def role_beside(frame: Frame, first: int, end: int) -> str | None:
    """The role the text gives a person named at items [first, end): the words before the
    name ending in a title (``US voice actor``, ``Maroochydore captain``, ``AU trade and
    industry commissioner``), else an appositive after it (``, a spokesman for the city,``);
    None when there is neither."""
    words, lowers = frame.words, frame.lowers
    p = first
    titled = False
    while p - 1 >= 0 and first - p < 6 and p - 1 not in frame.quotes:
        low = lowers[p - 1]
        if low in lx.TITLES or low in lx.ROLE_HEADS:
            titled = titled or p == first
        elif not _role_word(frame, p - 1) and not _noun_before_title(frame, p - 1) and (
            low not in lx.ROLE_CONNECTORS or p == first
            or (p - 2 >= 0 and lowers[p - 2] in lx.TITLES)
        ):
            break  # trade and industry commissioner, not president and rapper
        p -= 1
    while p < first and lowers[p] in lx.ROLE_CONNECTORS:
        p += 1  # a role never begins with "and"
    if titled and p < first:
        run = frame.name_run_at[p - 1] if p - 1 >= 0 else None
        if run is not None and any(n.kind == "person" and n.title
                                   for n in frame.name_runs[run].names):
            # Mayor John Hart met councillor Peter Lang: a person with a title of their own
            # modifies no role (Clinton campaign manager): what follows starts at a verb
            while p < first and lowers[p] not in lx.TITLES and lowers[p] not in lx.ROLE_HEADS:
                p += 1
        elif run is not None and frame.name_runs[run].end == frame.token(p):
            p = frame.name_runs[run].start - frame.first  # Valiant Entertainment editor
            p = max(p, 0)
        elif p == 1 and is_cap(words[0]) and words[0].isalpha() and (
            lowers[0] not in lx.SENTENCE_OPENERS
        ):
            p = 0  # Harbourview captain … opening the sentence
        return frame.text(p, first)
    if end + 1 < len(frame.words) and words[end] == ",":
        e = end + 1
        while e < len(frame.words) and e < end + 30 and e not in frame.quotes and (
            words[e] not in lx.APPOSITIVE_ENDS
        ):
            e += 1
        opening = lowers[end + 1]
        if (e >= len(frame.words) or e in frame.quotes or words[e] in (",", ".", ";")) and (
            e - end <= 16 and (opening in lx.ROLE_STARTS or opening in lx.TITLES
                               or opening in lx.ROLE_HEADS)
        ):
            return role_text(frame, end + 1, e)
    if first >= 2 and words[first - 1] == "," and (end == len(words) or words[end] == ","):
        described = description_before(frame, first - 2, 0)
        if 0 <= described < first - 2:  # The company's chief executive, Laura Finch, announced
            # (two words at least: "First, Ellen Kullman, …" is no role)
            return frame.text(described, first - 1)
    return None


# ----------------------------------------------------------------- quotations without a cue


def looks_like_title(document: Document, quote: int) -> bool:
    """A film or show title, a nickname, markup: quoted, but nobody's words."""
    span = document.quotes[quote]
    text = document.text
    inner = text[span.start : span.end]
    words = inner.split(None, 9)  # (the first nine words, and the rest if there is more)
    if not words:
        return True
    before = text[max(0, span.open_start - 40) : span.open_start]
    after = text[span.close_end : span.close_end + 3]
    if "<" in before and "=" in before[-3:]:
        return True
    stripped = inner.strip()
    sentence_like = stripped[-1:] in ".?!,…" or len(words) > 8
    title_case = len(words) <= 8 and all(
        w[:1].isupper() or w.lower() in lx.TITLE_SMALL_WORDS for w in words
    ) and words[0][:1].isupper()
    words_before = before.split()
    previous = words_before[-1] if words_before else ""
    previous_low = previous.lower().strip(",")
    cue_before = previous.endswith(("’s", "'s")) or previous_low in lx.TITLE_CUES or (
        previous_low in lx.BEFORE_TITLES
    )
    if title_case and len(words) <= 8 and (cue_before or not sentence_like):
        if cue_before:
            return True
        following = after.strip()[:1]
        if previous[:1].isupper() and following.isupper():
            return True  # Robert C. "Bobby" Scott
    return False


def modifier_use(document: Document, quote: int) -> bool:
    """A short quoted word used before a noun (promoting “quack” medical cures): a scare
    quote, unless a reporting verb vouches for it."""
    span = document.quotes[quote]
    if len(document.text[span.start : span.end].split()) > 3:
        return False
    after = document.text[span.close_end : span.close_end + 30].split()
    following = after[0].lower() if after else ""
    return following.isalpha() and following not in lx.FUNCTION_WORDS_AFTER


def continuation(
    document: Document, quote: int, previous: tuple[int, Attribution] | None
) -> Attribution | None:
    """The attribution of a quotation with no cue of its own, standing alone in its sentence:
    the speaker a colon announces before it, else that of the previous quotation (``previous``:
    its index and attribution), else the subject of the narration before it."""
    span = document.quotes[quote]
    sentence = document.quote_sentence[quote]
    if not document.standalone(sentence):
        # the quotation shares its sentence with other words: not a standalone quotation
        return None
    after = _attribution_after(document, quote, sentence) or _named_after(
        document, quote, sentence) or _signed_below(document, quote, sentence)
    if after is not None:
        return after
    # a colon before it announces the speaker: He said:\\n\\n"…"
    if sentence > 0:
        before = document.frame(sentence - 1)
        start, end = document.sentences[sentence - 1]
        if document.text[start:end].rstrip().endswith(":") and len(before) > 0:
            for k in range(len(before) - 1, max(-1, len(before) - 40), -1):
                if is_cue(before, k):
                    source = cue_source(before, k, max(0, k - WINDOW), len(before))
                    if source is not None:
                        return Attribution(source, before.lowers[k], None, "colon",
                                           before.start(k))
                    break
    paragraph = document.paragraph_at(span.open_start)
    if previous is None:
        return _previous_subject(document, sentence, paragraph)
    previous_quote, previous_attribution = previous
    previous_span = document.quotes[previous_quote]
    previous_paragraph = document.paragraph_at(previous_span.open_start)
    if paragraph - previous_paragraph > 1 or paragraph < previous_paragraph:
        return _previous_subject(document, sentence, paragraph)
    if paragraph > previous_paragraph and (
        document.quote_sentence[quote] > 0
        and document.paragraph_at(document.sentences[sentence - 1][0]) == paragraph
    ):
        # Mets said she would return … Asked what it would be about, she laughed. "Salt,
        # probably.": narration in the quotation's own paragraph says whose words they are
        found = _previous_subject(document, sentence, paragraph)
        if found is not None:
            return found
    if paragraph == previous_paragraph + 1 and previous_span.paragraphs == 1:
        # only when nothing but quotations stand between them
        between = document.text[previous_span.close_end : span.open_start]
        if not _only_attribution(between):
            return None
        other = _someone_else(document, sentence, paragraph, previous_attribution.source)
        if other is not None:
            return other
    return Attribution(previous_attribution.source, previous_attribution.verb,
                       previous_attribution.medium, "continued", previous_attribution.cue_start)


def _attribution_after(document: Document, quote: int, sentence: int) -> Attribution | None:
    """``"… to fail?" Vitter demanded.``: the short sentence right after a quotation that ends
    in a question or exclamation mark, when it is only the attribution (split off as a
    sentence of its own)."""
    span = document.quotes[quote]
    if sentence + 1 >= len(document.sentences):
        return None
    start, _ = document.sentences[sentence + 1]
    gap = document.text[span.close_end : start]
    if gap.strip() or "\n" in gap or document.text[span.start : span.end].rstrip()[-1:] not in "?!":
        return None
    frame = document.frame(sentence + 1)
    if len(frame.words) < 2 or frame.has_quote(0, min(len(frame.words), 8)):
        return None
    for k in range(min(len(frame.words), 5)):
        if is_cue(frame, k):
            # the attribution opens the sentence: X remarked, alluding to … · said X.
            source = cue_source(frame, k, 0, min(len(frame.words), k + 8))
            nxt = k + 2 if k + 1 < len(frame.words) and frame.lowers[k + 1] == "on" else k + 1
            if source is not None and (nxt >= len(frame.words) or frame.words[nxt] in ",." or (
                source.start > frame.start(k)
            )):  # (Lopez went on, as if …)
                return _at_cue(frame, k, source, len(frame.words), "post")
            return None
    return None


def _named_after(document: Document, quote: int, sentence: int) -> Attribution | None:
    """``"Everything is gone." Joan Whitley, who runs the bakery, was still sweeping.``: a
    quotation that opens its paragraph, followed in that paragraph by a sentence whose
    subject is a person's name, is that person's."""
    span = document.quotes[quote]
    paragraph = document.paragraph_at(span.open_start)
    if span.open_start != document.paragraphs[paragraph][0] or span.paragraphs != 1 or (
        sentence + 1 >= len(document.sentences)
    ):
        return None
    start, _ = document.sentences[sentence + 1]
    if document.paragraph_at(start) != paragraph:
        return None
    frame = document.frame(sentence + 1)
    if len(frame.words) < 3 or frame.quotes:
        return None
    subject = sentence_subject(frame, 0, len(frame.words))
    if subject is None or subject.kind != "name" or (
        subject.start != frame.start(0) and not _titled_opening(frame, subject)
    ) or any(name.kind != "person" for name in subject.names):
        return None
    return Attribution(subject, None, None, "after", -1)


def _titled_opening(frame: Frame, subject: Source) -> bool:
    """Whether only the title of a subject's name stands before it at the start of its
    sentence (``Special Agent in Charge Thomas Hall of the DEA …``)."""
    words = frame.words
    k = 0
    while k < len(words) and frame.start(k) < subject.start:
        if not (is_cap(words[k]) or frame.lowers[k] in lx.TITLES
                or frame.lowers[k] in ("in", "of", "for")):
            return False
        k += 1
    return 0 < k <= 6 and subject.role is not None


def _signed_below(document: Document, quote: int, sentence: int) -> Attribution | None:
    """``"Great speech. She's ready."`` as a paragraph of its own, signed by the short
    paragraph after it: ``- President Obama, tweeting after the speech.``"""
    span = document.quotes[quote]
    paragraph = document.paragraph_at(span.open_start)
    paragraphs = document.paragraphs
    if paragraph + 1 >= len(paragraphs) or span.open_start != paragraphs[paragraph][0] or (
        document.text[span.close_end : paragraphs[paragraph][1]].strip(" .,")
    ):
        return None
    start, end = paragraphs[paragraph + 1]
    text = document.text
    if text[start : start + 1] not in lx.DASHES or len(text[start:end].split()) > 12:
        return None
    below = sentence + 1
    while below < len(document.sentences) and document.sentences[below][0] < start:
        below += 1
    if below >= len(document.sentences) or document.sentences[below][0] >= end:
        return None
    frame = document.frame(below)
    k = 0
    while k < len(frame.words) and frame.words[k] in lx.DASHES:
        k += 1
    found = phrase_from(frame, k, len(frame.words))
    if k == 0 or found is None or found[0].kind != "name" or (
        found[1] < len(frame.words) and frame.words[found[1]] not in (",", ".", "(")
    ):
        return None
    return Attribution(found[0], None, None, "signature", frame.start(0))


def _someone_else(
    document: Document, sentence: int, paragraph: int, previous: Source
) -> Attribution | None:
    """For a quotation opening after narration in its own paragraph: the one person that
    narration names when it is not the previous speaker (``…," Marshall said. || The home
    side …, leaving Ingram unimpressed. "…"`` -> Ingram)."""
    if sentence == 0 or document.paragraph_at(document.sentences[sentence - 1][0]) != paragraph:
        return None
    frame = document.frame(sentence - 1)
    if frame.quotes:
        return None
    before = {name.entity for name in previous.names}
    found: list[Source] = []
    seen: set[int] = set()
    for run in {i for i in frame.name_run_at if i is not None}:
        for name in frame.name_runs[run].names:
            if name.kind == "person" and name.entity >= 0 and name.entity not in seen:
                seen.add(name.entity)
                found.append(Source(name.start, name.end, "name", name.text, [name]))
    if len(found) != 1 or found[0].names[0].entity in before or (
        not before and previous.kind != "nominal"  # (he: perhaps the one named)
    ):
        return None
    return Attribution(found[0], None, None, "previous", -1)


def _previous_subject(document: Document, sentence: int, paragraph: int) -> Attribution | None:
    """For a standalone quotation after narration: who the sentence before it is about."""
    if sentence == 0 or document.paragraph_at(document.sentences[sentence - 1][0]) < paragraph - 1:
        return None
    frame = document.frame(sentence - 1)
    if frame.quotes:
        return None
    if len(frame.words) > 3 and frame.lowers[0] == "for" and frame.name_run_at[1] is not None:
        # For Nandini Iyer, a PhD scholar whose work … mentioned, the move will change her
        # routine. "…": the one the sentence is about, not a verb in its aside
        comma = frame.name_runs[frame.name_run_at[1]].end - frame.first
        named = name_exactly(frame, 1, comma) if comma < len(frame.words) and (
            frame.words[comma] == ",") else None
        if named is not None and named.names and all(n.kind == "person" for n in named.names):
            return Attribution(named, None, None, "previous", -1)
    for k in range(len(frame.words) - 1, -1, -1):
        if is_cue(frame, k):
            source = cue_source(frame, k, max(0, k - WINDOW), len(frame.words))
            if source is not None and source.kind != "nominal":
                return Attribution(source, frame.lowers[k], None, "previous", frame.start(k))
    subject = sentence_subject(frame, 0, len(frame.words))
    if subject is not None and (subject.kind != "nominal" or _definite_person(subject)) and (
        subject.text.lower() not in ("it", "i", "we")
    ):  # (Asked what she would do, the owner did not hesitate. "…": the owner)
        return Attribution(subject, None, None, "previous", -1)
    return None


def _only_attribution(between: str) -> bool:
    """Whether the text between two quotations is short: an attribution and punctuation."""
    return len(between.split()) <= 40


# ----------------------------------------------------------------- sentences without quotations


_SUNG = frozenset({"sing", "chant"})
"""Verbs that report words only beside the words themselves (``"…," she sang``), never in
a sentence without a quotation."""


def indirect_sources(document: Document) -> list[tuple[int, Source]]:
    """(cue offset, source) of every reporting verb with a source, in sentences without
    quotations (the attribution of those is found quotation by quotation)."""
    found = []
    quoted = set(document.quote_sentence)
    starts = document.tokens.starts
    sentence_starts = [start for start, _ in document.sentences]
    lowers = document.tokens.lowers
    for token in compress(count(), document.cue_words):
        if lowers[token] in lx.QUOTATION_ONLY_CUES or lx.SPEECH_VERBS.get(lowers[token]) in (
            _SUNG
        ):
            continue  # (Hope has never sung better: no words reported)
        sentence = max(0, bisect_right(sentence_starts, starts[token]) - 1)  # (sentence_at)
        frame = document.frame(sentence)
        k = token - frame.first  # (a cue word is never a quotation)
        if sentence in quoted and not (0 < k < len(frame.words) and _answers_claim(frame, k)):
            continue  # (but "…", a label Kapoor rejected: Kapoor spoke, if not those words)
        if not 0 <= k < len(frame.words) or not is_cue(frame, k):
            continue
        source = cue_source(frame, k, max(0, k - WINDOW), min(len(frame.words), k + WINDOW))
        if source is not None:
            found.append((starts[token], source))
    return found


# ----------------------------------------------------------------- a cue beside it, last


_PHRASE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "―", "[", "]"})
"""Marks that end a source read loosely."""
_ADJUNCT_WORDS = lx.word_set(
    "in on at during after before while from to with about as when because since via")
"""Prepositions and conjunctions that end a source read loosely (``a staffer in the room``
-> ``a staffer``), once it has two words."""


def beside_cue(document: Document, quote: int, before: bool = True) -> Attribution | None:
    """For a quotation the rules gave nobody: a reporting verb right beside it makes it
    somebody's words, and the phrase next to the verb is whoever that is, read loosely when
    the noun-phrase rules do not know its words: ``"…," said one Republican involved in the
    planning``, ``"…," another New Hampshire Republican added``, ``"…," Ms. White said``,
    ``A White House official who spoke anonymously said Wednesday, "…"``."""
    placed = document.quote_frame(quote)
    if placed is None:
        return None
    frame, at = placed
    words, lowers = frame.words, frame.lowers
    if at > 0 and (lowers[at - 1] in lx.FUNCTION_WORDS or lowers[at - 1] in lx.DETERMINERS) or (
        _title_words(document, quote)
    ):
        return None  # an interview with "Fox and Friends," · the "sharing economy" · a title
    n = len(words)
    limit = min(n, at + WINDOW)
    right = at + 1
    while right < limit and words[right] in lx.COMMA_AND_DASHES:
        right += 1
    if right < limit and right not in frame.quotes:
        if frame.cue_words[right] and is_cue(frame, right):  # "…," said X
            if lowers[right] in lx.PARTICIPLE_CUES:
                return None  # "…," claiming that …: the clause's subject, not what follows
            source = _loose_phrase(frame, right + 1, limit)
            return _at_cue(frame, right, source, limit, "beside") if source else None
        for cue in range(right + 1, min(limit, right + 14)):  # "…," X said
            if cue in frame.quotes or words[cue] in (".", ";", "?", "!"):
                break
            if frame.cue_words[cue] and is_cue(frame, cue):
                if lowers[cue] in lx.PARTICIPLE_CUES and lowers[cue - 1] == "as":
                    # "…," Mehta was quoted by the BBC as saying: the one quoted
                    quoted = _quoted_as(frame, cue - 1, right)
                    return _at_cue(frame, cue, quoted, limit, "beside") if quoted else None
                # "…," the dawn of the movement, Bozell says: the name right before the verb
                run = frame.name_run_at[cue - 1]
                first = frame.name_runs[run].start - frame.first if run is not None else cue
                source = _loose_phrase(frame, first, cue) if right < first - 1 and (
                    words[first - 1] == ",") else None
                if source is None or source.kind != "name":
                    # (the court heard him say: he said it)
                    source = perceived_speaker(frame, cue - 1, right) or _loose_phrase(
                        frame, right, cue)
                return _at_cue(frame, cue, source, limit, "beside") if source else None
    if not before:
        return None
    # X said[,:] "…"
    cue = at - 1
    while cue >= 0 and at - cue <= 4 and (
        words[cue] in (",", ":") or lowers[cue] in lx.TIME_WORDS or lowers[cue] in lx.TIME_ADVERBS
        or (lowers[cue] in ("on", "last", "this") and lowers[cue + 1] in lx.TIME_WORDS)
    ):
        cue -= 1
    if cue < 1 or cue == at - 1 or cue in frame.quotes or not (
        frame.cue_words[cue] and is_cue(frame, cue)
    ):
        return None
    start = max(0, cue - WINDOW)
    clause = cue - 1
    while clause > start and clause not in frame.quotes and words[clause] not in (";", ".") and (
        frame.lowers[clause] != "that"
    ):
        clause -= 1
    if clause in frame.quotes or words[clause] in (";", ".") or frame.lowers[clause] == "that":
        clause += 1
    source = sentence_subject(frame, clause, cue) if clause < cue else None
    if source is None or source.text.split()[0].lower() in lx.TIME_WORDS:
        return None  # Tuesday at the university in Berea, …, Gov. Jo Roe said: no subject
    return _at_cue(frame, cue, source, limit, "beside-pre")


def _title_words(document: Document, quote: int) -> bool:
    """Whether a quotation's words of four letters or more are all capitalized, as a title's
    are (``"Guardians of the Galaxy,"``)."""
    span = document.quotes[quote]
    long = [w for w in document.text[span.start : min(span.end, span.start + 200)].split()
            if len(w) > 3]
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def _loose_phrase(frame: Frame, i: int, end: int) -> Source | None:
    """A source read from item i to the first mark, relative word, reporting verb or (past
    its second word) preposition or participle before item ``end``: a person's name when it
    ends with one, else a nominal. None unless it opens as a noun phrase does (a determiner,
    a number, a capital or a possessive)."""
    if i >= end or i in frame.quotes:
        return None
    words, lowers = frame.words, frame.lowers
    first = words[i]
    if lowers[i] in lx.PRONOUNS or lowers[i] == "that" or lowers[i] in lx.FUNCTION_WORDS and (
        lowers[i] not in lx.DETERMINERS
    ) or not (lowers[i] in lx.DETERMINERS or first[:1].isdigit() or is_cap(first)):
        return None
    j = i
    while j < end and j - i < 10 and j not in frame.quotes and words[j] not in _PHRASE_ENDS:
        low = lowers[j]
        if j > i and (low in lx.RELATIVE_WORDS or (frame.cue_words[j] and is_cue(frame, j))
                      or (j - i >= 2 and (low in _ADJUNCT_WORDS or (
                          low.endswith("ed") and words[j].islower())))):
            break
        j += 1
    if j == i or (j == i + 1 and lowers[i] in lx.DETERMINERS):
        return None
    last = frame.name_run_at[j - 1]
    if last is not None:
        run = frame.name_runs[last]
        people = [name for name in run.names if name.kind == "person"]
        if people and run.end == frame.token(j - 1) + 1 and (
            not words[j - 1].endswith(("’s", "'s"))
        ):
            name = people[-1]
            at = name.token_start - frame.first  # the role ends where the name begins
            role = frame.text(i, at) if i < at else None
            if role and all(bare_lower(w) in lx.HONORIFICS for w in role.split()):
                role = None  # Mr. Turry: an honorific is no role
            return Source(name.start, name.end, "name", frame.full_text[name.start : name.end],
                          [name], None if bare_role(role) else role)
    return Source(frame.start(i), frame.end(j - 1), "nominal", frame.text(i, j))
