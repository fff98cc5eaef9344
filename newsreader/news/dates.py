"""Dates in news text: "on Monday", "last week", "In November", "Sept. 11", "Jan. 5, 2026",
"2016-09-12", "yesterday", "next month", "two weeks ago", ...

Resolution against the publication date (with python-dateutil):
- a full date is itself; a month and day without a year are the occurrence nearest to the
  publication date (the next one on or after it, in the future tense);
- a weekday is the most recent such day on or before publication; ``last Monday`` the most
  recent one before it; ``next Monday``, ``this Monday`` or a future tense in the clause it
  belongs to (``will``, ``is scheduled to``, ``plans to`` before it in its sentence, with no
  past-tense clause between: ``will walk out next Friday, their union said on Wednesday``
  keeps Wednesday in the past), or after it when the date opens its sentence (``On Monday,
  the council will vote``), or ``would`` reporting a plan (not ``would have``), make it the
  next one after; ``Thursday next week`` and ``Tuesday last week`` are days of that week;
- a month without a day is the first day of the most recent such month (or the next one, in
  the future tense); ``last/next/this week`` shift publication by a week, ``last/next/this
  month`` give the first day of that month, ``last/next/this year`` the first of January;
- without a publication date only dates that carry their year are resolved; the rest get None.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from newsreader.news.lexicon import word_set
from newsreader.news.model import DateMention
from newsreader.news.sentences import occurrences

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR,
    "saturday": SA, "sunday": SU,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None,
}
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
)
_YEAR = r"(?:1[89]|20)\d\d"
_PATTERN = re.compile(
    r"\b(?=[0-9JFMASONDTWYLtywlnaofst])(?:"
    r"(?P<iso>(?P<iy>(?:1[89]|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))"
    rf"|(?P<month>{_MONTH_NAMES})(?:\s(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?:,?\s(?P<year>{_YEAR}))?(?![\d:])|,?\s(?P<year2>{_YEAR}))?"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s(?:morning|afternoon|evening|night))?"
    r"|(?P<rword>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)"
    r"|(?P<pword>[Ll]ast|[Nn]ext|[Tt]his)\s(?P<unit>week|month|year|weekend)"
    r"|(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
    r"\s(?P<aunit>day|week|month|year)s?\sago"
    r")(?![\w-])"
)
_CANDIDATE = re.compile(
    r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
)
"""The capitalized words a date of _PATTERN may begin with (a month, a weekday): each branch
begins with a capital, so that the search skips to the candidates at C speed."""
_TAILS = (("oday", 1), ("omorrow", 1), ("onight", 1), ("esterday", 1),
          ("week", 5), ("month", 5), ("year", 5))
"""The other words of a date that begins with a word, found by what they end with (found by
``str.find``, faster than any search for their first letter, which is a common one): a
date may begin that many characters before the tail (``today``: one; ``last week``, ``Next
month``, ``this year``: five, the ``last`` and its white space)."""
_DIGITS = "0123456789"
_AGO_REACH = 20
"""How far before ``ago`` a date of _PATTERN may begin (``several months ago``)."""
_PREFIX = re.compile(
    r"(?:\b(?P<word>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|"
    r"[Ll]ate|[Tt]hat|[Ff]rom|[Oo]f|[Tt]hrough|[Ee]arlier|[Ll]ater)\s|(?P<mid>[Mm]id-))$"
)
"""A word just before a date that belongs to it ("on Monday", "In November", "mid-May")."""
_WEEKDAY_PREFIXES = word_set("on last next this early late that by since until")
_MONTH_PREFIXES = word_set("in last next this since until by early late from of through mid")
_REPORTED_PAST = word_set("said told wrote announced confirmed reported added stated warned")
"""Past forms that always open a clause of their own (``…, the union said on Wednesday``)."""
_FUTURE = re.compile(
    r"\b(?:will|’ll|'ll|shall|is\s+scheduled|are\s+scheduled|plans?\s+to|is\s+set\s+to|are\s+"
    r"set\s+to|is\s+expected|are\s+expected|going\s+to|is\s+due|are\s+due|"
    r"(?:hopes?|aims?|intends?|expects?)\s+to|would(?!\s+have)(?=\s+\w))\b",
    re.I,
)
"""A future tense, or a future seen from a past (``said the plan would go ahead on Friday``;
not ``would have``)."""
_CLAUSE_AFTER = re.compile(r"[^.;:!?\n]{0,80}")
"""The words after a date that opens its sentence, up to the clause's end."""


_WEEK_AFTER = re.compile(r"\s+(next|last)\s+week\b", re.I)
"""A week after a weekday that places it (``on Thursday next week``)."""


def _as_date(published: _dt.date | _dt.datetime | None) -> _dt.date | None:
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    return None


def _safe(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


_PAST = re.compile(
    r"\b(?:(?P<aux>was|were|had|did)|(?P<verb>said|told|wrote|spoke|gave|made|took|met|"
    r"announced|confirmed|reported|added|stated|warned|\w{3,}[^e\W]ed))\b",
    re.I,
)
"""A finite verb in the past tense: an auxiliary, or a past form that reads as a verb."""
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
"""A mark between two clauses (``… will walk out next Friday, their union said …``)."""
_BEFORE_PARTICIPLE = word_set(
    "be been being is are am have has having get gets got the a an this that its their his her"
)
"""Words after which a past form is a participle or an adjective (``will be closed``), not a
verb of its own clause."""


def _future(text: str, start: int, sent_start: int) -> bool:
    """Whether the clause a date belongs to speaks of the future: a future marker (``will``,
    ``is scheduled to``) before the date in its sentence, with no past-tense clause between
    them (``Drivers will walk out next Friday, their union said on Wednesday``: Wednesday is
    the union's, and past); or, for a date before any verb of its sentence (``On Monday, the
    council will vote``), a future marker before any past-tense verb after it."""
    markers = list(_FUTURE.finditer(text, max(sent_start, start - 80), start))
    if not markers:
        return _future_after(text, start, sent_start)
    between = text[markers[-1].end() : start]
    if between.count('"') % 2 or ("”" in between and "“" not in between.split("”")[0]):
        return False  # He said "we will win" on Monday: the future is the quotation's
    for past in _PAST.finditer(between):
        if past.group("aux"):
            return False
        before = between[: past.start()].split()
        if before and before[-1].lower() in _BEFORE_PARTICIPLE:
            continue
        if past.group("verb").lower() in _REPORTED_PAST or _CLAUSE_BREAK.search(
            between, 0, past.start()
        ):
            return False
    return True


def _future_after(text: str, start: int, sent_start: int) -> bool:
    """Whether a date with no verb before it in its sentence is followed, in its clause, by a
    future marker before any past-tense verb (``By Friday, the team hopes to finish``)."""
    if _PAST.search(text, max(sent_start, start - 80), start):
        return False
    clause = _CLAUSE_AFTER.match(text, start)
    if clause is None:
        return False
    future = _FUTURE.search(clause.group())
    if future is None:
        return False
    past = _PAST.search(clause.group(), 0, future.start())
    return past is None


def _month_num(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _resolve(m: re.Match[str], prefix: str, text: str, pub: _dt.date | None,
             sent_start: int) -> str | None:
    g = m.groupdict()
    day: _dt.date | None = None
    if g["iso"]:
        day = _safe(int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g["month"] and g["day"]:
        month, dd = _month_num(g["month"]), int(g["day"])
        if g["year"]:
            day = _safe(int(g["year"]), month, dd)
        elif pub is not None:
            options = [d for d in (_safe(y, month, dd) for y in (pub.year - 1, pub.year,
                                                                   pub.year + 1)) if d]
            if _future(text, m.start(), sent_start):
                options = [d for d in options if d >= pub] or options
            day = min(options, key=lambda d: abs((d - pub).days)) if options else None
    elif g["month"] and g["year2"]:
        day = _safe(int(g["year2"]), _month_num(g["month"]), 1)
    elif g["month"] and pub is not None:
        month = _month_num(g["month"])
        future = prefix == "next" or (prefix != "last" and _future(text, m.start(), sent_start))
        day = _dt.date(pub.year, month, 1)
        if future and day <= pub.replace(day=1) and prefix != "this":
            day = _dt.date(pub.year + 1, month, 1)
        elif not future and day > pub:
            day = _dt.date(pub.year - 1, month, 1)
    elif g["weekday"] and pub is not None:
        wd = _WEEKDAYS[g["weekday"].lower()]
        week = _WEEK_AFTER.match(text, m.end())
        if week is not None:  # Thursday next week, on Tuesday last week
            monday = pub - _dt.timedelta(days=pub.weekday())
            step = 1 if week.group(1).lower() == "next" else -1
            day = monday + _dt.timedelta(weeks=step, days=wd.weekday)
        elif prefix == "last":
            day = pub + relativedelta(days=-1, weekday=wd(-1))
        elif prefix in ("next", "this") or _future(text, m.start(), sent_start):
            day = pub + relativedelta(days=+1 if prefix == "next" else 0, weekday=wd(+1))
        else:
            day = pub + relativedelta(weekday=wd(-1))
    elif g["rword"] and pub is not None:
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["rword"].lower()]
        day = pub + _dt.timedelta(days=shift)
    elif g["pword"] and pub is not None:
        step = {"last": -1, "next": 1}.get(g["pword"].lower(), 0)
        unit = g["unit"]
        if unit in ("week", "weekend"):
            day = pub + _dt.timedelta(weeks=step)
            if unit == "weekend":
                day = day + relativedelta(weekday=SA(-1) if step <= 0 else SA(+1))
        elif unit == "month":
            day = pub.replace(day=1) + relativedelta(months=step)
        else:
            day = _dt.date(pub.year + step, 1, 1)
    elif g["n"] and pub is not None:
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
        if n is not None:
            delta = {
                "day": relativedelta(days=-n),
                "week": relativedelta(weeks=-n),
                "month": relativedelta(months=-n),
                "year": relativedelta(years=-n),
            }[g["aunit"]]
            day = pub + delta
    return day.isoformat() if day is not None else None


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PATTERN.finditer(text)``, found faster: _PATTERN is tried only where a date may
    begin (where a run of digits begins, at a word of _CANDIDATE, before a tail of
    _TAILS, shortly before ``ago``), which is every place it can match, left to right,
    never inside the date found before."""
    begins = [m.start() for m in _CANDIDATE.finditer(text)]
    for tail, back in _TAILS:
        begins += [at - back for at in occurrences(text, tail) if at >= back]
    begins += [at for digit in _DIGITS for at in occurrences(text, digit)
               if at == 0 or text[at - 1] not in _DIGITS]
    for ago in occurrences(text, "ago"):
        begins += range(max(0, ago - _AGO_REACH), ago)
    begins.sort()
    end = 0
    match = _PATTERN.match
    for begin in begins:
        if begin >= end:
            found = match(text, begin)
            if found is not None:
                end = found.end()
                yield found


def find_dates(
    text: str,
    sents: Sequence[tuple[int, int]],
    published: _dt.date | _dt.datetime | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` where possible."""
    pub = _as_date(published)
    starts = [a for a, _ in sents]
    out = []
    for m in _date_matches(text):
        start = m.start()
        pm = _PREFIX.search(text, max(0, start - 9), start)
        prefix = ""
        if pm is not None:
            prefix = (pm.group("word") or "mid").lower()
        if m.group("month") and not (m.group("day") or m.group("year2")):
            if prefix not in _MONTH_PREFIXES:
                continue  # "May" the verb, "March" the walk: a month alone needs "in", "last"
        elif m.group("weekday"):
            prefix = prefix if prefix in _WEEKDAY_PREFIXES else ""
        elif m.group("pword"):
            prefix = prefix if prefix in ("earlier", "later") else ""
        elif not m.group("month"):
            prefix = ""
        if m.group("month") and (m.group("day") or m.group("year2")):
            prefix = ""  # "Sept. 11", "Jan. 5, 2026": the date alone
        if prefix and pm is not None:
            start = pm.start()
        i = bisect_right(starts, start) - 1
        ss, se = sents[i] if i >= 0 else (start, m.end())
        if se < m.end() or ss > start:
            ss, se = min(ss, start), max(se, m.end())
        try:
            value = _resolve(m, prefix, text, pub, ss)
        except (ValueError, OverflowError):
            value = None
        out.append(DateMention(text[start : m.end()], start, m.end(), value, ss, se))
    return out
