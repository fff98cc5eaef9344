"""Stage 2 of the attribution: reporting cues.

A cue is a reporting verb used as a verb (``said``, ``told``, ``saying``), a phrasal one
(``points out``, ``fired back``), ``according to``, or the quotative ``like`` of speech
(``she’s like, "…"``, ``they went like "…"``) right before a quotation. The same words are
often nouns (``his remarks``, ``Trump's claim``), passives (``was told``), names (``Will``)
or headline words, and those are not cues. ``verb_after`` finds the verb that follows a
subject, past an appositive, auxiliaries and adverbs (``Ryan Luby, a spokesman, has also
said``).
"""

from __future__ import annotations

from newsreader.news import lexicon as lx
from newsreader.news.attribution.frames import Frame
from newsreader.news.attribution.people import is_age, is_cap


def is_cue(frame: Frame, k: int) -> bool:
    """Whether item k of a frame is a reporting verb used as an active verb."""
    if not frame.cue_words[k]:  # never true of a quotation
        return False
    token = frame.first + k
    verdicts = frame.cue_verdicts
    verdict = verdicts.get(token)
    if verdict is None:
        verdict = verdicts[token] = _reads_as_cue(frame, k)
    return verdict


def _speaker_after_quotation(frame: Frame, k: int) -> bool:
    """Whether item k follows a quotation that ends in a comma, ``!`` or ``?`` and a subject
    of at most three capitalized words or a pronoun (``"…," Whitfield beamed``, ``"…!" she
    laughed``): the only place a verb of manner reports speech."""
    words = frame.words
    subject = k - 1
    if subject < 1:
        return False
    if frame.lowers[subject] in lx.SUBJECT_PRONOUNS and frame.lowers[subject] != "it":
        subject -= 1
    else:
        while subject >= 1 and k - subject <= 3 and is_cap(words[subject]):
            subject -= 1
        if subject == k - 1:
            return False
    if words[subject] == "," and subject >= 1:
        subject -= 1  # "…", Whitfield laughed: the comma outside the marks
    elif subject not in frame.quotes or frame.full_text[frame.end(subject) - 2] not in ",!?":
        return False
    return subject in frame.quotes


_STATES_MODIFIERS = frozenset({
    "member", "nation", "island", "arab", "gulf", "baltic", "coastal", "border", "swing",
    "battleground", "red", "blue", "other", "several", "many", "these", "those", "all", "both",
    "some", "southern", "northern", "western", "eastern", "neighbouring", "neighboring",
    "small", "frontline", "partner", "allied", "nuclear", "sovereign", "federal",
    "two", "three", "four", "five", "six", "seven", "ten", "20", "50"})
"""Words before ``states`` that make it a noun (``member states``), no reporting verb."""


def _reads_as_cue(frame: Frame, k: int) -> bool:
    """``is_cue`` for a word that may be a cue, from the words around it."""
    lowers = frame.lowers
    low = lowers[k]
    following = lowers[k + 1] if k + 1 < len(lowers) else ""
    if low == "according":
        return following == "to"
    if low in lx.GO_ON and following == "on":
        # "…," she went on. · "…," Trump went on, as if …: on ends the clause
        after = frame.words[k + 2] if k + 2 < len(frame.words) else "."
        return (k + 2 in frame.quotes or after in (",", ".", ":", ";", "—")) and not (
            k > 0 and lowers[k - 1] in lx.DETERMINERS)
    if low in lx.PHRASAL_CUES and following == lx.PHRASAL_CUES[low]:
        if following == "like":
            return _quotation_follows(frame, k + 2)  # they went like "…"
        return not (k > 0 and lowers[k - 1] in lx.DETERMINERS)  # the points out
    if low == "like":
        # the quotative ``like``: she’s like, "…" · they were like "…" · would you be like "…"
        return (
            k >= 2 and lowers[k - 1] in lx.QUOTATIVE_BE
            and lowers[k - 2][:1].isalnum() and lowers[k - 2] not in lx.NOT_QUOTATIVE_SUBJECTS
            and _quotation_follows(frame, k + 1)
        )
    lemma = lx.SPEECH_VERBS.get(low)
    if lemma is None:
        return False
    if low in lx.MANNER_CUES:
        return _speaker_after_quotation(frame, k)
    if lemma == "swear" and following == "in":
        return False  # a government sworn in: took office, said nothing
    if low == "states" and k > 0 and lowers[k - 1] in _STATES_MODIFIERS:
        return False  # the council of member states, the swing states: a noun
    if lemma == "ask" and following in ("questions", "question"):
        return False  # told a trustee who asked questions that …: the telling reports it
    if lemma == "continue" and (following.endswith("ing") or following == "to"):
        return False  # had continued billing for parts: kept doing, said nothing
    if frame.words[k][0].isupper() and not (
        k == 0 or k - 1 in frame.quotes or low in lx.PARTICIPLE_CUES
    ):
        return False  # a name (Will, Read) or a headline
    if low in ("asked", "requested") and ((k > 0 and lowers[k - 1] in ("who", "which") and (
        following in ("not", "that")
    )) or (following == "not" and lowers[k + 2 : k + 4] == ["to", "be"])):
        return False  # a man who asked not to be named said: not what he asked (nor in ",
        # who has worked there and asked not to be named")
    if (k == 0 or not frame.words[k - 1][:1].isalnum()) and low in ("asked", "questioned") and (
        following in lx.PASSIVE_ASIDE_NEXT or following == "by"
    ):
        return False  # Asked whether Hall had touched him, he grinned · Asked by the coroner
        # whether …, the driver said: a passive aside
    after_word = k > 0 and k - 1 not in frame.quotes
    previous = lowers[k - 1] if k > 0 else ""
    previous_word = frame.words[k - 1] if k > 0 else ""
    possessive = len(previous_word) > 2 and previous_word.endswith(("’s", "'s"))
    if previous in lx.INDEFINITE_SOURCES and after_word and (
        low not in (lemma, lemma + "s", lemma + "es")
    ):
        return True  # "…," one said · another added (but one report, many reasons: nouns)
    if previous in lx.DETERMINERS or possessive or previous == "no":
        return False  # his remarks, Trump's claim: a noun
    if previous in lx.BE_FORMS and not low.endswith("ing"):
        # was told, is called: passive, the subject is not the source; but "was told by the
        # chief that": the one after ``by`` (``passive_agent``)
        return passive_agent_at(frame, k)
    if previous == "," and (low.endswith("ed") or low == "told") and (
        following in lx.PASSIVE_ASIDE_NEXT and _verb_after_aside(frame, k)
    ):
        return False  # Mr. Trump, asked about it, said: a passive aside
    if previous == "to":  # went on to say · as she liked to put it
        return low == lemma and (lemma in lx.INFINITIVE_CUES or (
            lemma == "put" and following == "it"))
    if low == lemma and names_title_of(frame, k):
        return False  # state senator, fire chief: the word names what the title is of
    if lemma == "put":
        return following == "it"
    if low in lx.QUOTATION_ONLY_CUES:  # the study found that "…" (not: found him "charming")
        return following == "that" or _quotation_follows(frame, k + 1)
    if lemma == "read" and low in lx.RESTRICTED_CUES[lemma]:
        return _reads_out(frame, k)
    if low == "remembers":  # "…," his wife remembers · remembers: "…" (not: remembers the rules)
        return following in ("", ".", ",", ";", ":") or k + 1 in frame.quotes
    if lemma == "speak" and following in ("of", "about"):
        # Halden spoke of "a new chapter" · spoke of a "reset": what someone put in words
        return k + 2 in frame.quotes or (
            k + 3 in frame.quotes and k + 2 < len(lowers) and lowers[k + 2] in lx.ARTICLES)
    if lemma in lx.RESTRICTED_CUES:
        return low in lx.RESTRICTED_CUES[lemma]
    if lemma in lx.NOUN_LIKE_CUES and low in (lemma, lemma + "s", lemma + "es"):
        # comment, reports, claims: a verb only after a subject-like word
        if k >= 2 and lowers[k - 2] in lx.ARTICLES and following in (",", ".", ";", ")") and (
            low in lx.DOCUMENT_HEADS
        ):
            return False  # According to the police report, …: a compound noun
        return after_word and (
            previous in lx.PRONOUNS
            or previous in lx.BEFORE_NOUN_LIKE_CUES
            or (is_cap(previous_word) and not _name_after_preposition(frame, k - 1)
                and not (k >= 2 and lowers[k - 2] in lx.BEFORE_MODIFIER_NAME))
            or previous in lx.NOMINAL_HEADS or previous in lx.DOCUMENT_HEADS
            or (previous.endswith("s") and previous[:-1] in lx.NOMINAL_HEADS)
        )
    return True


def _reads_out(frame: Frame, k: int) -> bool:
    """Whether ``read`` at item k reports words: after a document (``the statement read``),
    a quotation (``"…," read one``), before a quotation, a mark, ``aloud``/``out``/``from``/``in
    part``, or a document read out (``read a statement``); not ``Brennan read every draft``,
    nor the surname in ``"…," Read said``."""
    lowers = frame.lowers
    following = lowers[k + 1] if k + 1 < len(lowers) else ""
    if following in lx.CUE_WORDS:
        return False  # "…," Read said: the surname
    if k - 1 in frame.quotes or k + 1 in frame.quotes or following in _READ_NEXT or (k > 0 and (
        lowers[k - 1] in lx.DOCUMENT_HEADS or lowers[k - 1][:-1] in lx.DOCUMENT_HEADS
    )):
        return True
    after = lowers[k + 2 : k + 5]
    return following in lx.DETERMINERS and any(w in lx.DOCUMENT_HEADS for w in after)


_READ_NEXT = frozenset({"", ":", ",", ".", ";", "—", "–", "aloud", "out", "from", "in", "on"})
"""Words after ``read`` that make it a report of words (``read aloud``, ``read in part``)."""


def passive_agent_at(frame: Frame, k: int) -> bool:
    """Whether the passive reporting verb at item k (``was told``, ``were warned``) names its
    speaker after ``by``: ``he was told by Fire Chief Ann Porter of "…"``."""
    lowers = frame.lowers
    return (
        lowers[k] in lx.PASSIVE_SPEECH_VERBS
        and k + 2 < len(lowers) and lowers[k + 1] == "by"
        and k + 2 not in frame.quotes and frame.words[k + 2][:1].isalnum()
    )


def names_title_of(frame: Frame, k: int) -> bool:
    """Whether item k, a word that may be a verb, is a noun naming what the title after it
    is of (``fire chief``, ``state senator``): uninflected, right before a title, with no
    subject or ``to`` before it (``they state``, ``to fire chief executive X``: verbs)."""
    low, lowers = frame.lowers[k], frame.lowers
    previous = lowers[k - 1] if k > 0 else ""
    return (
        k + 1 < len(lowers) and (lowers[k + 1] in lx.TITLES or lowers[k + 1] in lx.ROLE_HEADS)
        and not low.endswith(("s", "ed", "ing")) and lx.SPEECH_VERBS.get(low, low) == low
        and not (previous == "to" or previous in lx.PRONOUNS or previous in lx.AUXILIARIES)
    )


def _verb_after_aside(frame: Frame, k: int) -> bool:
    """Whether the aside that item k opens closes with a comma before a reporting verb (a few
    auxiliaries or adverbs between): ``asked about it, had said``."""
    words, lowers = frame.words, frame.lowers
    for j in range(k + 2, min(len(frame.words) - 1, k + 25)):
        if j in frame.quotes or words[j] in (".", ";", "?", "!"):
            return False
        if words[j] == ",":
            return any(lowers[x] in lx.SPEECH_VERBS
                       for x in range(j + 1, min(len(frame.words), j + 4)))
    return False


def _quotation_follows(frame: Frame, k: int) -> bool:
    """Whether item k, or the item after a comma or colon at k, is a quotation."""
    if k < len(frame.words) and frame.words[k] in (",", ":"):
        k += 1
    return k in frame.quotes


def _name_after_preposition(frame: Frame, k: int) -> bool:
    """Whether item k ends a name that follows a preposition (``in the Harbour Herald
    comments``: the name is not a subject, so ``comments`` is a noun)."""
    run_index = frame.name_run_at[k]
    if run_index is None:
        return False
    start = frame.name_runs[run_index].start - frame.first
    return start > 0 and frame.lowers[start - 1] in lx.BEFORE_OBJECT_NAMES


def verb_after(frame: Frame, k: int, end: int) -> int | None:
    """Position of a reporting verb right after a subject that ends before item k (an
    appositive in commas or brackets, auxiliaries and adverbs may come between), or None.

    Looks no further than item ``end``."""
    words, lowers = frame.words, frame.lowers
    j = k
    if j < end and words[j] in (",", "("):
        close = "," if words[j] == "," else ")"
        x = j + 1
        while x < end and x < j + 35 and x not in frame.quotes and words[x] != close:
            if words[x] in (".", ";"):
                return None
            x += 1
        if x < end and words[x] == close:
            j = x + 1
            if close == "," and j + 1 < end and is_age(words[j]) and words[j + 1] == ",":
                j += 2  # the captain, Curtis Lowell, 57, said
        else:
            return None
    while j < end and (
        lowers[j] in lx.AUXILIARIES
        or (lowers[j].endswith(lx.ADVERB_SUFFIX) and len(lowers[j]) > 4)
    ):
        j += 1
    if j < end and is_cue(frame, j):
        return j
    return None
