"""Who a pronoun or a description means: ``he`` -> Henry Lucero, ``the council`` -> Calder Bay
City Council.

Pronouns (he, she, they, it) take the best-scoring name before them, within a few paragraphs:
names that are the source of an attribution or the subject of their sentence score higher,
nearer names score higher, and a name of the wrong gender (known from a title, a role word or
the first-name lists) is never chosen; ``they`` and ``it`` only take organizations.
A definite description (``the council``, ``the mayor``) takes the latest organization whose name
ends with its head word, or the latest person whose role does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from newsreader.news import lexicon as lx
from newsreader.news.people import Name, Registry
from newsreader.news.speakers import Doc, Source

REACH = 2500
"""How many characters back a pronoun may look for its antecedent."""
_FEMININE_ENDINGS = ("a", "ie", "ine", "elle", "ette", "lyn", "een")
_MASCULINE_EXCEPTIONS = lx.word_set("luca joshua ezra nikita andrea garcia costa mustafa elijah")


def guessed_gender(first: str | None) -> str | None:
    """A weak guess from how an unknown first name ends (Fatima, Marisol -> f)."""
    if not first or len(first) < 3:
        return None
    low = first.lower()
    if low in _MASCULINE_EXCEPTIONS:
        return "m"
    if low.endswith(_FEMININE_ENDINGS):
        return "f"
    return "m" if low.endswith(("o", "us", "er", "an", "on", "el", "im", "am")) else None


_GROUP_HEADS = lx.ORG_WORDS | lx.word_set(
    """campaign administration department agency office police newspaper paper magazine
    network outlet site website publication group organization committee commission council
    board panel court statement report memo letter study poll survey party government team
    company firm union family"""
)


class Resolver:
    """Resolves the pronoun and nominal sources of one article, in text order."""

    def __init__(self, doc: Doc, registry: Registry, names: Sequence[Name]) -> None:
        self.doc = doc
        self.registry = registry
        self.names = names
        self.starts = [n.start for n in names]
        self.source_starts: set[int] = set()
        self._subjects: dict[int, tuple[int, int] | None] = {}
        self._nominals: list[Source] = []  # descriptions that are sources (the senator)
        self._sorted = True
        self.described: dict[int, str] = {}
        """For a pronoun whose antecedent is a description (the coach … he): its text."""

    def mark_source(self, src: Source) -> None:
        """Remember that these names (or this description) are the source of an attribution."""
        for n in src.names:
            self.source_starts.add(n.start)
        if src.kind == "nominal" and not src.names:
            self._nominals.append(src)
            self._sorted = False

    def resolve(self, src: Source) -> list[int]:
        """The entities a source refers to (several for ``X and Y``); [] when unresolved."""
        if src.names:
            return [n.entity for n in src.names if n.entity >= 0]
        if src.kind == "pronoun":
            e = self._antecedent(src)
            return [e] if e >= 0 else []
        if src.kind == "nominal":
            e = self._described(src)
            return [e] if e >= 0 else []
        return []

    def _subject_span(self, si: int) -> tuple[int, int] | None:
        if si not in self._subjects:
            fr = self.doc.frame(si)
            got = self.doc.sentence_subject(fr, 0, len(fr)) if fr else None
            self._subjects[si] = (got.start, got.end) if got is not None else None
        return self._subjects[si]

    def _antecedent(self, src: Source) -> int:
        gender = lx.PRONOUNS.get(src.text.lower())
        if gender in (None, "s"):
            return -1
        doc = self.doc
        pos = src.start
        para = doc.para_index(pos)
        i = bisect_left(self.starts, pos) - 1
        best, best_score, best_pos = -1, float("-inf"), -1
        rank = 0
        seen: set[int] = set()
        while i >= 0 and pos - self.names[i].start < REACH and rank < 12:
            n = self.names[i]
            i -= 1
            if n.entity < 0:
                continue
            ent = self.registry.entities[n.entity]
            if gender in ("m", "f"):
                if ent.kind != "person" or (ent.gender and ent.gender != gender):
                    continue
            elif ent.kind == "person":
                continue
            if n.entity in seen:
                continue
            seen.add(n.entity)
            score = -0.6 * rank - (pos - n.start) / 2000.0
            rank += 1
            if n.start in self.source_starts:
                score += 1.5
            si = doc.sent_index(n.start)
            subj = self._subject_span(si)
            if subj is not None and subj[0] <= n.start < subj[1]:
                score += 0.9
            if doc.para_index(n.start) == para:
                score += 0.5
            if gender in ("m", "f"):
                if ent.gender == gender:
                    score += 0.8
                else:
                    guess = guessed_gender(ent.first)
                    if guess == gender:
                        score += 0.3
                    elif guess is not None:
                        score -= 0.5
            if score > best_score:
                best, best_score, best_pos = n.entity, score, n.start
        nominal = self._nominal_before(src, gender, para, best_pos)
        if nominal is not None:
            e = self._described(nominal)
            if e >= 0:
                return e
            self.described[src.start] = nominal.text
            return -1
        if best >= 0 and gender in ("m", "f") and self.registry.entities[best].gender is None:
            self.registry.entities[best].gender = gender
        return best

    def _nominal_before(
        self, src: Source, gender: str | None, para: int, after: int
    ) -> Source | None:
        """The latest description that was a source, after the best name and no further back
        than the previous paragraph: ``The senator … said he …`` -> "The senator"."""
        if gender not in ("m", "f", "p"):
            return None
        if not self._sorted:
            self._nominals.sort(key=lambda x: x.start)
            self._sorted = True
        i = bisect_left([n.start for n in self._nominals], src.start) - 1
        if i < 0:
            return None
        nominal = self._nominals[i]
        if nominal.start <= after or self.doc.para_index(nominal.start) < para - 1:
            return None
        head = nominal.text.lower().split()[-1]
        plural = head.endswith("s") and head[:-1] in lx.NOMINAL_HEADS
        if gender == "p":
            return nominal if plural or head in _GROUP_HEADS else None
        if head not in lx.PERSON_HEADS:
            return None
        if (gender == "m" and head in lx.FEMALE_ROLES) or (gender == "f" and head in lx.MALE_ROLES):
            return None
        return nominal

    def _described(self, src: Source) -> int:
        """``the council`` -> the organization named ``… Council`` last; ``the mayor`` -> the
        person whose role ends with ``mayor``."""
        words = src.text.lower().split()
        if len(words) < 2 or words[0] not in ("the", "its", "their", "his", "her"):
            return -1
        head = words[-1].rstrip(",.")
        if head.endswith(("’s", "'s")):
            return -1
        best, best_seen = -1, -1
        for idx, ent in enumerate(self.registry.entities):
            if not ent.mentions or ent.mentions[0][0] >= src.start:
                continue
            last = max((a for a, _ in ent.mentions if a < src.start), default=-1)
            ok = False
            if ent.kind == "organization":
                ok = ent.name.lower().split()[-1] == head
            elif ent.kind == "person" and ent.role:
                role = ent.role.lower().rstrip(",. ").split()
                ok = bool(role) and role[-1] == head and (
                    len(words) == 2 or " ".join(words[1:]) in ent.role.lower()
                )
            if ok and last > best_seen:
                best, best_seen = idx, last
        return best
