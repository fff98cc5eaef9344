"""Names in news text: finding them, telling persons from organizations and places, and
knowing which mentions name the same one (``Henry Lucero`` ... ``Lucero``).

Names are runs of capitalized words (with inner ``of``, ``and``, ``for``, ``the`` and name
particles), outside quotations. A run is split into a title (``Acting Homeland Security
Secretary``) and a name (``Chad Wolf``) at its last title word, and into two names at ``and``
when both sides are clearly persons. The document index (``frames``) finds the runs once per
article (``find_name_runs``); the ``Registry`` gathers their names into entities, which
``coref`` and the pipeline resolve sources to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from typing import NamedTuple

from newsreader.news import lexicon as lx
from newsreader.news.sentences import Tokens


@dataclass(slots=True)
class Name:
    """A name as written: a person, organization or place, with the title in front of it."""

    start: int
    end: int
    token_start: int
    token_end: int
    """The tokens of the name, [token_start, token_end)."""
    text: str
    kind: str
    title: str | None = None
    gender: str | None = None
    entity: int = -1
    affiliation: str | None = None
    """The organization or place written after the name (``Jane Roe of the Harbour Trust``)."""


@dataclass
class Entity:
    """One person, organization or place, however often and in whatever form it is named."""

    name: str
    kind: str
    gender: str | None = None
    forms: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    last_seen: int = 0
    count: int = 0

    @property
    def first(self) -> str | None:
        """First word of a person's name of two or more words."""
        words = self.name.split()
        return words[0].lower() if len(words) > 1 else None


def _surname(words: Sequence[str]) -> str:
    """The last word of a name that is not a suffix (Jr., III), lowercased."""
    ws = [w for w in words if w.lower() not in lx.NAME_SUFFIXES]
    return (ws or list(words))[-1].lower()


@lru_cache(maxsize=16384)
def _surname_of(name: str) -> str:
    """``_surname`` of a name's words, given the name (remembered per name)."""
    return _surname(name.split())


_POSSESSIVE_LAST = ("s", "’", "'")
"""The last characters of the POSSESSIVE_ENDINGS."""


def strip_possessive(word: str) -> str:
    """``ICE’s`` -> ``ICE``."""
    if word[-1:] not in _POSSESSIVE_LAST:
        return word
    for p in lx.POSSESSIVE_ENDINGS:
        if word.endswith(p) and len(word) > len(p):
            return word[: -len(p)]
    return word


@lru_cache(maxsize=65536)
def bare_lower(word: str) -> str:
    """``strip_possessive(word).lower()``: ``ICE’s`` -> ``ice`` (remembered per word)."""
    return strip_possessive(word).lower()


def is_cap(word: str) -> bool:
    """Whether a token is a capitalized word (not a lone mark)."""
    return word[:1].isupper() and (len(word) > 1 or word.isalpha())


_INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial written as one token (``B.``)."""

_PARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu|d)[-'’][A-Z]")
"""A surname written with a lowercase particle (``el-Sisi``, ``al-Assad``, ``d’Estaing``)."""


def is_particle_name(word: str) -> bool:
    """Whether a word is a surname with a lowercase particle: ``el-Sisi``, ``al-Assad``."""
    return _PARTICLE_NAME.match(word) is not None


def is_acronym(word: str) -> bool:
    """ICE, FBI, NYPD (but not I or roman numerals II, III)."""
    w = strip_possessive(word).replace(".", "")
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha() and w not in {"II", "III", "IV"}


def known_name_word(word: str) -> bool:
    """A word known as (part of) a name by itself: a first name, a title, a place, ICE."""
    low = bare_lower(word)
    return (
        low in lx.MALE_NAMES
        or low in lx.FEMALE_NAMES
        or low in lx.HONORIFICS
        or low in lx.ROLE_HEADS
        or low in lx.PLACE_NAMES
        or low in lx.MEDIA_NAMES
        or is_acronym(word)
    )


FORCING_CAPITAL = frozenset(".!?:;\"“”‘’'()[]—–-\n")
"""Marks after which a word is capitalized whatever it is (the end of a sentence, a quote
mark, a bracket, a dash)."""


def capital_forced(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Whether every mention (start, end) in ``text`` is capitalized where a capital is forced
    (a sentence's first word, after a quote mark), so the capital says nothing."""
    for start, _ in mentions:
        before = text[max(0, start - 4) : start].rstrip()
        if before and before[-1] not in FORCING_CAPITAL:
            return False
    return True


def written_lowercase(low: str, lowercase: AbstractSet[str]) -> bool:
    """Whether a word, or its plural or singular, is among the words a text writes in
    lowercase (``Overdose`` beside ``overdoses``)."""
    return low in lowercase or low + "s" in lowercase or (
        low.endswith("s") and low[:-1] in lowercase
    )


def first_name_gender(word: str) -> str | None:
    """Gender of a first name by the lexicon, or None."""
    w = word.lower()
    if w in lx.MALE_NAMES and w not in lx.FEMALE_NAMES:
        return "m"
    if w in lx.FEMALE_NAMES and w not in lx.MALE_NAMES:
        return "f"
    return None


_ROMANIZED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
"""A given name of two syllables joined by a hyphen, as Korean and Chinese names are
romanized (``Jun-ho``, ``Seo-yeon``, ``Xiao-ming``): no place's word has that shape."""


def classify(words: Sequence[str]) -> str:
    """ "organization", "place" or "person" for the words of a name."""
    lowers = list(map(bare_lower, words))
    if " ".join(lowers) in lx.PLACE_NAMES:
        return "place"
    if not lx.ORG_WORDS.isdisjoint(lowers) or "&" in lowers:
        if 2 <= len(lowers) <= 4 and lowers[-1] in lx.ORG_SURNAMES and (
            lowers[0] in lx.MALE_NAMES or lowers[0] in lx.FEMALE_NAMES
        ) and lx.ORG_WORDS.isdisjoint(lowers[:-1]) and "&" not in lowers:
            return "person"  # Ellen Church, Megan Fox, Gerald Wayne Fox
        return "organization"
    if len(words) == 1 and is_acronym(words[0]):
        return "organization"
    if len(lowers) == 1 and len(lowers[0]) > 7 and lowers[0].endswith("shire"):
        return "place"  # Northamptonshire, Aberdeenshire (a county of Britain)
    if len(words) >= 2 and lowers[-1] in lx.PLACE_NAMES and lowers[0] in lx.PLACE_NAMES:
        return "place"
    if len(words) >= 2 and lowers[-1] in lx.PLACE_HEADS and not (
        lowers[-1] in lx.SURNAME_PLACE_HEADS and (
            lowers[0] in lx.FIRST_NAMES or _ROMANIZED_GIVEN.fullmatch(words[0])
        )
    ):
        return "place"  # Marlow County, Jackson Township (not Mike Parish, Jun-ho Park)
    if len(words) == 2 and lowers[0] in lx.PLACE_PREFIXES and lowers[1] not in lx.FIRST_NAMES:
        return "place"  # Port Anselm, Fort Collins
    if len(words) >= 2 and lowers[0] in lx.STORM_WORDS:
        return "place"  # Hurricane Rita, Typhoon Haiyan: no one a he or she means
    if "and" in lowers:  # Cyprus and Israel
        k = lowers.index("and")
        if classify(words[:k]) == "place" or classify(words[k + 1 :]) == "place":
            return "place"
    return "person"


def person_like(words: Sequence[str]) -> bool:
    """Clearly a person: a known first name or a title/honorific in front."""
    if not words:
        return False
    low = words[0].lower()
    return (
        low in lx.MALE_NAMES
        or low in lx.FEMALE_NAMES
        or low in lx.HONORIFICS
        or low in lx.ROLE_HEADS
        or any(w.lower() in lx.ROLE_HEADS for w in words[:-1])
    )


def split_title(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """(title words, name words): ``Acting Homeland Security Secretary Chad Wolf``."""
    k = -1
    for i, w in enumerate(words[:-1]):
        lw = w.lower()
        if (lw in lx.NAME_TITLE_WORDS or lw in lx.HONORIFICS or _hyphenated_title(lw) or (
            i == 0 and lw in lx.PERSON_DESCRIPTION_HEADS  # Survivor Rini, Passenger Agnieszka
        )) and (
            lw not in lx.NOT_TITLE_ENDS
        ) and (
            i == 0 or not _given_name_before(words[i - 1]) or (
                i >= 2 and words[i - 2].lower() in _SAINTS_PLACES and i + 2 < len(words)
                and words[i + 1].lower() in lx.FIRST_NAMES)  # Santa Veronica Mayor Josefina
        ) and not (i == 0 and len(words) == 2 and lw in lx.FIRST_NAMES):
            # (Peter T. King of New York: King is his surname; Earl Dunphy: a first name)
            k = i
    if k < 0:
        return [], list(words)
    j = k + 1
    if [w.lower() for w in words[j : j + 2]] == ["in", "charge"] and j + 2 < len(words):
        j += 2  # Special Agent in Charge Mark Dunn
    elif j + 2 < len(words) and words[j].lower() in _ORDINALS and words[j + 1].lower() == "class":
        j += 2  # Petty Officer 2nd Class Tyler Brown
    elif j < len(words) - 1 and words[j].lower() in ("of", "for"):
        # Secretary of State John Kerry, Minister for Health Ann Roe: the title runs to a
        # first name, or keeps one word
        j += 2
        while j < len(words) - 1 and first_name_gender(words[j]) is None and len(words) - j > 2:
            j += 1
        if j < len(words) and (
            words[j - 1].lower() in ("and", "the", "of", "for") or words[j].lower() == "and"
        ):
            # Minister for Disaster Management and Rural Works, Minister for the
            # Environment, Minister of State for Foreign Affairs: what would be the name is
            # the rest of the office
            return list(words), []
    while j < len(words) - 2 and (
        words[j].lower() in lx.TITLES or words[j].lower() in lx.PERSON_HEADS
    ) and first_name_gender(words[j]) is None:
        j += 1  # Chief Executive Ann Moore: the title's next words
    if j >= len(words):
        return list(words), []
    return list(words[:j]), list(words[j:])


_ORDINALS = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})
"""Ordinals of a rank's class (``Petty Officer 2nd Class``, ``Private First Class``)."""


def _hyphenated_title(low: str) -> bool:
    """Whether a hyphenated word joins jobs (``singer-songwriter``, ``actor-director``)."""
    parts = low.split("-")
    return len(parts) > 1 and all(part.isalpha() for part in parts) and any(
        part in lx.NAME_TITLE_WORDS for part in parts)


def is_age(word: str) -> bool:
    """Whether a token is a person's age (``45`` in ``Ruiz, 45,``): one to three digits."""
    return word.isdigit() and len(word) <= 3


def is_year_old(low: str) -> bool:
    """Whether a word is an age written before a name (``64-year-old``)."""
    number, _, rest = low.partition("-")
    return number.isdigit() and rest in ("year-old", "years-old")


_POSTNOMINAL_SHAPE = re.compile(r"(?=(?:[a-z]*[A-Z]){3})[A-Z][A-Za-z]{2,9}")
"""A word shaped like letters after a name (``FAusIMM``, ``FRCS``, ``FRSE``): three or more
capitals in a short word (``McDonald`` has two)."""


_SAINTS_PLACES = lx.PLACE_PREFIXES | {"santa", "san", "santo", "são", "saint", "st", "st.",
                                      "sainte", "ste"}
"""First words of places named for a saint or a person (``Santa Veronica``, ``Port Alba``),
whose given-name word before a title is no first name of the person after it."""


def _given_name_before(word: str) -> bool:
    """Whether a word before a title word makes that word a surname: a first name the lexicon
    knows or an initial (``Peter T. King``, ``Martin Luther King``)."""
    low = word.lower()
    return (len(word) == 2 and word[1] == "." and word[0].isupper()) or (
        low in lx.FIRST_NAMES and low not in lx.PLACE_NAMES)  # (Virginia Gov. Jo Roe)


def _is_unknown_given_name(
    words: Sequence[str], lowers: Sequence[str], i: int, count: int
) -> bool:
    """Whether the capitalized word at token i reads as a given name the lexicon does not
    know before the title's word after it (``Alasdair King``): a plain word, no place's,
    organization's or title's, after no article (``the Lion King``) and with no capitalized
    word after the title's (``Leeds Mayor Jo Roe``: a title before a name)."""
    low = lowers[i]
    if not words[i].isalpha() or _word_kind(words[i])[0] != _PLAIN or (
        low in lx.PLACE_NAMES or low in lx.ORG_WORDS or low in lx.TITLES or low in lx.DEMONYMS
    ):
        return False
    if i > 0 and (lowers[i - 1] in lx.DETERMINERS or (
        words[i - 1][:1].isupper() and lowers[i - 1].rstrip(".") not in _TITLE_WORDS
    )):
        return False  # (Public Relations Officer: a title's words; but Chief Alasdair King)
    return i + 2 >= count or not words[i + 2][:1].isupper()


_FIRST = slice(0, 1)
"""A word's first character (none of an empty word)."""
_NEVER, _REFUSED, _PLAIN, _OPENER, _ING_LY = range(5)
_WORD_KINDS: dict[str, tuple[int, str]] = {}
_WORD_KINDS_LIMIT = 100_000
"""The most words ``_word_kind`` remembers (it starts afresh when full)."""


def _word_kind(word: str) -> tuple[int, str]:
    """What a word is as a candidate name word, whatever its place, and its lowercase form
    without a possessive ending: _NEVER (not capitalized; he; a headline's verb; WASHINGTON,
    a dateline or a heading in capitals), _REFUSED (a word the lexicon refuses as a name,
    which its place may still make one: May, Day), _OPENER (a word that only a sentence's
    start capitalizes: However, Said, Yesterday), _ING_LY (Reading, Finally: the same, unless
    the article capitalizes it elsewhere) or _PLAIN. Remembered, as the same words recur."""
    known = _WORD_KINDS.get(word)
    if known is None:
        if len(_WORD_KINDS) >= _WORD_KINDS_LIMIT:
            _WORD_KINDS.clear()
        known = _WORD_KINDS[word] = _classify_word(word)
    return known


def _classify_word(word: str) -> tuple[int, str]:
    """``_word_kind`` worked out."""
    low = bare_lower(word)
    if not is_cap(word):  # quotations are single empty tokens: never capitalized
        return _NEVER, low
    if low in lx.NEVER_NAME_WORDS:
        return _NEVER, low  # he; Union Calls Strike: a headline's verb ends the name
    if low in lx.NOT_NAMES:
        return _REFUSED, low
    if len(word) > 6 and word.isupper():
        return _NEVER, low  # WASHINGTON — a dateline, or a heading in capitals
    if low in lx.SENTENCE_OPENERS or low in lx.SPEECH_VERBS or low in lx.TIME_ADVERBS:
        return _OPENER, low
    if low.endswith(("ing", "ly", "ists", "ians")) and len(low) > 5:
        return _ING_LY, low  # (and plural nouns of people: Seismologists, Physicians)
    return _PLAIN, low


class NameFinder:
    """Finds the capitalized names in a tokenized text."""

    def __init__(self, text: str, tokens: Tokens, sentence_starts: set[int],
                 capitalized_inside: frozenset[str] | set[str] = frozenset(),
                 surnames: frozenset[str] | set[str] = frozenset()):
        self.text = text
        self.tokens = tokens
        self.sentence_starts = sentence_starts
        """The tokens that begin a sentence."""
        self.capitalized_inside = capitalized_inside
        """Words the article capitalizes where a capital is not forced."""
        self.surnames = surnames
        """Words the lexicon refuses as names that the article writes after a first name
        (``Ellen Day``, ``Dawn French``): surnames in this article."""

    def _name_word(self, i: int) -> bool:
        """Whether token i is a capitalized word that may be part of a name."""
        words = self.tokens.words
        kind, low = _word_kind(words[i])
        if kind == _NEVER:
            return False
        if kind == _REFUSED:
            return (low in lx.NAME_MONTHS and self._month_as_name(i)) or (
                low in self.surnames and self._surname_here(i))
        if kind != _PLAIN and (i in self.sentence_starts or (i > 0 and words[i - 1] in "“\"‘(—")):
            # a capital the sentence or a quote mark may have forced (but "…," Read said,
            # after Ian Read: the surname)
            return low in self.capitalized_inside and (kind == _ING_LY or (
                kind == _OPENER and i + 1 < len(words) and self.tokens.lowers[i + 1] in lx.CUE_WORDS
                and low in lx.SPEECH_VERBS))
        return True

    def _surname_here(self, i: int) -> bool:
        """Whether a word of ``surnames`` at token i is the surname, not the word (``in
        English``, ``Day 3``, ``on Christian holidays``)."""
        words, lowers = self.tokens.words, self.tokens.lowers
        if i + 1 < len(words) and words[i + 1][:1].isdigit():
            return False
        return i == 0 or lowers[i - 1] not in lx.NOT_BEFORE_SURNAMES

    def _month_as_name(self, i: int) -> bool:
        """Whether the month word at token i (May, June, April, August) is a name here: after
        a capitalized word (``Theresa May``), before a capitalized word (``April Ryan``),
        before a reporting verb or an auxiliary (``May said``) or after one at the end of the
        clause (``said May.``), never before a number (``May 5``)."""
        words, lowers = self.tokens.words, self.tokens.lowers
        after = words[i + 1] if i + 1 < len(words) else ""
        if after[:1].isdigit():
            return False
        before = words[i - 1] if i > 0 and i not in self.sentence_starts else ""
        if is_cap(before) and self._joined(i) and lowers[i - 1] not in lx.NOT_NAMES:
            return True
        if is_cap(after) and self._joined(i + 1) and lowers[i + 1] not in lx.NOT_NAMES:
            return True
        low_after = lowers[i + 1] if i + 1 < len(words) else ""
        if low_after in lx.CUE_WORDS or low_after in lx.AUXILIARIES:
            return lowers[i - 1] not in lx.ROLE_PREPOSITIONS if i > 0 else True
        return i > 0 and lowers[i - 1] in lx.SPEECH_VERBS and after in (".", ",", ";", "")

    def _joined(self, i: int) -> bool:
        """Whether token i follows token i-1 on the same line with only spaces between."""
        gap = self.text[self.tokens.ends[i - 1] : self.tokens.starts[i]]
        return len(gap) <= 2 and "\n" not in gap

    def runs(self, capitalized: Sequence[int]) -> list[tuple[int, int]]:
        """Token ranges [start, end) of capitalized runs, given the capitalized tokens."""
        words = self.tokens.words
        lowers = self.tokens.lowers
        # a plain word is a name word wherever it stands: only the others need their place
        kinds = _WORD_KINDS
        name_words = {
            i for i in capitalized
            if (kinds.get(words[i]) or _word_kind(words[i]))[0] == _PLAIN or self._name_word(i)
        }
        self._refused_before_organization(capitalized, name_words)
        runs = []
        covered = -1  # the end of the last run
        for start in sorted(name_words):
            if start < covered:
                continue
            end = start + 1
            while True:
                if words[end - 1][-2:] in ("’s", "'s") and not self._office_of(end):
                    break
                if words[end - 1][-1:] in ("’", "'") and (
                    end >= len(words) or lowers[end] not in _AFTER_PLURAL_POSSESSIVE
                ):
                    break  # Reuters’ Luciana Lopez: the owner ends; Growers’ Cooperative
                if end in name_words and end not in self.sentence_starts and self._joined(end):
                    end += 1
                    continue
                if (
                    end + 1 in name_words and lowers[end + 1] in lx.ORG_WORDS
                    and is_cap(words[end]) and _word_kind(words[end])[0] == _REFUSED
                    and self._joined(end) and self._joined(end + 1)
                ):
                    end += 2  # Social Democratic Union: a refused word inside a name
                    continue
                if end < len(words) and lowers[end][:1] in lx.PARTICLE_INITIALS and (
                    is_particle_name(words[end]) and self._joined(end)
                ):
                    end += 1  # Abdel Fattah el-Sisi
                    continue
                if (
                    end + 1 in name_words
                    and lowers[end] in _ORDINALS and lowers[end + 1] == "class"
                    and lowers[end - 1].rstrip(".") in lx.NAME_TITLE_WORDS
                    and self._joined(end) and self._joined(end + 1)
                ):
                    end += 2  # Petty Officer 2nd Class Tyler Brown, Sgt. 1st Class
                    continue
                if (
                    end + 2 in name_words
                    and lowers[end] in lx.NAME_PARTICLES
                    and lowers[end + 1] in lx.NAME_PARTICLES
                    and self._joined(end)
                    and self._joined(end + 1)
                    and self._joined(end + 2)
                ):
                    end += 3  # Ursula von der Leyen, Oscar de la Hoya
                    continue
                if (
                    end + 2 in name_words
                    and lowers[end + 1] == "the"
                    and ((lowers[end] == "of" and (
                        lowers[end - 1] in lx.ORG_WORDS or lowers[end - 1] in lx.TITLES))
                         or (lowers[end] == "for" and lowers[end - 1] in lx.ORG_WORDS)
                         or (lowers[end] == "on" and lowers[end - 1] in lx.ON_HEADS))
                    and self._joined(end) and self._joined(end + 1) and self._joined(end + 2)
                ):
                    end += 3  # Ministry of the Interior, Council on the Cryosphere, Office for
                    # the Coordination of Humanitarian Affairs
                    continue
                if (
                    end + 1 in name_words
                    and (lowers[end] in lx.NAME_CONNECTORS or (
                        lowers[end] == "on" and lowers[end - 1] in lx.ON_HEADS) or (
                        lowers[end] == "in" and lowers[end + 1] == "charge") or (
                        lowers[end] == "to" and lowers[start] in _ENVOY_HEADS
                        and lowers[end + 1] in lx.PLACE_NAMES))  # Agent in Charge; Delegation
                    # of the European Union to Moldova
                    and self._joined(end)
                    and self._joined(end + 1)
                ):
                    end += 2  # … Commission on International Religious Freedom
                    continue
                break
            runs.append((start, end))
            covered = end
        return runs

    def _office_of(self, k: int) -> bool:
        """Whether the possessive title before token k and the organization's word at k are one
        name (``Chief Minister's Office``, ``the Sheriff's Department``): the office of whoever
        holds the title."""
        words, lowers = self.tokens.words, self.tokens.lowers
        if k >= len(words) or not is_cap(words[k]) or not self._joined(k):
            return False
        title = lowers[k - 1][:-2]
        return (title in lx.TITLES or title in lx.NAME_TITLE_WORDS) and (
            bare_lower(words[k]) in lx.ORG_WORDS)

    def _refused_before_organization(
        self, capitalized: Sequence[int], name_words: set[int]
    ) -> None:
        """Add to ``name_words`` each capitalized word the lexicon refuses as a name (European,
        Democratic, Election) that opens the name of an organization or goes on with one after
        ``of``: right before name words of which one, within four, is an organization's word
        (``the European Union``, ``the Democratic National Committee``, ``Christian Democratic
        Union``), or after an organization's word and ``of`` (``the Association of American
        Freight Carriers``)."""
        words, lowers = self.tokens.words, self.tokens.lowers
        for i in sorted(capitalized, reverse=True):
            if i in name_words or i + 1 not in name_words or not self._joined(i + 1):
                continue
            kind, low = _word_kind(words[i])
            if kind != _REFUSED or low not in lx.ORGANIZATION_OPENERS:
                continue
            if i >= 2 and lowers[i - 1] in ("of", "for") and i - 2 in name_words and (
                bare_lower(words[i - 2]) in lx.ORG_WORDS and self._joined(i) and self._joined(i - 1)
            ):
                name_words.add(i)  # the Association of American Freight Carriers
                continue
            k = i + 1
            while k in name_words and k - i <= 4:
                if bare_lower(words[k]) in lx.ORG_WORDS:
                    name_words.add(i)
                    break
                if lowers[k].endswith(("’s", "'s")) or (
                    k + 1 in name_words and not self._joined(k + 1)
                ):
                    break
                k += 1

    def names(self, start: int, end: int) -> list[Name]:
        """The names in the run of tokens [start, end): usually one, two for ``X and Y``."""
        tokens = self.tokens
        words, ends = tokens.words, tokens.ends
        names = []
        parsed = (parse_word(words[start]) if end - start == 1
                  else parse_run(tuple(words[start:end])))
        for first, stop, text, kind, role, gender, affiliation in parsed:
            last = start + stop - 1
            name_end = ends[last]
            if words[last][-1:] in _POSSESSIVE_LAST:  # the name ends before ’s
                name_end -= len(words[last]) - len(strip_possessive(words[last]))
            names.append(Name(tokens.starts[start + first], name_end, start + first, start + stop,
                              text, kind, role, gender, -1, affiliation))
        return names


def bare_role(role: str | None) -> bool:
    """Whether a role is only words that make none (``the``, ``one of the``): the words
    before an organization's name (``according to the National Weather Office``) are no
    role of it."""
    return bool(role) and all(
        w.strip(",.;:()").lower() in lx.NOT_ROLE_WORDS for w in (role or "").split())


def _plural_of_person_noun(low: str) -> bool:
    """Whether a word is the plural of a noun for a kind of person (``commentators``,
    ``spectators``): no name when only a sentence start capitalizes it."""
    return low.endswith("s") and low[:-1] not in _PARTIES and (
        low[:-1] in lx.PERSON_HEADS or low[:-1] in lx.PERSON_DESCRIPTION_HEADS)


_PARTIES = lx.PARTY_MEMBERS | {"briton"}
"""Plural person nouns that name a party or a people as well (``Democrats said``)."""


class NameRun(NamedTuple):
    """A run of capitalized tokens ``[start, end)`` and the names in it (usually one, two for
    ``X and Y``, none for words that only describe: ``Republican``)."""

    start: int
    end: int
    names: list[Name]


def find_name_runs(
    text: str, tokens: Tokens, sentence_starts: set[int], headline_end: int,
    title_end: int = -1,
) -> list[NameRun]:
    """The runs of capitalized words of an article, in text order, and their names.

    ``sentence_starts`` are the tokens that begin a sentence; a run before the offset
    ``headline_end`` (the headline, whose words are all capitalized) is left out. A single
    word capitalized only because it begins a sentence or follows a quote mark is kept when
    the article capitalizes it elsewhere too, the lexicon knows it as a name, or a reporting
    verb, an auxiliary, an appositive (``, a``) or a relative clause (``, who``) follows it;
    in the title line (before the offset ``title_end``), whose verbs are in the present
    (``Storm hits town``), only the capitals elsewhere and the lexicon count.
    """
    words, lowers, starts = tokens.words, tokens.lowers, tokens.starts
    count = len(words)
    # the tokens whose first character is a capital (words[i][:1].isupper(), at C speed)
    firsts = map(str.__getitem__, words, repeat(_FIRST))
    capitalized = list(compress(range(count), map(str.isupper, firsts)))
    shouted = _shouted(words, capitalized)
    if shouted:
        capitalized = [i for i in capitalized if i not in shouted]
    capitalized_inside = {  # words written capitalized where a capital is not forced
        lowers[i]
        for i in capitalized
        if i > 0 and i not in sentence_starts and words[i - 1] not in lx.OPENING_MARKS
    }
    surnames = {  # Ellen Day, Dawn French: words refused as names, surnames here
        bare_lower(words[i + 1])
        for i in capitalized
        if lowers[i] in lx.FIRST_NAMES and i + 1 < count
        and words[i + 1][:1].isupper() and starts[i + 1] - tokens.ends[i] == 1
        and bare_lower(words[i + 1]) in lx.REFUSED_NAME_WORDS
    }
    surnames.update(  # Maj. Devon Bishop: after a title and a first name
        bare_lower(words[i + 1])
        for i in capitalized
        if i > 0 and i + 1 < count and lowers[i - 1].endswith(".") and lowers[i - 1] in lx.TITLES
        and words[i].isalpha() and lowers[i] not in lx.REFUSED_NAME_WORDS
        and words[i + 1][:1].isupper() and starts[i + 1] - tokens.ends[i] == 1
        and bare_lower(words[i + 1]) in lx.REFUSED_NAME_WORDS
    )
    surnames.update(  # John Everett King, Ann B. Price: after a middle name or an initial
        bare_lower(words[i + 2])
        for i in capitalized
        if lowers[i] in lx.FIRST_NAMES and i + 2 < count
        and words[i + 1][:1].isupper() and words[i + 2][:1].isupper()
        and (words[i + 1].isalpha() or _INITIAL.fullmatch(words[i + 1]))
        and starts[i + 1] - tokens.ends[i] == 1 and starts[i + 2] - tokens.ends[i + 1] == 1
        and bare_lower(words[i + 1]) not in lx.REFUSED_NAME_WORDS
        and bare_lower(words[i + 2]) in lx.REFUSED_NAME_WORDS
    )
    surnames.update(  # Alasdair King, Mairead Bishop: a title's word after a given name the
        # lexicon does not know, ending the run (not the Lion King, Leeds Mayor Jo Roe)
        low
        for i in capitalized
        if i + 1 < count and words[i + 1][:1].isupper() and starts[i + 1] - tokens.ends[i] == 1
        and (low := bare_lower(words[i + 1])) in lx.NAME_TITLE_WORDS
        and low in lx.REFUSED_NAME_WORDS and _is_unknown_given_name(words, lowers, i, count)
    )
    finder = NameFinder(text, tokens, sentence_starts, capitalized_inside, surnames)
    runs = []
    lowercase: set[str] = set()  # the words written in lowercase (filled when first needed)

    quoted_capitals: dict[str, bool] = {}  # each word's answer, found once (linear time)

    def capitalized_in_quotations(word: str) -> bool:
        """``_capitalized_in_quotations`` of a word, remembered."""
        known = quoted_capitals.get(word)
        if known is None:
            known = quoted_capitals[word] = _capitalized_in_quotations(
                text, word, max(headline_end, 0))
        return known

    def common(word: str) -> bool:
        """Whether the text writes ``word`` in lowercase too (``Fill in the gaps`` beside
        ``fill``): a common word, whatever its capitals."""
        if not lowercase:
            lowercase.update(filter(str.islower, words))
        return written_lowercase(word, lowercase)
    for start, end in finder.runs(capitalized):
        if starts[start] < headline_end:
            continue
        if end - start == 1 and (
            start in sentence_starts or (start > 0 and words[start - 1] in lx.OPENING_MARKS)
        ):
            # a capital forced by the sentence start: a name only if known as one
            first = bare_lower(words[start])
            after = lowers[end] if end < count else ""
            if (first in lx.NOT_NAMES_ALONE or _plural_of_person_noun(first)) and (
                first not in capitalized_inside
            ):
                continue  # Critics said, Yeah, …, Commentators called
            if first.endswith("s") and start in sentence_starts and (
                after in lx.AUXILIARIES or after in lx.CUE_WORDS
            ) and first not in capitalized_inside and not known_name_word(words[start]) and (
                common(first)
            ):
                continue  # Services were restored, Rehearsals began (beside "rehearsal")
            if not (
                first in capitalized_inside
                or first + "’s" in capitalized_inside
                or first + "'s" in capitalized_inside
                or known_name_word(words[start])
            ) and (starts[start] < title_end or not (
                after in lx.CUE_WORDS
                or after in lx.AUXILIARIES
                or (after == "," and end + 1 < count
                    and (lowers[end + 1] in ("a", "an", "the", "who", "whose")
                         or (is_age(words[end + 1]) and end + 2 < count
                             and words[end + 2] == ",")))  # Moorer, who; Ruiz, 45,
            )) and not (
                capitalized_in_quotations(words[start]) and not common(first)
            ):
                continue  # (but Hasbro hosted …, beside "… Hasbro announced …")
        if end - start == 1 and start > 0 and (
            (lowers[start] in _TITLE_WORDS
             and (lowers[start - 1] in lx.DETERMINERS or lowers[start - 1] in lx.NOT_NAMES)
             and not (lowers[start - 1] == "that" and bare_lower(words[start]) in surnames))
            or (lowers[start - 1] in ("a", "an") and (
                end == count or lowers[end] in lx.FUNCTION_WORDS or not lowers[end][:1].isalnum()
            ))
        ):
            # the Bishop, a Democratic Assemblyman; a Mermaid, (a noun, not a name)
            runs.append(NameRun(start, end, []))
            continue
        if end - start >= 4 and start in sentence_starts and end < count and words[end] == ":" and (
            not any(lowers[k] in lx.MALE_NAMES or lowers[k] in lx.FEMALE_NAMES
                    or lowers[k] in lx.NAME_CONNECTORS for k in range(start, end))
        ):
            runs.append(NameRun(start, end, []))  # Veto Power Impedes Peace Efforts: a heading
            continue
        if start in sentence_starts and _dateline_or_heading(
            words, lowers, start, end, count, sentence_starts
        ):
            runs.append(NameRun(start, end, []))  # FARGO, N.D. —; FULL TEXT.: no person
            continue
        alone = bare_lower(words[start]) if end - start == 1 else ""
        if alone in lx.INTERJECTIONS:
            continue  # [laughs] Um, what else?
        if alone and lx.demonym_noun(alone) and start > 0 and lowers[start - 1] == "the" and (
            end == count or not words[end][:1].isupper()
        ):
            runs.append(NameRun(start, end, []))  # the Spaniard said: a description of
            continue  # someone named before
        if end - start == 2 and start > 0 and lowers[start - 1] == "the" and (
            lowers[start] in lx.DEMONYM_PREFIXES and bare_lower(words[start + 1]) in (
                lx.DEMONYM_NOUNS) and (end == count or not words[end][:1].isupper())
        ):
            runs.append(NameRun(start, end, []))  # the New Zealander, the South African
            continue
        if alone in lx.DEMONYMS and end < count and words[end].isalpha() and start > 0 and (
            lowers[start - 1] in lx.DETERMINERS or lowers[start - 1].endswith(("’s", "'s"))
        ) and (
            words[end].islower() and lowers[end] not in lx.FUNCTION_WORDS
            and lowers[end] not in lx.CUE_WORDS and lowers[end] not in lx.AUXILIARIES
        ):
            runs.append(NameRun(start, end, []))  # A Peruvian diplomat: a word of the
            continue  # description, not a person (but Cuban seemed to: Mark Cuban)
        if alone in lx.NAME_TITLE_WORDS and alone not in surnames and (
            lowers[max(0, start - 2) : start] not in _GIVEN_NAME_BEFORE
        ):
            runs.append(NameRun(start, end, []))  # Judge, Pope: a title alone, not a name
            continue
        if end - start >= 2 and _title_only(words, start, end) and (
            bare_lower(words[end - 1]) not in surnames  # (Maj. Devon Bishop: his surname)
        ):
            runs.append(NameRun(start, end, []))  # the 2nd Battalion Commander: a role
            continue
        if end - start >= 3 and start > 0 and lowers[start - 1] == "of" and (
            lowers[start] in lx.PLACE_NAMES and _person_after_place(words, start, end)
        ):
            # leader of Zimbabwe Tendai Moyo: the country, then the person
            runs.append(NameRun(start, start + 1, finder.names(start, start + 1)))
            start += 1
        if end - start == 3 and lowers[start + 1] == "and" and _after_portfolio(words, start):
            runs.append(NameRun(start, end, []))  # Member for Culture, Leisure and Heritage:
            continue  # the rest of the office, not people
        if end - start >= 2 and start > 0 and lowers[start - 1] in _DESCRIPTION_OPENERS and (
            bare_lower(words[end - 1]) in _MEMBER_WORDS
        ) and not any(lowers[k] in lx.FIRST_NAMES for k in range(start, end - 1)):
            # one New Hampshire Republican, the Leeds MP: someone described, the place kept
            runs.append(NameRun(start, end, [
                name for name in finder.names(start, end - 1) if name.kind != "person"]))
            continue
        names = finder.names(start, end)
        if len(names) > 1:  # Ohio Gov. and Party Chairman Dana Roe: a role, then the name
            names = [n for n in names if n.token_end - n.token_start < 2
                     or not _title_only(words, n.token_start, n.token_end)]
        if not names and alone in surnames:
            word = strip_possessive(words[start])  # White said, after Ellen White
            names = [Name(starts[start], starts[start] + len(word), start, end, word, "person")]
        if start > 1 and lowers[start - 1] == "of" and lowers[start - 2] in lx.PLACE_OF_HEADS:
            for name in names:  # the town of Quellón: a place, whatever its name is like
                name.kind, name.gender = "place", None
        elif start > 1 and lowers[start - 1] in _ACROSS and lowers[start - 2] not in _COME:
            for name in names:  # fleadhs across Munster and Connacht: places
                if name.kind == "person" and name.gender is None and not name.title and (
                    " " not in name.text
                ):
                    name.kind = "place"
        runs.append(NameRun(start, end, names))
    return _with_nicknames(text, tokens, runs)


_DESCRIPTION_OPENERS = lx.ARTICLES | lx.INDEFINITE_OPENERS
"""Words before capitalized ones that make them a description (``one Iowa Democrat``)."""
_MEMBER_WORDS = lx.POSTNOMINALS | lx.PARTY_MEMBERS
"""Words that end a description of a member of a party or a house (``the Leeds MP``)."""
_FORMER = frozenset({"former", "ex"})
"""Words before a place's name at a run's start that say what someone was (``Former
England wing``): no part of a name."""
_ACROSS = frozenset({"across", "throughout"})
"""Prepositions after which a capitalized word of unknown kind is a place (``fleadhs across
Munster and Connacht``)."""
_COME = frozenset({"come", "comes", "came", "coming", "run", "runs", "ran", "running"})
"""Verbs that make ``across`` part of a phrasal verb (``came across Haddad``): no place."""


def _capitalized_in_quotations(text: str, word: str, after: int) -> bool:
    """Whether ``word`` is written capitalized inside a quotation after offset ``after``,
    where no capital is forced (``Hasbro hosted a panel`` beside ``"This week, Hasbro
    announced …"``): the quotation's words are no tokens, so their capitals are read here."""
    if not word.isalpha():
        return False
    at = text.find(word, after)
    while at >= 0:
        end = at + len(word)
        before = text[max(0, at - 4) : at].rstrip(" \t\xa0")
        if before and before[-1] not in FORCING_CAPITAL and not text[at - 1].isalnum() and (
            not text[end : end + 1].isalnum()
        ):
            return True
        at = text.find(word, end)
    return False


_GIVEN_NAME_BEFORE = (["name", ","], ["only", "as"], ["name", "as"])
"""The words before a first name an anonymity aside gives (``only his first name, Earl,``,
``gave his name only as Earl``): a name even when it is a title's word too."""


def _dateline_or_heading(
    words: Sequence[str], lowers: Sequence[str], start: int, end: int, count: int,
    sentence_starts: set[int],
) -> bool:
    """Whether a run in capitals opening a sentence is a dateline's place (``FARGO, N.D.
    —``, ``BERLIN —``, ``KARACHI:``) or a heading standing alone (``FULL TEXT.``), not a name."""
    if not all(w.isupper() and len(w) > 1 for w in words[start:end]) or end >= count:
        return False
    after = words[end]
    if after in lx.DASHES:
        return True
    if after == "," and end + 2 < count and lowers[end + 1] in lx.PLACE_NAMES:
        return True  # FARGO, N.D. — (not NASA, the agency)
    if after == ":" and " ".join(lowers[start:end]) in lx.PLACE_NAMES:
        return True  # KARACHI: (not TRUMP: of a transcript)
    return end - start > 1 and after == "." and (end + 1 == count or end + 1 in sentence_starts)


def _title_only(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the run of capitalized words [start, end) is a role and no name: it ends in a
    title word and holds no first name, honorific or title of address (``Battalion
    Commander``, ``Human Resources Director``; not ``Tom Judge``, ``Mr. Bishop``)."""
    if bare_lower(words[end - 1]) not in lx.ROLE_ENDS:
        return False
    for word in words[start : end - 1]:
        low = bare_lower(word)
        if low in lx.FIRST_NAMES or low in lx.HONORIFICS or is_acronym(word) or (
            strip_possessive(word) != word or not word[:1].isupper()  # Citizens for Justice
        ):
            return False
    return " ".join(bare_lower(w) for w in words[start:end]) not in lx.MEDIA_NAMES


def _with_nicknames(text: str, tokens: Tokens, runs: list[NameRun]) -> list[NameRun]:
    """The runs with a person's name that a quoted nickname splits made one again: ``Marcia
    "Cia" Price`` (first name, the nickname in marks, surname) is Marcia Price, ``Gov.
    Theodore "Teddy" Ashby`` is Theodore Ashby, and ``Lena 'Vex' Marquardt`` (single marks,
    which are no quotation here but tokens of their own) is Lena Marquardt."""
    out: list[NameRun] = []
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    skip = -1  # the index of a run in single marks already merged
    for index, run in enumerate(runs):
        if index == skip:
            continue
        before = out[-1] if out else None
        if before is None or not _one_word_person(before):
            out.append(run)
            continue
        if run.start == before.end + 1 and words[before.end] == "" and _one_word_person(run) and (
            bare_lower(words[before.end - 1]) in lx.FIRST_NAMES
            and starts[before.end] - ends[before.end - 1] == 1
            and starts[run.start] - ends[before.end] == 1
        ):
            nickname = text[starts[before.end] + 1 : ends[before.end] - 1].split()
            if 1 <= len(nickname) <= 3 and all(is_cap(w) for w in nickname):
                out[-1] = _nicknamed(before, run)
                continue
        close = _single_marked_nickname(tokens, before.end)
        if close > 0:  # Lena 'Vex' Marquardt: the surname's run right after the close
            surname = run if run.start == close + 1 else (
                runs[index + 1] if run.end <= close and index + 1 < len(runs) else None)
            if surname is not None and surname.start == close + 1 and (
                _one_word_person(surname)
            ):
                out[-1] = _nicknamed(before, surname)
                if surname is not run:
                    skip = index + 1
                continue
        out.append(run)
    return out


_OPEN_SINGLE = frozenset({"'", "\u2018"})
"""The single marks that open a nickname inside a name (``Lena 'Vex' Marquardt``)."""
_CLOSE_SINGLE = frozenset({"'", "\u2019"})
"""The single marks that close it."""


def _single_marked_nickname(tokens: Tokens, k: int) -> int:
    """The token of the closing mark when one or two capitalized words in single marks begin
    at token k, each mark against its word and a space on either side (``Lena 'Vex'
    Marquardt``), else -1."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if k < 1 or k + 3 >= len(words) or words[k] not in _OPEN_SINGLE or (
        starts[k] - ends[k - 1] != 1 or ends[k] != starts[k + 1]
    ):
        return -1
    for close in (k + 2, k + 3):
        if words[close] in _CLOSE_SINGLE and all(is_cap(words[j]) for j in range(k + 1, close)):
            if ends[close - 1] == starts[close] and close + 1 < len(words) and (
                starts[close + 1] - ends[close] == 1
            ):
                return close
            return -1
    return -1


def _one_word_person(run: NameRun) -> bool:
    """Whether a run is all one person's one-word name."""
    if len(run.names) != 1 or " " in run.names[0].text:
        return False
    name = run.names[0]
    return name.token_end == run.end and name.kind == "person"


def _nicknamed(first_run: NameRun, last_run: NameRun) -> NameRun:
    """One run of the first name of ``first_run`` and the surname of ``last_run``."""
    first, last = first_run.names[0], last_run.names[0]
    merged = Name(first.start, last.end, first.token_start, last.token_end,
                  f"{first.text} {last.text}", "person", first.title,
                  first.gender or first_name_gender(first.text), -1, last.affiliation)
    return NameRun(first_run.start, last_run.end, [merged])


def _person_after_place(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the words after the place at ``start`` are one person's name alone (two
    words or more, each a plain name word)."""
    rest = words[start + 1 : end]
    parsed = parse_run(tuple(rest))
    return len(parsed) == 1 and parsed[0][3] == "person" and parsed[0][0] == 0 and (
        parsed[0][4] is None and all(_plain_name_word(w) for w in rest))


def _shouted(words: Sequence[str], capitalized: Sequence[int]) -> set[int]:
    """The tokens of stretches written all in capitals that are headings or shouting, not
    names (``VOTERS CARE MORE ABOUT CANDIDATES``, ``NEW YORK ENDS TAMPON TAX``): five words
    or more, or three or more with a word that never joins a name (``ABOUT``, ``WAS``; unlike
    ``BANK OF AMERICA``). Capitals are no sign of a name there."""
    upper = [i for i in capitalized if len(words[i]) > 1 and words[i].isupper()]
    if len(upper) < 3:
        return set()
    out: set[int] = set()
    begin = 0
    for k in range(1, len(upper) + 1):
        if k < len(upper) and upper[k] == upper[k - 1] + 1:
            continue
        stretch = upper[begin:k]
        begin = k
        if len(stretch) >= 5 or (len(stretch) >= 3 and any(
                words[i].lower() in _NOT_IN_NAMES for i in stretch)):
            out.update(stretch)
    return out


_NOT_IN_NAMES = lx.FUNCTION_WORDS - lx.NAME_CONNECTORS
"""Small words that may stand in a heading but never inside a name."""

_AFTER_PLURAL_POSSESSIVE = lx.ORG_WORDS | {"affairs", "market"}
"""Words that carry a name on past a plural possessive (``Growers’ Cooperative``, ``Veterans’
Affairs``): elsewhere the possessive ends the owner's name (``Reuters’ Luciana Lopez``)."""

_TITLE_WORDS = lx.NAME_TITLE_WORDS | lx.TITLES
"""A title's words, in a name (``Secretary``) or not (``bishop``)."""

ParsedName = tuple[int, int, str, str, str | None, str | None, str | None]
"""A name in a run: (first word, end word, name, kind, role, gender, affiliation), the word
positions relative to the run."""


@lru_cache(maxsize=8192)
def parse_run(words: tuple[str, ...]) -> tuple[ParsedName, ...]:
    """The names in a run of capitalized words (see ``ParsedName``)."""
    return tuple(_parse(list(words), 0, len(words)))


@lru_cache(maxsize=8192)
def parse_word(word: str) -> tuple[ParsedName, ...]:
    """``parse_run`` of a run of one word (most runs are: remembered by the word itself)."""
    return tuple(_parse([word], 0, 1))


def _shared_surname(first: list[ParsedName], second: list[ParsedName]) -> list[ParsedName]:
    """``John and Mary Smith``: a first name alone before ``and`` takes the surname of the
    person after it, whose name is a first name and a surname."""
    if len(first) != 1 or len(second) != 1:
        return first
    left, right = first[0], second[0]
    right_words = right[2].split()
    left_words = left[2].split()
    if left[3] != "person" or right[3] != "person" or len(right_words) < 2 or (
        right_words[0].lower() not in lx.FIRST_NAMES
    ) or not all(w.lower() in lx.NAME_PARTICLES for w in right_words[1:-1]):
        return first  # (Pieter and Anouk de Lange: the surname with its particles)
    surname = " ".join(right_words[1:])
    if len(left_words) == 1:
        if left[2].lower() not in lx.FIRST_NAMES:
            return first
        return [(left[0], left[1], f"{left[2]} {surname}", *left[3:])]
    # Guests of Honour Cherie and Sean O'Donnell: words of a title (a small word, a plural)
    # before the first name, which takes the surname too
    prefix = left_words[:-1]
    if any(w.lower() in lx.FIRST_NAMES for w in prefix) or prefix[-1].islower() or not (
        any(w.islower() for w in prefix) or _plural_title(prefix[0])
    ):
        return first  # (Friends of Bernie and Jane Sanders: a name of a group)
    role = " ".join(prefix if left[4] is None else [left[4], *prefix])
    return [(left[1] - 1, left[1], f"{left_words[-1]} {surname}", left[3], role,
             *left[5:])]


def _portfolio(words: Sequence[str]) -> bool:
    """Whether words before ``and`` are an office with ``of``/``for`` and no person's name
    (``Minister of Foreign Affairs`` in ``Minister of Foreign Affairs and Trade Winston
    Peters``): the ``and`` joins the office's parts, not two people."""
    title, name = split_title(words)
    lows = [w.lower() for w in title]
    return ("of" in lows or "for" in lows) and not any(
        first_name_gender(w) for w in name)


def _office_named_with_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether ``and`` joins the words of an organization's name in a title before a name
    (``Wage and Hour Division District Director Ann Roe``, ``Fish and Wildlife Service
    Director``), not two people: no person's name before it, an organization's word in the
    title after it."""
    return not person_like(left) and not any(w.lower() in lx.FIRST_NAMES for w in left) and (
        not lx.ORG_WORDS.isdisjoint(map(bare_lower, split_title(right)[0])))


def _after_portfolio(words: Sequence[str], start: int) -> bool:
    """Whether the run at token ``start`` follows a comma after an office's ``for`` or ``of``
    and a word or two (``Cabinet Member for Culture, Leisure and Heritage``): it lists the
    rest of the office, not people."""
    if start < 4 or words[start - 1] != ",":
        return False
    for k in (start - 3, start - 4):
        if k >= 1 and words[k].lower() in ("for", "of") and (
            bare_lower(words[k - 1]) in lx.NAME_TITLE_WORDS or words[k - 1].lower() in lx.TITLES
        ):
            return all(w[:1].isupper() for w in words[k + 1 : start - 1])
    return False


def _plural_title(word: str) -> bool:
    """Whether a word is a title or a job in the plural (``Co-founders``, ``Senators``)."""
    low = word.lower()
    return low.endswith("s") and any(low[:-1] in words for words in (
        lx.TITLES, lx.NAME_TITLE_WORDS, lx.PERSON_HEADS))


def _parse(words: list[str], start: int, end: int) -> list[ParsedName]:
    """``parse_run`` of the words [start, end): split at ``and`` between two persons, and
    each name from the title before it."""
    run = words[start:end]
    the = bool(run) and run[0].lower() == "the"
    if the:  # The Beatles, The Washington Post: a group or a work, never a person
        start += 1
        run = run[1:]
    lowers = [w.lower() for w in run]
    if "and" in lowers:
        k = lowers.index("and")
        left, right = run[:k], run[k + 1 :]
        if len(left) == len(right) == 1 and all(
            w.endswith("s") and w not in lx.FIRST_NAMES for w in (lowers[0], lowers[-1])
        ):
            return []  # Culture, Arts and Sports: the plural nouns of an office, no one
        left_name, right_name = split_title(left)[1], split_title(right)[1]
        if (
            left_name
            and right_name
            and classify(left_name) == "person"
            and classify(right_name) == "person"
            and (person_like(left) or person_like(right) or len(left) == len(right) == 1)
            and not _portfolio(left)
            and not _office_named_with_and(left, right)
        ):
            first, second = _parse(words, start, start + k), _parse(words, start + k + 1, end)
            return _shared_surname(first, second) + second
    if not run:
        return []
    if len(run) >= 2 and lowers[0] in _FORMER:
        rest = _parse(words, start + 1, end)
        if len(rest) == 1 and rest[0][3] == "place" and rest[0][:2] == (start + 1, end):
            return rest  # Former England wing Ama Osei: the place; the person comes after
    if len(run) == 1 and lowers[0].endswith(_PLACED):
        return []  # The Brazilian-born statistician: where someone is from, no name
    if len(run) >= 3 and lowers[1] == "of" and lowers[0] in lx.TITLES and (
        lowers[0] in lx.FIRST_NAMES
    ) and not any(w in lx.FIRST_NAMES or w in lx.TITLES for w in lowers[2:]):
        return []  # the Dean of the Faculty of Engineering: a role, not a man named Dean
    if len(run) >= 3 and lowers[0] in lx.ORG_WORDS and lowers[1] == "of" and (
        bare_lower(run[-1]) in lx.NAME_TITLE_WORDS
    ):  # the Office of the Attorney General: an organization named for an office-holder
        name_text = " ".join([*run[:-1], strip_possessive(run[-1])])
        return [(start, end, name_text, "organization", None, None, None)]
    title, name = split_title(run)
    if not name or all(_adjective_like(w) for w in name):
        return []
    name_start = start + len(title)
    name_end = end
    affiliation = None
    lows = [w.lower() for w in title]
    if "of" in lows:
        c = lows.index("of")
        if 0 < c < len(title) - 1 and bare_lower(title[c - 1]) in lx.ORG_WORDS and (
            lows[c + 1] in lx.NAME_TITLE_WORDS or lows[c + 1] in lx.TITLES
        ):  # the People's Party of Prime Minister Andrei Koval: the party is his
            affiliation = " ".join([*title[: c - 1], strip_possessive(title[c - 1])])
            title = title[c + 1 :]
    cut = _of_cut(title, name)
    if cut > 0:  # Dr. Jane Roe of Northfield University
        affiliation = " ".join([*name[cut + 1 : -1], strip_possessive(name[-1])])
        name, name_end = name[:cut], name_start + cut
    if len(name) > 1 and name[0].lower() in lx.PLATFORMS and classify(name[1:]) == "person":
        name, name_start = name[1:], name_start + 1  # on Twitter West: not West's title
    while len(name) > 1 and name[0].lower().endswith(_PLACED):
        # Tokyo-based Kaiyo Bulk Shipping, London-born Ann Roe: the place is no part of it
        title, name, name_start = [*title, name[0]], name[1:], name_start + 1
    kind = classify(name)
    if kind == "organization" and title and _person_title(title) and (
        1 <= len(name) <= 3 and bare_lower(name[-1]) in lx.ORG_SURNAMES
        and lx.ORG_WORDS.isdisjoint(map(bare_lower, name[:-1]))
    ):
        kind = "person"  # Gov. Marian Fox, Sgt. Dale Church, Cllr Fox, Mrs Banks: a
        # surname, whatever it names
    if kind == "organization" and affiliation is None and "of" in name[2:-1]:
        cut = name.index("of", 2)
        place = " ".join(bare_lower(w) for w in name[cut + 1 :])
        if bare_lower(name[cut - 1]) in _COMPANY_ENDS and place in lx.PLACE_NAMES:
            # Orion Diagnostics Group of Dallas: the company, then where it is
            affiliation = " ".join([*name[cut + 1 : -1], strip_possessive(name[-1])])
            name, name_end = name[:cut], name_start + cut
    if the and kind == "person" and not title:
        kind = "organization"
    if _title_of_organization(title, name, kind):
        return []  # the Chief Technology Officer of Red Hat: a role, and no one's name
    if kind == "organization" and title and affiliation is None:
        # Justice Department: a title word inside an organization's name
        name, title, name_start = run, [], start
        while len(name) > 1 and name[0].lower().endswith(_PLACED):
            name, name_start = name[1:], name_start + 1  # (Tokyo-based Kaiyo Shipping)
    if kind == "person":
        lead = _leading_words(name)
        if lead:  # Iranian Jane Roe, Zimbabwe Robert Mugabe, Twitter West
            title, name, name_start = [*title, *name[:lead]], name[lead:], name_start + lead
        suffixes: list[str] = []
        while len(name) > 1 and (bare_lower(name[-1]) in lx.POSTNOMINALS or (
            len(name) > 2 and _POSTNOMINAL_SHAPE.fullmatch(name[-1])
        )):
            suffixes.insert(0, strip_possessive(name[-1]))
            name, name_end = name[:-1], name_end - 1  # Jane Roe QC
        title = title + suffixes
    name_text = " ".join([*name[:-1], strip_possessive(name[-1])])
    gender = None
    while title and title[0].lower() in lx.SENTENCE_OPENERS:
        title = title[1:]  # Then Peter Lang, Later Jo Roe: the sentence's word, no title
    # an honorific is no role, unless it is part of one (First Lady)
    role_words = [w for k, w in enumerate(title) if w.lower() not in lx.HONORIFICS or (
        k > 0 and title[k - 1].lower() in ("first", "second"))]
    if len(role_words) > 1 and role_words[-1].lower().rstrip(".") in ("dr", "doctor"):
        role_words.pop()  # Regional Administrator Dr. Miriam Roe: the job, not the degree
    for word in title:
        low = word.lower()
        if low in lx.HONORIFICS:
            gender = lx.HONORIFICS[low]
        elif low in lx.FEMALE_ROLES:
            gender = "f"
        elif low in lx.MALE_ROLES:
            gender = "m"
    if gender is None and kind == "person" and len(name) > 1:
        gender = first_name_gender(name[0])
    return [(name_start, name_end, name_text, kind, " ".join(role_words) or None, gender,
             affiliation)]


def _person_title(title: Sequence[str]) -> bool:
    """Whether title words before a name are a person's, ending in an honorific or a title
    with no ``of`` or ``the`` among them (``Gov.``, ``Mrs``, ``Cllr``; not ``Speaker of
    the``)."""
    lows = [w.lower() for w in title]
    last = lows[-1]
    return "of" not in lows and "the" not in lows and (
        last in lx.HONORIFICS or last in lx.TITLES or last in lx.NAME_TITLE_WORDS)


def _title_of_organization(title: Sequence[str], name: Sequence[str], kind: str) -> bool:
    """Whether a title with ``of`` or ``for`` and the words after it are a role at an
    organization, with no person named: what follows the title is no person (``President of
    Acme Corp``), or one word no first name goes with, after a word that is neither a place
    nor an office (``Director of Public Health``, ``Officer of Red Hat``; not ``Secretary of
    State Pompeo``, ``President of Argentina Fernández``)."""
    lows = [w.lower() for w in title]
    if not title and kind != "person":  # Chief Executive of Acme Corp: the title in the name
        names = [w.lower() for w in name]
        cut = next((k for k, w in enumerate(names) if w in ("of", "for")), 0)
        return cut > 0 and all(
            w in lx.TITLES or w in lx.NAME_TITLE_WORDS or w in lx.ROLE_ENDS for w in names[:cut])
    if "of" not in lows and "for" not in lows:
        return False
    if kind != "person" or name[0] in ("of", "for"):  # Director of Public Health for Leeds
        return True
    last = bare_lower(title[-1])
    return len(name) == 1 and first_name_gender(name[0]) is None and lows[-1] not in (
        "of", "for") and last not in lx.PLACE_NAMES and last not in lx.OFFICES and (
        last not in lx.DEMONYMS)


def _plain_name_word(word: str) -> bool:
    """A capitalized word that may be a given name or surname: not a title, a place, a
    nationality or a word of an organization's name."""
    low = bare_lower(word)
    return (
        (is_cap(word) or is_particle_name(word))
        and word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()
        and low not in lx.ORG_WORDS
        and low not in lx.OF_HEADS
        and low not in lx.NAME_TITLE_WORDS
        and low not in lx.NOT_NAMES
        and low not in lx.DESCRIBING_CAPITALS
        and low not in lx.DEMONYMS
        and low not in lx.PLACE_NAMES
        and not is_acronym(word)
    )


_ENVOY_HEADS = frozenset({"delegation", "mission", "embassy", "permanent", "ambassador"})
"""Words opening a name that ``to`` and a country may end (``Mission to the UN`` aside)."""

_COMPANY_ENDS = frozenset({
    "group", "inc", "inc.", "llc", "corp", "corp.", "corporation", "company", "co.", "partners",
    "holdings", "services", "systems", "solutions", "diagnostics", "laboratories", "labs",
    "technologies", "industries", "enterprises", "associates", "ltd", "ltd."})
"""Words that end a company's name, so ``of`` and a place after them say where it is."""


def _of_cut(title: Sequence[str], name: Sequence[str]) -> int:
    """Where a name ends before ``of`` and the organization or place it is with
    (``Jane Roe of Northfield University``, ``Rep. John Doe of Ohio``): the position of that
    ``of`` in ``name``, or -1 when ``of`` is part of the name (``Bank of America``, ``Republic
    of Korea``) or there is none."""
    if "of" not in name:
        return -1
    cut = list(name).index("of")
    left, right = name[:cut], name[cut + 1 :]
    if not left or not right or len(left) > 3 or not is_cap(right[0]):
        return -1
    if not all(_plain_name_word(w) or (len(w) == 2 and w[1] == "." and w[0].isupper())
               or _surname_before_of(left, k) or (k > 0 and _given_name_before(left[k - 1]))
               for k, w in enumerate(left)):
        return -1
    if classify(left) != "person" or " ".join(w.lower() for w in left) in lx.PLACE_NAMES:
        return -1
    first = left[0].lower()
    evidence = bool(title) or first in lx.MALE_NAMES or first in lx.FEMALE_NAMES or any(
        len(w) == 2 and w.endswith(".") for w in left[1:]
    )
    if not evidence and (len(left) < 2 or first in lx.ORG_FIRST_SKIP):
        return -1
    return cut


def _surname_before_of(left: Sequence[str], k: int) -> bool:
    """Whether word k of the words before ``of`` is a surname that also heads names with
    ``of`` (``Hall of Fame``, ``Lake of the Woods``), after a known first name: ``Ted Hall
    of CU Boulder``."""
    return (k == 1 == len(left) - 1 and left[0].lower() in lx.FIRST_NAMES
            and is_cap(left[1]) and left[1].isalpha()
            and bare_lower(left[1]) in lx.OF_HEADS
            and bare_lower(left[1]) not in lx.ORG_WORDS
            and bare_lower(left[1]) not in lx.NAME_TITLE_WORDS)


_PLACED = ("-based", "-born", "-headquartered", "-bred", "-raised")
"""Endings of a word that places a name (``Tokyo-based``), no part of it."""


def _leading_words(name: Sequence[str]) -> int:
    """How many words at the start of a person's name are not part of it: nationality and
    party words (``Iranian``, ``Conservative``), a platform (``Twitter West``), or anything
    before a known first name that two or more words follow (``Zimbabwe Robert Mugabe``)."""
    lead = 0
    while len(name) - lead > 2 and (
        name[lead].lower() in lx.DEMONYMS or name[lead].lower() in lx.PARTY_ADJECTIVES
    ):
        lead += 1
    if len(name) - lead > 2 and is_acronym(name[lead]) and is_cap(name[lead + 1]):
        return lead + 1  # IM Jane Roe, GOP Jane Roe
    for p in range(lead + 1, len(name) - 1):
        low = name[p].lower()
        if low in lx.MALE_NAMES or low in lx.FEMALE_NAMES:
            before = name[lead:p]
            if any(w.lower() in lx.MALE_NAMES or w.lower() in lx.FEMALE_NAMES
                   or not _plain_name_word(w) and w.lower() not in lx.PLACE_NAMES
                   for w in before):
                break
            if " ".join(w.lower() for w in name[lead : p + 1]) in lx.PLACE_NAMES:
                break
            return p
        if not is_cap(name[p]):
            break
    return lead


def _adjective_like(word: str) -> bool:
    """Capitalized words that describe rather than name (Republican, Presidential, Former)."""
    low = bare_lower(word)
    return low in lx.DESCRIBING_CAPITALS or (low in lx.NOT_NAMES and low not in lx.NAME_MONTHS)


@lru_cache(maxsize=16384)
def acronym(name: str) -> str | None:
    """Initials of an organization's capitalized words (ICE for Immigration and Customs
    Enforcement), or None for one word."""
    words = [w for w in name.split() if w.lower() not in lx.ACRONYM_SKIP and w[:1].isupper()]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


class Registry:
    """The entities of one article, built mention by mention in text order."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_surname: dict[str, list[int]] = {}
        self._by_middle: dict[str, int] = {}
        """The first of two surnames (``young`` of Arturo Young Salinas) -> the person."""
        self._by_first: dict[str, list[int]] = {}
        self._by_key: dict[str, int] = {}
        self._org_first: dict[str, int] = {}
        self._org_prefix: dict[str, int] = {}
        self._seen: dict[tuple[str, str, str | None], int] = {}

    def add(self, name: Name) -> int:
        """Attach a name to its entity (creating one when new); returns the entity index."""
        key = (name.text, name.kind, name.gender)
        index = self._seen.get(key, -1)
        if index >= 0:  # the same words again: the same entity
            self._mention(index, name)
            return index
        index = self._find(name)
        if index < 0:
            index = len(self.entities)
            self.entities.append(Entity(name.text, name.kind, name.gender))
        entity = self.entities[index]
        if len(name.text) > len(entity.name) and name.kind == entity.kind and (
            entity.kind != "person" or " " not in entity.name
        ):  # a person keeps the first full name given (Robert Roe, not Robert Gabriel Roe)
            if entity.name not in entity.forms:
                entity.forms.append(entity.name)
            entity.name = name.text
        elif name.text != entity.name and name.text not in entity.forms:
            entity.forms.append(name.text)
        self._mention(index, name)
        self._index(index, name)
        self._seen[key] = index
        return index

    def _mention(self, index: int, name: Name) -> None:
        """Record that ``name`` mentions entity ``idx``: gender, title, place, count."""
        entity = self.entities[index]
        if entity.gender is None:
            entity.gender = name.gender
        if name.title and not entity.role and not bare_role(name.title):
            entity.role = name.title
        if name.affiliation and not entity.affiliation:
            entity.affiliation = name.affiliation
        entity.mentions.append((name.start, name.end))
        entity.last_seen = name.start
        entity.count += 1
        name.entity = index

    def _index(self, index: int, name: Name) -> None:
        """Make entity ``index`` findable by the forms a later mention of ``name`` may take
        (its surname, first name, acronym, first word)."""
        words = name.text.split()
        if name.kind == "person":
            same_surname = self._by_surname.setdefault(_surname_of(name.text), [])
            if index not in same_surname:
                same_surname.append(index)
            if len(words) > 1:
                known = self._by_first.setdefault(words[0].lower(), [])
                if index not in known:
                    known.append(index)
            if len(words) >= 3 and words[-2][:1].isupper() and (
                words[-2].lower() not in lx.FIRST_NAMES and words[-2].isalpha()
            ):  # Arturo Young Salinas: Judge Young, by the first of two surnames
                self._by_middle.setdefault(words[-2].lower(), index)
        key = name.text.lower()
        self._by_key.setdefault(key, index)
        if name.kind == "organization":
            initials = acronym(name.text)
            if initials:
                self._by_key.setdefault(initials.lower(), index)
            if key.startswith("u.s. "):
                self._by_key.setdefault(key[5:], index)
            parts = key.split()
            first = parts[0]
            if len(parts) > 1 and first not in lx.ORG_WORDS and (
                first not in lx.ORG_FIRST_SKIP
            ):
                self._org_first.setdefault(first, index)
                for k in range(2, len(parts)):  # Prairie Gold for Prairie Gold Nitrogen LLC
                    self._org_prefix.setdefault(" ".join(parts[:k]), index)

    def relative(self, index: int, before: int) -> int:
        """Another person with the surname of entity ``index``, the latest named before offset
        ``before`` (``the elder Frost``: Denise Frost beside her daughter Tanya), or -1."""
        others = [i for i in self._by_surname.get(_surname_of(self.entities[index].name), [])
                  if i != index and any(a < before for a, _ in self.entities[i].mentions)]
        return max(others, key=lambda i: max(a for a, _ in self.entities[i].mentions
                                             if a < before), default=-1)

    def _called_by_first_name(self, index: int) -> bool:
        """Whether a person has been mentioned by the first name alone (``Mateo``)."""
        entity = self.entities[index]
        first = entity.name.split()[0]
        return " " in entity.name and (first in entity.forms or first == entity.name)

    def _find(self, name: Name) -> int:
        """The entity an earlier mention gave ``name`` (``Lucero`` after ``Henry Lucero``, ICE
        after Immigration and Customs Enforcement), or -1."""
        key = name.text.lower()
        if key in self._by_key:
            index = self._by_key[key]
            known = self.entities[index]
            if (known.kind == name.kind or name.kind != "person") and not (
                name.gender and known.gender and known.gender != name.gender
            ):  # (Mrs. Clinton, after Bill Clinton took the surname: not him)
                return index
        if name.kind != "person":
            if key in lx.ORG_SURNAMES and self._by_surname.get(key):
                return self._by_surname[key][-1]  # Fox, after Ellen Fox
            return -1
        words = name.text.split()
        candidates = self._by_surname.get(_surname_of(name.text), [])
        if len(words) > 1:
            first = words[0].lower()
            for index in reversed(candidates):
                entity = self.entities[index]
                if entity.first is None or entity.first == first or (
                    entity.first[:1] == first[:1] and (len(first) <= 2 or len(entity.first) <= 2)
                ):
                    return index
            if first_name_gender(words[0]) is None:
                return self._org_prefix.get(key, -1)  # Prairie Gold, after Prairie Gold LLC
            return -1
        if candidates:
            # Trump with Donald and Melania Trump about: the one named more, then first;
            # Mrs. Clinton: of those, the one of her gender; not one the article calls by
            # the first name alone (the boy, Mateo, beside his father, Hector Reyes)
            by_surname = [i for i in candidates if not self._called_by_first_name(i)]
            candidates = by_surname or candidates
            if name.gender:
                gendered = [i for i in candidates if self.entities[i].gender == name.gender]
                candidates = gendered or [i for i in candidates if self.entities[i].gender is None
                                          ] or candidates
            return max(candidates, key=lambda i: (self.entities[i].count, -i))
        firsts = self._by_first.get(words[0].lower(), [])
        if len(firsts) == 1:
            return firsts[0]
        if key in self._by_middle:
            return self._by_middle[key]
        org = self._org_first.get(words[0].lower(), -1)
        return org  # Brightwell for Brightwell Energy Systems
