"""Quoted words that are nobody's: terms, names, labels and titles in quote marks.

A quotation gives somebody's words; the same marks also set off a word or a phrase that is
mentioned rather than said (``the term “natural born citizen”``, ``a process called
“exfiltration”``, ``the “Reproductive Health Care Reform Bill 2019”``). Such an item is told
from its shape and the words around it, never from what it says:

- a noun that names words or a work stands before it: ``the term``, ``the phrase``, ``the
  slogan``, ``the sign``, ``the nickname``, ``the film``, ``the anthem`` (``the words`` are
  left alone: they are often somebody's);
- a naming construction introduces it: ``so-called``, ``known as``, ``referred to as``,
  ``was called``, ``is dubbed``, ``a plan called``, ``what the scientists describe as``
  (``called it "…"`` and ``what he called "…"`` quote, and stay);
- it is a title: in title case (digits allowed), not a sentence, after a determiner (and an
  adjective) or a comma (``the “Clean Harbours Act 2024”``, ``a bipartisan “Grand
  Bargain”``, ``his event, “Save the Pier Day”,``);
- it is a title in title case before a word such as ``star`` or ``host`` (``“Harbour
  Lights” star Jane Roe``), or after ``on`` or ``told`` (``told “Fox and Friends,”``,
  ``appear on “The View”``), or after a name's possessive (``Radio Kerrow’s “Harbour &
  Town”``), or before ``by`` (``“A Long War,” by Jane Roe``);
- it is a single word used as a noun, between an article and ``of`` (``the “breadbasket”
  of``);
- it opens a definition: ``A “tidal prism” is …``;
- it is a charge (``one count of “wire fraud”``, ``pleaded guilty to “conspiracy …”``) or
  the name of a rank or category (``from the “high” to the “critical” category``, ``raise
  the alert level to “Warning”``).
"""

from __future__ import annotations

import re

from newsreader.news import lexicon as lx
from newsreader.news.attribution.frames import Document


def remember_term(document: Document, quote: int) -> None:
    """Record that the quotation ``quote`` is a term or a title (one ``is_scare`` found, or a
    title found otherwise), for the later quotations of its words."""
    document.terms[quote] = True
    span = document.quotes[quote]
    document.term_texts.add(document.text[span.start : span.end].strip())


def is_scare(document: Document, quote: int) -> bool:
    """Whether the quotation ``quote`` is a term, a name, a label or a title (see the module's
    docstring): nobody's words. Each one found is remembered on the document (its index and
    its words), so a later quotation of the same words, or a gloss after it, is one too."""
    found = document.terms.get(quote)
    if found is None:
        found = document.terms[quote] = _is_scare(document, quote)
        if found:
            remember_term(document, quote)
    return found


def _is_scare(document: Document, quote: int) -> bool:
    """``is_scare`` worked out."""
    token = document.quote_token(quote)
    if token is None:
        return False
    span = document.quotes[quote]
    inner = document.text[span.start : span.end].strip()
    words = inner.split(None, lx.TITLE_MAX_WORDS + 1)  # (as many as any test below counts)
    if not words:
        return False
    lowers, starts = document.tokens.lowers, document.tokens.starts
    paragraph = document.paragraphs[document.paragraph_at(span.open_start)][0]
    # the words before it in its paragraph (a title ending in "series" names nothing after it)
    before = [lowers[i] for i in range(max(0, token - 9), token) if starts[i] >= paragraph]
    after = lowers[token + 1] if token + 1 < len(lowers) else ""
    previous = before[-1] if before else ""
    if previous == "," and len(before) >= 2 and before[-2] in lx.NAMING_NOUNS:
        return True  # gave the vehicles a nickname, "the Turtle,"; the brigade's motto, "…"
    if (previous in lx.NAMING_NOUNS or (
        previous in lx.TITLE_CUES and _capitalized(words)
    )) and not (  # (a title is capitalized: the program "hides inside …" is no title)
        not _title_case(words) and any(w in _JUDGING_VERBS for w in before[-4:-1])
    ):
        return True  # the term "…", the film "…" (but called the film "patient, funny …")
    if _named(before) or _gapped_naming(before, _title_case(words)):
        return True  # known as "…", a process called "…", a plan the agency calls "…"
    sentence_like = inner[-1:] in ".?!,;…"
    if previous in lx.NAMING_PARTICIPLES and not sentence_like and _title_case(words):
        return True  # a strand for students, branded "Northwater After Dark"
    if previous in _SIGN_VERBS and len(before) >= 2 and (
        before[-2] in lx.SIGN_WORDS or (before[-2] in ("that", "which") and len(before) >= 3
                                        and before[-3] in lx.SIGN_WORDS)
    ):
        return True  # banners reading "Rivers, not roads", a sign that said "Closed"
    if previous in ("and", "or") and token >= 2 and _glossed(document, token - 2):
        return True  # banners reading "…" and "…": the second is the first's kind
    if 2 <= len(words) <= lx.TITLE_MAX_WORDS and not sentence_like and _title_case(words) and (
        words[0] not in ("I", "I'm", "I’m") and (not before or previous in _SENTENCE_ENDS)
        and after in lx.BE_FORMS
    ):
        return True  # "Salt in the Wound" was louder than the record: a title as a subject
    if _title_case(words) and not sentence_like and inner in document.term_texts:
        return True  # would screen "The Long Shore": a title the article set off before (the
        # quotations are decided in text order)
    if len(words) <= 6 and inner[-1:] not in ".?!…" and _title_case(words) and (
        words[0] not in ("I", "I'm", "I’m") and _after_plain_noun(before)
        and document.tokens.words[token - 1].islower()
    ):
        return True  # the fishing vessel "Lorelei," · the running app "Pacer"
    if _called_by_name(before, words, inner):
        return True  # Locals call the ridge "the Kettle" · his medics call him "Doc,"
    if previous == "(" and token >= 2 and _glossed(document, token - 2):
        return True  # known to workers as "La Garganta" ("the Throat")
    if not sentence_like and len(words) <= lx.TITLE_MAX_WORDS and (
        previous in lx.DETERMINERS or previous == "," or (
            len(before) >= 2 and before[-2] in lx.DETERMINERS and len(words) >= 2
            and document.tokens.words[token - 1].isalpha()
            and document.tokens.words[token - 1].islower()
        )
    ) and _title_case(words):
        return True  # the "Clean Harbours Act 2024", a bipartisan "Grand Bargain"
    owner = document.tokens.words[token - 1] if token > 0 else ""
    if 2 <= len(words) <= lx.TITLE_MAX_WORDS and _title_case(words) and (
        previous in lx.TITLE_MEDIA_BEFORE or after in lx.TITLE_FOLLOWERS
        or (inner.endswith(",") and after == "by")
        or (owner[:1].isupper() and owner.endswith(("’s", "'s")))
    ):
        return True  # told "Fox and Friends," · "Harbour Lights" star · CNN’s "State of the
        # Union" · "A Long War," by
    if len(words) == 1 and previous in lx.ARTICLES and after == "of":
        return True  # the "breadbasket" of
    if not sentence_like and words[0][:1].islower() and (
        tuple(before[-2:]) in _CHARGE_BEFORE or tuple(before[-3:]) in _CHARGE_BEFORE
    ):
        return True  # one count of "federal program bribery", pleaded guilty to "conspiracy …"
    if len(words) <= 3 and not sentence_like and previous in lx.ARTICLES and (
        after in _RANK_NOUNS or (
            after in ("to", "and", "or") and token + 4 < len(lowers)
            and lowers[token + 2] in lx.ARTICLES and document.tokens.words[token + 3] == ""
            and lowers[token + 4] in _RANK_NOUNS)
    ):
        return True  # from the "high" to the "critical" category
    if len(words) <= 3 and not sentence_like and tuple(before[-2:]) in _RANK_BEFORE:
        return True  # would raise the alert level to "Warning"
    return (
        len(words) <= 3 and not sentence_like and previous in lx.ARTICLES
        and (len(before) < 2 or before[-2] in _SENTENCE_ENDS) and after in lx.DEFINING_VERBS
    )  # A "tidal prism" is …


_CHARGE_BEFORE = frozenset({
    ("count", "of"), ("counts", "of"), ("charge", "of"), ("charges", "of"), ("guilty", "to"),
    ("charged", "with"), ("convicted", "of"), ("guilty", "of"), ("acquitted", "of"),
    ("indicted", "on"), ("indicted", "for"), ("sentenced", "for"), ("plead", "guilty", "to"),
    ("pleaded", "guilty", "to"), ("pled", "guilty", "to"), ("pleads", "guilty", "to"),
})
"""Words before a charge's name in quote marks (``one count of "wire fraud"``): a term."""
_RANK_NOUNS = frozenset({"category", "level", "rating", "status", "designation", "tier",
                         "grade", "classification", "list", "alert"})
"""Nouns after a quoted rank or category (``the "critical" category``): its name, a term."""
_RANK_BEFORE = frozenset({("level", "to"), ("status", "to"), ("rating", "to"),
                          ("category", "to"), ("level", "of"), ("rating", "of")})
"""Words before a rank's name (``raise the alert level to "Warning"``)."""


def headline_name(document: Document, quote: int) -> bool:
    """Whether a headline's quotation is a name or a term, not words: after a naming
    participle (``New titanosaur named 'wind giant'``), or one or two words in title case
    right before a capitalized word they name (``NASA's 'Lantern' Probe Returns``, ``‘Doc’
    Gray will hand over``)."""
    token = document.quote_token(quote)
    if token is None:
        return False
    span = document.quotes[quote]
    inner = document.text[span.start : span.end].strip()
    words = inner.split(None, 3)
    if not words or inner[-1:] in ".?!,;…":
        return False
    if token > 0 and document.tokens.lowers[token - 1] in lx.NAMING_PARTICIPLES:
        return True
    if len(words) > 2 or not _title_case(words) or not _name_follows(document, token):
        return False
    title = document.paragraphs[document.title] if document.title is not None else (0, 0)
    if not _headline_in_title_case(document.text[title[0] : title[1]]):
        return True
    # every word of the title is capitalized (Rovers Face ‘Last Chance’ Match): a name only
    # if the body writes it so inside a sentence too (NASA’s Lantern spacecraft flew)
    return re.search(rf"[a-z,] {re.escape(inner)}\b", document.text[title[1] :]) is not None


def _headline_in_title_case(title: str) -> bool:
    """Whether every word of a title but the small ones is capitalized."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", title) if w.lower() not in _SMALL]
    return bool(words) and all(w[:1].isupper() for w in words)


_SMALL = lx.word_set("a an the of in on to for and or at by with from as vs via")


def _name_follows(document: Document, token: int) -> bool:
    """Whether a capitalized word that is no reporting verb follows the quotation's token at
    once (``'Lantern' Probe``, ``'Doc' Gray``): the quotation names it."""
    tokens = document.tokens
    k = token + 1
    if k >= len(tokens) or tokens.starts[k] - tokens.ends[token] != 1:
        return False
    word = tokens.words[k]
    return word[:1].isupper() and tokens.lowers[k] not in lx.CUE_WORDS


_SENTENCE_ENDS = frozenset({".", "?", "!", ")", ":"})
_SIGN_VERBS = frozenset({"reading", "read", "reads", "saying", "said", "says"})
_JUDGING_VERBS = frozenset({"called", "calls", "call", "calling", "described", "describes",
                            "describing", "deemed", "labelled", "labeled"})
_NICKNAMING_VERBS = frozenset({"nickname", "nicknames", "nicknamed", "dub", "dubs", "dubbed"})

_NAMING_VERBS = frozenset({
    "call", "calls", "called", "dub", "dubs", "dubbed", "nickname", "nicknames", "nicknamed",
    "term", "terms", "termed"})
_GIVEN_NAME_PARTICIPLES = frozenset({
    "code-named", "codenamed", "dubbed", "nicknamed", "named", "titled", "entitled"})
"""Participles that name the thing before their comma (``the chip, code-named "…"``)."""
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _gapped_naming(before: list[str], titled: bool) -> bool:
    """Whether the words before a quotation end in a naming verb whose object is what a
    relative clause is about, so the quotation is that thing's name (``the reform, which the
    government calls the "…"``, ``a plan the agency calls "Operation Open Road"``), or in a
    naming verb and a reflexive before a name (``a group that called itself "GlassLock"``):
    ``the`` outside the marks, or the words in title case. ``which he called "an evil act"``,
    ``which Trump called a "disaster"``, ``what he called "…"`` and ``called himself "very
    pro-choice"`` quote."""
    article = bool(before) and before[-1] == "the"  # (which Trump called a "disaster": his)
    words = before[:-1] if before and before[-1] in lx.ARTICLES else before
    if len(words) >= 2 and words[-1] in _REFLEXIVES and words[-2] in _NAMING_VERBS:
        return titled
    if len(words) < 3 or words[-1] not in _NAMING_VERBS or not (article or titled):
        return False
    v = len(words) - 1
    window = words[max(0, v - 4) : v]
    if "what" in window or any(not w[:1].isalpha() for w in window[-2:]):
        return False
    if any(w in ("which", "that") for w in window[-3:]):
        return True  # which the government calls
    subject, before_subject = words[v - 1], words[v - 2]
    if subject in lx.SUBJECT_PRONOUNS:
        return _plain_noun(before_subject)  # a rule he calls
    return v >= 3 and before_subject in lx.ARTICLES and _plain_noun(words[v - 3])  # a plan
    # the agency calls


def _after_plain_noun(before: list[str]) -> bool:
    """Whether the words before a quotation end in a plain lowercase noun after an article or
    a possessive (``the fishing vessel``, ``its next processor``): the thing the quotation
    names, not a word for what is said."""
    if len(before) < 2 or not _plain_noun(before[-1]) or before[-1] in lx.SPEECH_NOUNS or (
        before[-1] in lx.DOCUMENT_HEADS or before[-1].endswith(("ed", "ing", "s"))
    ):
        return False
    return any(w in lx.ARTICLES or w in _POSSESSIVES for w in before[-4:-1])


_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _called_by_name(before: list[str], words: list[str], inner: str) -> bool:
    """Whether a naming verb and its object stand before a quotation that is a name: ``the``
    and words in title case (``Locals call the ridge "the Kettle"``), or one capitalized word
    (``his medics call him "Doc,"``), or after a verb that gives a nickname a few words in
    title case (``nicknamed it "Banks' Boulevard"``). ``called it "the end"`` quotes."""
    if not before or before[-1] in lx.ARTICLES:
        return False
    named = (len(words) >= 2 and words[0] == "the" and _title_case(words[1:])) or (
        len(words) == 1 and inner.rstrip(",.")[:1].isupper() and inner.rstrip(",.").isalpha()
        and inner.rstrip(",.") != "I"
    )
    nickname = 2 <= len(words) <= 4 and _title_case(words) and inner[-1:] not in ".?!,"
    if not named and not nickname:
        return False
    for k in range(len(before) - 2, max(-1, len(before) - 9), -1):
        if before[k] in _NAMING_VERBS or before[k] == "calling":
            # (a nickname in title case only after a verb that gives one: nicknamed it
            # "Banks' Boulevard"; not what he called the Soviet "Evil Empire")
            return all(w[:1].isalpha() for w in before[k + 1 :]) and (
                named or before[k] in _NICKNAMING_VERBS)
    return False


def _glossed(document: Document, token: int) -> bool:
    """Whether the token is a quotation already found to be a term or a title (what a gloss
    in brackets after it translates)."""
    quote = document.token_quote(token)
    return quote is not None and document.terms.get(quote, False)


def _plain_noun(low: str) -> bool:
    """Whether a lowercase word may be a noun a relative clause is about: no small word, no
    verb of speech, no word in -ly."""
    return low.isalpha() and low not in lx.FUNCTION_WORDS and low not in lx.SPEECH_VERBS and (
        not low.endswith("ly"))


def _named(before: list[str]) -> bool:
    """Whether the words before a quotation (lowercased, the last one nearest) introduce a name
    or a term: ``so-called``, ``known as``, ``was called the``, ``a plan called``, ``what the
    scientists describe as``."""
    words = before[:-1] if before and before[-1] in lx.ARTICLES else before
    if not words:
        return False
    last = words[-1]
    if last == "so-called":
        return True
    if last == "as" and len(words) >= 2:
        if words[-2] in ("known", "referred") or "known" in words[-7:-2] and all(
            w[:1].isalpha() or w in ("’s", "'s")
            for w in words[words.index("known", max(0, len(words) - 7)) :]
        ):
            return True  # known as, known locally as, known to the hospice's volunteers as
        # what the scientists describe as "…": a term a field uses (but what she described
        # as "…", what the indictment describes as "…": the words of one)
        return lx.SPEECH_VERBS.get(words[-2]) == "describe" and "what" in words[:-2] and (
            len(words) >= 3 and words[-3].endswith("s") and words[-3].isalpha()
            and words[-3] not in lx.PRONOUNS and not words[-3].endswith("ss"))
    if last in lx.NAMING_PARTICIPLES and len(words) >= 2:
        j = len(words) - 2
        while j > 0 and words[j] not in lx.BE_FORMS and (
            words[j] in lx.AUXILIARIES or words[j].endswith(lx.ADVERB_SUFFIX)
        ):
            j -= 1  # was once called, is often dubbed
        if words[j] in lx.BE_FORMS:
            return True  # was called "…"
        subject = words[-2]
        if subject == "," and last in _GIVEN_NAME_PARTICIPLES:
            return True  # its first chip, code-named "Kestrel," (an aside that names it)
        # a noun with its article before: a process called "…" (not: what he called "…")
        return any(w in lx.ARTICLES for w in words[-4:-2]) and subject.isalpha() and (
            subject not in lx.PRONOUNS and subject not in lx.AUXILIARIES and "what" not in words
        )
    return False


def _capitalized(words: list[str]) -> bool:
    """Whether the first word, or the first after an article, opens with a capital or a
    digit (``Harbour Mornings``, ``the Wall``, ``2024``), as a title or a name does."""
    first = words[1] if len(words) > 1 and words[0].lower() in ("the", "a", "an") else words[0]
    return first[:1].isupper() or first[:1].isdigit()


def _title_case(words: list[str]) -> bool:
    """Whether every word is capitalized (a digit, ``&``, or a small word such as ``of``
    inside, allowed), the first one a capital."""
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in lx.TITLE_SMALL_WORDS or w == "&"
        for w in words
    )


def uncued_term(document: Document, quote: int) -> bool:
    """Whether a quotation that no reporting verb vouches for (the speaker would only be the
    subject of its sentence) reads as a term rather than words said: one of a list of three
    or more quoted items (``the rules “no phones”, “no guests”, “no music”``), or a fragment
    right after a preposition that takes a noun (``arrested for “reckless loitering”``)."""
    token = document.quote_token(quote)
    if token is None:
        return False
    tokens = document.tokens
    lowers, words = tokens.lowers, tokens.words
    if _listed(document, token):
        return True
    span = document.quotes[quote]
    first = document.text[span.start : span.start + 1]
    return token > 0 and first.islower() and lowers[token - 1] in lx.TERM_PREPOSITIONS and (
        words[token - 1] != ""
    )


def _listed(document: Document, token: int) -> bool:
    """Whether the quotation at a token is one of three or more quoted items in a row, only
    commas, ``and`` or ``or`` between them."""
    lowers, words = document.tokens.lowers, document.tokens.words
    count = len(words)

    def is_quotation(i: int) -> bool:
        return 0 <= i < count and words[i] == "" and document.token_quote(i) is not None

    run = 1
    for step in (-1, 1):
        i = token
        while True:
            j = i + step
            while 0 <= j < count and lowers[j] in (",", "and", "or") and abs(j - i) <= 3:
                j += step
            if j != i + step and is_quotation(j):
                run += 1
                i = j
                if run >= 3:
                    return True
            else:
                break
    return False
