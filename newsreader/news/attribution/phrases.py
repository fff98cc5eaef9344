"""Stage 3 of the attribution: the noun phrases that say who spoke.

A ``Source`` is a name (``Henry Lucero``, resolved later to a person, organization or place),
a pronoun (``he``, resolved later by ``coref``) or a nominal (``a spokesman for the city``,
``officials``). This module reads one from the items of a frame, after a verb
(``phrase_from``), before it (``subject_before``) or ending at an item (``phrase_ending``),
with the role set off beside a name (``Ryan Luby, a spokesman for …,``) or the title in front
of it (``attorney general William Barr``), and the medium after a verb (``told the AP``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from newsreader.news import lexicon as lx
from newsreader.news.attribution.cues import is_cue, verb_after
from newsreader.news.attribution.frames import Frame
from newsreader.news.attribution.people import (
    Name,
    NameRun,
    bare_lower,
    bare_role,
    is_age,
    is_cap,
    is_year_old,
    strip_possessive,
)


@dataclass(slots=True)
class Source:
    """Who a rule found: the mention nearest the quotation, and what it names."""

    start: int
    end: int
    kind: str
    """ "name", "pronoun" or "nominal"."""
    text: str
    names: list[Name] = field(default_factory=list)
    role: str | None = None


def phrase_from(
    frame: Frame, i: int, limit: int, inverted: bool = False
) -> tuple[Source, int] | None:
    """A source starting at item i (ending before item ``limit``): the source and the
    position just after it.

    ``inverted``: the phrase follows its verb (``said master of ceremonies Asab Al-Tabchi``,
    ``wrote one commenter``), so any short phrase that ends the clause is its subject."""
    if i >= limit or i in frame.quotes:
        return None
    words, lowers, name_run_at = frame.words, frame.lowers, frame.name_run_at
    if lowers[i] in lx.SUBJECT_PRONOUNS:
        return _pronoun(frame, i), i + 1
    if lowers[i] in lx.TIME_STARTS:
        i = _after_time(frame, i, limit)  # This Wednesday Greek Foreign Minister …
    # lowercase title words in front of a name: attorney general William Barr
    j = i
    while j < limit and j - i < 12:
        if name_run_at[j] is None and (
            lowers[j] in lx.TITLES or lowers[j] in lx.SOURCE_MODIFIERS or lowers[j] in lx.ARTICLES
            or (lowers[j] == "and" and j > i)
        ):
            j += 1
        elif (past_role := _role_run_at(frame, j)) > j:
            j = past_role  # former Pennsylvania Gov. and DNC Chairman Ed Rendell: a role, then more
        else:
            break
    while j > i and lowers[j - 1] == "and":
        j -= 1
    described = _described_person(frame, i, j, limit)
    if described > j:
        j = i = described  # a terse Miller agreed: the person, and no role
    if j < limit and j not in frame.quotes and name_run_at[j] is None:
        # unknown lowercase words before a name: master of ceremonies Asab Al-Tabchi; (and
        # before a subject's name too, when one is a job: "…," lead author Amara Brown told)
        x = j
        job = False
        while x < limit and x < j + 4 and name_run_at[x] is None and (
            lowers[x].replace("-", "").isalpha() and not is_cap(words[x])
            and not is_cue(frame, x)
            and not (x > i and lowers[x] in lx.ROLE_PREPOSITIONS
                     and lowers[x - 1] in lx.PERSON_HEADS)
        ):  # (said a spokesman for Mayor Ann Cole: the spokesman, not the mayor)
            if not inverted and lowers[x] in lx.FUNCTION_WORDS:
                break  # (a farmer from Boone: a place, not the farmer's name)
            job = job or lowers[x] in lx.NAME_TITLE_WORDS or lowers[x] in lx.PERSON_HEADS
            x += 1
        at = name_run_at[x] if x < limit else None
        if at is not None and x > j and (inverted or (
            (job or any(n.title for n in frame.name_runs[at].names))  # (board President
            # Linda Marsh: the words of the title's office)
            and lowers[j] not in lx.FUNCTION_WORDS
            and frame.name_runs[at].start == frame.token(x)
            and any(n.kind == "person" for n in frame.name_runs[at].names)
        )):
            j = x
    if j + 1 < limit and name_run_at[j] is None and words[j].endswith(_POSSESSIVE_ENDS) and (
        is_cap(words[j]) and _person_joined_at(frame, j + 1)
    ):
        return phrase_from(frame, j + 1, limit, inverted)  # Labor's Tom Marsh
    if j + 1 < limit and name_run_at[j] is None and words[j].endswith(("’s", "'s")) and (
        words[j].islower() and name_run_at[j + 1] is not None
    ):
        run = frame.name_runs[name_run_at[j + 1]]  # type: ignore[index]
        if run.start == frame.token(j + 1) and run.names and all(
            name.kind == "organization" for name in run.names
        ):
            return phrase_from(frame, j + 1, limit, inverted)  # the university's Faculty Senate
    run_index = name_run_at[j] if j < limit else None
    if run_index is not None:
        run = frame.name_runs[run_index]
        names = run.names
        after = j + (run.end - run.start)
        later = _person_after_role(frame, after, limit) if names and after < limit and (
            name_run_at[after] is None and (words[after][:1].islower() or (
                words[after].isdigit() and len(words[after]) <= 3))
            and run.start == frame.token(j)) else None
        if not names and after + 1 < limit and lowers[after] == "and" and (
            run.start == frame.token(j)
        ):  # Assistant Professor of Entomology and lead author Dr. Leah Brown: two titles
            later = _person_after_role(frame, after + 1, limit)
        if later is not None:  # Valiant Entertainment editor Jane Roe: the person
            j = later
            run = frame.name_runs[name_run_at[j]]  # type: ignore[index]
            names = run.names
            after = j + (run.end - run.start)
        # a name that starts here and ends inside the sentence
        if names and run.start == frame.token(j) and after <= len(frame.words):
            if words[after - 1].endswith(_POSSESSIVE_ENDS) and _person_joined_at(frame, after) and (
                "of" not in lowers[j : after - 1]
            ):  # (Agent Marcus Hall of ATF's Nashville Field Division: Hall)
                return phrase_from(frame, after, limit, inverted)  # Labor's Tom Marsh
            if words[after - 1].endswith(("’s", "'s")) and names[-1].token_end == run.end:
                return _nominal_from(frame, i, limit)  # Trump’s campaign
            if i < j and after < limit and lowers[i] in lx.ARTICLES and (
                lowers[after][:1].isalpha() and not is_cap(words[after])
                and not is_cue(frame, after)
            ) and not (lowers[after].endswith("ed") and all(
                name.kind == "organization" for name in names)):
                # (but The Brackendale and District Chamber of Commerce welcomed: its verb)
                return _nominal_from(frame, i, limit)  # the New York businessman
            if i < j and after < limit and lowers[after] in lx.PARTY_MEMBERS and (
                lowers[i] in lx.ARTICLES or lowers[i] in lx.INDEFINITE_OPENERS
            ):  # one New Hampshire Republican: a description
                return Source(frame.start(i), frame.end(after), "nominal",
                              frame.text(i, after + 1)), after + 1
            if i < j and (lowers[i] in lx.ARTICLES or lowers[i] in lx.INDEFINITE_OPENERS) and (
                names[-1].token_end < run.end or lowers[i] != "the"
            ) and (
                bare_lower(words[after - 1]) in lx.NAME_TITLE_WORDS
                or bare_lower(words[after - 1]) in lx.PARTY_ADJECTIVES
            ):  # the Leeds MP, the Kilbrack-Ballyduff TD, one New Hampshire Republican: a
                # description, not a name
                return Source(frame.start(i), frame.end(after - 1), "nominal",
                              frame.text(i, after)), after
            role = frame.text(i, j) if i < j else None
            if bare_role(role):
                role = None  # said the Ministry of Water: "the" is no role
            source = Source(names[0].start, names[-1].end, "name",
                            frame.full_text[names[0].start : names[-1].end], list(names), role)
            if names[0].title and not role:
                source.role = names[0].title
            if after < limit and words[after] == "," and len(names) == 1:
                # said NAME, a spokesman for X.
                e = after + 1
                while e < limit and e < after + 30 and e not in frame.quotes and (
                    words[e] not in lx.APPOSITIVE_ENDS
                ):
                    e += 1
                if e >= limit or e in frame.quotes or words[e] in (",", ".", ";"):
                    appositive = role_text(frame, after + 1, e)
                    if appositive:
                        source.role = appositive
            return source, after
    if lowers[i] in lx.INDEFINITE_SOURCES and (
        (inverted and ends_clause(frame, i + 1, limit))
        or (i + 2 < limit and words[i + 1] == "," and lowers[i + 2] == "who")
    ):
        return _indefinite(frame, i), i + 1  # "…," said one. · "…," one, who …, said
    return _nominal_from(frame, i, limit, inverted)


_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")
"""How a possessive ends (``Labor's``, ``The Greens'``)."""


def _person_joined_at(frame: Frame, k: int) -> bool:
    """Whether a person's full name begins at item k, joined to the word before it
    (``Labor's Tom Marsh``, ``The Greens' Tom Marsh``: the owner's people; not ``Forbes’
    Under 30 Summit``)."""
    if k >= len(frame.words) or k in frame.quotes:
        return False
    run_index = frame.name_run_at[k]
    if run_index is None:
        return False
    run = frame.name_runs[run_index]
    tokens = frame.tokens
    return run.start == frame.token(k) and bool(run.names) and all(
        name.kind == "person" and " " in name.text for name in run.names
    ) and tokens.starts[run.start] - tokens.ends[run.start - 1] == 1


def _indefinite(frame: Frame, k: int) -> Source:
    """An unnamed source of one word (``one``, ``another``, ``many``) at item k."""
    return Source(frame.start(k), frame.end(k), "nominal", frame.words[k])


def _role_run_at(frame: Frame, j: int) -> int:
    """The position after the capitalized words at item j when they are a role and no name
    (``Pennsylvania Gov.``), followed by more of the phrase; else j."""
    run_index = frame.name_run_at[j]
    if run_index is None:
        return j
    run = frame.name_runs[run_index]
    if run.names or run.start != frame.token(j):
        return j
    after = j + (run.end - run.start)
    if strip_possessive(frame.lowers[after - 1]) not in lx.ROLE_ENDS:
        return j
    return after if after < len(frame.words) and frame.name_run_at[after] is None and (
        frame.lowers[after] == "and" or frame.lowers[after] in lx.TITLES) else j


def _described_person(frame: Frame, i: int, j: int, limit: int) -> int:
    """Where a person's name starts after an article and a lowercase word that describes
    them in passing (``a terse Miller agreed``, ``an emotional Jane Roe said``, ``a visibly
    shaken Jane Roe``), the article at item i and the words from item j; else j."""
    if not (i < j < limit and frame.lowers[i] in lx.ARTICLES) or frame.name_run_at[j] is not None:
        return j
    if frame.lowers[j] in lx.TELLING_RELATIVES:
        return j  # the elder Frost: which Frost, kept as the role
    x = j
    while x < limit and x < j + 2 and frame.name_run_at[x] is None and x not in frame.quotes and (
        (frame.words[x].isalpha() and frame.words[x].islower()
         and frame.lowers[x] not in lx.FUNCTION_WORDS and not is_cue(frame, x)
         and (x == j or frame.lowers[j].endswith("ly")))  # a visibly shaken Jane Roe
        or (x == j and is_year_old(frame.lowers[x]))  # the 51-year-old Frost
    ):
        x += 1
    run_index = frame.name_run_at[x] if j < x < limit else None
    if run_index is None:
        return j
    run = frame.name_runs[run_index]
    if run.start != frame.token(x) or not run.names or any(
        name.kind != "person" or name.title for name in run.names
    ):
        return j
    after = x + run.end - run.start
    if after < limit and frame.words[after].isalpha() and frame.words[after].islower() and (
        frame.lowers[after] not in lx.FUNCTION_WORDS and not is_cue(frame, after)
    ):
        return j  # the printed Cruz slate card: the name modifies a noun
    return x


def _appositive_name_after(frame: Frame, k: int, limit: int) -> bool:
    """Whether a comma at item k opens an aside that is a person's name (``, Curtis
    Lowell,``)."""
    if k + 1 >= limit or frame.words[k] != "," or frame.name_run_at[k + 1] is None:
        return False
    run = frame.name_runs[frame.name_run_at[k + 1]]  # type: ignore[index]
    return run.start == frame.token(k + 1) and bool(run.names) and all(
        name.kind == "person" for name in run.names)


def _nominal_from(
    frame: Frame, i: int, limit: int, inverted: bool = False
) -> tuple[Source, int] | None:
    """A nominal starting at item i, and the position after it: ``the spokesman``, ``a
    spokesman for the city``, ``officials``, ``Trump’s campaign``, ``a 2008 Clinton veteran``,
    ``one user`` (when a reporting verb follows)."""
    words, lowers = frame.words, frame.lowers
    if i >= limit or i in frame.quotes or lowers[i] in lx.PHRASE_INNER_NOT_ARTICLES or (
        lowers[i] in lx.NOT_NOMINAL_STARTS
    ):
        return None
    j = i
    head: int | None = None
    unknown = 0
    # according to the consent order, the ruling: any document speaks there
    documents = i >= 2 and lowers[i - 1] == "to" and lowers[i - 2] == "according"
    while j < limit and j not in frame.quotes and j - i < 12:
        word, low = words[j], lowers[j]
        if low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS) or (
            low == "general" and head == j - 1  # the secretary general, the attorney general
        ) or (low in lx.DOCUMENT_HEADS and (documents or (
            j + 1 < limit and lowers[j + 1] in ("by", "from") and lowers[i] in lx.ARTICLES
        ))) or (
            j > i and low in lx.NAME_TITLE_WORDS and word.islower() and lowers[i] in lx.ARTICLES
            and _appositive_name_after(frame, j + 1, limit)
        ):  # (the captain, Curtis Lowell, said: a job the lexicon knows before a name)
            head = j
            j += 1
            continue
        if not (word[:1].isalnum() or word in ("’s", "'s", "-")):
            break
        if (frame.cue_words[j] and is_cue(frame, j)) or low in lx.RELATIVE_WORDS or (
            low in lx.AUXILIARIES or (j > i and low in lx.SUBJECT_PRONOUNS)
        ):
            break  # (a change she said …: a clause about the change, not its speaker)
        if low in lx.OCCASION_PREPOSITIONS and j > i + 1 and _occasion_at(frame, j + 1, limit):
            break  # said the Church in a statement: where it was said, not who
        if head is None and not (
            low in lx.DETERMINERS or low in lx.SOURCE_MODIFIERS or low in lx.TITLES
            or low in lx.PHRASE_INNER_WORDS
            or is_cap(word) or word.endswith(("’s", "'s")) or word[:1].isdigit()
        ):
            unknown += 1
            if unknown > 3:
                break
        if head is not None and low in _CLOSE_TO and _CLOSE_TO[low] == (
            lowers[j + 1] if j + 1 < limit else None
        ):
            j += 2  # a source close to the mayor: its object is the phrase's too
            while j < limit and j not in frame.quotes and j - i < 12 and (
                words[j][:1].isalnum() or words[j] in ("’s", "'s", "-")
            ) and not (frame.cue_words[j] and is_cue(frame, j)) and (
                lowers[j] not in lx.RELATIVE_WORDS and lowers[j] not in lx.AUXILIARIES
                and not (lowers[j] in lx.OCCASION_PREPOSITIONS and _occasion_at(
                    frame, j + 1, limit))
            ):
                head = j
                j += 1
            break
        if head is not None and low not in lx.PHRASE_INNER_WORDS and not is_cap(word) and (
            not word.endswith(("’s", "'s"))
        ):
            break
        j += 1
    end = j
    if head is None and i + 2 < end and lowers[i] in lx.ARTICLES and is_cap(words[i + 1]) and (
        bare_lower(words[i + 2]) in lx.DEMONYM_NOUNS and lowers[i + 1] in _DEMONYM_FIRSTS
    ):
        head, end = i + 2, i + 3  # the New Zealander, the South African
    elif head is None and i + 1 < end and lowers[i] in lx.ARTICLES and (
        bare_lower(words[i + 1]) in lx.DEMONYM_NOUNS
    ):
        if i + 2 < end and words[i + 2].islower() and (
            lowers[i + 2] in lx.PERSON_HEADS or lowers[i + 2] in lx.PERSON_DESCRIPTION_HEADS
            or agent_noun(lowers[i + 2])
        ):
            head = end = i + 2  # a European diplomat: the nationality is the noun's
        else:
            head = end = i + 1  # the Swede (paused before answering): the nationality's noun
        end += 1
    elif head is None and end == i + 2 and lowers[i] in lx.ARTICLES and is_year_old(
        lowers[i + 1]
    ):
        head = i + 1  # The 54-year-old was blunt: the age, an epithet for someone named
    if head is None:
        # an unknown noun: accept "DET word(s)" when a reporting verb follows at once, or
        # (after its verb) when the clause ends: wrote one commenter.
        short = lowers[i] in lx.DETERMINERS and i + 1 < end <= i + 5
        place = _place_after(frame, i, end)
        if short and (
            verb_after(frame, end, limit) == end
            or (inverted and (ends_clause(frame, end, limit) or (
                end < limit and lowers[end] in ("from", "who", "with", "of")
            )))
        ):
            head = end - 1
        elif place > i + 1 and verb_after(frame, end, len(frame.words)) == end:
            head = place - 1  # The 47-year-old dairy farmer from West Flanders said
        else:
            return None
    end = max(head + 1, end)
    while end > head + 1 and lowers[end - 1] in lx.PHRASE_INNER_WORDS:
        end -= 1
    named = _name_after_head(frame, i, head, end)
    if named is not None:
        return named, end
    return Source(frame.start(i), frame.end(end - 1), "nominal", frame.text(i, end)), end


_DEMONYM_FIRSTS = frozenset({"new", "south", "north", "sri", "northern", "west", "east",
                             "costa", "puerto"})
"""First words of two-word nouns for a person by their country (``New Zealander``)."""


def _place_after(frame: Frame, i: int, end: int) -> int:
    """Where ``from`` or ``of`` stands within five words of a description starting at item
    ``i`` when only a capitalized name follows it up to item ``end`` (``the dairy farmer from
    West Flanders``), else -1."""
    for k in range(i + 2, min(end - 1, i + 6)):
        if frame.lowers[k] in ("from", "of") and all(
            is_cap(frame.words[x]) for x in range(k + 1, end)
        ):
            return k
    return -1


def _occasion_at(frame: Frame, i: int, limit: int) -> bool:
    """Whether the words from item i say when or in what something was said (``a statement``,
    ``the October 18 press release``, ``an interview``), within four words."""
    for k in range(i, min(limit, i + 4)):
        low = frame.lowers[k]
        if low in lx.OCCASION_WORDS:
            return True
        if is_cap(frame.words[k]) or not low.isalnum():
            return False  # at the Washington Post: a name, not an occasion
        if low in lx.DOCUMENT_HEADS:
            return True
    return False


def _name_after_head(frame: Frame, i: int, head: int, end: int) -> Source | None:
    """The person named right after the head of a nominal [i, end) and ending it: ``the
    agency’s deputy director Tom Bell`` -> Tom Bell, with the words before as the role."""
    run_index = frame.name_run_at[end - 1]
    if run_index is None or head + 1 >= end or frame.name_run_at[head + 1] != run_index:
        return None
    run = frame.name_runs[run_index]
    if run.start != frame.token(head + 1) or run.end != frame.token(end - 1) + 1:
        return None
    names = run.names
    if not names or any(name.kind != "person" for name in names):
        return None
    role = frame.text(i, head + 1)
    if names[0].title:
        role = f"{role} {names[0].title}"
    return Source(names[0].start, names[-1].end, "name",
                  frame.full_text[names[0].start : names[-1].end], list(names), role)


def _before_time(frame: Frame, j: int, start: int) -> int:
    """The item before a time expression that ends at item j between a subject and its verb
    (``on Tuesday``, ``on Monday night``, ``last week``, ``yesterday``), else j."""
    lowers = frame.lowers
    i = j
    if i < start or i in frame.quotes:
        return j
    run = frame.name_run_at[i]
    if run is not None and frame.name_runs[run].start != frame.token(i):
        return j  # Super Tuesday, Good Friday: a name of its own
    if lowers[i] in lx.TIME_ADVERBS:
        i -= 1
    elif lowers[i] in lx.TIME_WORDS:
        i -= 1
        if i >= start and lowers[i] in lx.TIME_WORDS:
            i -= 1  # Monday night
        if i >= start and lowers[i] in lx.TIME_OPENERS:
            i -= 1
        else:
            return j  # (four Super Tuesday states: no time phrase before a verb)
    else:
        return j
    if i < start or i in frame.quotes:
        return j
    low = lowers[i]
    subject = frame.name_run_at[i] is not None or low in lx.SUBJECT_PRONOUNS or (
        low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS))
    return i if subject else j  # (a report released last month found: no subject there)


def _after_time(frame: Frame, i: int, limit: int) -> int:
    """The item after a time expression starting at item i and followed by a name (``This
    Wednesday Greek Foreign Minister …``, ``Yesterday Jane Roe …``), else i."""
    lowers = frame.lowers
    j = i
    if lowers[j] in lx.TIME_OPENERS and j + 1 < limit and lowers[j + 1] in lx.TIME_WORDS:
        j += 2
        if j < limit and lowers[j] in lx.TIME_WORDS:
            j += 1  # This Wednesday morning
    elif lowers[j] in lx.TIME_ADVERBS:
        j += 1
    if j < limit and j > i and frame.words[j] == ",":
        j += 1
    if j > i and j < limit and frame.name_run_at[j] is not None:
        return j
    return i


def _person_after_role(frame: Frame, k: int, limit: int) -> int | None:
    """Where a person's name starts after the job words that begin at item k, which follow a
    name of a place or organization (``Valiant Entertainment editor Jane Roe``, ``Rutgers
    University political scholar Kelly Moss``, ``Caloundra coach Tim Hale``, ``EPA Region 5
    Administrator Monique Bishop``), or None."""
    lowers, words = frame.lowers, frame.words
    x = k
    job = False
    while x < limit and x < k + 5 and frame.name_run_at[x] is None and x not in frame.quotes:
        low = lowers[x]
        if x == k and low.isdigit() and len(low) <= 3:
            x += 1  # EPA Region 5 Administrator Monique Bishop
            continue
        if not low.replace("-", "").isalpha() or is_cap(words[x]) or low in lx.FUNCTION_WORDS:
            return None
        if low in ("his", "her", "their", "its", "our", "my", "your"):
            return None  # a verb's object: Jane Roe threw her support behind Sen. Tim Hale
        if frame.cue_words[x] and is_cue(frame, x):
            return None
        job = low in lx.NAME_TITLE_WORDS or low in lx.TITLES or low in lx.PERSON_HEADS
        x += 1
    if x == k or x >= limit or x in frame.quotes:
        return None
    run_index = frame.name_run_at[x]
    if run_index is None:
        return None
    run = frame.name_runs[run_index]
    if run.start != frame.token(x) or not run.names or run.names[0].kind != "person":
        return None
    return x if job or run.names[0].title else None  # Kursk regional Deputy Governor …


def _before_party_tag(frame: Frame, k: int, start: int) -> int:
    """Item k, or the item before a party and state in brackets ending at item k (``Sen.
    Travis Long (R-Wyoming), the ranking member, said``: the name before the tag)."""
    words = frame.words
    if k - 2 < start or words[k] != ")":
        return k
    j = k - 1
    while j > start and k - j <= 5 and words[j] != "(":
        j -= 1
    if words[j] != "(" or j == start or not _PARTY_TAG.match(
            "".join(words[j + 1 : k]).replace(" ", "")):
        return k
    return j - 1


_PARTY_TAG = re.compile(r"[DRIL]-[A-Z][A-Za-z.]*\Z")
"""A party and a state or district set off by commas after a name (``D-Missoula``,
``R-N.Y.``)."""


def subject_before(frame: Frame, k: int, start: int) -> Source | None:
    """The subject of the reporting verb at item k, looking left (not before item start)."""
    words, lowers = frame.words, frame.lowers
    j = k - 1
    # used to say, went on to say (not used to call it "…": a name)
    catenative = lx.SPEECH_VERBS.get(lowers[k]) not in lx.NAMING_LEMMAS
    while j >= start and frame.name_run_at[j] is None and (
        lowers[j] in lx.AUXILIARIES or (  # X and Y both said (not were both attacked)
            lowers[j] == "both" and j > start and lowers[j - 1] not in lx.BE_FORMS)
        or (lowers[j].endswith(lx.ADVERB_SUFFIX) and len(lowers[j]) > 4)
        or (catenative and j > start and (
            (lowers[j] in ("to", "on") and lowers[j - 1] in lx.CATENATIVES)
            or (lowers[j] == "to" and lowers[j - 1] == "on")))
        or (catenative and lowers[j] in lx.CATENATIVES and lowers[j + 1] in ("to", "on"))
    ):
        j -= 1
    j = _before_time(frame, j, start)  # Mayor Ann Cole on Tuesday called
    if j < start or j in frame.quotes:
        return None
    heard = perceived_speaker(frame, j, start)
    if heard is not None:
        return heard  # the court heard him say: he said it
    passed_on = _before_parenthetical_cue(frame, j, start)
    if passed_on != j:
        return phrase_ending(frame, passed_on, start) or _plain_description(
            frame, passed_on, start)
    if words[j] in (",", "—", "–", ")"):
        # NAME, ROLE, said  ·  NAME (R-Wis.) said
        close = words[j]
        opener = "(" if close == ")" else close
        i = j - 1
        while i >= start and i > j - 35 and i not in frame.quotes and words[i] != opener:
            if frame.cue_words[i] and is_cue(frame, i) and not (
                lowers[i] in lx.NAMING_PARTICIPLES and is_cap(words[i + 1])
            ) and not (lowers[i - 1] in ("who", "which") and words[i - 2] == opener) and not (
                words[i - 1] == opener and lowers[i].endswith("ing")
            ):
                break  # (a firm called Gavekal: a name; , who spoke …,: the aside's verb; ,
                # responding to the post,: a participle's)
            i -= 1
        if close == "," and i - 2 >= start and words[i] == "," == words[i - 2] and (
            _PARTY_TAG.match(words[i - 1])
        ):
            i -= 2  # Senator Maria Hall, D-Missoula, who carried the bill, said
        if i >= start and words[i] == opener and i < j - 1:
            if close == "," and i - 2 >= start and lowers[i - 1] == "name" and (
                lowers[i - 2] == "first"
            ):
                given = name_exactly(frame, i + 1, j)
                if given is not None:  # … who gave only his first name, Earl, said
                    return given
            source = phrase_ending(frame, _before_party_tag(frame, i - 1, start), start)
            if source is not None and source.kind == "nominal" and close == "," and (
                lowers[i + 1] in ("who", "whose")
            ):
                named = _name_before_appositive(frame, source, start)
                if named is not None:  # Andre Lane, the wing's command chief, who served
                    return named  # …, described: Lane, the appositive his role
            if source is None and close == "," and i - 3 >= start and is_age(words[i - 1]) and (
                words[i - 2] == "," and lowers[i + 1] in ("who", "whose")
            ):
                source = phrase_ending(frame, i - 3, start)  # Susan Aldridge, 71, whose …, said
            if source is None and close == "," and lowers[i + 1] == "who":
                source = _plain_description(frame, i - 1, start)  # A firefighter, who …,
                if source is None and i - 1 >= start and (
                    lowers[i - 1] in lx.INDEFINITE_SOURCES
                ) and (i - 1 == start or i - 2 in frame.quotes or words[i - 2] in (",", "—", "–")):
                    return _indefinite(frame, i - 1)  # Another, who gave only her first name,
            if source is None and close == "," and (
                lowers[i + 1].endswith(("ing", "ed")) or _plain_aside(frame, i + 1, j) is not None
            ):
                plain = _plain_description(frame, i - 1, start) or (
                    _described_before_relative(frame, i - 1, start))
                head = lowers[i - 1] if plain is None else plain.text.split()[-1].lower()
                if plain is not None and (
                    head in lx.PERSON_HEADS or head in lx.PERSON_DESCRIPTION_HEADS
                    or agent_noun(head) or head in lx.DOCUMENT_HEADS
                ):  # A Peruvian diplomat, speaking on condition of anonymity, told · One
                    return plain  # volunteer usher, a teacher, said · The ECAA's latest
                    # advisory, updated on Friday, warns (not The sound system)
            if source is None and close == "," and _one_of(frame, start, i):
                aside = _plain_aside(frame, i + 1, j)
                if aside is not None:  # One of them, a retired nurse, said
                    return aside
            if source is None and close == ",":
                # The New South Wales premier, Gladys Tran, told: the person, the title
                # their role
                named = name_exactly(frame, i + 1, j) or _named_aside(frame, i + 1, j)
                described = _title_before(frame, i - 1, start)
                if named is not None and described >= 0 and all(
                    name.kind == "person" for name in named.names
                ):
                    named.role = frame.text(described, i)
                    return named
                if named is not None and all(n.kind == "organization" for n in named.names) and (
                    _plain_description(frame, i - 1, start) is not None
                ):
                    return named  # The bulk supplier, Amanzi Water Board, said
            if close == "," and source is not None and source.kind == "name" and (
                source.names
            ):
                subject = _clause_opener(frame, source, j, start)
                if subject is not None:  # Gail Summers, who chairs the Marlow Alliance, a
                    return subject  # volunteer group, said: Summers, not the Alliance
            if close == "," and source is not None and source.kind == "nominal" and (
                not source.names
            ):
                named = named_in_aside(frame, source, i, j + 1)
                if named is not None:  # Its leader, the former presenter Duarte Vaz, quipped
                    return named
            if source is None and close == "," and i > start:
                # Tuesday in Berea, after winning Ohio, Gov. John Kasich (R-OH), said: the
                # introductory phrases end at the comma, and the name between is the subject
                e = j
                if words[e - 1] == ")" and "(" in words[i + 1 : e]:
                    e = i + 1 + words[i + 1 : e].index("(")
                named = name_exactly(frame, i + 1, e)
                if named is not None and all(n.kind == "person" for n in named.names):
                    return named
            if close == "," and source is not None and source.names and (
                _place_in_aside(frame, source, start)
                or all(name.kind == "place" for name in source.names)
            ):
                # Clinton, during a town hall in Columbus, Ohio, said: the place and its
                # state are the aside's, and the comma before them opens it
                x = i - 1
                for _ in range(3):  # Dana Roe, 59, of Ashton, Md., who …, said: past both
                    while x >= start and x > j - 35 and x not in frame.quotes and (
                        words[x] != ","
                    ):
                        if frame.cue_words[x] and is_cue(frame, x):
                            break
                        x -= 1
                    if x - 2 > start and words[x] == "," and words[x - 1].isdigit() and (
                        words[x - 2] == ","
                    ):
                        x -= 2  # Cory James, 22, of Flint, Mich., said: past the age
                    subject = phrase_ending(frame, x - 1, start) if (
                        x > start and words[x] == ",") else None
                    if subject is None or subject.kind != "name":
                        break
                    if not _place_in_aside(frame, subject, start):
                        return subject
                    x -= 1
            if close == "," and source is not None and source.kind == "name" and all(
                name.kind == "place" for name in source.names
            ):
                # After winning Ohio, Gov. John Kasich (R-OH), said: the person between
                inner = _person_between(frame, i + 1, j)
                if inner is not None:
                    return inner
            if source is not None:
                if close == "," and source.kind == "name":
                    named = _person_for_portfolio(frame, source, i, j)
                    if named is not None:
                        return named
                    # the director of Amnesty International, Jane Roe (of the X Party), said
                    named = name_exactly(frame, i + 1, j) or _named_aside(frame, i + 1, j)
                    described = _description_ending(frame, i - 1, start)
                    if named is not None and named.names and all(
                        name.kind == "person" for name in named.names
                    ):
                        if described >= 0:
                            named.role = frame.text(described, i)
                            return named
                        if source.names and all(
                            name.kind in ("organization", "place") for name in source.names
                        ):  # The Leader of the Opposition in the Assembly, Ram Yadav of the
                            # Lok Party, called: the person, not the Assembly, and the words
                            # before the comma their role
                            x = i - 1
                            while x > start and x - 1 not in frame.quotes and i - x < 16 and (
                                words[x - 1] not in (",", ";", ":", "—", "–", "(")
                            ):
                                x -= 1
                            named.role = named.role or frame.text(x, i)
                            return named
                if close == "," and source.kind == "name":
                    source.role = role_text(frame, i + 1, j) or source.role
                elif close == "," and source.kind == "nominal":
                    named = name_exactly(frame, i + 1, j) or _named_aside(frame, i + 1, j)
                    if named is not None:  # the chair, Nadia Karimi (of Acme in Leeds), said
                        named.role = source.text
                        return named
                return source
        return None
    if lowers[j] in ("who", "which") and j - 1 >= start and not words[j].isupper():
        # NAME, who said …: the mention is "who", it names what stands before it
        antecedent = phrase_ending(frame, j - 2 if words[j - 1] == "," else j - 1, start)
        if lowers[j] == "who" and antecedent is not None and antecedent.kind == "name" and all(
            name.kind != "person" for name in antecedent.names
        ):  # Tomasz Nowicki, the finds officer with the Portable Antiquities Scheme, who …
            antecedent = _person_before_aside(frame, antecedent, start) or antecedent
        source = Source(frame.start(j), frame.end(j), "pronoun", words[j])
        if antecedent is not None and antecedent.kind == "name":
            source.names = antecedent.names
        return source
    source = phrase_ending(frame, j, start)
    if source is not None and source.kind != "pronoun":
        owner = _appositive_owner(frame, source, j, start) or _participle_owner(
            frame, source, start) or _close_to(frame, source, start) or _leader_of_group(
            frame, source, start) or _member_before(frame, source, start)
        if owner is not None:
            return owner
    if source is None or source.kind == "name":
        relative = _described_before_relative(frame, j, start)
        if relative is not None and (source is None or relative.end < source.start):
            return relative  # A taxi driver who joined the march said · One parent whose
            # children attend Lakeview Elementary called: not the school, nor a person
            # named inside the clause
        if source is not None and all(name.kind != "person" for name in source.names):
            from_place = _described_from_place(frame, source, start)
            if from_place is not None:
                return from_place  # One commenter from northern Arizona wrote
    return source


def _person_before_aside(frame: Frame, organization: Source, start: int) -> Source | None:
    """The person named before a description set off by a comma that ends with the name of
    an organization or a place (``Tomasz Nowicki, the finds liaison officer with the Portable
    Antiquities Scheme``, ``Linda Young, a retired nurse from Worcester, Massachusetts``):
    the one a ``who`` after it is; None when the description opens with no article or no
    person's name ends right before its comma."""
    words = frame.words
    k = _position_of(frame, organization.start) - 1
    for _ in range(3):  # (past the commas of a place: Worcester, Massachusetts)
        while k > start and k - 1 not in frame.quotes and words[k] != "," and (
            words[k][:1].isalnum()
        ):
            k -= 1
        if k <= start or words[k] != ",":
            return None
        person = phrase_ending(frame, k - 1, start)
        if person is not None and person.kind == "name" and any(
            name.kind == "person" for name in person.names
        ) and frame.lowers[k + 1] in lx.ARTICLES:
            return person
        k -= 1
    return None


def _described_from_place(frame: Frame, source: Source, start: int) -> Source | None:
    """A description of a person opening the sentence before ``from``, ``of`` or ``in`` and
    the place that is ``source`` (a lowercase word or two between): ``One commenter from
    northern Arizona`` -> that description, place and all; None otherwise."""
    if not source.names or any(name.kind != "place" for name in source.names):
        return None
    lowers = frame.lowers
    k = _position_of(frame, source.start) - 1
    while k > start and frame.words[k].islower() and lowers[k] not in _PLACE_PREPOSITIONS and (
        lowers[k] not in lx.FUNCTION_WORDS
    ):
        k -= 1  # northern, rural
    if k <= start or lowers[k] not in _PLACE_PREPOSITIONS:
        return None
    described = _plain_description(frame, k - 1, start)
    if described is None:
        return None
    head = lowers[k - 1]
    if not (head in lx.PERSON_HEADS or head in lx.PERSON_DESCRIPTION_HEADS or agent_noun(head)):
        return None
    return Source(described.start, source.end, "nominal", frame.full_text[
        described.start : source.end])


_PLACE_PREPOSITIONS = frozenset(("from", "of", "in"))
"""What joins a description to the place its person is from (``a resident of Dunmore``)."""


def _name_before_appositive(frame: Frame, source: Source, start: int) -> Source | None:
    """The person named right before the appositive ``source`` and its comma (``Andre Lane,
    the wing's command chief``), with the appositive as their role; None otherwise."""
    first = _position_of(frame, source.start)
    k = first - 1
    while k > start and first - k < 6 and frame.words[k] != "," and (
        frame.words[k].islower() or frame.words[k] in ("’s", "'s")
    ):
        k -= 1  # (the wing's command chief: the phrase may have kept only its head)
    if k - 1 < start or frame.words[k] != ",":
        return None
    named = phrase_ending(frame, k - 1, start)
    if named is None or named.kind != "name" or not named.names or any(
        name.kind != "person" for name in named.names
    ):
        return None
    at = _position_of(frame, named.start)
    if at != start and (frame.name_run_at[start] is None
                        or frame.name_run_at[start] != frame.name_run_at[at]):
        return None  # (the name, with any title, opens the sentence)
    named.role = named.role or frame.full_text[frame.start(k + 1) : source.end]
    return named


def _position_of(frame: Frame, offset: int) -> int:
    """The frame item beginning at a text offset."""
    return bisect_left(frame.tokens.starts, offset, frame.first,
                       frame.first + len(frame.words)) - frame.first


def agent_noun(low: str) -> bool:
    """Whether a word reads as a noun for someone who does something (``operator``,
    ``cyclist``, ``shopkeeper``, ``attendant``): a description of a person."""
    return len(low) > 5 and low.endswith(lx.AGENT_SUFFIXES) and low not in lx.NOT_AGENT_NOUNS and (
        not low.endswith("ment"))  # (an indictment, a statement: things)


def _person_for_portfolio(frame: Frame, source: Source, i: int, j: int) -> Source | None:
    """``Minister for the Environment, the Great Barrier Reef and Science, Rachel Frost,
    told``: a name of things joined by ``and`` or after ``the``, with no first name in it,
    then a person's name (with a first name the lexicon knows) between commas, items
    [i + 1, j): the person, the words before their role."""
    words = source.text.split()
    before = frame.full_text[max(0, source.start - 5) : source.start].split()
    if not words or any(w.lower() in lx.FIRST_NAMES for w in words) or not (
        "and" in words or (before and before[-1].lower() == "the")
    ):
        return None
    named = name_exactly(frame, i + 1, j)
    if named is None or not named.names or not all(
        n.kind == "person" and (n.text.split()[0].lower() in lx.FIRST_NAMES or (
            " " in n.text and n.gender is None and frame.lowers[i - 1] not in lx.ORG_WORDS))
        for n in named.names
    ):
        return None  # (a name in full counts too: Minister for Culture, Arts and Sports,
        # Neema Mwakyusa)
    named.role = named.role or source.text
    return named


def _described_before_relative(frame: Frame, j: int, start: int) -> Source | None:
    """A description opening its sentence and followed by a relative clause without commas
    that ends at item j: ``A taxi driver who joined the march said`` -> "A taxi driver"."""
    lowers, words = frame.lowers, frame.words
    for w in range(j, max(start, j - 10), -1):
        if w in frame.quotes or not words[w][:1].isalnum() or (
            frame.cue_words[w] and is_cue(frame, w)
        ):
            return None
        if lowers[w] in ("who", "whose") and w - 1 > start:
            described = _plain_description(frame, w - 1, start)
            if described is None:
                return None
            head = lowers[w - 1]
            return described if head in lx.PERSON_HEADS or (
                head in lx.PERSON_DESCRIPTION_HEADS or head in lx.FAMILY_WORDS
                or head in lx.NAME_TITLE_WORDS  # A farmer who lives by the line said
            ) else None
    return None


_CLOSE_TO = {"close": "to", "familiar": "with", "near": "to", "loyal": "to"}
"""Adjectives and their preposition that tie an unnamed source to someone (``a source close
to the leader``, ``people familiar with the talks``)."""


_GROUP_AROUND = frozenset({"colleagues", "co-authors", "coauthors", "team", "collaborators",
                           "students", "associates", "co-workers", "teammates"})
"""Heads of ``his colleagues`` after ``NAME and``: the people around the one named."""


def _leader_of_group(frame: Frame, source: Source, start: int) -> Source | None:
    """``Dr. Felix Moreau and his colleagues reported``: the person named before ``and`` and
    a possessive for the people around them (the first-named speaker)."""
    words = source.text.lower().split()
    if len(words) != 2 or words[0] not in _POSSESSIVES or words[1] not in _GROUP_AROUND:
        return None
    k = _position_of(frame, source.start)
    if k - 2 < start or frame.lowers[k - 1] != "and":
        return None
    named = phrase_ending(frame, k - 2, start)
    if named is None or named.kind != "name" or len(named.names) != 1 or (
        named.names[0].kind != "person"
    ):
        return None
    return named


def _member_before(frame: Frame, source: Source, start: int) -> Source | None:
    """``Valentina Rusu of the Civic Alternative party said``: the person named before
    ``of``, ``from`` or ``at`` and a description of their organization (the person speaks,
    not the party)."""
    if not source.text.startswith("the "):
        return None
    k = _position_of(frame, source.start)
    if k - 2 < start or frame.lowers[k - 1] not in ("of", "from", "at"):
        return None
    named = phrase_ending(frame, k - 2, start)
    if named is None or named.kind != "name" or len(named.names) != 1 or (
        named.names[0].kind != "person"
    ):
        return None
    return named


def _close_to(frame: Frame, source: Source, start: int) -> Source | None:
    """``A source close to the council leader told``: the description the phrase hangs on,
    which is the source, not the one it is close to."""
    k = _position_of(frame, source.start)
    lowers = frame.lowers
    # the preposition right before the source, or a few words before it (familiar with the
    # agency's internal investigation)
    x = k
    while x - 1 > start and x > k - 5 and _CLOSE_TO.get(lowers[x - 2]) != lowers[x - 1] and (
        lowers[x - 1][:1].isalpha() and x - 1 not in frame.quotes
    ):
        x -= 1
    k = x
    if k - 3 < start or _CLOSE_TO.get(lowers[k - 2]) != lowers[k - 1]:
        return None
    head = lowers[k - 3]
    if not (head in lx.NOMINAL_HEADS or (head.endswith("s") and head[:-1] in lx.NOMINAL_HEADS)):
        return None
    described = phrase_ending(frame, k - 3, start)
    if described is None or described.kind != "nominal":
        return None
    return Source(described.start, source.end, "nominal",
                  frame.full_text[described.start : source.end])


def _person_between(frame: Frame, i: int, j: int) -> Source | None:
    """The person named by items [i, j), a party and state in brackets after the name aside
    (``Gov. John Kasich (R-OH)``), or None."""
    if j - 1 > i and frame.words[j - 1] == ")":
        k = j - 2
        while k > i and frame.words[k] != "(":
            k -= 1
        if k > i and j - k <= 5:
            j = k
    named = name_exactly(frame, i, j)
    if named is None or " " not in named.text or not all(
        name.kind == "person" for name in named.names
    ):
        return None
    return named


def _place_in_aside(frame: Frame, source: Source, start: int) -> bool:
    """Whether a name before a comma is inside an aside rather than a subject: the object of a
    preposition (``in Columbus``)."""
    if source.kind != "name" or not source.names:
        return False
    k = bisect_left(frame.tokens.starts, source.start, frame.first, frame.first + len(frame.words))
    k -= frame.first
    while k > start and frame.lowers[k - 1] in lx.ARTICLES:
        k -= 1
    return k > start and frame.lowers[k - 1] in lx.SUBJECT_PREPOSITIONS


def _participle_owner(frame: Frame, source: Source, start: int) -> Source | None:
    """The subject before a participle phrase that ends with ``source`` (``Jane Roe speaking to
    the Harbour Trust called it``): that subject, not the object of the phrase."""
    lowers = frame.lowers
    p = bisect_left(frame.tokens.starts, source.start) - frame.first
    if not start <= p < len(frame.words):
        return None
    q = p - 1
    if q >= start and lowers[q] in lx.ARTICLES:
        q -= 1
    if q - 2 < start or lowers[q] not in lx.MEDIUM_PREPOSITIONS or not (
        lowers[q - 1].endswith("ing") and len(lowers[q - 1]) > 4
        and frame.name_run_at[q - 1] is None and q - 1 not in frame.quotes
    ):
        return None
    owner = phrase_ending(frame, q - 2, start)
    if owner is None or owner.kind == "nominal" or not _opens_clause(frame, owner, start):
        return None
    return owner


def _appositive_owner(frame: Frame, source: Source, j: int, start: int) -> Source | None:
    """The person a role ending at item j is set off after, when the comma closing it is
    missing: ``Jane Roe, a spokeswoman for the port said``, ``Erwin Roe, Dean of Harlow
    School of Law called it``, ``Jane Roe, a spokeswoman for the Metropolitan Police said``;
    None otherwise."""
    lowers = frame.lowers
    p = max(start, min(j, bisect_left(frame.tokens.starts, source.start) - frame.first))
    run_index = frame.name_run_at[j] if source.kind == "name" else None
    while p - 1 >= start and run_index is not None and frame.name_run_at[p - 1] == run_index:
        p -= 1
    if lowers[p] in lx.ARTICLES and p < j:  # a spokesman for the city
        p += 1
    first = lowers[p]
    q = p - 1
    article = q >= start and lowers[q] in lx.ARTICLES
    if article:
        q -= 1
    titled = first in lx.TITLES or first in lx.NAME_TITLE_WORDS
    if source.kind == "nominal" and (
        (article and lowers[q + 1] in ("a", "an") and (first in lx.PERSON_HEADS or titled))
        or (not article and titled) or (article and titled and is_cap(frame.words[p]))
    ):
        pass  # Jane Roe, a spokeswoman said; Jane Roe, deputy director said; Tom Bale, the
        # Chief Operating Officer of Blue Finch said
    elif run_index is not None and titled:
        # a name run that begins with a title word: Dean of …, the Chief Officer of …
        if not article and any(name.kind == "person" for name in source.names):
            return None
    else:
        # a spokeswoman for the Metropolitan Police said: the organization ends the role
        if any(name.kind == "person" for name in source.names):
            return None
        p = _description_ending(frame, j, start)
        if p < 0 or (lowers[p] not in ("a", "an") and lowers[p] in lx.DETERMINERS):
            return None
        q = p - 1
    if q - 1 < start or frame.words[q] != ",":
        return None
    owner = phrase_ending(frame, q - 1, start)
    if owner is None or owner.kind != "name" or not owner.names or any(
        name.kind != "person" for name in owner.names
    ) or not _opens_clause(frame, owner, start):
        return None  # Responding to Jane Roe, a lawyer for the city said: the lawyer
    owner.role = frame.text(q + 1, j + 1)
    return owner


def _clause_opener(frame: Frame, source: Source, j: int, start: int) -> Source | None:
    """The name that opens the clause, set off by a comma, when the name ``source`` found
    before the comma at item j is a place or an organization inside what is said of it
    (``Gail Summers, who … chairs the Marlow River Watershed Alliance, a volunteer group …,
    said``; ``Justice Harriet Frost, delivering the judgment in the capital, Port Anselm,
    said``; ``Albatross Marine Systems, the Alameda, California, company that builds them,
    said``): that name, when no reporting verb stands between."""
    kinds = {name.kind for name in source.names}
    run_index = frame.name_run_at[start]
    if run_index is None:
        return None
    run = frame.name_runs[run_index]
    e = start + (run.end - frame.token(start))
    if e >= j or frame.words[e] != "," or frame.start(e) > source.start or not run.names:
        return None
    relative = e + 1 < j and frame.lowers[e + 1] in ("who", "whose")
    if "person" in kinds and not relative and not _place_in_aside(frame, source, start):
        return None  # (Gary Pohlman, 70, a farmer from Boone, said: Boone is a place; but
        # Moss, who played with Keegan and her daughter, the singer Ann Ward, said: Moss)
    opener = phrase_ending(frame, e - 1, start)
    if opener is None or opener.kind != "name" or not opener.names or (
        opener.start == source.start
    ):
        return None
    opener_kinds = {name.kind for name in opener.names}
    if opener_kinds != {"person"} and not (opener_kinds == {"organization"} and kinds == {
        "place"
    }):
        return None
    if "person" in kinds and len(source.names) == 1 and " " in source.names[0].text and (
        not relative
    ):
        return None  # (a friend of Tom Hart: a person named in full may be the speaker's)
    if any(frame.cue_words[x] and is_cue(frame, x) and not (
        x == e + 1 and frame.lowers[x].endswith("ing")  # (Frost, delivering the judgment,)
    ) for x in range(e + 1, j)):
        return None
    return opener


def _opens_clause(frame: Frame, source: Source, start: int) -> bool:
    """Whether a source may be the subject of its clause from where it stands: at the start
    of the sentence, after a mark, a conjunction or a time word, not after a preposition or
    a verb (``Responding to Jane Roe, …``)."""
    p = bisect_left(frame.tokens.starts, source.start) - frame.first
    while p - 1 >= start and frame.name_run_at[p - 1] is not None and (
        frame.name_run_at[p - 1] == frame.name_run_at[p]
    ):
        p -= 1
    if p - 1 < start or p - 1 in frame.quotes:
        return True
    word, low = frame.words[p - 1], frame.lowers[p - 1]
    if not word[:1].isalpha():
        return True
    if is_cap(word):
        return p - 1 == start or low in lx.SUBJECT_MAY_FOLLOW or low in lx.TITLES or (
            low in lx.NAME_TITLE_WORDS)
    return low in lx.SUBJECT_MAY_FOLLOW or low in lx.TITLES or low in lx.NAME_TITLE_WORDS


def _plain_description(frame: Frame, j: int, start: int) -> Source | None:
    """A short description opening its sentence (or following a short opening phrase and its
    comma) and ending at item j: an article and one to three plain lowercase words (``A
    firefighter``, ``the local baker``, ``The singer-songwriter``)."""
    lowers, words = frame.lowers, frame.words
    p = j
    plain = 0  # the lowercase words so far (a name's words count as one)
    while p >= start and plain < 3 and j - p < 7 and (words[p].replace("-", "").isalpha() or (
        is_year_old(lowers[p])) or (
        frame.name_run_at[p] is not None and words[p].endswith(("’s", "'s"))
    )) and (
        words[p].islower() or (p < j and p > start and frame.name_run_at[p] is not None)
        or (p == j and lowers[p] in lx.PARTY_MEMBERS)  # One Assembly Republican
    ) and (
        lowers[p] not in lx.FUNCTION_WORDS and not is_cue(frame, p)
    ):
        if words[p].islower() or frame.name_run_at[p] != frame.name_run_at[p - 1]:
            plain += 1
        p -= 1  # (a place's name among the words: A Gladstone crab fisher; The ECAA's; One
        # Upper Sawyer Creek resident)
    if start < p < j and words[p] == "," and p - start <= 8 and not any(
        k in frame.quotes or (frame.cue_words[k] and is_cue(frame, k)) for k in range(start, p)
    ):
        p += 1  # At a preview last weekend, one volunteer, who …, said: after the opening
    elif p != start:
        return None
    if p == j or not (lowers[p] in lx.ARTICLES or lowers[p] in lx.INDEFINITE_OPENERS):
        return None  # (One longtime subscriber, who …,)
    return Source(frame.start(p), frame.end(j), "nominal", frame.text(p, j + 1))


def _one_of(frame: Frame, start: int, comma: int) -> bool:
    """Whether the words from item start to the comma at item ``comma`` pick one of a group
    (``One of them``, ``One of the volunteers``)."""
    lowers = frame.lowers
    return comma - start >= 3 and comma - start <= 6 and lowers[start] in lx.ONE_OF and (
        lowers[start + 1] == "of"
    ) and all(frame.name_run_at[x] is None and x not in frame.quotes for x in range(start, comma))


def _plain_aside(frame: Frame, i: int, j: int) -> Source | None:
    """The items [i, j) as a description when they are an indefinite article and lowercase
    words (``a retired nurse from the village``), with no name and no reporting verb."""
    lowers, words = frame.lowers, frame.words
    if j - i < 2 or j - i > 10 or lowers[i] not in ("a", "an"):
        return None
    for x in range(i + 1, j):
        if x in frame.quotes or frame.name_run_at[x] is not None or not words[x].isalpha() or (
            not words[x].islower()
        ) or (frame.cue_words[x] and is_cue(frame, x)):
            return None
    return Source(frame.start(i), frame.end(j - 1), "nominal", frame.text(i, j))


def description_before(frame: Frame, j: int, start: int) -> int:
    """Where a description of a person ending at item j begins (``The company's chief
    executive``, ``the victim's mother``, ``the director of Amnesty International``, ``The
    Chief Executive of Acme Corp``), -1 when the words ending there describe no one."""
    run_index = frame.name_run_at[j] if j >= start else None
    if run_index is not None and _role_run(frame, frame.name_runs[run_index]):
        return _role_run_start(frame, frame.name_runs[run_index], start)
    described = _title_before(frame, j, start)
    return described if described >= 0 else _description_ending(frame, j, start)


def _role_run(frame: Frame, run: NameRun) -> bool:
    """Whether a run of capitalized words that names no one is a role with the organization
    it is at (``Director of Public Health``, ``Chief Executive of Acme Corp``)."""
    lowers = frame.tokens.lowers
    return not run.names and run.end - run.start >= 3 and (
        lowers[run.start] in lx.TITLES or lowers[run.start] in lx.NAME_TITLE_WORDS
        or lowers[run.start] in lx.ROLE_ENDS
    ) and any(lowers[k] in ("of", "for") for k in range(run.start + 1, run.end - 1))


def _role_run_start(frame: Frame, run: NameRun, start: int) -> int:
    """Where the description a role run ends begins: at its article, else its first word."""
    first = max(start, run.start - frame.first)
    return first - 1 if first > start and frame.lowers[first - 1] in lx.ARTICLES else first


def _title_before(frame: Frame, j: int, start: int) -> int:
    """Where a description ending in a title at item j begins (``The New South Wales
    premier``, ``the town's new mayor``): at its article or possessive, or at the sentence's
    start; -1 when item j is no title or the words before it read otherwise."""
    lowers, words = frame.lowers, frame.words
    if j < start or lowers[j] not in lx.PERSON_TITLE_WORDS:
        return -1
    p = j
    while p - 1 >= start and j - p < 8 and p - 1 not in frame.quotes:
        low = lowers[p - 1]
        if low in lx.ARTICLES or low in lx.POSSESSIVE_PRONOUNS:
            return p - 1
        if not (words[p - 1].replace("-", "").isalpha() or low.endswith(("’s", "'s"))) or (
            low in lx.FUNCTION_WORDS or is_cue(frame, p - 1)
        ):
            return -1
        p -= 1
    return p if p == start and is_cap(words[p]) else -1


def _description_ending(frame: Frame, j: int, start: int) -> int:
    """Where a description of a person ending at item j with the organization it names
    begins (``the director of Argentina’s Amnesty International``, ``a spokeswoman for the
    Metropolitan Police``), -1 when the words before the organization hold no job or role
    followed by a preposition."""
    lowers, words = frame.lowers, frame.words
    p = j
    while p - 1 >= start and frame.name_run_at[p - 1] is not None and (
        frame.name_run_at[p - 1] == frame.name_run_at[j]
    ):
        p -= 1
    if p - 2 >= start and lowers[p - 1] in lx.ARTICLES and lowers[p - 2] in lx.ROLE_PREPOSITIONS:
        p -= 1  # the head of the WHO
    role = preposition = False
    while p - 1 >= start and j - p < 12 and p - 1 not in frame.quotes:
        low = lowers[p - 1]
        if low in lx.DETERMINERS and low not in lx.INNER_DETERMINERS:
            p -= 1
            break
        if not (low in lx.ROLE_PREPOSITIONS or low in lx.NOMINAL_HEADS or low in lx.TITLES
                or low in lx.NAME_TITLE_WORDS or low in lx.SOURCE_MODIFIERS
                or is_cap(words[p - 1]) or low.endswith(("’s", "'s"))):
            break
        if low in lx.ROLE_PREPOSITIONS:
            preposition = True
        elif preposition and (
            low in lx.PERSON_HEADS or low in lx.TITLES or low in lx.NAME_TITLE_WORDS
        ):
            role = True
        p -= 1
    return p if role else -1


def _described_name(frame: Frame, i: int, j: int) -> Source | None:
    """A person named at the end of items [i, j) after lowercase words that describe them,
    with an article or none (``the former television presenter Duarte Vaz``, ``former
    regent Yusuf Hakim``), the words their role."""
    if j - i < 3 or j - i > 9:
        return None
    k = first = i + 1 if frame.lowers[i] in lx.ARTICLES else i
    while k < j and frame.name_run_at[k] is None and frame.words[k].isalpha() and (
        frame.words[k].islower() and frame.lowers[k] not in lx.FUNCTION_WORDS
    ):
        k += 1
    if k == first or k >= j:
        return None
    named = name_exactly(frame, k, j)
    if named is None or not all(name.kind == "person" for name in named.names):
        return None
    named.role = frame.text(i, k)
    return named


def named_in_aside(frame: Frame, source: Source, after: int, limit: int) -> Source | None:
    """For a description without a name ending before item ``after``: the person an aside set
    off by commas right after it names (``Its leader, the former presenter Duarte Vaz,``;
    ``Her fellow co-chair, Professor Lars Brightwell of the Nordvik Institute,``), with the
    description as their role when the aside gives none; or the organization the aside names
    after a definite description (``The bulk supplier, Amanzi Water Board,``); None
    otherwise."""
    if source.kind != "nominal" or source.names or after >= limit:
        return None
    if frame.lowers[after] in ("from", "at", "with") and frame.words[after - 1].islower():
        k = after + 1  # A colleague from the music conservatory here, Professor X, …
        while k < limit and k - after <= 6 and frame.words[k].isalpha() and (
            frame.words[k].islower()
        ):
            k += 1
        after = k
    if after >= limit or frame.words[after] != ",":
        return None
    j = after + 1
    while j < limit and j - after <= 15 and frame.words[j] != "," and j not in frame.quotes:
        j += 1
    if j >= limit or frame.words[j] != ",":
        return None
    named = _described_name(frame, after + 1, j) or _named_aside(frame, after + 1, j)
    first = source.text.split(" ", 1)[0].lower()
    if named is None and (first in _OWNING_DETERMINERS or first.endswith(("’s", "'s"))):
        exact = name_exactly(frame, after + 1, j)
        if exact is not None and all(n.kind == "organization" for n in exact.names):
            return exact  # The bulk supplier, Amanzi Water Board, said; Young's label, the
            # independent Tidewrack Records, said
    if named is not None and (named.role is None or named.role == named.names[0].title):
        named.role = source.text  # (The Vice-Chancellor, Professor Sir Anthony Marsh: not
        # "Professor")
    return named


_OWNING_DETERMINERS = frozenset(("the", "its", "their", "our", "his", "her", "my", "your"))
"""A description's first words before an organization's name set off after it (``Our
funder, the Arctic Science Fund,``)."""


def _named_aside(frame: Frame, i: int, j: int) -> Source | None:
    """A person named at the start of items [i, j), perhaps with a title and with ``of``,
    ``from`` or ``at`` and their affiliation after (``Professor Lars Brightwell of the Nordvik
    Institute``): the aside after a description that names whom it describes."""
    if j - i > 14 or frame.has_quote(i, j):
        return None
    found = phrase_from(frame, i, j)
    if found is None or found[0].kind != "name" or not all(
        name.kind == "person" for name in found[0].names
    ):
        return None
    after = found[1]
    if after < j and frame.lowers[after] not in ("of", "from", "at") and not (
        frame.lowers[after] == "in" and found[0].names[-1].affiliation
    ):  # (Catherine Wood of Morlais Law in Swansea)
        return None
    return found[0]


def name_exactly(frame: Frame, i: int, j: int) -> Source | None:
    """A name source when items [i, j) are one name (with a title): ``Dr. Samuel Mensah``."""
    if j > i:
        j = _before_party_tag(frame, j - 1, i) + 1  # Sen. Robert Little (R-Waukesha)
    if j <= i or frame.has_quote(i, j) or j - i > 8:
        return None
    found = phrase_from(frame, i, j)
    if found is None or found[1] != j or found[0].kind != "name":
        return _described_name(frame, i, j)
    return found[0]


def role_text(frame: Frame, i: int, j: int) -> str | None:
    """The text of items [i, j) when it reads as a role: ``a spokesman for the city``,
    ``deputy director of X``, ``the city attorney`` (not ``however`` or ``who said``)."""
    if j <= i or frame.has_quote(i, j):
        return None
    lows = frame.lowers[i:j]
    if lows[0] in lx.RELATIVE_WORDS or (len(lows) == 1 and lows[0] in lx.NOT_ROLES):
        return None
    if lows[0] in lx.SUBJECT_PREPOSITIONS or (lows[0].endswith("ing") and not (
        lows[0] in lx.TITLES or lows[0] in lx.SOURCE_MODIFIERS
        or (len(lows) > 1 and (lows[1] in lx.TITLES or lows[1] in lx.NAME_TITLE_WORDS))
    )):
        return None  # , speaking to reporters,; , in a statement,: an aside (not managing editor)
    if any(frame.cue_words[x] and is_cue(frame, x) for x in range(i, j)):
        return None
    if any(
        w in lx.TITLES or w in lx.PERSON_HEADS or w in lx.ROLE_HEADS or w in lx.NAME_TITLE_WORDS
        or w in lx.PARTY_ADJECTIVES or (w.endswith("s") and w[:-1] in lx.PERSON_HEADS)
        or ("-" in w and (w.split("-", 1)[0] in lx.PERSON_HEADS
                          or w.split("-", 1)[0] in lx.PERSON_DESCRIPTION_HEADS))
        for w in lows
    ):
        return frame.text(i, j)  # a spokesman for the city, the scientist-in-charge (not
        # "later in the panel")
    if len(lows) >= 4 and lows[0] in lx.ONE_OF and lows[1] == "of" and lows[2] in lx.DETERMINERS:
        return frame.text(i, j)  # one of the kayakers
    return None


def phrase_ending(frame: Frame, j: int, start: int) -> Source | None:
    """A source whose last item is item j (beginning no earlier than item start)."""
    if j < start or j in frame.quotes:
        return None
    lowers = frame.lowers
    low = lowers[j]
    run_index = frame.name_run_at[j]
    if low in lx.SUBJECT_PRONOUNS and not (run_index is not None and frame.words[j].isupper()):
        return _pronoun(frame, j)  # (but the WHO said: the World Health Organization)
    if run_index is not None and frame.name_runs[run_index].end - 1 == frame.token(j):
        run = frame.name_runs[run_index]
        names = run.names
        if not names:
            if run.end - run.start == 1 and (
                low in lx.TITLES or low in lx.NAME_TITLE_WORDS or low in lx.DEMONYM_NOUNS
            ):
                return _nominal_ending(frame, j, start)  # a Democratic Assemblyman, the Briton
            if run.end - run.start == 2 and low in lx.DEMONYM_NOUNS and j - 2 >= start and (
                lowers[j - 1] in _DEMONYM_FIRSTS and lowers[j - 2] in lx.ARTICLES
            ):
                found = _nominal_from(frame, j - 2, j + 1)  # the New Zealander
                return found[0] if found else None
            described = _head_of_tail(frame, j, start)
            if described is not None:  # A spokesperson for the Minister for Health
                return described
            if _role_run(frame, run):  # the Director of Public Health: the whole run
                first = _role_run_start(frame, run, start)
                return Source(frame.start(first), frame.end(j), "nominal",
                              frame.text(first, j + 1))
            return None
        # the position of the run's first token; lowercase titles before it
        i = j
        while i - 1 >= start and i - 1 not in frame.quotes and frame.token(i - 1) >= run.start:
            i -= 1
        role = names[0].title
        p = i
        while p - 1 >= start and i - p < 5 and (
            lowers[p - 1] in lx.TITLES or lowers[p - 1] in lx.NAME_TITLE_WORDS
            or (lowers[p - 1] in lx.SOURCE_MODIFIERS and lowers[p - 1] not in lx.DETERMINERS)
        ):
            p -= 1
        if p < i and p - 1 >= start and _noun_before_title(frame, p - 1):
            p -= 1  # harbour master Jonathan Pengelly: the noun the title is of
        if p < i:
            role = frame.text(p, i) + (" " + names[0].title if names[0].title else "")
        x = i - 1 if i - 1 >= start and lowers[i - 1] in lx.ARTICLES else i
        if x - 2 >= start and lowers[x - 1] in lx.ROLE_PREPOSITIONS and (
            lowers[x - 2] in lx.PERSON_TITLE_WORDS or lowers[x - 2] in lx.LEADER_WORDS
        ):
            nominal = _leading_nominal(frame, j, start)
            if nominal is not None:
                return nominal  # a spokesman for Acme said: not Acme
        described = _head_of_tail(frame, j, start)
        if described is not None:  # The chief officer of a hospital in Marlow County
            return described
        person = _person_with(frame, i, j, start) or (
            _person_of(frame, i, start) if not any(
                n.kind == "person" and n.text.split()[0].lower() in lx.FIRST_NAMES for n in names
            ) else None)
        if person is not None:
            return person
        # "X and Y said": both names; otherwise the name nearest the verb
        chosen = names if len(names) > 1 else [names[-1]]
        return Source(chosen[0].start, chosen[-1].end, "name",
                      frame.full_text[chosen[0].start : chosen[-1].end], list(chosen), role)
    if low in lx.INDEFINITE_SOURCES and j + 1 < len(frame.words) and frame.cue_words[j + 1] and (
        j == start or j - 1 in frame.quotes or frame.words[j - 1] in (",", "—", "–", ";")
        or (frame.lowers[j - 1] in lx.INTRODUCTORY_WORDS and frame.name_run_at[j - 1] is None)
    ):
        return _indefinite(frame, j)  # "…," one said · Yet another said
    if run_index is not None or low in lx.FUNCTION_WORDS or not (
            low[:1].isalpha() or is_year_old(low)):
        return None
    # a nominal ending here: walk left to its start
    if not (low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS)
            or _head_before(frame, j, start) or (low in lx.TITLES and _aged(frame, j))
            or (is_year_old(low) and j > start and lowers[j - 1] == "the")):  # the 58-year-old
        return None
    return _nominal_ending(frame, j, start)


def _person_of(frame: Frame, i: int, start: int) -> Source | None:
    """``Technology analyst Priya Hall of the Oslo consultancy Nordlys Research said``: the
    person whose affiliation an organization's name starting at item i ends, ``of``, ``at`` or
    ``from`` and a short description of the organization between (``the Oslo
    consultancy``); None otherwise."""
    lowers, words = frame.lowers, frame.words
    k = i - 1
    while k >= start and i - k <= 4 and k not in frame.quotes and words[k].isalpha() and (
        lowers[k] not in ("of", "at", "from") and not (frame.cue_words[k] and is_cue(frame, k))
    ):
        k -= 1
    if k - 1 < start or k == i - 1 or lowers[k] not in ("of", "at", "from") or (
        lowers[k + 1] not in lx.ARTICLES
    ):
        return None
    person = phrase_ending(frame, k - 1, start)
    if person is None or person.kind != "name" or not person.names or not all(
        n.kind == "person" for n in person.names
    ):
        return None
    return person


def _head_of_tail(frame: Frame, j: int, start: int) -> Source | None:
    """A description of a person opening its clause whose last prepositional phrase ends in
    the name run ending at item j: ``The chief information officer of a rural hospital in
    Marlow County``, ``One mother of two at Cedar Hill Middle School``, ``A spokesperson for
    the Minister for Emergency Management``; None when anything but plain lowercase words,
    numbers, articles and prepositions stands between the head and the name."""
    lowers, words = frame.lowers, frame.words
    at = frame.name_run_at[j]
    if at is None:
        return None
    run = frame.name_runs[at]
    x = j
    while x - 1 >= start and frame.token(x - 1) >= run.start:
        x -= 1
    x -= 1  # the item before the run
    if x >= start and lowers[x] in lx.ARTICLES:
        x -= 1
    if x < start or lowers[x] not in lx.TAIL_PREPOSITIONS:
        return None
    head = -1
    for p in range(x - 1, max(start - 1, x - 9), -1):
        word, low = words[p], lowers[p]
        if p in frame.quotes or frame.name_run_at[p] is not None or not (
            word.isalnum() and (word.islower() or word.isdigit())
        ) or (frame.cue_words[p] and is_cue(frame, p)):
            return None
        if low in lx.TAIL_PREPOSITIONS or low in lx.ARTICLES:
            continue
        if lowers[p + 1] in lx.TAIL_PREPOSITIONS and (
            low in lx.PERSON_HEADS or low in lx.PERSON_DESCRIPTION_HEADS
            or low in lx.FAMILY_WORDS
        ):
            head = p
            break
    if head < 0:
        return None
    p = head - 1
    while p >= start and head - p <= 3 and lowers[p] not in lx.ROLE_STARTS and (
        p not in frame.quotes and words[p].isalpha() and words[p].islower()
        and lowers[p] not in lx.FUNCTION_WORDS and not (frame.cue_words[p] and is_cue(frame, p))
    ):
        p -= 1  # the chief information officer
    if p < start or lowers[p] not in lx.ROLE_STARTS or lowers[p] in _POSSESSIVES:
        return None
    if p > start and words[p - 1] not in (";", ":", "—", "–"):
        return None  # (the description must open its clause)
    return Source(frame.start(p), frame.end(j), "nominal", frame.text(p, j + 1))


def _aged(frame: Frame, j: int) -> bool:
    """Whether an age set off by commas follows item j (``the actor, 62, said``)."""
    words = frame.words
    return j + 3 < len(words) and words[j + 1] == "," == words[j + 3] and is_age(words[j + 2])


def _leading_nominal(frame: Frame, j: int, start: int) -> Source | None:
    """The nominal with its head before item j (``A spokesman for Acme``, ``The Director of
    Public Health``) when it begins its clause; None when it is an appositive after a name
    (``Jane Roe, executive director of the House Majority PAC, a super PAC,``; ``Ann Roe, a
    developer and spokeswoman for the EB-5 Coalition,``), which describes that name."""
    nominal = _nominal_ending(frame, j, start)
    k = bisect_left(frame.tokens.starts, nominal.start, frame.first,
                    frame.first + len(frame.words)) - frame.first
    at = frame.name_run_at[k]
    if frame.lowers[k] in lx.ROLE_PREPOSITIONS or (at is not None and frame.name_runs[at].names):
        return None  # (editor at large of The Forward; Rep. Peter King of New York: a name)
    for x in range(start, k):  # a person named before it in the clause: what it describes
        run_index = frame.name_run_at[x]
        if run_index is not None and any(
            n.kind == "person" for n in frame.name_runs[run_index].names
        ):
            return None
    return None if k > start and frame.words[k - 1] in (",", "(") else nominal


def _noun_before_title(frame: Frame, k: int) -> bool:
    """Whether item k is a plain lowercase noun that a title after it is of (``harbour``
    in ``harbour master``, ``ferry`` in ``ferry captain``): no small word, no name, no
    reporting verb and no inflected word (``mocked``, ``praises``, ``leading``)."""
    word, low = frame.words[k], frame.lowers[k]
    return (
        k not in frame.quotes and frame.name_run_at[k] is None and word.isalpha()
        and word.islower() and len(low) > 2 and low not in lx.FUNCTION_WORDS
        and low not in lx.DETERMINERS and not low.endswith(("s", "ed", "ing", "ly"))
        and not is_cue(frame, k)
    )


def _nominal_ending(frame: Frame, j: int, start: int) -> Source:
    """The nominal whose head is item j, walking left to its start."""
    lowers = frame.lowers
    i = j
    while i - 1 >= start and i - 1 not in frame.quotes and j - i < 10:
        word, low = frame.words[i - 1], lowers[i - 1]
        if not (
            low in lx.DETERMINERS
            or low in lx.SOURCE_MODIFIERS
            or low in lx.NOMINAL_HEADS
            or low in lx.ROLE_PREPOSITIONS
            or (is_cap(word) and not (  # (As one analyst noted: from one)
                low in lx.INTRODUCTORY_WORDS and frame.name_run_at[i - 1] is None))
            or low.endswith(("’s", "'s"))
            or is_year_old(low)  # The 58-year-old coach
        ):
            i = _modifiers_after_determiner(frame, i, start)
            break
        if low in lx.ROLE_PREPOSITIONS and not _head_before(frame, i - 1, start):
            break
        i -= 1
        if low in lx.DETERMINERS and low not in lx.INNER_DETERMINERS and not (
            i - 1 >= start and lowers[i - 1] in lx.ROLE_PREPOSITIONS
            and _head_before(frame, i - 1, start)
        ):
            break  # (an audit of the project: on past "of" to the head)
    if i < j and lowers[i] == "that" and lowers[j].endswith("s") and (
        not lowers[j].endswith("ss")
    ):
        i += 1  # wrote that witnesses had described: "that" opens the clause
    return Source(frame.start(i), frame.end(j), "nominal", frame.text(i, j + 1))


def _modifiers_after_determiner(frame: Frame, i: int, start: int) -> int:
    """Where a nominal starting at item i begins when one or two plain lowercase words and an
    article or a possessive stand before it (``the ferry operator``, ``a hospital
    spokeswoman``, ``my own teacher``): at the article; else i."""
    lowers, words = frame.lowers, frame.words
    k = i - 1
    while k >= start and i - k <= 3 and k not in frame.quotes and (
        words[k].replace("-", "").isalpha()  # (the first-term councillor)
    ) and (
        words[k].islower() and lowers[k] not in lx.FUNCTION_WORDS
        and lowers[k] not in lx.AUXILIARIES and not lowers[k].endswith(lx.ADVERB_SUFFIX)
        and not (frame.cue_words[k] and is_cue(frame, k))
    ):
        k -= 1
    if k < i - 1 and k >= start and (
        lowers[k] in lx.ARTICLES or lowers[k] in _POSSESSIVES or lowers[k] in lx.INDEFINITE_OPENERS
        or (i - k <= 3 and is_cap(words[k]) and words[k].endswith(("’s", "'s")))
    ):  # (One news report described: the description from One; Harrow's official social
        # media account: from the owner)
        return k
    return i


_POSSESSIVES = frozenset({"my", "his", "her", "their", "our", "its", "your"})


def _person_with(frame: Frame, i: int, j: int, start: int) -> Source | None:
    """The person written before the organization or place in items [i, j]: ``Jane Roe of the
    Harbour Trust``, ``Peter Roe of campaign group Open Doors``, ``John Doe with the ACLU``;
    None when no person's name stands right before the preposition."""
    lowers, words = frame.lowers, frame.words
    x = i - 1
    while x >= start and i - x <= 4 and frame.name_run_at[x] is None and (
        x not in frame.quotes and lowers[x].replace("-", "").isalpha()
        and not is_cap(words[x]) and lowers[x] not in lx.FUNCTION_WORDS
        and not (frame.cue_words[x] and is_cue(frame, x))
    ):
        x -= 1
    if x >= start and lowers[x] == "the":
        x -= 1
    if x - 1 < start or lowers[x] not in lx.AFFILIATION_PREPOSITIONS or (
        frame.name_run_at[x - 1] is None
    ):
        return None
    person = phrase_ending(frame, x - 1, start)
    if person is None or person.kind != "name" or len(person.names) != 1:
        return None
    name = person.names[0]
    if name.kind != "person" or (len(name.text.split()) < 2 and not name.title) or (
        not _opens_clause(frame, person, start)
    ):
        return None
    person.role = " ".join(filter(None, (person.role, frame.text(x, j + 1))))
    return person


def _head_before(frame: Frame, j: int, start: int) -> bool:
    """Whether a nominal head stands within a few items before item j (``a spokesman for
    the city``)."""
    lowers = frame.lowers
    for x in range(j - 1, max(start, j - 7) - 1, -1):
        if x in frame.quotes:
            return False
        low = lowers[x]
        if low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS):
            return lowers[x + 1] in lx.ROLE_PREPOSITIONS or x == j - 1
        if low in (",", ".", ";", ":") or (frame.cue_words[x] and is_cue(frame, x)):
            return False
    return False


def _before_parenthetical_cue(frame: Frame, j: int, start: int) -> int:
    """Item j, or, when it closes a reporter's aside (``One participant, he said,
    described``, ``…, Deshpande said,``), the item before the aside: the verb is its
    subject's, the aside only tells who passed the words on."""
    words, lowers = frame.words, frame.lowers
    if words[j] != "," or j - 4 < start or not (frame.cue_words[j - 1] and is_cue(frame, j - 1)):
        return j
    p = j - 2
    run = frame.name_run_at[p]
    if run is not None:
        p = frame.name_runs[run].start - frame.first
    elif lowers[p] not in lx.SUBJECT_PRONOUNS or lowers[p] == "it":
        return j
    if p - 2 < start or words[p - 1] != "," or p - 1 in frame.quotes:
        return j
    return p - 2


_PERCEIVING = lx.word_set("heard hear hears saw see sees watched overheard")
"""Verbs whose object is the one speaking when a reporting verb follows (``the jury heard
her say``)."""


def perceived_speaker(frame: Frame, j: int, start: int) -> Source | None:
    """The object pronoun at item j of a verb of perceiving (``the court heard him`` before
    ``say``), the one who spoke, as a source; None otherwise."""
    if j > start and frame.lowers[j] in ("him", "her", "them") and (
        frame.lowers[j - 1] in _PERCEIVING
    ):
        return _pronoun(frame, j)
    return None


def _pronoun(frame: Frame, k: int) -> Source:
    """The pronoun at item k as a source."""
    start, end = frame.start(k), frame.end(k)
    return Source(start, end, "pronoun", frame.full_text[start:end])


def ends_clause(frame: Frame, i: int, limit: int) -> bool:
    """Whether a phrase ending before item i ends its clause (``…, said Trump.``)."""
    if i >= limit or i in frame.quotes:
        return True
    return frame.words[i] in lx.CLAUSE_END_MARKS or frame.lowers[i] in lx.AFTER_SPEAKER


def appositive_role(frame: Frame, i: int, k: int) -> str | None:
    """The role between a name ending before item i and its verb at item k: ``Ryan Luby, a
    spokesman for …, said``."""
    words = frame.words
    if i < k and words[i] == "," and k - i > 2:
        end = k - 1
        while end > i and words[end] in (",", ")"):
            end -= 1
        if end <= i or frame.lowers[i + 1] in lx.RELATIVE_WORDS:
            return None
        return frame.text(i + 1, end + 1)
    return None


# ----------------------------------------------------------------- where it was said


def medium_after(frame: Frame, k: int, limit: int) -> str | None:
    """Where the verb at item k says it was said: ``told the Associated Press``, ``said on
    CNN``, ``wrote on Twitter``, ``said in an interview with Fox News``."""
    lowers = frame.lowers
    i = k + 1
    stop = min(limit, k + 9)
    if lx.SPEECH_VERBS.get(lowers[k]) == "tell" and i < stop:
        found = _organization_at(frame, i, stop)
        if found:
            return found
    while i < stop and i not in frame.quotes:
        low = lowers[i]
        if low in lx.MEDIUM_PREPOSITIONS and i + 1 < stop:
            j = i + 1
            if lowers[j] in ("an", "a") and j + 2 < stop and lowers[j + 1] == "interview" and (
                lowers[j + 2] == "with"
            ):
                j += 3
            found = _organization_at(frame, j, stop)
            if found:
                return found
        if low in (".", ";") or (frame.cue_words[i] and is_cue(frame, i)):
            break
        i += 1
    return None


def _organization_at(frame: Frame, i: int, stop: int) -> str | None:
    """The organization or platform named at item i (after an optional ``the``), or None."""
    j = i
    if j < stop and frame.lowers[j] == "the":
        j += 1
    if j >= stop or j in frame.quotes:
        return None
    if frame.lowers[j] in lx.PLATFORMS:
        return frame.words[j]
    run_index = frame.name_run_at[j]
    if run_index is None or frame.name_runs[run_index].start != frame.token(j):
        return None
    names = frame.name_runs[run_index].names
    if not names:
        return None
    name = names[0]
    if name.kind == "organization" or any(
        strip_possessive(w).lower() in lx.MEDIA_NAMES for w in name.text.split()
    ):
        if frame.lowers[i] == "the":
            return frame.full_text[frame.start(i) : name.end]
        return name.text
    return None
