"""Names in news text: finding them, telling persons from organizations and places, and
knowing which mentions name the same one (``Henry Lucero`` ... ``Lucero``).

Names are runs of capitalized words (with inner ``of``, ``and``, ``for``, ``the`` and name
particles), outside quotations. A run is split into a title (``Acting Homeland Security
Secretary``) and a name (``Chad Wolf``) at its last title word, and into two names at ``and``
when both sides are clearly persons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsreader.news import lexicon as lx
from newsreader.news.sentences import Tokens


@dataclass(slots=True)
class Name:
    """A name as written: a person, organization or place, with the title in front of it."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    kind: str
    title: str | None = None
    gender: str | None = None
    entity: int = -1


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
    ws = [w for w in words if w.lower() not in lx.NAME_SUFFIXES]
    return (ws or list(words))[-1].lower()


def strip_possessive(word: str) -> str:
    """``ICE’s`` -> ``ICE``."""
    if word[-1:] not in ("s", "’", "'"):
        return word
    for p in lx.POSSESSIVE_ENDINGS:
        if word.endswith(p) and len(word) > len(p):
            return word[: -len(p)]
    return word


def is_cap(word: str) -> bool:
    """Whether a token is a capitalized word (not a lone mark)."""
    return word[:1].isupper() and (len(word) > 1 or word.isalpha())


def is_acronym(word: str) -> bool:
    """ICE, FBI, NYPD (but not I or roman numerals II, III)."""
    w = strip_possessive(word).replace(".", "")
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha() and w not in {"II", "III", "IV"}


def known_name_word(word: str) -> bool:
    """A word known as (part of) a name by itself: a first name, a title, a place, ICE."""
    low = strip_possessive(word).lower()
    return (
        low in lx.MALE_NAMES
        or low in lx.FEMALE_NAMES
        or low in lx.HONORIFICS
        or low in lx.ROLE_HEADS
        or low in lx.PLACE_NAMES
        or low in lx.MEDIA_NAMES
        or is_acronym(word)
    )


def first_name_gender(word: str) -> str | None:
    """Gender of a first name by the lexicon, or None."""
    w = word.lower()
    if w in lx.MALE_NAMES and w not in lx.FEMALE_NAMES:
        return "m"
    if w in lx.FEMALE_NAMES and w not in lx.MALE_NAMES:
        return "f"
    return None


def classify(words: Sequence[str]) -> str:
    """ "organization", "place" or "person" for the words of a name."""
    lowers = [strip_possessive(w).lower() for w in words]
    if " ".join(lowers) in lx.PLACE_NAMES:
        return "place"
    if any(w in lx.ORG_WORDS for w in lowers) or "&" in lowers:
        return "organization"
    if len(words) == 1 and is_acronym(words[0]):
        return "organization"
    if len(words) >= 2 and lowers[-1] in lx.PLACE_NAMES and lowers[0] in lx.PLACE_NAMES:
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
        if (lw in lx.ROLE_HEADS or lw in lx.HONORIFICS) and lw not in lx.NOT_TITLE_ENDS:
            k = i
    if k < 0:
        return [], list(words)
    j = k + 1
    if j < len(words) - 1 and words[j].lower() == "of":
        # Secretary of State John Kerry: the title runs to a first name, or keeps one word
        j += 2
        while j < len(words) - 1 and first_name_gender(words[j]) is None and len(words) - j > 2:
            j += 1
    if j >= len(words):
        return list(words), []
    return list(words[:j]), list(words[j:])


class NameFinder:
    """Finds the capitalized names in a tokenized text."""

    def __init__(self, text: str, toks: Tokens, sent_starts: set[int]):
        self.text = text
        self.toks = toks
        self.sent_starts = sent_starts

    def _capword(self, i: int) -> bool:
        w = self.toks.words[i]
        if not is_cap(w):  # quotations are single empty tokens: never capitalized
            return False
        low = strip_possessive(w).lower()
        if low in lx.NOT_NAMES or low in lx.PRONOUNS:
            return False
        if len(w) > 6 and w.isupper():
            return False  # WASHINGTON — a dateline, or a heading in capitals
        if i in self.sent_starts or (i > 0 and self.toks.words[i - 1] in "“\"‘(—"):
            if low in lx.SENTENCE_OPENERS or low in lx.SPEECH_VERBS:
                return False
            if low.endswith(("ing", "ly")) and len(low) > 5:
                return False
        return True

    def _joined(self, i: int) -> bool:
        """Whether token i follows token i-1 on the same line with only spaces between."""
        gap = self.text[self.toks.ends[i - 1] : self.toks.starts[i]]
        return len(gap) <= 2 and "\n" not in gap

    def runs(self, caps: Sequence[int]) -> list[tuple[int, int]]:
        """Token ranges of capitalized runs, given the indices of the capitalized tokens."""
        words = self.toks.words
        lowers = self.toks.lowers
        ok = {i for i in caps if self._capword(i)}
        out = []
        pos = -1
        for a in sorted(ok):
            if a < pos:
                continue
            b = a + 1
            while True:
                if words[b - 1][-2:] in ("’s", "'s"):
                    break
                if b in ok and b not in self.sent_starts and self._joined(b):
                    b += 1
                    continue
                if (
                    b + 1 in ok
                    and lowers[b] in lx.NAME_CONNECTORS
                    and self._joined(b)
                    and self._joined(b + 1)
                ):
                    b += 2
                    continue
                break
            out.append((a, b))
            pos = b
        return out

    def names(self, a: int, b: int) -> list[Name]:
        """The names in the run of tokens [a, b): usually one, two for ``X and Y``."""
        out = []
        toks = self.toks
        for rs, re_, text, kind, role, gender in parse_run(tuple(toks.words[a:b])):
            last = toks.words[a + re_ - 1]
            end = toks.ends[a + re_ - 1] - (len(last) - len(strip_possessive(last)))
            out.append(Name(toks.starts[a + rs], end, a + rs, a + re_, text, kind, role, gender))
        return out


@lru_cache(maxsize=8192)
def parse_run(words: tuple[str, ...]) -> tuple[tuple[int, int, str, str, str | None, str | None],
                                                 ...]:
    """The names in a run of capitalized words, as (first word, end word, name, kind, role,
    gender) with word positions relative to the run."""
    return tuple(_parse(list(words), 0, len(words)))


def _parse(words: list[str], a: int, b: int) -> list[tuple[int, int, str, str, str | None,
                                                          str | None]]:
    run = words[a:b]
    if run and run[0].lower() == "the":
        a += 1
        run = run[1:]
    lowers = [w.lower() for w in run]
    if "and" in lowers:
        k = lowers.index("and")
        left, right = run[:k], run[k + 1 :]
        ln, rn = split_title(left)[1], split_title(right)[1]
        if (
            ln
            and rn
            and classify(ln) == "person"
            and classify(rn) == "person"
            and (person_like(left) or person_like(right) or len(left) == len(right) == 1)
        ):
            return _parse(words, a, a + k) + _parse(words, a + k + 1, b)
    if not run:
        return []
    title, name = split_title(run)
    if not name or all(_adjective_like(w) for w in name):
        return []
    na = a + len(title)
    kind = classify(name)
    if kind == "organization" and title:
        # Justice Department: a title word inside an organization's name
        name, title, na = run, [], a
    name_text = " ".join([*name[:-1], strip_possessive(name[-1])])
    gender = None
    role_words = [w for w in title if w.lower() not in lx.HONORIFICS]
    for w in title:
        lw = w.lower()
        if lw in lx.HONORIFICS:
            gender = lx.HONORIFICS[lw]
        elif lw in lx.FEMALE_ROLES:
            gender = "f"
        elif lw in lx.MALE_ROLES:
            gender = "m"
    if gender is None and kind == "person" and len(name) > 1:
        gender = first_name_gender(name[0])
    return [(na, b, name_text, kind, " ".join(role_words) or None, gender)]


def _adjective_like(word: str) -> bool:
    """Capitalized words that describe rather than name (Republican, Presidential, Former)."""
    low = strip_possessive(word).lower()
    return low in lx.DESCRIBING_CAPITALS or low in lx.NOT_NAMES


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
        self._by_first: dict[str, list[int]] = {}
        self._by_key: dict[str, int] = {}
        self._org_first: dict[str, int] = {}
        self._seen: dict[tuple[str, str], int] = {}

    def add(self, name: Name) -> int:
        """Attach a name to its entity (creating one when new); returns the entity index."""
        key = (name.text, name.kind)
        idx = self._seen.get(key, -1)
        if idx >= 0:  # the same words again: the same entity
            self._mention(idx, name)
            return idx
        idx = self._find(name)
        if idx < 0:
            idx = len(self.entities)
            self.entities.append(Entity(name.text, name.kind, name.gender))
        ent = self.entities[idx]
        if len(name.text) > len(ent.name) and name.kind == ent.kind:
            if ent.name not in ent.forms:
                ent.forms.append(ent.name)
            ent.name = name.text
        elif name.text != ent.name and name.text not in ent.forms:
            ent.forms.append(name.text)
        self._mention(idx, name)
        self._index(idx, name)
        self._seen[key] = idx
        return idx

    def _mention(self, idx: int, name: Name) -> None:
        """Record that ``name`` mentions entity ``idx``: gender, title, place, count."""
        ent = self.entities[idx]
        if ent.gender is None:
            ent.gender = name.gender
        if name.title and not ent.role:
            ent.role = name.title
        ent.mentions.append((name.start, name.end))
        ent.last_seen = name.start
        ent.count += 1
        name.entity = idx

    def _index(self, idx: int, name: Name) -> None:
        words = name.text.split()
        if name.kind == "person":
            self._by_surname.setdefault(_surname(words), [])
            if idx not in self._by_surname[_surname(words)]:
                self._by_surname[_surname(words)].append(idx)
            if len(words) > 1:
                lst = self._by_first.setdefault(words[0].lower(), [])
                if idx not in lst:
                    lst.append(idx)
        key = name.text.lower()
        self._by_key.setdefault(key, idx)
        if name.kind == "organization":
            acr = acronym(name.text)
            if acr:
                self._by_key.setdefault(acr.lower(), idx)
            if key.startswith("u.s. "):
                self._by_key.setdefault(key[5:], idx)
            first = key.split()[0]
            if len(key.split()) > 1 and first not in lx.ORG_WORDS and (
                first not in lx.ORG_FIRST_SKIP
            ):
                self._org_first.setdefault(first, idx)

    def _find(self, name: Name) -> int:
        key = name.text.lower()
        if key in self._by_key:
            idx = self._by_key[key]
            if self.entities[idx].kind == name.kind or name.kind != "person":
                return idx
        if name.kind != "person":
            return -1
        words = name.text.split()
        cands = self._by_surname.get(_surname(words), [])
        if len(words) > 1:
            first = words[0].lower()
            for idx in reversed(cands):
                ent = self.entities[idx]
                if ent.first is None or ent.first == first or (
                    ent.first[:1] == first[:1] and (len(first) <= 2 or len(ent.first) <= 2)
                ):
                    return idx
            return -1
        if cands:
            # Trump with Donald and Melania Trump about: the one named more, then first
            return max(cands, key=lambda i: (self.entities[i].count, -i))
        firsts = self._by_first.get(words[0].lower(), [])
        if len(firsts) == 1:
            return firsts[0]
        org = self._org_first.get(words[0].lower(), -1)
        return org  # Brightwell for Brightwell Energy Systems
