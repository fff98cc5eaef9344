"""Stage 5 of the attribution: who a pronoun or a description means (``he`` -> Henry Lucero,
``the council`` -> Calder Bay City Council), and what an unnamed source is.

Pronouns (he, she, they, it) take the most salient entity before them, within a few
sentences. Each entity's salience is the best of its recent mentions: being the source of an
attribution or the subject of its sentence (most of all of the pronoun's own sentence) counts
for it, standing aside (an object, a possessive, a modifier: ``met with Trump``, ``Trump's
son``, ``the Clinton campaign``) against it, and a mention's worth fades with each sentence
between; the entity of the latest subject or source is in focus, and each pronoun resolved
becomes a mention of its entity (a chain: ``Roe said … She added … she said``). A name of
the other gender, a nationality, a list of places or ``X and Y`` is never chosen for he or
she; ``they`` and ``it`` take organizations, and ``they`` a subject of several people. A he
or she after a described subject (``One of the victims decided … She said``) is that unnamed
source.

A definite description (``the council``, ``the president``) takes the latest organization
whose name ends with its head word, or the latest person whose roles or written titles hold
it (``President of Argentina``, ``archbishop Jorge Roe``); else a short one headed by a kind
of organization or a title takes the organization or person just named, when nothing
contradicts it. The entities are indexed by those words once, so each description costs a
binary search, not a scan of the article so far. A description that names nobody is an
unnamed source (``unnamed``): no speaker, the description kept; a document speaks for itself.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from newsreader.news import lexicon as lx
from newsreader.news.attribution.frames import Document, Frame
from newsreader.news.attribution.people import (
    Entity,
    Name,
    Registry,
    capital_forced,
    first_name_gender,
    is_age,
    is_cap,
    is_year_old,
    strip_possessive,
    written_lowercase,
)
from newsreader.news.attribution.phrases import Source, agent_noun
from newsreader.news.attribution.rules import (
    ANONYMOUS_ASIDE,
    role_beside,
    sentence_subject,
)

SENTENCE_DECAY = 0.6
"""How much a mention's worth falls for each sentence between it and the pronoun."""
SENTENCES = 8
"""How many sentences back a pronoun looks for its antecedent."""
RANK_DECAY = 0.6
"""How much an entity's score falls for each entity mentioned after it."""
FOCUS = 1.0
"""The bonus of the entity in focus: that of the latest subject or source before a pronoun."""
REACH = 1800
"""How many characters back a pronoun may look for its antecedent."""

GUESSED_GENDER = 0.2
"""What a first name of the pronoun's gender adds (``Dwayne`` for he); a gender known
otherwise adds 0.5."""


def guessed_gender(first: str | None) -> str | None:
    """A weak guess from how an unknown first name ends (Fatima, Marisol -> f)."""
    if not first or len(first) < 3:
        return None
    low = first.lower()
    if low in lx.MASCULINE_EXCEPTIONS:
        return "m"
    if low.endswith(lx.FEMININE_ENDINGS):
        return "f"
    return "m" if low.endswith(("o", "us", "er", "an", "on", "el", "im", "am")) else None


class _Latest:
    """The latest mention before an offset among a fixed set of entities (one binary search).

    Mentions are kept sorted by (start, -entity), so of several entities mentioned at the same
    offset the lowest-numbered one is met first when walking back, as a scan in entity order
    keeping only strictly later mentions would choose."""

    __slots__ = ("_starts", "_owners", "_first")

    def __init__(self, entities: Sequence[Entity], members: Iterable[int]) -> None:
        pairs = sorted((a, -index) for index in members for a, _ in entities[index].mentions)
        self._starts = [a for a, _ in pairs]
        self._owners = [-m for _, m in pairs]
        self._first = {index: entities[index].mentions[0][0] for index in set(self._owners)}

    def before(self, offset: int) -> tuple[int, int]:
        """(start, entity) of the latest mention before ``pos`` of an entity first mentioned
        before ``pos``; (-1, -1) when there is none."""
        i = bisect_left(self._starts, offset) - 1
        while i >= 0:
            index = self._owners[i]
            if self._first[index] < offset:  # always, as mentions are recorded in text order
                return self._starts[i], index
            i -= 1
        return -1, -1

    def first_after(self, offset: int) -> int:
        """The entity of the set first mentioned after ``offset`` (the earliest), or -1."""
        later = [(first, index) for index, first in self._first.items() if first > offset]
        return min(later)[1] if later else -1

    def holds(self, index: int) -> bool:
        """Whether entity ``index`` is one of the set."""
        return index in self._first

    def most_named(self, offset: int, since: int, entities: Sequence[Entity]) -> int:
        """Of the entities mentioned in [since, offset), the one mentioned most before
        ``offset`` (the latest of those mentioned as often), or -1."""
        lo, hi = bisect_left(self._starts, since), bisect_left(self._starts, offset)
        lo = max(lo, hi - 64)  # (the latest mentions only: linear time on hostile input)
        best, best_key = -1, (-1, -1)
        for i in range(lo, hi):
            index = self._owners[i]
            key = (bisect_left(entities[index].mentions, (offset,)), self._starts[i])  # (count)
            if key > best_key:
                best, best_key = index, key
        return best


class Resolver:
    """Resolves the pronoun and nominal sources of one article, in text order."""

    def __init__(self, document: Document, registry: Registry, names: Sequence[Name],
                 issuer: int = -1) -> None:
        self.document = document
        self.registry = registry
        self.issuer = issuer
        """The organization that issued the text (its ``Source:``), -1 when none is known."""
        self.names = names
        self.starts = [name.start for name in names]
        self.source_starts: set[int] = set()
        self._lead_paragraph: int | None = None
        """The index of the lead paragraph (see ``_lead``), once found."""
        self._named_later_at: set[int] = set()
        """Where the descriptions ``_named_later`` resolved begin: no issuer of a document
        the lead mentions, for that."""
        self._subjects: dict[int, frozenset[int]] = {}
        self._no_subject: set[int] = set()
        """The sentences whose subject the noun-phrase rules do not find."""
        self._nominal_subjects: dict[int, Source] = {}
        """The sentences whose subject is a description, and that description."""
        self._plural_subjects: set[int] = set()
        """Where the first name of each subject of several people begins (``X and Y``, ``X
        and his counterparts``): what a later ``they`` may mean."""
        self._possessors: set[int] = set()
        """Where the names begin that are subjects only as the possessive opening a
        description (``Ashby's testimony``): what the sentence is about, not who acts."""
        self._nominals: list[Source] = []  # descriptions that are sources (the senator)
        self._nominal_starts: list[int] = []
        self._sorted = True
        # for descriptions, built on first use (the registry is complete by then)
        self._orgs_by_head: dict[str, list[int]] | None = None
        self._authors: list[tuple[int, int]] | None = None
        """(first mention, entity) of the persons named as a study's authors, in entity order
        (built on first use, by ``_lead_author``)."""
        self._persons_by_head: dict[str, list[int]] = {}
        self._persons_by_synonym: dict[str, list[int]] = {}
        """Persons by the other words for their roles (``lawyer`` for an attorney), tried
        after the words themselves and the person in focus."""
        self._latest: dict[tuple[int, ...], _Latest] = {}
        self._latest_for: dict[tuple[str, str | None, bool], tuple[_Latest, _Latest]] = {}
        self._unmatched: set[tuple[str, str | None, bool]] = set()
        """Keys of ``_latest_for`` whose description's words no role held (``the freshman
        councilmember``: every councilmember stands in)."""
        self._chain_starts: list[int] = []
        self._chain_entities: list[int] = []
        """The pronouns resolved so far (in text order) and their entities."""
        self._roles: dict[int, list[str]] = {}
        """Roles the attributions give each entity (``Karen Alley, a professor at …, said``)."""
        self._mention_features: dict[int, tuple[int, int, float, bool]] = {}
        self._every_source: list[int] | None = None
        """Where every source begins, names and descriptions, sorted (built on first use,
        once all are marked)."""
        self._leading_mentions: dict[int, bool] = {}
        self._persons: dict[int, bool] = {}
        self._people_of_gender: dict[str, list[int]] = {}
        """The persons of each gender, by entity (for ``_protagonist``; found once)."""
        self._post_holders: dict[str, list[tuple[int, int]]] = {}
        """For ``the SHO``: the mentions written after that post, (start, entity) in order."""
        self._guesses: dict[int, str | None] = {}
        self._nominal_entities: dict[int, int] = {}
        """The entity each description resolved to, by where it begins (``the candidate``:
        Clinton)."""
        self._family_names: dict[int, str] = {}
        """For a description of a family (``her family``, ``The family``), where it begins and
        the family's name (``Carraway family``), the speaker it stands for."""
        self._in_clause: dict[int, bool] = {}
        """``_in_subjects_clause`` of each name asked about so far (by where it begins)."""
        self._subject_clauses: dict[int, tuple[int, int]] = {}
        """For a sentence, the offsets of the ``, who …,`` clause after its subject's name."""
        self._appositives: dict[int, list[str]] = {}
        """For a person, the heads of the descriptions set off after their name (``Long, a
        former harbor pilot,``: pilot), which a role noun no role or focus explains means."""
        self._terms: set[str] | None = None
        """The texts of the quotations found to be terms, lowercased (on first use)."""
        self._titles_before: dict[int, list[str]] = {}
        """The lowercase word written before each person's names (``archbishop``)."""
        self._org_described: dict[int, list[str]] = {}
        """The head of the description set off before each organization's name (``The state
        news agency, Agencia Talverana de Noticias``: agency), a word ``the agency`` may
        mean it by."""
        words, lowers = document.tokens.words, document.tokens.lowers
        for name in names:
            if name.kind == "organization" and name.entity >= 0:
                k = name.token_start - 1
                if k >= 2 and words[k] == "," and lowers[k - 1] in lx.GENERIC_ORG_HEADS and (
                    any(lowers[x] == "the" for x in range(max(0, k - 5), k - 1))
                ):
                    self._org_described.setdefault(name.entity, []).append(lowers[k - 1])
            if name.kind != "person" or name.entity < 0:
                continue
            run = document.name_run_at[name.token_start]
            k = (document.name_runs[run].start if run is not None else name.token_start) - 1
            # any lowercase word: only a description with that head ever looks it up
            if k >= 0 and words[k].islower() and (words[k].isalpha() or (
                words[k].replace("-", "").isalpha()
                and lowers[k] in lx.PERSON_TITLE_WORDS
            )):  # (a hyphenated title: VADA director-general Dr. Hendrik Aalst)
                self._titles_before.setdefault(name.entity, []).append(words[k])
                doer = lx.DOERS.get(lowers[k - 1]) if k >= 1 and lowers[k] == "by" else None
                if doer:  # produced by Devlin Hope: the producer
                    self._titles_before[name.entity].append(doer)
            elif k >= 1 and words[k] == "," and words[name.token_end : name.token_end + 1] == [","]:
                # The archbishop, Rowan Ellis, spoke; Leeds Council's director of public
                # health, Ann Cole,: the title words of the description set off before it
                x = k - 1
                found: list[str] = []
                while x >= 0 and k - x <= 7 and words[x][:1].isalnum():
                    low = lowers[x]
                    if low in lx.PERSON_TITLE_WORDS:
                        found.append(low)
                    if low in lx.DETERMINERS or low.endswith(("’s", "'s")):
                        break  # (the description's start)
                    at = document.name_run_at[x]
                    if low in lx.SPEECH_VERBS or (low in lx.FUNCTION_WORDS and low not in (
                        "of", "for")) or (at is not None and any(
                            n.kind == "person" for n in document.name_runs[at].names)):
                        found = []  # a Democratic aide said comments from Rice, Rhodes,
                        break
                    x -= 1
                self._titles_before.setdefault(name.entity, []).extend(found)
            after = words[name.token_end : name.token_end + 3]
            if len(after) == 3 and after[0] == "," and after[2] in (",", ".", ";") and (
                is_age(after[1])
            ):  # Novak Petrov, 34, … the 34-year-old said
                self._titles_before.setdefault(name.entity, []).append(f"{after[1]}-year-old")
            elif after[:1] == [","]:  # Long, a 47-year-old former harbor pilot, … the pilot
                heads = _appositive_heads(lowers, name.token_end + 1)
                if heads:
                    self._appositives.setdefault(name.entity, []).append(heads[0])
                    self._titles_before.setdefault(name.entity, []).extend(heads[1:])
        self.described: dict[int, str] = {}
        """For a pronoun whose antecedent is a description (the coach … he): its text."""

    def mark_source(self, source: Source) -> None:
        """Remember that these names (or this description) are the source of an attribution."""
        for name in source.names:
            self.source_starts.add(name.start)
            if source.role and len(source.names) == 1 and name.entity >= 0:
                self._roles.setdefault(name.entity, []).append(source.role)
        if source.kind == "nominal" and not source.names:
            self._nominals.append(source)
            self._sorted = False

    def resolve(self, source: Source) -> list[int]:
        """The entities a source refers to (several for ``X and Y``); [] when unresolved."""
        found = self._resolve(source)
        if found and source.kind == "nominal":
            self._nominal_entities[source.start] = found[0]
        if source.kind == "nominal" and len(found) == 1 and (
            not self._chain_starts or self._chain_starts[-1] < source.start
        ) and not (self.registry.entities[found[0]].kind == "person" and (
            _head(source.text)[1] in lx.GENERIC_ORG_HEADS
        )):
            # "…," the mayor said: a mention of the mayor for the pronouns after it (not the
            # group, though the name it found was taken for a person's)
            self._chain_starts.append(source.start)
            self._chain_entities.append(found[0])
        return found

    def _resolve(self, source: Source) -> list[int]:
        """``resolve`` itself."""
        if source.names:
            named = [name.entity for name in source.names if name.entity >= 0]
            holder = self._acronym_role_holder(source, named)
            if holder >= 0:
                return [holder]
            if len(named) == 1 and source.role and (
                source.role.lower().split()[-1] in lx.TELLING_RELATIVES
            ):
                other = self.registry.relative(named[0], source.start)
                if other >= 0:
                    # the elder Frost: by the family roles the article gives them (her
                    # mother, Denise Frost · Evelyn Marchand's daughter, Claire Marchand),
                    # else the other Frost, not the one in focus
                    want, avoid = ("parent", "child") if source.role.lower().split()[-1] == (
                        "elder") else ("child", "parent")
                    pair = (named[0], other)
                    wanted = [e for e in pair if self._generation(e) == want]
                    if len(wanted) != 1:
                        wanted = [e for e in pair if self._generation(e) != avoid]
                    return [wanted[0] if len(wanted) == 1 else other]
            return named
        if source.kind == "pronoun" and source.text.lower() == "who":
            return self._relative_antecedent(source)
        if source.kind == "pronoun":
            found = self._antecedent(source)
            return [found] if found >= 0 else []
        if source.kind == "nominal":
            counted = _PARENT_OF.fullmatch(source.text)
            if counted is not None and counted.group(2).lower() in lx.PARENT_WORDS:
                # the mother of four, the grandfather-of-five: the mother, the grandfather
                source = Source(source.start, source.end, "nominal", counted.group(1))
            issuer = _ORG_DOCUMENT.fullmatch(source.text)
            if issuer is not None and issuer.group(1).lower() in lx.GENERIC_ORG_HEADS and (
                issuer.group(2).lower() in lx.DOCUMENT_HEADS
            ):
                # according to a company statement: the company's words, when it is known
                by_kind = self._resolve(Source(source.start, source.end, "nominal",
                                               "the " + issuer.group(1)))
                if by_kind:
                    return by_kind
            if _FIRST_NAME_ASIDE.match(self.document.text, source.end, source.end + 120) or (
                ANONYMOUS_ASIDE.match(self.document.text, source.end, source.end + 80)
            ):
                given = self._first_name_given(source.end)
                # the town's butcher, who asked not to be named: nobody named; who gave only
                # his first name, Rob,: Rob
                return [given] if given >= 0 else []
            words = source.text.lower().split()
            if _FAMILY_NAME.fullmatch(source.text):
                return []  # the Wright family: the family by its name, no one of them
            issued = _ISSUED_BY.search(source.text)
            if issued is not None and words[0] in ("a", "an", "the") and not (
                _person_head(words[1])
            ):
                # according to a note issued by the University: the University's words
                at = source.start + issued.start(1)
                found = self._name_at(at)
                if found < 0 and issued.group(1).lower().startswith("the "):
                    found = self._described(Source(at, source.end, "nominal", issued.group(1)))
                if found >= 0:
                    return [found]
            sender = None
            if words[0] in ("a", "an", "the") and words[-1] in lx.DOCUMENT_HEADS:
                sender = _FROM_DESCRIBED.match(self.document.text, source.end)
                author = _PRONOUN_AUTHOR.match(self.document.text, source.end)
                if author is not None:
                    # A report it published in November found …: the words of whom "it" means
                    found = self._antecedent(Source(author.start(1), author.end(1), "pronoun",
                                                    author.group(1)))
                    if found >= 0:
                        return [found]
            elif words[0] in ("a", "an", "the") and len(words) > 3 and (
                    words[1] in lx.DOCUMENT_HEADS):  # a statement from the mayor
                two = _TWO_WORDS.match(source.text)
                sender = _FROM_DESCRIBED.fullmatch(
                    self.document.text, source.start + two.end(), source.end) if two else None
            if sender is not None:
                # according to a statement from the fire department: the department's words
                described = sender.group(1).split()
                described = described[: next((k for k, w in enumerate(described)
                                              if k and w in lx.FUNCTION_WORDS), None)]
                for size in range(len(described), 1, -1):  # (the partnership found: the
                    # partnership, its verb left out)
                    text = " ".join(described[:size])
                    by = Source(sender.start(1), sender.start(1) + len(text), "nominal", text)
                    found = self._described(by)
                    if found < 0:
                        found = self._appositive_holder(by)
                    if found >= 0:
                        return [found]
            if len(words) == 2 and words[1] == "family":
                family = self._family_name(source)
                if family:  # her family said: the Carraway family
                    self._family_names[source.start] = family
                return []
            found = -1
            if len(words) == 2 and words[0] in _POSSESSIVE_SUBJECTS and words[1] in _RELATIVES:
                found = self._relative_named(source, words[0], words[1])
                if found >= 0:
                    return [found]  # … farms with his son, Casey. "…," his son said: Casey
            if len(words) == 2 and words[1] in lx.GENERIC_ORG_HEADS:
                found = self._just_named(source)  # the company: the one in focus first
                if found >= 0 and words[1] in lx.ORG_KINDS:
                    # unless one of its kind named near is named more (the NTSB of an NTSB
                    # release, beside a French bureau that just said something)
                    kind = self._described(source)
                    if kind >= 0 and (self._mentions_before(kind, source.start) > (
                        self._mentions_before(found, source.start)
                    ) or words[1] in self._org_described.get(kind, ())):
                        found = kind  # (or the one a description just called an agency)
            if len(words) == 2 and words[0] == "the" and words[1] in lx.DEMONYM_NOUNS:
                found = self._of_nationality(source, words[1])  # the Spaniard
            if found < 0:
                found = self._described(source)
            if found >= 0 and self._unnamed_since(source, found):
                return []  # One agent said … the agent said: that agent, not Agent Erin Hope
            if found < 0:
                found = self._appositive_holder(source, in_view=True)  # (the drummer: Owen
                # Long, the band's drummer, named in this paragraph, not King beside him)
            if found < 0:
                found = self._just_named_or_synonym(source)
            if found < 0:
                found = self._appositive_holder(source)
            if found < 0:
                found = self._owner_of_words(source)
            if found < 0:
                found = self._issuer(source)
            if found < 0:
                found = self._own_sender(source)
            if found < 0:
                found = self._account_owner(source)
            if found < 0 and _AUTHORS.fullmatch(source.text):
                found = self._lead_author(source.start)
            if found < 0:
                found = self._document_author(source)
            if found < 0:
                found = self._reduced_author(source)
            if found < 0:
                found = self._document_writer(source)
            if found < 0:
                found = self._named_later(source)
            return [found] if found >= 0 else []
        return []

    def _relative_named(self, source: Source, possessive: str, noun: str) -> int:
        """The person an earlier ``his son, Casey`` or ``her husband Tom Reyes`` named, for
        ``his son`` or ``her husband`` (the latest such naming within reach); -1 if none."""
        text = self.document.text
        pattern = re.compile(rf"\b{possessive}\s+{noun},?\s+", re.IGNORECASE)
        found = -1
        for match in pattern.finditer(text, max(0, source.start - REACH), source.start):
            entity = self._name_at(match.end(), "person")
            if entity >= 0:
                found = entity
        return found

    def _reduced_author(self, source: Source) -> int:
        """``according to a summary the FBI Albuquerque Field Office released``: the name
        between a document's word and a verb of issuing after it (its author), or -1."""
        found = _REDUCED_AUTHOR.match(source.text)
        if found is None or found.group(1).lower() not in lx.DOCUMENT_HEADS:
            return -1
        after = _NEXT_WORD.match(self.document.text, source.end)
        if after is None or after.group(1).lower() not in _ISSUING:
            return -1
        return self._name_at(source.start + found.end())

    def _writer_after(self, at: int) -> int:
        """``A statement he wrote``: whom the pronoun right after a document's word (ending
        at offset ``at``) means, when a verb of writing follows it; -1 otherwise."""
        found = _WRITER_AFTER.match(self.document.text, at)
        if found is None:
            return -1
        pronoun = found.group(1)
        return self._antecedent(Source(found.start(1), found.end(1), "pronoun", pronoun))

    def _mentions_before(self, entity: int, offset: int) -> int:
        """How often entity ``entity`` is mentioned before offset ``offset``."""
        return bisect_left(self.registry.entities[entity].mentions, (offset,))

    def _generation(self, entity: int) -> str | None:
        """ "parent" or "child" when the word written just before a mention of entity
        ``entity`` says which it is in its family (``Her mother, Denise Frost``, ``the couple's
        son Tom``), else None."""
        text = self.document.text
        for a, _ in self.registry.entities[entity].mentions[:16]:  # (where a family is told)
            before = _LAST_WORD.search(text, max(0, a - 24), a)
            word = before.group(1).lower() if before is not None else ""
            if word in lx.PARENT_WORDS:
                return "parent"
            if word in lx.CHILD_WORDS:
                return "child"
        return None

    def _first_name_given(self, after: int) -> int:
        """The entity of the first name an anonymity aside after offset ``after`` gives
        (``who asked that only her first name, Karen, be used``), or -1."""
        found = _FIRST_NAME_GIVEN.search(self.document.text, after, after + 160)
        return -1 if found is None else self._name_at(found.end(), "person")

    def _name_at(self, offset: int, kind: str | None = None) -> int:
        """The entity of the name that begins at ``offset`` (of that kind, if given), or -1."""
        i = bisect_left(self.starts, offset)
        if i < len(self.names) and self.names[i].start == offset and (
            kind is None or self.names[i].kind == kind
        ):
            return self.names[i].entity
        return -1

    def _unnamed_since(self, source: Source, found: int) -> bool:
        """Whether a description with the same head and no name (``One agent``, ``a nurse``)
        was the subject of a sentence after the latest mention of entity ``found`` and before
        ``source`` (at most three sentences back): the description means that one."""
        head = _head(source.text)[1]
        last = max((a for a, _ in self.registry.entities[found].mentions if a < source.start),
                   default=-1)
        document = self.document
        here = document.sentence_at(source.start)
        floor = max(here - 3, document.sentence_at(last) if last >= 0 else 0)
        for sentence in range(here, floor - 1, -1):
            self._subjects_of(sentence)
            subject = self._nominal_subjects.get(sentence)
            if subject is not None and last < subject.start < source.start and (
                subject.text.split()[0].lower() in lx.INDEFINITE_OPENERS
                and _head(subject.text)[1] == head
            ):
                return True
        return False

    def _topic_before(self, source: Source) -> int:
        """For a pronoun in a parenthetical cue after a name that opens its sentence
        (``Okafor, he said, "…"``): that name's entity, which the pronoun does not mean (the
        writer would have written ``Okafor said``); -1 otherwise."""
        document = self.document
        tokens = document.tokens
        k = bisect_left(tokens.starts, source.start)
        if k < 2 or k + 2 >= len(tokens) or tokens.words[k - 1] != "," or (
            tokens.words[k + 2] != "," or tokens.lowers[k + 1] not in lx.CUE_WORDS
        ):
            return -1
        run = document.name_run_at[k - 2]
        if run is None:
            return -1
        name_run = document.name_runs[run]
        first = tokens.starts[name_run.start]
        if name_run.end != k - 1 or first != document.sentences[document.sentence_at(first)][0]:
            return -1
        names = [name for name in name_run.names if name.entity >= 0]
        return names[-1].entity if len(names) == 1 else -1

    def _says_next(self, name: Name) -> bool:
        """Whether a name is the source of a quotation with its reporting verb right after
        it (``Para-Cycling Wales said``)."""
        if name.start not in self.source_starts:
            return False
        tokens = self.document.tokens
        k = bisect_left(tokens.starts, name.end)
        return k < len(tokens) and tokens.lowers[k] in lx.SPEECH_VERBS

    def _lead_author(self, before: int) -> int:
        """The first person named before offset ``before`` as a study's author (``lead
        author Dr. Paula Andrade``, ``the report's lead author, Professor Nathan Banks``): the
        first-named of ``the researchers`` or ``the authors`` who wrote, or -1."""
        if self._authors is None:  # (found once: a text of many such sources stays linear)
            self._authors = [
                (entity.mentions[0][0], index)
                for index, entity in enumerate(self.registry.entities)
                if entity.kind == "person" and entity.mentions and (
                    "author" in self._role_words(index) or "author" in self._before_mentions(index))
            ]
        return next((index for first, index in self._authors if first < before), -1)

    def _named_later(self, source: Source) -> int:
        """A description in the lead that the article names further on (``the leader of the
        opposition accusing the ruling group of "…"`` · later ``opposition leader Helen
        Brown``): the person whose role holds its head, first named after it; -1 if none, or
        when the description is not in the lead paragraph."""
        document = self.document
        if document.paragraph_at(source.start) != self._lead():
            return -1
        words, head = _head(source.text)
        if not words or words[0].lower() not in _LEAD_DETERMINERS or not (
            head in lx.TITLES or head in lx.PERSON_HEADS or agent_noun(head)
        ) or head in lx.GENERIC_ORG_HEADS:
            return -1
        since = document.paragraphs[self._lead()][0]
        starts = self.starts
        before = self.names[bisect_left(starts, since) : bisect_left(starts, source.start)]
        if any(name.entity >= 0 and _personal(self.registry.entities[name.entity])
               for name in before):
            return -1  # (Chris Christie …, the New Jersey governor told reporters: not later)
        found = self._candidates(head, None)[1].first_after(source.end)
        if found >= 0:
            self._named_later_at.add(source.start)
        return found

    def _lead(self) -> int:
        """The lead: the first paragraph of more than 20 words (past a headline and a
        header of ``Source:`` lines)."""
        if self._lead_paragraph is None:
            document = self.document
            self._lead_paragraph = next(
                (k for k, (a, b) in enumerate(document.paragraphs)
                 if len(document.text[a:b].split()) > 20), -1)
        return self._lead_paragraph

    def _document_writer(self, source: Source) -> int:
        """``the judgment`` of a court whose judge the article named in this paragraph or the
        three before (``wrote Chief Justice Miriam Long for the majority``): the judge's words,
        as a document signed by a named person is theirs; -1 when none was named there."""
        words = source.text.lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in _JUDGMENTS or not (
            _plain_modifiers(source.text.split()[1:-1])
        ) or "unsigned" in words:
            return -1
        document = self.document
        since = document.paragraphs[max(0, document.paragraph_at(source.start) - 3)][0]
        judge, latest = -1, -1
        for index, entity in enumerate(self.registry.entities):
            k = bisect_left(entity.mentions, (source.start,)) - 1
            at = entity.mentions[k][0] if k >= 0 else -1
            if entity.kind == "person" and since <= at > latest and (
                any(w in _JUDGES for w in self._role_words(index))
            ):
                judge, latest = index, at  # (the judge named last: an appeal's, not the trial's)
        return judge

    def _account_owner(self, source: Source) -> int:
        """``a message posted on his personal X account read``: whom the possessive before
        the account means, for a document posted on it; -1 otherwise."""
        words = source.text.lower().split()
        if not words or words[-1] not in lx.DOCUMENT_HEADS:
            return -1
        found = _POSTED_ON.match(self.document.text, source.end)
        if found is None:
            return -1
        pronoun = lx.POSSESSIVE_PRONOUNS[found.group(1).lower()]
        return self._antecedent(Source(found.start(1), found.end(1), "pronoun", pronoun))

    def _own_sender(self, source: Source) -> int:
        """``A statement from Brightmoor Interactive said``: the sender a document's own
        description names (``from`` or ``by`` after its word), or -1."""
        found = _OWN_SENDER.match(source.text)
        if found is None or found.group(1).lower() not in lx.DOCUMENT_HEADS:
            return -1
        return self._document_sender(source.start + found.end(1), source.end)

    def _issuer(self, source: Source) -> int:
        """``X said in a statement that … "…," the statement read``: the person or
        organization that is the subject of the sentence that mentioned the document last
        (this paragraph or the two before); -1 when none."""
        words = source.text.lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in lx.DOCUMENT_HEADS or not (
            _plain_modifiers(source.text.split()[1:-1])
        ):
            return -1  # (the statement, the 38-page written decision)
        head = words[-1]
        document = self.document
        here = document.sentence_at(source.start)
        paragraph = document.paragraph_at(source.start)
        pattern = _POSTING if head in _POSTS else _REPORTING if head in _REPORTS else (
            _LETTERING if head in _LETTERS else
            re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE))
        for sentence in range(here, max(-1, here - 4), -1):
            a, b = document.sentences[sentence]
            if document.paragraph_at(a) < paragraph - 2:
                return -1
            end = min(b, source.start)
            found = pattern.search(document.text, a, end)
            if found is None:
                continue
            if _DOCUMENT_SPEAKS.match(document.text, found.end()) and (
                document.text[max(a, found.start() - 4) : found.start()].lower().strip() == "the"
            ):
                continue  # "…," the statement said: the same document; its issuer is further back
            sender = self._document_sender(found.end(), end)
            if sender < 0:
                sender = self._possessor_of(found.start(), a, head)
            if sender < 0:
                sender = self._writer_after(found.end())  # A statement he wrote was read
            if sender < 0:
                sender = self._author_after(found.end(), end)  # a study released … by X
            if sender >= 0:
                return sender  # A victim impact statement from the trust was read
            if found.group(0).lower() != head and head in _REPORTS:
                continue  # a study … the report: its author only where the study names one
            subjects = self._subjects_of(sentence)
            for name in self.names[bisect_left(self.starts, a):]:
                if name.start >= end:
                    break
                if (name.start in subjects or self._says_next(name)) and name.entity >= 0 and (
                    self.registry.entities[name.entity].kind in ("person", "organization")
                ) and name.start not in self._possessors:
                    return name.entity  # (Clinton's campaign sent an email; the governing
                    # body Para-Cycling Wales said it was "…")
            nominal = self._nominal_subjects.get(sentence)
            if nominal is not None and nominal.start in self._nominal_entities and (
                nominal.start not in self._named_later_at
            ):
                return self._nominal_entities[nominal.start]  # The trust said in its report
            if nominal is not None and nominal.start in self._family_names:
                # In a statement, her family said …. "…," the statement went on: the family's
                self._family_names[source.start] = self._family_names[nominal.start]
            return -1
        return -1

    def _document_sender(self, after: int, end: int) -> int:
        """The person or organization a document's word is ``from`` (``a statement from the
        trust``, ``a letter from Jane Roe``), the word ending at offset ``after``; -1 if none."""
        text = self.document.text
        found = _FROM.match(text, after, end)
        if found is None:
            return -1
        named = self._name_at(found.end())
        if named >= 0:
            return named
        described = _DESCRIBED_SENDER.match(text, found.end(), end)
        if described is None:
            return -1
        return self._described(Source(described.start(), described.end(), "nominal",
                                      described.group(0)))

    def _author_after(self, at: int, end: int) -> int:
        """``a study released in September by the city's Office of Housing Policy``: the
        name a document's description is by, after its word (ending at offset ``at``) and a
        few words of issuing, before offset ``end``; -1 if none."""
        found = _AUTHOR_AFTER.match(self.document.text, at, end)
        return -1 if found is None else self._name_at(found.end())

    def _possessor_of(self, at: int, floor: int, head: str) -> int:
        """``According to the network's annual report``: the entity of the owner whose
        possessive stands before the document's word at offset ``at`` (a few lowercase
        modifiers between, nothing before offset ``floor``), or -1."""
        found = _POSSESSOR_BEFORE.search(self.document.text, max(floor, at - 80), at)
        if found is None:
            return -1
        the, owner = found.group(1), found.group(2)
        text = f"{the} {owner}'s {head}" if the else f"{owner}'s {head}"
        return self._owner_of_words(Source(found.start(), at, "nominal", text))

    def _document_author(self, source: Source) -> int:
        """``A 2022 review of maternity services in the region by the National Maternity
        Safety Panel … recommended``: the name a document's description is ``by`` (or
        ``from``), a few plain words after its head and in its sentence; -1 if none."""
        words = source.text.lower().split()
        if not words or words[-1] not in lx.DOCUMENT_HEADS:
            return -1
        document = self.document
        end = min(document.sentences[document.sentence_at(source.start)][1], source.end + 90)
        found = _AUTHOR_AFTER.match(document.text, source.end, end)
        return -1 if found is None else self._name_at(found.end())

    def _owner_of_words(self, source: Source) -> int:
        """``according to King's post``, ``Moss's statement said``, ``The institute's report
        said``: the person (or the organization a description names) named before whose words
        or document the description is, when the article named them (-1 if not)."""
        words = source.text.replace("’", "'").split()
        low = words[0].lower() if words else ""
        if low in _POSSESSIVE_SUBJECTS and len(words) >= 2 and _owned_words(words[1:]):
            # His letter said "…": whose the possessive says, as the pronoun would
            return self._antecedent(Source(source.start, source.start + len(words[0]),
                                           "pronoun", _POSSESSIVE_SUBJECTS[low]))
        the = words[:1] == ["the"] or words[:1] == ["The"]
        owner_at = 1 if the else 0
        if len(words) < owner_at + 2 or not words[owner_at].endswith("'s") or not (
            _owned_words(words[owner_at + 1 :])
        ):
            return -1
        if the:  # The institute's report said: the institute named before
            if words[1][:1].isupper():  # The ECAA's latest advisory: the name itself
                named = self._name_at(source.start + len(words[0]) + 1)
                if named >= 0:
                    return named
            return self._described(Source(source.start, source.end, "nominal",
                                          f"{words[0]} {words[1][:-2]}"))
        owner = words[0][:-2]
        i = bisect_left(self.starts, source.start) - 1
        while i >= 0 and source.start - self.names[i].start < REACH:
            name = self.names[i]
            i -= 1
            if name.entity >= 0 and name.text.split()[-1] == owner and (
                self.registry.entities[name.entity].kind == "person"
            ):
                return name.entity
        return -1

    def _of_nationality(self, source: Source, noun: str) -> int:
        """``the Spaniard said``: the latest person named before whom the article places in
        that country (``Spanish tennis player Álvaro Medrano``, ``Tobias Frost of the United
        Kingdom``: the words just before or after a mention of them); -1 if none."""
        forms = lx.DEMONYM_FORMS.get(noun, (noun,))
        text = self.document.text.lower()
        i = bisect_left(self.starts, source.start) - 1
        while i >= 0 and source.start - self.names[i].start < 3 * REACH:
            name = self.names[i]
            i -= 1
            if name.entity < 0 or self.registry.entities[name.entity].kind != "person" or (
                _after_place_preposition(self.document.text, name.start)
            ) or self._fitting_person(name.entity, noun, True) < 0:
                continue  # (not Utrecht of "from Utrecht"; the Dutchman: not his wife)
            after = text[name.end : min(name.end + 120, source.start)]
            after = after[: min((k for k in (after.find(". "), after.find("\""),
                                             after.find("“"), after.find("\n"))
                                 if k >= 0), default=len(after))]
            # (the words up to the end of an aside: Malcolm Tennant, an aviation consultant
            # who spent 22 years as an investigator in the United Kingdom, said)
            around = text[max(0, name.start - 40) : name.start] + " " + after
            if any(re.search(rf"\b{re.escape(form)}\b", around) for form in forms):
                return name.entity
        return -1

    def _just_named(self, source: Source) -> int:
        """A short definite description that no name or role matches, when the entity just
        named is what it describes: ``Acme hosted a panel … the company noted`` (an
        organization, or a name the lexicon cannot tell from a person's, the subject or source
        of its sentence), ``"…," said Jane Roe. The Wooster professor added`` (the person in
        focus, when no other role of theirs contradicts the description); -1 otherwise."""
        words = _before_affiliation(source.text.lower().split(), ("from",))
        aged = words[:1] == ["the"] and len(words) <= 6 and any(_AGE.fullmatch(w) for w in words)
        # an age, or a job someone used to have (the former judge), fits any role they hold now
        fits_any = aged or not _FORMER.isdisjoint(words)
        if not aged and (not 2 <= len(words) <= 4 or words[0] != "the"):
            return -1  # (said the 61-year-old retired mill worker: the person in focus)
        head = words[-1]
        organization = head in lx.GENERIC_ORG_HEADS and not aged
        if organization and len(words) > 3:
            return -1  # (the conservative advocacy group: some group, not the one just named)
        if not organization and not aged and (
            not (head in lx.TITLES or agent_noun(head) or lx.demonym_noun(head)
                 or head in lx.PARTY_MEMBERS  # the Wisconsin Republican
                 or head in _KEEPERS)  # the guesthouse owner
            or (head in lx.UNNAMED_ROLE_HEADS and not fits_any)
        ):
            return -1  # the senator may be the one just named; the source, the judge no
            # (but the former judge may)
        document = self.document
        paragraph = document.paragraph_at(source.start)
        # an epithet (the Briton, the 34-year-old) may mean a person just named in any place
        # of the sentence before (The award went to Callum Hope …. The Briton, who …)
        epithet = aged or lx.demonym_noun(head) or head in lx.PARTY_MEMBERS
        sentence = document.sentence_at(source.start)
        if aged and sentence > 0 and document.paragraph_at(
                document.sentences[sentence - 1][0]) == paragraph:
            self._subjects_of(sentence - 1)
            subject = self._nominal_subjects.get(sentence - 1)
            described = self._described(subject) if subject is not None else -1
            if described >= 0 and self.registry.entities[described].kind == "person":
                return described  # The premier rejected it. The 58-year-old said: the premier
        nearest = -1
        modifiers = {w for w, written in zip(words[1:-1], source.text.split()[1:-1], strict=False)
                     if written[:1].isupper()}  # the names a description is qualified by
        back = self._told_before(paragraph)
        i = bisect_left(self.starts, source.start) - 1
        while i >= 0 and source.start - self.names[i].start < REACH:
            name = self.names[i]
            i -= 1
            if document.paragraph_at(name.start) < back:
                break
            if epithet and nearest < 0 and name.entity >= 0 and (
                document.sentence_at(name.start) == sentence - 1
                and document.paragraph_at(name.start) == paragraph
                and self.registry.entities[name.entity].kind == "person"
                and not document.text.startswith(("’s", "'s"), name.end)
                and not (_after_place_preposition(document.text, name.start)
                         and not self._words_from(name.start))
            ):
                nearest = name.entity  # (not Bergen of "by telephone from Bergen")
            if name.entity < 0 or not self._leading(name.start, True):
                continue
            if nearest >= 0 and nearest != name.entity and (
                document.paragraph_at(name.start) < paragraph
            ):
                break  # Among them was Ruth Long, a nurse. "…," the 47-year-old said: Long,
                # not the one a paragraph before was about
            if _introduced(document.text[name.end : source.start], head) or (
                self._unnamed_source_between(name.end, source.start, head)
            ):
                return -1  # … a nurse who had treated patients … The nurse later sued
            entity = self.registry.entities[name.entity]
            if organization and entity.name.lower() in lx.MEDIA_NAMES and head not in _MEDIA_HEADS:
                continue  # the company: not the outlet an interview or a quotation names
            if organization:
                if _of_another_kind(entity, head):
                    continue  # The FDA approved a drug made by Calder Biosciences. The
                    # company: not the agency
                if entity.kind == "organization" or (
                    entity.kind == "person" and not entity.gender and not entity.role
                    and _first_name_gender(entity.name) is None
                    and not (" " not in entity.name and self._common_word(entity))
                ):  # (not Ammonia, of "Ammonia is a toxic gas" beside "released ammonia")
                    return name.entity
                continue
            if entity.kind != "person" or _not_a_person(entity.name) or (
                modifiers and any(w in modifiers for w in entity.name.lower().split())
            ) or (_after_place_preposition(document.text, name.start)
                  and not self._words_from(name.start)):
                continue  # (the Inverbrae manager: not Inverbrae Caledonian, the club; the
                # Dutchman: not Utrecht of "from Utrecht"; but words came from Ioane)
            kept = self._latest_chain_from(name.end, source.start) if aged else -1
            if kept >= 0 and kept != name.entity:
                return self._fitting_person(kept, head, aged)  # (She said … the 52-year-old)
            return self._fitting_person(name.entity, head, fits_any)
        if nearest >= 0:
            return self._fitting_person(nearest, head, fits_any)
        since = document.paragraphs[max(0, back)][0]
        kept = -1 if organization else self._latest_chain_from(since, source.start)
        if kept >= 0 and not _introduced(document.text[since : source.start], head) and not (
            self._unnamed_source_between(since, source.start, head)
        ) and not any(self._candidates(head, None, synonyms)[1].before(source.start)[1] >= 0
                      for synonyms in (False, True)):
            # the one a pronoun kept in view (not when someone named holds that role: the
            # governor is Gov. Patricia Hall, not the trucker last quoted)
            return self._fitting_person(kept, head, fits_any)
        if aged:  # The 34-year-old ruptured …. One specialist told her …. "…," the
            # 34-year-old admits: whom the same age meant where the paragraph before used it
            same = " ".join(words[1:])
            at = document.text.lower().rfind(same, since, source.start)
            if at >= since + 4 and document.text[at - 4 : at].lower() == "the ":
                return self._just_named(Source(at - 4, at + len(same), "nominal",
                                               document.text[at - 4 : at + len(same)]))
        return -1

    def _told_before(self, paragraph: int) -> int:
        """The paragraph before ``paragraph``, or further back past paragraphs that are
        nothing but quotation (the later paragraphs of one speaker's words): the one whose
        people a description at the start of ``paragraph`` may mean."""
        document = self.document
        back = paragraph - 1
        while back > 0:
            start, end = document.paragraphs[back]
            first, last = document.sentence_at(start), document.sentence_at(end - 1)
            if not all(document.standalone(k) for k in range(first, last + 1)):
                break
            back -= 1
        return back

    def _fitting_person(self, entity: int, head: str, aged: bool) -> int:
        """``entity`` if a description with that head may describe that person, else -1:
        not "the senator" for a lawyer, nor "the governor" for a mayor (an age or a country,
        ``the 34-year-old``, ``the Canadian``, fits anyone of the right gender)."""
        found = self.registry.entities[entity]
        if found.kind != "person":
            return -1
        gender = "f" if head in lx.FEMALE_ROLES else "m" if head in lx.MALE_ROLES else None
        if lx.demonym_noun(head):
            aged = True
            if gender is None and head not in lx.DEMONYMS:  # the Dutchman, the Corkwoman
                gender = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
        if gender and found.gender and found.gender != gender:
            return -1
        if not aged and any(w != head and w != "author" and (w in lx.UNNAMED_ROLE_HEADS or (
                w in lx.OFFICE_TITLES and head in lx.OFFICE_TITLES)) and not (
                head in _LEGISLATORS and w in _PARTY_SPOKESPEOPLE)
                for w in self._role_words(entity)):  # (a study's author may be its
            # palaeontologist: a paper's author is no job)
            return -1
        return entity

    def _latest_chain_from(self, since: int, offset: int) -> int:
        """The entity of the latest pronoun or description resolved in [since, offset), or
        -1."""
        start, entity = self._chain_before(offset)
        return entity if start >= since else -1

    def _sort_nominals(self) -> None:
        """Sort the descriptions that are sources by where they begin (once they are all
        marked, before the first lookup)."""
        if not self._sorted:
            self._nominals.sort(key=lambda x: x.start)
            self._nominal_starts = [name.start for name in self._nominals]
            self._sorted = True

    def _unnamed_source_between(self, start: int, end: int, head: str) -> bool:
        """Whether a description with this head and no name was a source between the two
        offsets (``The teller, who spoke on condition that she not be identified, said …``
        before ``the teller said``): the later description means that one."""
        self._sort_nominals()
        i = bisect_left(self._nominal_starts, start)
        while i < len(self._nominals) and self._nominals[i].start < end:
            nominal = self._nominals[i]
            if nominal.start not in self._nominal_entities and _source_head(nominal.text) == head:
                return True
            i += 1
        return False

    def _appositive_holder(self, source: Source, in_view: bool = False) -> int:
        """The person named last before a definite description whose head a description set
        off after their name had (``Long, a 47-year-old former harbor pilot, …`` -> ``the
        former pilot``); -1 when none, or (with ``in_view``) when that person was last named
        before the description's paragraph."""
        words = source.text.lower().split()
        if len(words) < 2 or words[0] != "the":
            return -1
        head = words[-1]
        best, best_at = -1, -1
        for index, heads in self._appositives.items():
            if head in heads:
                mentions = self.registry.entities[index].mentions
                k = bisect_left(mentions, (source.start,)) - 1
                at = mentions[k][1] if k >= 0 else -1  # (where the latest one ends)
                if at > best_at:
                    best, best_at = index, at
        if best >= 0 and (_introduced(self.document.text[best_at : source.start], head) or (
                self._unnamed_source_between(best_at, source.start, head))):
            return -1  # Jane Roe, a nurse, … A nurse who had treated patients … The nurse
        if in_view and best >= 0 and self.document.paragraph_at(best_at) != (
            self.document.paragraph_at(source.start)
        ):
            return -1
        return best

    def _just_named_or_synonym(self, source: Source) -> int:
        """The person in focus (``_just_named``), else the one another word for the role
        names; the latter first when the one in focus has a role that says otherwise (``the
        researcher``: the principal investigator, not the parents' advocate just quoted)."""
        focus = self._just_named(source)
        if focus >= 0:
            holder = self._appositive_holder(source)
            head = _head(source.text)[1]
            own = self._appositives.get(focus, ())
            if holder >= 0 and holder != focus and head not in self._role_words(focus) and (
                head not in own
            ) and (own or self._paragraph_of_latest(focus, source.start) < (
                self.document.paragraph_at(source.start)
            )):
                return holder  # Quenby, the borough's mayor, …. Anand, a fisherman, ….
                # "…," the mayor said: Quenby, whom a description called so, not Anand
        other = self._described(source, synonyms=True)
        if other >= 0 and self._unnamed_after(source, other):
            other = -1  # A senior official said …. "…," the official said: that one
        if focus < 0 or other < 0 or other == focus:
            return focus if focus >= 0 else other
        head = _head(source.text)[1]
        roles = self.registry.entities[focus].role
        if not roles and not any(w in lx.TITLES or w in lx.NAME_TITLE_WORDS or agent_noun(w)
                                 for w in self._role_words(focus)) and (
            self._paragraph_of_latest(focus, source.start)
            < self.document.paragraph_at(source.start)
        ):
            return other  # Gov. Marian Fox … said Tom Young. ¶ The governor: Fox, not Young
        if roles and head not in roles.lower() and head not in _synonyms(
            [w.strip(",.()") for w in roles.lower().split()]
        ):
            return other
        described = [w for w in self._role_words(focus) if agent_noun(w) or w in lx.TITLES]
        if not roles and described and head not in described and head not in _synonyms(
            described
        ):
            return other  # The frontman: lead singer Declan King, not Hope, a consultant
        return focus

    def _unnamed_after(self, source: Source, entity: int) -> bool:
        """Whether someone unnamed with the description's head (``an official``, ``a senior
        official, who …``) came between the latest mention of ``entity`` and ``source``."""
        head = _head(source.text)[1]
        last = max((a for a, _ in self.registry.entities[entity].mentions if a < source.start),
                   default=-1)
        if last < 0 or self._unnamed_since(source, entity) or _introduced(
            self.document.text[last : source.start], head
        ) or self._unnamed_source_between(last, source.start, head):
            return True
        document = self.document
        here = document.sentence_at(source.start)
        for sentence in range(here, max(here - 2, document.sentence_at(last) - 1), -1):
            self._subjects_of(sentence)
            subject = self._nominal_subjects.get(sentence)
            if subject is None or subject.start >= source.start or (
                subject.text.split()[0].lower() not in lx.INDEFINITE_OPENERS
            ):
                continue
            phrase = document.text[subject.start : subject.start + 80].split(",")[0]
            if any(w in _ANONYMOUS_HEADS for w in phrase.lower().split()[1:7]):
                return True  # A senior party figure, speaking on condition of anonymity,
                # told Nordwire that Björnsson …. "…," the official said: the figure
        return False

    def _paragraph_of_latest(self, entity: int, offset: int) -> int:
        """The paragraph of entity ``entity``'s latest mention before offset ``offset``."""
        mentions = self.registry.entities[entity].mentions
        k = bisect_left(mentions, (offset,)) - 1
        return self.document.paragraph_at(mentions[k][0]) if k >= 0 else -1

    def _before_mentions(self, index: int) -> str:
        """The few words written before each mention of an entity, lowercased (``defense
        attorney`` before ``Nathaniel Reyes``)."""
        text = self.document.text
        return " ".join(text[max(0, a - 30) : a].lower()
                        for a, _ in self.registry.entities[index].mentions)

    def _acronym_role_holder(self, source: Source, named: list[int]) -> int:
        """For ``the SHO said`` (an acronym after ``the``, taken for an organization's
        name): the person an earlier sentence introduced with that acronym as their post
        (``The SHO of Dhoriwah City police station, Inspector Ghulam Mustafa Lashari,``);
        -1 when none."""
        if len(named) != 1 or len(source.names) != 1:
            return -1
        entity = self.registry.entities[named[0]]
        text = self.document.text
        if entity.kind != "organization" or " " in entity.name or not entity.name.isupper() or (
            text[max(0, source.start - 4) : source.start].lower() != "the "
        ):
            return -1
        word = "the " + entity.name.lower()
        holders = self._post_holders.get(word)
        if holders is None:  # (found once per post: every person's mention after it)
            holders = self._post_holders[word] = sorted(
                (a, index) for index, person in enumerate(self.registry.entities)
                if person.kind == "person" for a, _ in person.mentions
                if word in text[max(self.document.sentences[self.document.sentence_at(a)][0],
                                    a - 80) : a].lower())
        k = bisect_left(holders, (source.start,)) - 1
        return holders[k][1] if k >= 0 else -1

    def _around_mentions(self, index: int) -> str:
        """The words written within 50 characters of each mention of an entity in its sentence,
        lowercased (``as interim head coach`` after ``Mike Price``)."""
        document = self.document
        parts = []
        for a, b in self.registry.entities[index].mentions:
            first, last = document.sentences[document.sentence_at(a)]
            parts.append(document.text[max(first, a - 50) : min(last, b + 50)].lower())
        return " ".join(parts)

    def _role_words(self, index: int) -> list[str]:
        """The words of an entity's roles and of the titles written before its names."""
        entity = self.registry.entities[index]
        words: list[str] = []
        for role in [entity.role or "", *self._roles.get(index, [])]:
            words += [strip_possessive(w.strip(",.()")) for w in role.lower().split()]
        return words + self._titles_before.get(index, [])  # (the union's: union)

    def complete_role(self, index: int) -> None:
        """Give a person with no role yet the one the text gives beside one of their first
        names (``US voice actor Jane Roe``, ``Jane Roe, a spokeswoman for the city,``), and
        one with a bare title its fuller form there (``mayor`` -> ``Leeds mayor``)."""
        entity = self.registry.entities[index]
        if entity.kind != "person":
            return
        known = (entity.role or "").lower()
        document = self.document
        tokens = document.tokens
        for start, _ in entity.mentions[:4]:
            k = bisect_left(tokens.starts, start)
            run = document.name_run_at[k] if k < len(tokens) else None
            if run is None:
                continue
            name_run = document.name_runs[run]
            names = [n for n in name_run.names if n.start == start]
            frame = document.frame(document.sentence_at(start))
            first, end = name_run.start - frame.first, (
                names[0].token_end if names else name_run.end
            ) - frame.first
            if not 0 <= first < end <= len(frame.words):
                continue
            role = role_beside(frame, first, end)
            if role and (not known or (
                len(role) > len(known) and role.lower().endswith(" " + known)
            )):
                entity.role = role  # or the fuller form: mayor -> Leeds mayor
                return

    def _family_name(self, source: Source) -> str | None:
        """The name of the family a description of two words means (``her family`` after
        Elspeth Carraway: "Carraway family"; ``The family`` after the Hollenbeck family was
        named): the surname of the one the possessive stands for, or the family the article
        named last (this paragraph or the two before), or else the only family it names;
        None if none."""
        word = source.text.split()[0].lower()
        pronoun = lx.POSSESSIVE_PRONOUNS.get(word)
        document = self.document
        if pronoun is not None:
            kept = len(self._chain_starts)
            found = self._antecedent(Source(source.start, source.start + len(word), "pronoun",
                                            pronoun))
            del self._chain_starts[kept:], self._chain_entities[kept:]  # (no mention made)
            if found < 0 or self.registry.entities[found].kind != "person":
                return None
            surname = strip_possessive(self.registry.entities[found].name.split()[-1])
            return f"{surname} family" if " " in self.registry.entities[found].name else None
        if word != "the":
            return None
        floor = document.paragraphs[max(0, document.paragraph_at(source.start) - 2)][0]
        named = list(_FAMILY_NAME.finditer(document.text, floor, source.start))
        if named:
            return named[-1].group(0)[4:]
        earlier = [at for at in self._family_names if floor <= at < source.start]
        if earlier:
            return self._family_names[max(earlier)]  # his family … The family
        families = {found.group(0)[4:] for found in _FAMILY_NAME.finditer(document.text)}
        return families.pop() if len(families) == 1 else None  # the one family the article
        # names, later on (an obituary's closing The Bell family has asked)

    def unnamed(self, source: Source) -> tuple[str | None, str | None]:
        """(speaker, description) of a source that ``resolve`` found no entity for: a document
        speaks for itself (``the study`` is the speaker); any other description is an unnamed
        source (no speaker; ``one neighbour``, ``officials`` kept as its description), and so
        is a pronoun that refers to one (``The senator … he said``)."""
        family = self._family_names.get(source.start)
        if family:
            return family, None
        text = source.text if source.kind == "nominal" else self.described.get(source.start)
        if not text:
            return None, None
        words, head = _head(text)
        if words[0].lower() in ("one", "another") and head.islower():
            return None, text  # one review on Steam, One NBA scout: one of some, unnamed
        named = any(is_cap(w) for w in text.split()[1:])
        if (head in lx.DOCUMENT_HEADS and (named or len(words) == len(text.split()))) or (
            not _person_head(head) and not _agent(head) and any(is_cap(w) for w in words[1:])
        ) or _FAMILY_NAME.fullmatch(text):  # (but A former Tristate collector: someone)
            if head in lx.DOCUMENT_HEADS and len(text.split()) > 2 and (
                text.split()[0].lower() in ("a", "an")
            ):  # a DEA laboratory report: the DEA laboratory report (but a statement)
                text = text.split(None, 1)[1]
            return text, None  # the study · The Biden campaign · the State Department
        return None, text  # one neighbour · a statement from his family

    def _subjects_of(self, sentence: int) -> frozenset[int]:
        """Where the names that are the subject of a sentence begin (found once per sentence):
        none when the subject is a description (``the Tulsa protest``, ``Trump’s campaign``)."""
        got = self._subjects.get(sentence)
        if got is None:
            frame = self.document.frame(sentence)
            subject = sentence_subject(frame, 0, len(frame.words)) if len(frame.words) else None
            if subject is None:
                got = frozenset()
                self._no_subject.add(sentence)
            elif subject.kind == "name":
                got = frozenset(name.start for name in subject.names)
                if len(subject.names) > 1 or self._and_after(subject):
                    self._plural_subjects.add(subject.names[0].start)
            else:
                got = self._organization_opening(subject) or self._possessor_opening(subject)
                if subject.kind == "nominal" and not got:
                    self._nominal_subjects[sentence] = subject
            if len(frame.words) > 6:
                got = got | self._second_clause_subjects(frame)
            self._subjects[sentence] = got
        return got

    def _second_clause_subjects(self, frame: Frame) -> frozenset[int]:
        """Where a person's name begins that is the subject of a second clause joined by
        ``, and`` or ``, but`` (``His father was a joiner, and Ward spent his childhood …``)."""
        words, lowers = frame.words, frame.lowers
        found = []
        for k in range(1, len(words) - 3):
            if words[k] != "," or lowers[k + 1] not in ("and", "but"):
                continue
            run_index = frame.name_run_at[k + 2]
            if run_index is None:
                continue
            run = frame.name_runs[run_index]
            if run.start != frame.token(k + 2) or len(run.names) != 1 or (
                run.names[0].kind != "person"
            ):
                continue
            after = k + 2 + (run.end - run.start)
            if after < len(words) and words[after].isalpha() and words[after].islower() and (
                lowers[after] not in lx.FUNCTION_WORDS
            ) and not words[after - 1].endswith(("’s", "'s", "’", "'")):  # (and Rono's allies)
                found.append(run.names[0].start)
        return frozenset(found)

    def _and_after(self, subject: Source) -> bool:
        """Whether ``and`` follows a subject's name (``Sameh Shoukry and his counterparts``)."""
        tokens = self.document.tokens
        k = bisect_left(tokens.starts, subject.end)
        return k < len(tokens) and tokens.lowers[k] == "and"

    def _organization_opening(self, subject: Source) -> frozenset[int]:
        """Where an organization's name begins when a description opens with it after
        ``the`` (``the United States Commission on …``: the commission is the subject)."""
        document = self.document
        tokens = document.tokens
        k = bisect_left(tokens.starts, subject.start)
        if k + 1 >= len(tokens) or tokens.lowers[k] != "the":
            return frozenset()
        run = document.name_run_at[k + 1]
        if run is None:
            return frozenset()
        names = document.name_runs[run].names
        if names and names[0].kind == "organization" and names[0].token_start == k + 1:
            return frozenset({names[0].start})
        return frozenset()

    def _named_in_opening_clause(self, source: Source, gender: str, sentence: int) -> int:
        """The one person a subordinate clause that opens the sentence names, when the
        pronoun is the subject right after its comma and the clause has a subject of its own
        that is no one a he or she means (``When I read this to Ward, he puts down his
        gouge``: Ward, not the rival quoted before); -1 otherwise."""
        document = self.document
        tokens = document.tokens
        first = document.sentence_tokens[sentence][0]
        k = bisect_left(tokens.starts, source.start)
        if k - first < 4 or tokens.words[k - 1] != "," or (
            tokens.lowers[first] not in lx.SUBORDINATORS
            or tokens.lowers[first + 1] not in _OPENING_SUBJECTS
        ):
            return -1
        if any(tokens.words[x] in (",", ";", ":") or tokens.lowers[x] in ("and", "or", "but")
               for x in range(first + 1, k - 1)):
            return -1
        inside = self.names[bisect_left(self.starts, tokens.starts[first]) :
                            bisect_left(self.starts, source.start)]
        people = {name.entity for name in inside if name.entity >= 0
                  and self.registry.entities[name.entity].kind == "person"}
        if len(people) != 1:
            return -1
        person = people.pop()
        return person if self._may_mean(person, gender) else -1

    def _participle_intro(self, source: Source, sentence: int) -> int:
        """Where the sentence begins when a pronoun is the subject right after a participle
        phrase that opens it (``Flanked by his deputy, Interior Minister Petr Lasko, he
        described``, ``Speaking to Jane Roe, she said``): the names in the phrase are what it
        is about, never its subject, so not the pronoun's antecedent. Else past the pronoun."""
        document = self.document
        tokens = document.tokens
        first = document.sentence_tokens[sentence][0]
        k = bisect_left(tokens.starts, source.start)
        low = tokens.lowers[first] if first < len(tokens) else ""
        asked = low in ("asked", "questioned", "pressed") and first + 1 < len(tokens) and (
            tokens.lowers[first + 1] in lx.PASSIVE_ASIDE_NEXT)  # Asked about the ball that
        # removed Dinesh Wijeratne, the captain, he grinned: not Wijeratne
        if k - first < 3 or tokens.words[k - 1] != "," or len(low) < 5 or (
            not low.endswith(("ing", "ed")) or document.name_run_at[first] is not None
            or (low in lx.CUE_WORDS and not asked)
        ):
            return source.end
        return tokens.starts[first]

    def _possessor_opening(self, subject: Source) -> frozenset[int]:
        """Where a person's name begins when a description opens with their possessive
        (``Ashby's testimony followed an op-ed he published``: Ashby is what the sentence is
        about, and a pronoun after may mean him)."""
        document = self.document
        tokens = document.tokens
        k = bisect_left(tokens.starts, subject.start)
        run = document.name_run_at[k] if k < len(tokens) else None
        if run is None:
            return frozenset()
        name_run = document.name_runs[run]
        names = name_run.names
        last = tokens.words[name_run.end - 1]
        if len(names) == 1 and names[0].kind == "person" and names[0].token_start == k and (
            last.endswith(("’s", "'s"))
        ):
            self._possessors.add(names[0].start)
            return frozenset({names[0].start})
        return frozenset()

    def _antecedent(self, source: Source) -> int:
        """The entity a pronoun refers to, -1 when none (see the module's docstring)."""
        gender = lx.PRONOUNS.get(source.text.lower())
        if gender in (None, "s"):
            return -1
        document = self.document
        offset = source.start
        paragraph = document.paragraph_at(offset)
        here = document.sentence_at(offset)
        if gender in ("m", "f"):
            addressee = self._addressee(source, gender, here)
            if addressee >= 0:
                return addressee
            opened = self._named_in_opening_clause(source, gender, here)
            if opened >= 0:
                return opened
        # every mention within reach of each entity that may be meant: names, and the
        # pronouns already resolved (a chain: "Smith said … She added … she said")
        mentions: list[tuple[int, int, bool]] = []  # (start, entity, whether a name)
        allowed: dict[int, bool] = {}
        i = bisect_left(self.starts, offset) - 1
        # no further back than REACH characters and SENTENCES sentences (a mention's worth
        # falls by SENTENCE_DECAY a sentence: beyond that it can no longer win)
        floor = max(offset - REACH, document.sentences[max(0, here - SENTENCES)][0])
        intro = self._participle_intro(source, here)
        while i >= 0 and self.names[i].start >= floor:
            name = self.names[i]
            i -= 1
            if name.start >= intro:
                continue  # Flanked by his deputy, Petr Lasko, he said: not Lasko
            if name.entity >= 0 and self._in_subjects_clause(name):
                continue  # Halvorsen, who was away when King's message arrived, laughs
            if name.entity >= 0:
                if name.entity not in allowed:
                    allowed[name.entity] = self._may_mean(name.entity, gender)
                if allowed[name.entity] or (gender == "p" and self._plural(name)):
                    mentions.append((name.start, name.entity, True))
        j = bisect_left(self._chain_starts, offset) - 1
        while j >= 0 and self._chain_starts[j] >= floor:
            meant = self._chain_entities[j]
            if meant not in allowed:
                allowed[meant] = self._may_mean(meant, gender)
            if allowed[meant]:
                mentions.append((self._chain_starts[j], meant, False))
            j -= 1
        mentions.sort(key=lambda m: -m[0])
        # each entity's salience: the best of its mentions, a mention's worth falling with
        # its distance; entities ranked by their latest mention
        salience: dict[int, float] = {}
        focus, focus_at = -1, -1  # the entity (and offset) of the latest subject or source
        for start, index, is_name in mentions:
            if focus < 0 and self._leading(start, is_name):
                focus, focus_at = index, start
            if index in salience:
                if is_name and start not in self.source_starts:
                    continue  # an earlier mention counts only as a source
            elif len(salience) >= 12:
                continue
            worth = self._worth(start, is_name, here, paragraph) - (offset - start) / 2000.0
            if index not in salience or worth > salience[index]:
                salience[index] = worth
        best, best_score, best_pos = -1, float("-inf"), -1
        latest: dict[int, int] = {}
        for start, index, _ in mentions:
            latest.setdefault(index, start)
        topic = self._topic_before(source)
        for rank, index in enumerate(salience):  # in the order of their latest mentions
            if index == topic and len(salience) > 1:
                continue  # Okafor, he said, "…": he is someone else
            entity = self.registry.entities[index]
            score = -RANK_DECAY * rank + salience[index] + (FOCUS if index == focus else 0.0)
            if _doubtful(entity):
                score -= 0.8
            if gender in ("m", "f"):
                if entity.gender == gender:
                    score += 0.5
                else:
                    guess = self._guesses.get(index, "?")
                    if guess == "?":
                        guess = self._guesses[index] = _first_name_gender(entity.name)
                    if guess == gender:
                        score += GUESSED_GENDER
                    elif guess is not None:
                        score -= 0.5
            if score > best_score:
                best, best_score, best_pos = index, score, latest[index]
        if gender == "n":  # The league warned … what it called "…": the league
            self._subjects_of(here)
            subject = self._nominal_subjects.get(here)
            if subject is not None and subject.start < source.start and (
                _head(subject.text)[1] in lx.GENERIC_ORG_HEADS
            ):
                found = self._nominal_entities.get(subject.start, -1)
                if found < 0:
                    found = self._described(subject)
                if found >= 0:
                    return found
        nominal = self._nominal_before(source, gender, paragraph, best_pos)
        if nominal is None and gender in ("m", "f"):
            nominal = self._described_subject(source, gender, here, focus_at)
        if nominal is not None:
            found = self._nominal_entities.get(nominal.start, -1)  # (a source resolved before)
            if found < 0:
                found = self._described(nominal)
            if found < 0:
                found = self._just_named(nominal)
            if found < 0:
                found = self._described(nominal, synonyms=True)
            if found < 0:
                # One survivor, a college student who gave his name only as Sajib, said
                aside = self.document.text.find(",", nominal.end, nominal.end + 2)
                if aside >= 0 and _FIRST_NAME_ASIDE.search(
                        self.document.text, aside, aside + 120):
                    found = self._first_name_given(aside)
            if found >= 0 and gender in ("m", "f") and self.registry.entities[found].gender not in (
                None, gender
            ):
                nominal = None  # The judge (a woman) rejected it. "…," he said: someone else
            elif found >= 0:
                return found
        if nominal is not None:
            self.described[source.start] = nominal.text
            return -1
        if best < 0 and gender in ("m", "f") and not mentions and not (
            self._someone_unnamed_opened(here)
        ):  # (not after An undersecretary visited. He was kind.)
            best = self._protagonist(gender, offset)  # a profile's she, named long before
        if best >= 0 and gender in ("m", "f") and self.registry.entities[best].gender is None:
            self.registry.entities[best].gender = gender
        if best >= 0:
            self._chain_starts.append(offset)
            self._chain_entities.append(best)
        return best

    def _someone_unnamed_opened(self, sentence: int) -> bool:
        """Whether this sentence or one of the four before opens with ``a``, ``an``, ``one``
        or ``another`` (someone unnamed a pronoun after it may mean)."""
        tokens = self.document.tokens
        firsts = (self.document.sentence_tokens[k][0] for k in range(max(0, sentence - 4),
                                                                     sentence + 1))
        return any(k < len(tokens) and tokens.lowers[k] in lx.INDEFINITE_OPENERS for k in firsts)

    def _protagonist(self, gender: str, offset: int) -> int:
        """The person of that gender an article is about, for a pronoun with no one of its
        gender in reach (a profile's ``she says``, the subject last named paragraphs back):
        the one named before ``offset`` at least three times and twice as often as anyone
        else of that gender; -1 if none."""
        people = self._people_of_gender.get(gender)
        if people is None:
            people = self._people_of_gender[gender] = [
                index for index, entity in enumerate(self.registry.entities)
                if entity.kind == "person"
                and (entity.gender or _first_name_gender(entity.name)) == gender]
        if len(people) > _MOST_PEOPLE:
            return -1  # (so many people of one gender: no one article's subject)
        counts = {index: bisect_left(self.registry.entities[index].mentions, (offset,))
                  for index in people}  # (mentions are in text order)
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return -1
        return ranked[0][0]

    def _features(self, start: int, is_name: bool) -> tuple[int, int, float, bool]:
        """What a mention is, whatever the pronoun (found once per mention): its sentence,
        its paragraph, its worth from being a source, standing aside (an object, a
        possessive, a modifier) and being its sentence's subject, and whether it is a subject
        or a source (a resolved pronoun is both)."""
        key = start if is_name else -1 - start
        got = self._mention_features.get(key)
        if got is None:
            document = self.document
            sentence = document.sentence_at(start)
            if is_name:
                # the source of an attribution is taken for its clause's subject, which
                # spares finding the subject of every sentence with a source in it
                source = (start in self.source_starts and not self._reported(start, sentence)) or (
                    self._words_from(start))
                subject = source or (start in self._subjects_of(sentence)
                                     and not self._reported_subject(start, sentence))
                agent = not subject and (self._passive_agent(start) and all(
                    at in self._possessors for at in self._subjects_of(sentence)
                ) or self._for_opener(start, sentence))  # (not when a person is the subject:
                # Young was dropped by Tom Fairley; For Aunty Doreen, the walks were …: hers)
                worth = (1.5 if source else (-0.7 if not agent and self._aside(start) else 0.0)) + (
                    0.9 if subject or agent else 0.0
                )
                leading = source or subject or agent
            else:
                worth, subject, leading = 2.4, True, True
            got = self._mention_features[key] = (
                sentence, document.paragraph_at(start), worth, subject
            )
            self._leading_mentions[key] = leading
        return got

    def _in_subjects_clause(self, name: Name) -> bool:
        """Whether a name stands inside a relative clause set off by commas after the name
        that is its sentence's subject (``Halvorsen, who was away when King's message
        arrived, laughs``): what the clause says of the subject, no one a pronoun after means.
        """
        inside = self._in_clause.get(name.start)
        if inside is None:
            document = self.document
            sentence = document.sentence_at(name.start)
            if document.text.find(", who", document.sentences[sentence][0], name.start) < 0:
                inside = False  # (no such clause before it in its sentence: nothing to find)
            else:
                clause = self._subject_clauses.get(sentence)
                if clause is None:
                    clause = self._subject_clauses[sentence] = self._subject_clause(sentence)
                inside = clause[0] <= name.start < clause[1]
            self._in_clause[name.start] = inside
        return inside

    def _subject_clause(self, sentence: int) -> tuple[int, int]:
        """The offsets [start, end) of the ``, who …,`` clause after a sentence's subject
        name, (0, 0) when it has none."""
        subjects = self._subjects_of(sentence)
        if not subjects:
            return (0, 0)
        document = self.document
        tokens = document.tokens
        k = bisect_left(tokens.starts, min(subjects))
        run = document.name_run_at[k] if k < len(tokens) else None
        if run is None:
            return (0, 0)
        e = document.name_runs[run].end
        end = document.sentence_tokens[sentence][1]
        if e + 1 >= end or tokens.words[e] != "," or tokens.lowers[e + 1] not in ("who", "whose"):
            return (0, 0)
        for c in range(e + 2, min(end, e + 40)):
            if tokens.words[c] == ",":
                return (tokens.starts[e + 1], tokens.starts[c])
        return (0, 0)

    def _for_opener(self, start: int, sentence: int) -> bool:
        """Whether the name at offset ``start`` is what a ``For NAME,`` opening its sentence
        is about (``For Aunty Doreen, the walks were about more than numbers.``)."""
        document = self.document
        tokens = document.tokens
        first = document.sentence_tokens[sentence][0]
        k = bisect_left(tokens.starts, start)
        run = document.name_run_at[k] if k < len(tokens) else None
        if run is None or tokens.lowers[first] != "for":
            return False
        name_run = document.name_runs[run]
        return name_run.start - first <= 2 and name_run.end < len(tokens) and (
            tokens.words[name_run.end] == ",")

    def _passive_agent(self, start: int) -> bool:
        """Whether the name at offset ``start`` is the agent of a passive verb (``The album
        was produced by Devlin Hope, who …``): the one who did it, in focus as a subject is."""
        tokens = self.document.tokens
        k = bisect_left(tokens.starts, start)
        run = self.document.name_run_at[k] if k < len(tokens) else None
        if run is None:
            return False
        name_run = self.document.name_runs[run]
        if tokens.words[name_run.end - 1].endswith(("’s", "'s")):
            return False  # frustrated by Carson's advisers: the advisers did it
        k = name_run.start
        lowers = tokens.lowers
        if k < 3 or lowers[k - 1] != "by":
            return False
        for v in range(k - 2, max(0, k - 5), -1):  # (were installed in 2019 by Tomasz …)
            if lowers[v].endswith(("ed", "en")) and lowers[v - 1] in lx.BE_FORMS:
                return True
            if not (lowers[v].isdigit() or lowers[v] in lx.TIME_WORDS or lowers[v] in (
                    "in", "on", "last", "this")):
                return False  # (only a time between the verb and "by")
        return False

    def _reported(self, start: int, sentence: int) -> bool:
        """Whether the source mention at ``start`` is inside what an earlier source of its
        sentence reports (``Marsh said … and that Rivers agreed``): Rivers is not the one in
        focus after it (nor Begay, in ``Stone says Begay asked``)."""
        a = self.document.sentences[sentence][0]
        sources = self._sources()
        i = bisect_left(sources, a)
        while i < len(sources) and sources[i] < start and sources[i] not in self.source_starts:
            i += 1  # (the first name that is a source: descriptions are not counted here)
        if i >= len(sources) or sources[i] >= start:
            return False
        between = self.document.text[sources[i] : start]
        if any(mark in between for mark in (";", "\"", "“")):
            return False
        words = between.split()
        # (… and that Rivers agreed · Stone says Begay asked: no "that", the verb right before)
        return " that " in between or (
            2 <= len(words) <= 5 and words[-1].lower() in lx.SPEECH_VERBS and "," not in between)

    def _reported_subject(self, start: int, sentence: int) -> bool:
        """Whether a subject at ``start`` opens what a later source of its sentence reports
        (``Young designed the coating herself, the professor said``): the professor, not
        Young, is the one in focus after it."""
        b = self.document.sentences[sentence][1]
        text = self.document.text
        sources = self._sources()
        i = bisect_left(sources, start + 1)
        while i < len(sources) and sources[i] < b:
            if text[sources[i] - 2 : sources[i]] == ", ":
                return True
            i += 1
        return False

    def _sources(self) -> list[int]:
        """Where every source begins (names and descriptions), sorted."""
        if self._every_source is None:
            self._every_source = sorted(
                self.source_starts | {nominal.start for nominal in self._nominals})
        return self._every_source

    def _words_from(self, start: int) -> bool:
        """Whether the name at offset ``start`` is the one words come from (``drew a sharp
        reply from Verbeek's coach, Grandmaster Piet Jansen``): a speaker, as a source is."""
        tokens = self.document.tokens
        k = bisect_left(tokens.starts, start) - 1
        floor = max(0, k - 8)
        while k > floor and tokens.lowers[k] != "from":
            if tokens.words[k] in (".", ";", ":", "\"", "“", "”") or tokens.words[k] == "":
                return False
            k -= 1
        if k <= floor or tokens.lowers[k] != "from":
            return False
        noun = tokens.lowers[k - 1]
        if noun in ("came", "come", "comes") and k >= 3:
            # The sharpest words came from Taneti Ioane: the words' speaker
            noun = next((w for w in tokens.lowers[max(0, k - 4) : k - 1] if w in lx.SPEECH_NOUNS),
                        noun)
        return noun in lx.SPEECH_NOUNS and noun not in ("question", "request")

    def _leading(self, start: int, is_name: bool) -> bool:
        """Whether a mention is the subject of its sentence or the source of an attribution."""
        self._features(start, is_name)
        return self._leading_mentions[start if is_name else -1 - start]

    def _worth(self, start: int, is_name: bool, here: int, paragraph: int) -> float:
        """How strongly one mention makes its entity the one a pronoun in sentence ``here``
        (of ``paragraph``) means: the source of an attribution (a resolved pronoun is one),
        the subject of its sentence (more so of the pronoun's own), in the same paragraph;
        less when it stands aside; fading with each sentence between."""
        sentence, of_paragraph, worth, subject = self._features(start, is_name)
        if subject and sentence == here:
            worth += 1.0  # Kerry said …, and he urged …
        if of_paragraph == paragraph:
            worth += 0.5
        return worth - SENTENCE_DECAY * (here - sentence)

    def _plural(self, name: Name) -> bool:
        """Whether a person's name opens a subject of several people (see ``_subjects_of``)."""
        if self.registry.entities[name.entity].kind != "person":
            return False
        self._subjects_of(self.document.sentence_at(name.start))
        return name.start in self._plural_subjects

    def _addressee(self, source: Source, gender: str, here: int) -> int:
        """For ``he replied`` (answered, responded) right after a sentence that ends by
        asking someone (``Little asked Adrian Rose.``): the one asked, -1 otherwise."""
        document = self.document
        tokens = document.tokens
        k = bisect_left(tokens.starts, source.end)
        if here == 0 or k >= len(tokens):
            return -1
        if lx.SPEECH_VERBS.get(tokens.lowers[k]) not in _REPLIES:
            return self._asked_about(source, gender, here)
        a, b = document.sentences[here - 1]
        i = bisect_left(self.starts, b) - 1
        if i < 0 or self.names[i].start < a or self.names[i].entity < 0:
            return -1
        name = self.names[i]
        j = bisect_left(tokens.starts, name.start) - 1
        after = document.text[name.end : b].strip(" .?!\"”’'")
        if j < 0 or tokens.lowers[j] not in _ASKING or after or not self._may_mean(
            name.entity, gender
        ):
            return -1
        return name.entity

    def _asked_about(self, source: Source, gender: str, here: int) -> int:
        """For ``"…," he said`` in a sentence that names no one, right after a sentence whose
        subject, someone named, asks someone named about something (``Long asked Hope about
        the winter of 1996, when …``, ``On redirect, Kowalczyk asked King why``): the one
        asked, who answers; -1 otherwise."""
        document = self.document
        tokens = document.tokens
        a, b = document.sentences[here - 1]
        here_start = document.sentences[here][0]
        if bisect_left(self.starts, here_start) < bisect_left(self.starts, source.start):
            return -1  # (a name in the quotation's own sentence: the usual reading)
        subjects = self._subjects_of(here - 1)
        i = bisect_left(self.starts, a)
        while i < len(self.names) and self.names[i].start < b and (
            self.names[i].start not in subjects
        ):
            i += 1  # (On redirect, Kowalczyk asked King why: past the opening phrase)
        if i + 1 >= len(self.names) or self.names[i + 1].start >= b:
            return -1
        asker, asked = self.names[i], self.names[i + 1]
        j = bisect_left(tokens.starts, asked.start)
        k = bisect_left(tokens.starts, asked.end)
        if (
            asker.entity < 0 or asked.entity < 0 or asker.start not in subjects or j < 1
            or tokens.lowers[j - 1] != "asked" or bisect_left(tokens.starts, asker.end) != j - 1
            or k >= len(tokens) or tokens.lowers[k] not in _ASKED_ABOUT
        ):
            return -1
        return asked.entity if self._may_mean(asked.entity, gender) else -1

    def _may_mean(self, index: int, gender: str | None) -> bool:
        """Whether a pronoun of this gender may refer to entity ``index``: he and she a person
        of no other gender (not a nationality or a place taken for a name), they and it an
        organization."""
        entity = self.registry.entities[index]
        if gender in ("m", "f"):
            if entity.kind != "person" or (entity.gender and entity.gender != gender):
                return False
            person = self._persons.get(index)
            if person is None:
                person = self._persons[index] = not _not_a_person(entity.name) and not (
                    _doubtful(entity) and self._common_word(entity)) and not (
                    self._names_a_side(entity)) and not self._named_as_term(entity) and not (
                    self._placed(entity)) and not self._named_thing(entity)
            return person
        return entity.kind == "organization"

    def _placed(self, entity: Entity) -> bool:
        """Whether a name of no known gender, whose first name the lexicon does not know, is
        first written after a preposition of place (``a teacher from Lydbrook Cross``): more
        likely a place than anyone a he or a she refers to."""
        if entity.gender is not None or not entity.mentions or _first_name_gender(entity.name):
            return False
        return _after_place_preposition(self.document.text, entity.mentions[0][0])

    def _named_thing(self, entity: Entity) -> bool:
        """Whether a one-word name of no known gender, whose first name the lexicon does not
        know, is first written as the name of a thing (``a cat named Quorum``, ``Her new
        place, Brasa,``): no one a he or a she refers to."""
        if " " in entity.name or entity.gender is not None or not entity.mentions or (
            _first_name_gender(entity.name)
        ):
            return False
        before = self.document.text[max(0, entity.mentions[0][0] - 40) : entity.mentions[0][0]]
        named = _THING_NAMED.search(before)
        if named is not None:
            noun = named.group(1).lower()
            return not (noun in lx.PERSON_HEADS or noun in lx.PERSON_DESCRIPTION_HEADS
                        or noun in lx.FEMALE_ROLES or noun in lx.MALE_ROLES or agent_noun(noun))
        apposed = _THING_APPOSED.search(before)
        return apposed is not None and apposed.group(1).lower() in _THING_HEADS

    def _named_as_term(self, entity: Entity) -> bool:
        """Whether a name of no known gender is what a quotation found to be a term gives
        (``code-named “Kestrel,”``, later ``Kestrel is designed around that``): a thing's
        name, no one a he or a she refers to."""
        if entity.gender is not None or not self.document.term_texts:
            return False
        terms = self._terms
        if terms is None:
            terms = self._terms = {t.strip(" ,.;:!?").lower() for t in self.document.term_texts}
        return entity.name.lower() in terms

    def _names_a_side(self, entity: Entity) -> bool:
        """Whether a one-word name of no known gender is written before a word for someone's
        post (``the Stourford head coach``, ``Ashcombe captain``): a team, a firm or a place
        whose people those are, no one a he or a she refers to."""
        if " " in entity.name or entity.gender is not None:
            return False
        tokens = self.document.tokens
        for _, end in entity.mentions[:8]:
            k = bisect_left(tokens.starts, end)
            if k < len(tokens) and tokens.starts[k] - end == 1 and tokens.words[k].islower() and (
                tokens.lowers[k] in lx.PERSON_HEADS or tokens.lowers[k] in lx.TITLES
                or tokens.lowers[k] == "head"
            ):
                return True
        return False

    def _common_word(self, entity: Entity) -> bool:
        """Whether a one-word name is a common word capitalized only where a capital is
        forced and written in lowercase elsewhere in the text (``Overdose calls fell`` beside
        ``these overdoses``): no one a he or a she refers to."""
        if not capital_forced(self.document.text, entity.mentions):
            return False
        return written_lowercase(strip_possessive(entity.name).lower(),
                                 self.document.lowercase_words)

    def _aside(self, start: int) -> bool:
        """Whether the name at offset ``start`` stands where a subject does not: after a verb
        or a preposition (``met with Trump``, ``accused Trump``), as a possessive (``Trump’s
        son``), or after a determiner as a modifier (``the Chuck Jones quote``, ``a Mermaid``)."""
        document = self.document
        tokens = document.tokens
        k = bisect_left(tokens.starts, start)
        if k >= len(tokens) or tokens.starts[k] != start:
            return False
        run = document.name_run_at[k]
        if run is not None:
            name_run = document.name_runs[run]
            last = tokens.words[name_run.end - 1]
            following = tokens.lowers[name_run.end] if name_run.end < len(tokens) else ""
            if last.endswith(("’s", "'s")) or following in ("’s", "'s") or (
                following in lx.NOMINAL_HEADS and following not in lx.CUE_WORDS
            ) or (following.endswith("s") and following[:-1] in lx.NOMINAL_HEADS):
                return True  # Trump’s son, the Clinton campaign, Obama aides
            k = name_run.start
        b = k - 1
        while b >= 0 and (
            tokens.lowers[b] in lx.TITLES or tokens.lowers[b] in lx.SOURCE_MODIFIERS
            or tokens.lowers[b] in lx.ARTICLES
        ):
            b -= 1  # presidential nominee Hillary Clinton
        if b < 0 or tokens.ends[b] < document.sentences[document.sentence_at(start)][0]:
            return False
        before = tokens.words[b]
        return before.isalpha() and before.islower() and (
            before not in lx.SUBJECT_MAY_FOLLOW and document.name_run_at[b] is None
        )

    def _described_subject(
        self, source: Source, gender: str, here: int, focus_at: int
    ) -> Source | None:
        """A description of one person that is the subject of a sentence after the latest
        named subject or source (no more than two sentences back): ``One of the victims
        decided … She said`` -> "One of the victims"."""
        document = self.document
        floor = max(here - 2, document.sentence_at(focus_at) + 1 if focus_at >= 0 else 0)
        for sentence in range(here, floor - 1, -1):
            self._subjects_of(sentence)
            subject = self._nominal_subjects.get(sentence)
            if subject is None and sentence == here - 1 and sentence in self._no_subject:
                subject = self._someone_opening(sentence)
            if subject is None or subject.start >= source.start:
                continue
            if self._appositive_of_name(subject.start):
                return None  # Among those outside is Rosa Mendes, a retired teacher: Mendes
            words, head = _head(subject.text)
            if focus_at >= 0 and lx.PRONOUNS.get(
                    lx.POSSESSIVE_PRONOUNS.get(words[0].lower(), "")) == gender:
                return None  # Her mother lilted. … she told: the one "her" means, in focus
            if head == "one" or head in lx.PERSON_HEADS or head in lx.PERSON_DESCRIPTION_HEADS or (
                agent_noun(head)
            ):
                if (gender == "m" and head in lx.FEMALE_ROLES) or (
                    gender == "f" and head in lx.MALE_ROLES
                ):
                    return None
                return subject
            return None  # the latest subject describes something else
        return None

    def _relative_antecedent(self, source: Source) -> list[int]:
        """Whom ``who`` refers to: the name right before its comma, or the short definite
        description opening the sentence there, resolved as such (``The 67-year-old, who says
        she …``); [] when neither is there."""
        text = self.document.text
        comma = source.start - 2
        if comma < 1 or text[comma : source.start] != ", ":
            return []
        i = bisect_left(self.starts, comma) - 1
        if i >= 0 and self.names[i].end == comma and self.names[i].entity >= 0:
            return [self.names[i].entity]
        start = self.document.sentences[self.document.sentence_at(source.start)][0]
        opening = text[start:comma]
        if not _SHORT_DEFINITE.fullmatch(opening):
            return []  # (only a short description opening the sentence: The 67-year-old)
        return self._resolve(Source(start, comma, "nominal", opening))

    def _appositive_of_name(self, offset: int) -> bool:
        """Whether a description at ``offset`` is set off by a comma right after a person's
        name (``Rosa Mendes, a retired primary teacher``): the name's, not someone else."""
        i = bisect_left(self.starts, offset) - 1
        if i < 0:
            return False
        name = self.names[i]
        return self.document.text[name.end : offset] == ", " and name.kind == "person"

    def _someone_opening(self, sentence: int) -> Source | None:
        """A description of someone not named (``a retired engineer``, ``One soldier``) that
        opens a sentence, after any introductory phrase and its comma, when the sentence's
        subject was not found (``One soldier, warming his hands …, offered``, ``Outside the
        parliament, a retired engineer waiting at a tram stop shook his head``)."""
        frame = self.document.frame(sentence)
        lowers = frame.lowers
        count = min(len(lowers), 24)
        i = 0
        if count and lowers[0] not in lx.INDEFINITE_OPENERS:
            comma = next((k for k in range(1, min(count, 12)) if lowers[k] == ","), -1)
            i = comma + 1 if comma > 0 and lowers[0] in lx.INTRODUCTORY_WORDS else count
        if i >= count or lowers[i] not in lx.INDEFINITE_OPENERS:
            return None
        for k in range(i + 1, min(count, i + 4)):
            low = lowers[k]
            if not low.isalpha() or (frame.words[k][:1].isupper() and low not in lx.DEMONYMS):
                return None  # (One European distributor: a nationality is no name)
            if low in lx.PERSON_HEADS or low in lx.PERSON_DESCRIPTION_HEADS or agent_noun(low):
                return Source(frame.start(i), frame.end(k), "nominal", frame.text(i, k + 1))
        return None

    def _nominal_before(
        self, source: Source, gender: str | None, paragraph: int, after: int
    ) -> Source | None:
        """The latest description that was a source, after the best name and no further back
        than the previous paragraph: ``The senator … said he …`` -> "The senator"."""
        if gender not in ("m", "f", "p"):
            return None
        self._sort_nominals()
        i = bisect_left(self._nominal_starts, source.start) - 1
        if i < 0:
            return None
        nominal = self._nominals[i]
        if nominal.start <= after or self.document.paragraph_at(nominal.start) < paragraph - 1:
            return None
        if any(start < nominal.start for start in self._subjects_of(
                self.document.sentence_at(nominal.start))):
            return None  # Fox says … before a graduate student suggested …: a clause inside
        head = _head(nominal.text)[1]
        plural = head.endswith("s") and head[:-1] in lx.NOMINAL_HEADS
        if gender == "p":
            return nominal if plural or head in lx.GROUP_HEADS else None
        if head not in lx.PERSON_HEADS and head not in lx.PERSON_DESCRIPTION_HEADS and (
            not agent_noun(head)
        ):
            return None
        if (gender == "m" and head in lx.FEMALE_ROLES) or (gender == "f" and head in lx.MALE_ROLES):
            return None
        return nominal

    def _described(self, source: Source, synonyms: bool = False) -> int:
        """``the council`` -> the organization named ``… Council`` last; ``the mayor`` -> the
        person whose role holds ``mayor`` (``Mayor of Leeds``); with ``synonyms``, the person
        whose role another word for it names (``the lawyer``: an attorney; ``the governor``:
        Gov. Patricia Hall)."""
        words = source.text.lower().split()
        if len(words) < 2 or words[0] not in ("the", "its", "their", "his", "her", "your", "our"):
            return -1
        words = _before_affiliation(words)
        head = words[-1].rstrip(",.")
        if head.endswith(("’s", "'s")):
            return -1
        orgs, persons = self._candidates(
            head, " ".join(words[1:]) if len(words) > 2 else None, synonyms)
        org_at, org = orgs.before(source.start)
        person_at, person = persons.before(source.start)
        if person >= 0:
            person = self._role_holder(persons, source, person)
        if person >= 0 and (head, " ".join(words[1:]), synonyms) in self._unmatched and (
            source.text.split()[1:-1] == words[1:-1]  # (lowercase words: not the Kyrgyz one)
        ):
            focus = self._subject_before(source)
            if focus >= 0 and focus != person:
                return focus  # Bell, a former coach, said …. "…," the freshman councilmember
                # said: Bell, not Councilmember Hope, whom nothing calls a freshman
        if head in lx.GENERIC_ORG_HEADS and head not in lx.PERSON_HEADS and org >= 0:
            person_at = -1  # the ministry said: the ministry, not its spokesperson
        if person_at > org_at or (person_at == org_at and 0 <= person < org):
            return person
        if org >= 0 and head in lx.ORG_KINDS and head not in self._org_described.get(org, ()):
            # the agency: of the agencies named in this paragraph and the one before, the
            # one the article names most (the FAA of an FAA release, not the Park Service it
            # mentions once)
            document = self.document
            paragraph = max(0, document.paragraph_at(source.start) - 1) if head != "club" else 0
            # (the club: the one the story is about, not the one it lost to)
            salient = orgs.most_named(source.start, document.paragraphs[paragraph][0],
                                      self.registry.entities)
            org = salient if salient >= 0 else org
            if org != self.issuer and orgs.holds(self.issuer) and org_at < document.sentences[
                    max(0, document.sentence_at(source.start) - 1)][0]:
                org = self.issuer  # In a statement, the agency said: the release's issuer,
                # not an agency it named a few sentences back
        return org

    def _subject_before(self, source: Source) -> int:
        """The person named as the subject of the sentence before ``source``'s, in its
        paragraph; -1 if none."""
        document = self.document
        sentence = document.sentence_at(source.start)
        if sentence == 0 or document.paragraph_at(document.sentences[sentence - 1][0]) != (
            document.paragraph_at(source.start)
        ):
            return -1
        for start in self._subjects_of(sentence - 1):
            subject = self._name_at(start, "person")
            if subject >= 0:
                return subject
        return -1

    def _role_holder(self, persons: _Latest, source: Source, latest: int) -> int:
        """Of the persons a role noun may mean, the one a reader takes: the subject of one of
        the two sentences before it in its paragraph when that is one of them (``Finance
        Minister Tomas Hope, … one of Young's allies, defended …. "…," the minister wrote``:
        Hope, not the prime minister met since); else ``latest``, the one named last."""
        document = self.document
        sentence = document.sentence_at(source.start)
        paragraph = document.paragraph_at(source.start)
        for before in range(sentence - 1, max(sentence - 3, -1), -1):
            first = document.sentence_tokens[before][0]
            if first >= len(document.tokens) or document.paragraph_at(
                    document.tokens.starts[first]) != paragraph:
                break
            for start in self._subjects_of(before):
                subject = self._name_at(start, "person")
                if subject >= 0 and persons.holds(subject):
                    return subject
        at = max(persons.before(source.start)[0],
                 self._chain_before(source.start, persons.holds)[0])
        if at >= 0 and document.paragraph_at(at) < paragraph - 1:
            salient = persons.most_named(source.start, 0, self.registry.entities)
            return salient if salient >= 0 else latest
        return latest

    def _chain_before(
        self, offset: int, wanted: Callable[[int], bool] = lambda _: True
    ) -> tuple[int, int]:
        """(start, entity) of the latest pronoun or description resolved before ``offset``
        (no further back than REACH) to an entity ``wanted`` accepts; (-1, -1) if none."""
        j = bisect_left(self._chain_starts, offset) - 1
        while j >= 0 and offset - self._chain_starts[j] < REACH:
            if wanted(self._chain_entities[j]):
                return self._chain_starts[j], self._chain_entities[j]
            j -= 1
        return -1, -1

    def _candidates(
        self, head: str, rest: str | None, synonyms: bool = False
    ) -> tuple[_Latest, _Latest]:
        """The organizations whose name ends with ``head`` and the persons whose role ends with
        it (and, given ``rest``, the description's words after its determiner, holds them),
        each set indexed by mention; with ``synonyms``, the persons whose role another word
        for ``head`` names (and no organization)."""
        key = (head, rest, synonyms)
        got = self._latest_for.get(key)
        if got is not None:
            return got
        entities = self.registry.entities
        if self._orgs_by_head is None:
            self._orgs_by_head = {}
            for index, entity in enumerate(entities):
                if entity.kind == "organization":
                    parts = entity.name.lower().split()
                    acronyms = [f.lower() for f in entity.forms if " " not in f]
                    heads = parts[-1:] + [  # Commission on Presidential Debates: commission,
                        # University of Eastmoor: university
                        w for w, after in zip(parts, parts[1:], strict=False)
                        if after in ("on", "of", "for")] + [  # (Institute for … Research)
                        kind for kind, marks in lx.ORG_KINDS.items()
                        if any(w in marks for w in parts + acronyms)] + [  # the agency
                        lx.FOREIGN_ORG_HEADS[w] for w in parts if w in lx.FOREIGN_ORG_HEADS
                    ] + self._org_described.get(index, [])  # (The state news agency, ATN)
                    for org_head in dict.fromkeys(heads):
                        self._orgs_by_head.setdefault(org_head, []).append(index)
                elif _club_like(entity):  # (Ashgrove City, which the lexicon took for a name)
                    self._orgs_by_head.setdefault("club", []).append(index)
                elif entity.kind == "person":
                    # every title word of its roles (President of Argentina -> president)
                    # and of the titles written before its names (archbishop Jorge Roe)
                    words: list[str] = []
                    others: list[str] = []
                    for role in [entity.role or "", *self._roles.get(index, [])]:
                        role_words = [w.strip(",.()") for w in role.lower().split()]
                        words += role_words[-1:] + _role_head(role_words) + [
                            w for w in role_words if w in lx.TITLES or w in lx.PERSON_HEADS
                            or ("-" in w and w.split("-", 1)[0] in lx.PERSON_HEADS)
                        ]  # (Scientist-in-Charge of the Observatory: the scientist-in-charge)
                        others += _synonyms(role_words)
                    titles = self._titles_before.get(index, [])
                    words += titles
                    for word in dict.fromkeys(words):
                        self._persons_by_head.setdefault(word, []).append(index)
                    for word in dict.fromkeys(others + _synonyms(titles)):
                        self._persons_by_synonym.setdefault(word, []).append(index)
        by_head = self._persons_by_synonym if synonyms else self._persons_by_head
        if synonyms:  # (the defense lawyer: an attorney whose role or titles say defense)
            modifiers = (rest or "").split()[:-1]
            orgs = _Latest(entities, [])
            persons = _Latest(entities, [
                i for i in by_head.get(head, []) if all(
                    w in self._role_words(i) or w in self._before_mentions(i)
                    for w in modifiers)])
        elif rest is None:
            orgs = _Latest(entities, self._orgs_by_head.get(head, []))
            persons = _Latest(entities, by_head.get(head, []))
        else:
            orgs = self._candidates(head, None)[0]
            everyone = by_head.get(head, [])
            members = tuple(i for i in everyone if rest in (entities[i].role or "").lower())
            words = rest.split()
            while not members and len(words) > 2:
                words = words[1:]  # the outgoing prime minister: the prime minister
                shorter = " ".join(words)
                members = tuple(i for i in everyone if shorter in (entities[i].role or "").lower())
            if not members:  # the interim coach: the coach the text calls interim beside
                # a mention (named assistant coach Mike Price as interim head coach)
                modifiers = [w for w in rest.split()[:-1] if w.isalpha() and len(w) > 3]
                members = tuple(i for i in everyone if modifiers and all(
                    w in self._around_mentions(i) for w in modifiers))
            if not members:  # The Wooster professor: the professor the article named
                members = tuple(everyone)
                self._unmatched.add(key)
            shared = self._latest.get(members)
            if shared is None:
                shared = self._latest[members] = _Latest(entities, members)
            persons = shared
        got = self._latest_for[key] = (orgs, persons)
        return got


_ANONYMOUS_HEADS = lx.word_set("official source figure insider aide person")
"""Heads of a description that an unnamed source is often given and ``the official`` may
mean later (``A senior party figure …``)."""

_LEGISLATORS = lx.word_set("td mp msp ms mla mpp mep senator congressman congresswoman lawmaker")
"""Descriptions of a member of a legislature, which a party's spokesperson there often is
(``Housing spokeswoman Aoife Long`` … ``the Kildare South TD``)."""

_PARTY_SPOKESPEOPLE = lx.word_set("spokesman spokeswoman spokesperson")
"""Roles a member of a legislature holds for their party (``housing spokeswoman``)."""

_RELATIVES = lx.PARENT_WORDS | lx.CHILD_WORDS | lx.word_set(
    "wife husband partner brother sister son-in-law daughter-in-law fiance fiancee")
"""Family words a possessive description of a relative ends in (``his son``)."""

_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she"}
"""Possessives whose owner a pronoun of that gender would mean (``His letter said``)."""

_MEDIA_HEADS = lx.word_set("newspaper broadcaster network outlet site website paper channel")
"""Descriptions that may mean a news outlet (``the broadcaster``)."""

_AGE = re.compile(r"\d{1,3}-years?-old")
"""An age written as one word (``61-year-old``)."""

def _before_affiliation(
    words: list[str], prepositions: tuple[str, ...] = ("of", "for", "from")
) -> list[str]:
    """A description's words up to the preposition after its title (``the Chief Technology
    Officer of Red Hat``: an officer; ``the junior from Millbrook``: a junior)."""
    cut = next((k for k, w in enumerate(words) if k > 1 and w in prepositions), 0)
    return words[:cut] if cut and words[cut - 1] in lx.PERSON_TITLE_WORDS else words


def _synonyms(words: list[str]) -> list[str]:
    """The other words a description may use for roles with these words (``lawyer`` for
    ``attorney``, ``prosecutor`` for ``District Attorney``)."""
    found = [other for w in words for other in lx.ROLE_SYNONYMS.get(w, ())]
    if "attorney" in words and any(w in lx.PROSECUTING_WORDS for w in words):
        found.append("prosecutor")
    return found


def _role_head(words: list[str]) -> list[str]:
    """The head of a role whose words run on past it (``a wildlife biologist who has led
    …`` -> biologist; ``a curator at the museum`` -> curator), or nothing."""
    for i, word in enumerate(words):
        if i and (word in _ROLE_HEAD_ENDS or word in lx.ROLE_PREPOSITIONS):
            return words[i - 1 : i] if words[i - 1].isalpha() else []
    return []


_ROLE_HEAD_ENDS = frozenset({"who", "whose", "which", "that", "since", "from", "in"})


_DOCUMENT_SPEAKS = re.compile(r",?\s+(?:said|says|read|reads|added|adds|stated|states|noted)\b")
"""A reporting verb right after a document's word (``the statement said``)."""

_FIRST_NAME_GIVEN = re.compile(
    r"\b(?:first name|name only as|only as|only by (?:his|her|their) first name),?\s+(?=[A-Z])")
"""Where an anonymity aside gives a first name (``only his first name, Rob,``)."""

_FIRST_NAME_ASIDE = re.compile(
    r",?\s*who\s+(?:gave|gives|asked|requested|wished|wanted|would)\b[^.;\n]{0,50}?"
    r"\b(?:first name|name only as|only as)\b")
"""An aside that gives only a first name (``who gave his name only as Dave``)."""

_AUTHORS = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he study's|[Tt]he study’s|[Tt]he paper's"
                      r"|[Tt]he paper’s) (?:study )?(?:authors|researchers|scientists)")
"""The authors of a study as a group (``the researchers wrote``): its first-named author."""
_POSTED_ON = re.compile(
    r"\s+(?:posted|published|shared|put)\s+(?:on|to)\s+(his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:account|page|feed|profile|blog|website|channel)\b", re.IGNORECASE)
"""A document posted on its owner's account (``posted on his personal X account``)."""
_OWN_SENDER = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?=\s+(?:from|by)\s)")
"""A document's description up to its word, before ``from`` or ``by`` (``A statement``)."""
_REPLIES = frozenset({"reply", "answer", "respond"})
"""Lemmas of the verbs of one who was asked (``he replied``)."""
_ASKED_ABOUT = frozenset({"about", "whether", "if", "how", "why", "what", "when"})
"""Words after the one asked that say what about (``Long asked Hope about the winter``)."""
_ASKING = frozenset({"asked", "questioned", "pressed", "challenged", "addressed"})
"""Verbs whose object is asked something (``Little asked Adrian Rose``)."""
_REDUCED_AUTHOR = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?=[A-Z])")
"""A document's description with its author's name after its word (``a summary the FBI``)."""
_NEXT_WORD = re.compile(r"\s+(\w+)")
"""The word after an offset."""
_ISSUING = frozenset({"released", "issued", "published", "posted", "sent", "filed", "wrote",
                      "distributed", "shared", "prepared"})
"""Verbs of issuing a document (``a summary the field office released``)."""
_WRITER_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(he|she|they)\s+(?:had\s+)?(?:wrote|written|signed|sent|posted|"
    r"prepared|drafted|issued)\b")
"""A pronoun and a verb of writing after a document's word (``A statement he wrote``)."""
_POSTS = frozenset({"post", "tweet", "message"})
"""Words for a document posted on social media."""
_POSTING = re.compile(r"\b(?:post|posted|tweet|tweeted|message|wrote on)\b", re.IGNORECASE)
"""Where a sentence mentions a post (``wrote on Facebook that``) before ``the post said``."""
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|at|near)\s+\Z")
"""A preposition right before a name that makes it more likely a place than a person
(``said by telephone from Bergen``)."""


def _personal(entity: Entity) -> bool:
    """Whether an entity is surely a person: of that kind, with a gender, a role or a known
    first name (not ``Tandem`` nor ``Kopilane``, names the lexicon cannot tell)."""
    return entity.kind == "person" and bool(
        entity.gender or entity.role or _first_name_gender(entity.name) is not None)


def _club_like(entity: Entity) -> bool:
    """Whether a name the lexicon took for a person's is a sports club's (``Ashgrove City``:
    a word of clubs last, no gender, role or first name known)."""
    words = entity.name.lower().split()
    return entity.kind == "person" and len(words) >= 2 and words[-1] in lx.ORG_KINDS["club"] and (
        not _personal(entity))


def _after_place_preposition(text: str, offset: int) -> bool:
    """Whether a preposition of place stands right before offset ``offset``."""
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, offset - 8), offset) is not None


_ORG_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+([a-z]+)")
"""A document described by the kind of organization it is from (``a company statement``,
``a club statement``): that organization's words."""
_SHORT_DEFINITE = re.compile(r"[Tt]he(?: [\w’'-]+){1,4}")
"""A short definite description (``The 67-year-old``), as a sentence may open with."""
_LEAD_DETERMINERS = frozenset({"the", "its", "a", "an", "one"})
"""Words a description the lead gives before naming the person may open with."""
_FORMER = frozenset({"former", "retired", "ex"})
"""Words that make a description a job someone used to have (``the former judge``)."""
_KEEPERS = frozenset({"owner", "co-owner", "landlord", "landlady"})
"""Short nouns for someone who owns or keeps a place, which ``agent_noun`` leaves out
(``the guesthouse owner``): the person just named who runs it."""
_PARENT_OF = re.compile(
    r"((?:[Tt]he|[Hh]is|[Hh]er)\s+([a-z]+))(?:-of-|\s+of\s+)"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})")
"""A parent's epithet with the number of children (``the mother of four``,
``The grandfather-of-five``): the parent's word is its head."""
_LETTERS = frozenset({"letter", "email", "e-mail"})
"""Words for a document someone writes to someone, which ``X wrote to`` may have sent."""
_LETTERING = re.compile(r"\b(?:letter|e-?mail|wrote|writes|had written)\b", re.IGNORECASE)
"""Where a sentence mentions a letter or the writing of one (``Hope wrote to the Powys
Courier. The letter … reads``)."""
_JUDGMENTS = frozenset({"judgment", "judgement", "opinion", "ruling", "verdict"})
"""Words for what a court writes, whose words are the judge's who wrote it."""
_JUDGES = frozenset({"judge", "justice", "magistrate"})
"""Role words of one who writes a court's judgment (``Judges`` of a panel who joined it: no)."""


def _plain_modifiers(words: list[str]) -> bool:
    """Whether the words between ``the`` and a document's word only describe it (``the
    38-page``, ``the written``): none capitalized (not ``the Calder report``)."""
    return all(not w[:1].isupper() for w in words)


_REPORTS = frozenset({"report", "study", "review", "audit", "analysis", "survey", "paper",
                      "assessment", "evaluation", "inquiry"})
"""Words for a report, any of which a later ``the report`` may mean (``a study released
by …`` · ``The report found``)."""
_REPORTING = re.compile(r"\b(?:" + "|".join(sorted(_REPORTS)) + r")\b", re.IGNORECASE)
"""Where a sentence mentions a report under any of its words."""
_FROM = re.compile(r"\s+(?:from|by)\s+(?:the\s+(?=[A-Z]))?")
"""What joins a document to its sender (``a statement from``)."""
_POSSESSOR_BEFORE = re.compile(r"\b(?:(the|The)\s+)?([\w-]+)['’]s\s+(?:[a-z-]+\s+){0,3}\Z")
"""An owner's possessive and a few lowercase modifiers, ending where a document's word
begins (``the network's annual``)."""
_AUTHOR_AFTER = re.compile(
    r",?(?:\s+(?:of|on|in|into|for|about)(?:\s+(?!by\b)[\w-]+){1,7}?)?"
    r"(?:,?\s+(?:released|issued|published|posted|signed|sent|written|put out|shared)"
    r"(?:\s+(?!by\b)[\w-]+){0,5}?)?"
    r"\s+(?:by|from)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:[a-z]+\s+){0,2}")
"""After a document's head, a prepositional phrase or none, a participle of issuing or none,
then ``by`` or ``from`` and a few lowercase words (``review of services in the region by
the``, ``statement released by the 3rd``, ``memo sent to donors on Wednesday by campaign
manager``, ``The message, sent by the``): the name after it is the author."""
_DESCRIBED_SENDER = re.compile(r"(?:the|its|their)\s+[a-z]+", re.IGNORECASE)
"""A short description of a document's sender (``the trust``)."""

_HEAD_ENDS = lx.ROLE_PREPOSITIONS | lx.MEDIUM_PREPOSITIONS | {
    "from", "by", "who", "whose", "which", "that", "near", "outside", "inside", "behind",
    "beside", "across", "along", "among", "around", "under", "waiting", "familiar", "close",
    "involved", "briefed", "speaking", "knowledgeable"}
"""Words after a description's head (``a spokesman for the city``, ``A taxi driver who
joined the march``, ``A DOE official familiar with the review``)."""


def _owned_words(words: Sequence[str]) -> bool:
    """Whether words after a possessive are a document, words or an account of its owner
    (``report``, ``statement``, ``official Twitter account``)."""
    head = words[-1].lower()
    return (head in lx.DOCUMENT_HEADS or head in lx.SPEECH_NOUNS or head in lx.ACCOUNT_HEADS) and (
        all(w.lower() in lx.OWNED_MEDIUM_MODIFIERS for w in words[:-1]))


_LAST_WORD = re.compile(r"(\w+),?[ \t]+$")
"""The word written just before a name, past a comma (``Her mother, Denise Frost``)."""

_ISSUED_BY = re.compile(r"\b(?:issued|released|published|signed|sent|posted|written)\s+by\s+"
                        r"(.+)$")
"""The author a description of a document names (``a note issued by the University``)."""

_FROM_DESCRIBED = re.compile(r"\s+(?:(?:issued|released|sent)\s+)?(?:from|by)\s+"
                             r"(the(?:\s+[a-z][a-z-]+){1,3})(?![\w’'-])")
"""What follows a document's description that names its sender by a description (``a
statement from the fire department``)."""

_TWO_WORDS = re.compile(r"\S+\s+\S+")
"""A description's first two words (``a statement``)."""

_PRONOUN_AUTHOR = re.compile(r"\s+(it|he|she|they)\s+(?:had\s+|has\s+)?(?:published|issued|"
                             r"released|wrote|sent|commissioned|filed|signed|posted|"
                             r"prepared|compiled)\b")
"""A pronoun that names who made the document just described (``A report it published``)."""

_MOST_PEOPLE = 50
"""More people of one gender than an article about one of them names (``_protagonist``)."""

_OPENING_SUBJECTS = frozenset({"i", "we", "you", "reporters", "journalists", "someone"})
"""Subjects of an opening subordinate clause that no he or she after it means (``When I read
this to Ward, he``)."""

_THING_NAMED = re.compile(r"\b([A-Za-z]+)\s+(?:named|called|dubbed|nicknamed)\s+\Z")
"""A noun and the verb that gives it a name right before a name (``a cat named``)."""

_THING_APPOSED = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts|[Aa]n?)\s+(?:[a-z-]+\s+)?"
                            r"([a-z]+),\s+\Z")
"""A short description right before a name set off by a comma (``Her new place,``)."""

_THING_HEADS = frozenset({
    "place", "restaurant", "bar", "cafe", "café", "bistro", "pub", "shop", "store", "bakery",
    "boat", "ship", "vessel", "yacht", "horse", "dog", "cat", "puppy", "pony", "car", "truck",
    "company", "firm", "business", "startup", "start-up", "band", "album", "record", "book",
    "novel", "film", "movie", "show", "series", "podcast", "venue", "brand", "label", "app",
    "product", "project", "robot", "drone", "rocket", "telescope", "satellite", "farm",
    "vineyard", "hotel", "gallery", "studio", "magazine", "newspaper", "website", "game"})
"""Heads of descriptions of things a name may be set off after (``Her new place, Brasa,``)."""

_FAMILY_NAME = re.compile(r"[Tt]he (?:[A-Z][\w’'-]+ ){1,2}family")
"""A family by its name (``the Wright family``, ``the Ames-Keegan family``): a speaker of its
own, not one of the family's members."""


def _appositive_heads(lowers: list[str], k: int) -> list[str]:
    """The head of an indefinite description at token k set off by commas after a name (or
    one after ``the`` and a possessive: ``the band's drummer,``), and any age in it (``a
    47-year-old former harbor pilot,`` -> pilot, 47-year-old): the words a role noun or an
    epithet takes up (``the former pilot``, ``the 47-year-old``); none when the words there
    are no such description."""
    if k + 1 < len(lowers) and lowers[k] == "the" and lowers[k + 1].endswith(("’s", "'s")):
        k += 1  # Owen Long, the band's drummer,: a possessive makes it one
    elif k >= len(lowers) or lowers[k] not in ("a", "an"):
        return []  # (not "the": On Wednesday in Tashkent, the foreign ministers signed)
    words: list[str] = []
    for low in lowers[k + 1 : k + 7]:
        if low in (",", ".", ";") or low in _HEAD_ENDS or (low == "and" and words):
            break  # (a health economist and senior fellow at the center: the economist)
        if not (low.isalpha() or is_year_old(low)) or low in lx.FUNCTION_WORDS:
            return []
        words.append(low)
    else:
        return []
    if not words:
        return []
    return [words[-1], *(w for w in words[:-1] if is_year_old(w))]


def _head(description: str) -> tuple[list[str], str]:
    """The words of a description up to its head, and its head lowercased: the last word
    before any ``of``/``for``/``from``… (``a spokesman for the city`` -> spokesman)."""
    words = description.replace("’", "'").split()
    for i, word in enumerate(words):
        if i and word.lower() in _HEAD_ENDS:
            words = words[:i]
            break
    head = words[-1].lower().strip(",.") if words else ""
    return words, head[:-2] if head.endswith("'s") else head


_ONE_OF = re.compile(r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the|their|its|his|her)\s+"
                     r"(?:[a-z-]+\s+){0,2}([a-z-]+?)s\b")
"""A description of one of several (``One of the officials``, ``another of the senior
aides``): the one its plural's head names (``the official`` means them later)."""


def _source_head(description: str) -> str:
    """The head of a source's description (``_head``), or for one of several the singular
    of what they are (``One of the officials`` -> official)."""
    one = _ONE_OF.match(description)
    return one.group(1) if one is not None else _head(description)[1]


def _of_another_kind(entity: Entity, head: str) -> bool:
    """Whether an organization's name marks it as public where the description's head is a
    business, or the other way round (the FDA, an agency, is no ``the company``; Summit
    Valley Power, a utility, is one)."""
    if head not in lx.ORG_KINDS or head in _PUBLIC_KINDS and head != "agency":
        return False
    words = entity.name.lower().split() + [f.lower() for f in entity.forms if " " not in f]
    kinds = {kind for kind, marks in lx.ORG_KINDS.items() if any(w in marks for w in words)}
    public, business = kinds & _PUBLIC_KINDS, kinds - _PUBLIC_KINDS - {"club", "team", "side"}
    if head == "agency":
        return bool(business) and not public
    return bool(public) and not business


_PUBLIC_KINDS = frozenset({"agency", "force", "party", "union"})
"""Kinds of organization that are no business (``the company`` is none of them)."""


def _agent(head: str) -> bool:
    """Whether a description's head is a noun for someone who does something (``collector``),
    no outlet or organization (``newspaper``, ``publisher``)."""
    return agent_noun(head) and head not in _MEDIA_HEADS and head not in lx.ORG_WORDS


def _person_head(head: str) -> bool:
    """Whether the head of a description is one person or several (``official``,
    ``officials``, ``people``)."""
    single = head[:-1] if head.endswith("s") else head
    return head in lx.PEOPLE_HEADS or any(
        w in lx.PERSON_HEADS or w in lx.PERSON_DESCRIPTION_HEADS or w in lx.FAMILY_WORDS
        or (w in lx.TITLES and w not in lx.ORG_WORDS) or w in lx.POSTNOMINALS  # a Labour MP
        for w in (head, single, *(
            single.split("-") if "-" in single else ()))  # (the singer-songwriter)
    )


def _introduced(text: str, head: str) -> bool:
    """Whether a text introduces someone new by a description with this head (``a nurse``,
    ``A second CIA officer``, ``another senator``), not in an aside that describes the name
    it follows."""
    stripped = text.lstrip()
    if stripped[:1] == ",":  # (an aside right after the name describes the one named: Acme,
        # an industry trade group, opposed it; Kamara, a student who was detained.)
        inner, _, rest = stripped[1:].partition(",")
        sentence, stop, after = inner.partition(". ")
        if stop:
            inner, rest = sentence, after + "," + rest
        aside = inner.lower().split()
        relative = next((k for k, w in enumerate(aside) if w in ("who", "whose", "which")),
                        len(aside))
        if relative <= 6 and aside[:1] in (["a"], ["an"]) and aside[relative - 1] == head:
            text = rest
    words = text.lower().split()
    for i, word in enumerate(words):
        if word.strip(",.;:") == head and any(
            w in ("a", "an", "another", "one") for w in words[max(0, i - 4) : i]
        ):
            return True
    return any(one.group(1) == head for one in _ONE_OF.finditer(text))  # One of the
    # officials said …: one of them, whom the official means later


def _first_name_gender(name: str) -> str | None:
    """The gender the first name of a person's name suggests (past titles: ``Sens. Jeff
    Merkley`` -> m), from the lexicon's first names, else from how it ends."""
    words = [w for w in name.split() if w.lower() not in lx.TITLES
             and w.lower() not in lx.HONORIFICS and not w.endswith(".")]
    if len(words) < 2:
        return None
    return first_name_gender(words[0]) or guessed_gender(words[0].lower())


def _doubtful(entity: Entity) -> bool:
    """A person known only by one word written once, with no title and no gender: perhaps a
    capitalized common word (``Bombs may not …``) rather than a name."""
    return entity.count <= 1 and not entity.role and not entity.gender and (
        " " not in entity.name
    )


def _not_a_person(name: str) -> bool:
    """A name taken for a person's that is a nationality or places (``Greek``,
    ``Turkish-Libyan``, ``Cyprus and Israel``)."""
    words = name.lower().replace("-", " ").split()
    if "and" in words or "&" in words:
        return True  # two people, or a firm: not one person
    return bool(words) and all(w in lx.DEMONYMS or w in lx.PLACE_NAMES for w in words)
