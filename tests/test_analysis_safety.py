"""The analysis never breaks its caller: no exception on any text, offsets that hold, linear
time on hostile input, and results that survive a JSON round trip."""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader.news.analysis import ANALYSER_VERSION, Analysis, analyse, run

PIECES = [
    "“", "”", '"', "''", "``", "‘", "’", "'", "\n", "\n\n", " ", ", ", ". ", ": ", "—", "(", ")",
    "said", "told", "says", "according to", "he", "she", "they", "Mr.", "Sen.", "the", "a",
    "spokesman", "Jane", "Smith", "Henry Lucero", "ICE’s", "U.S.", "and", "Monday",
    "last week", "Sept. 11", "Jan. 5, 2026", "2016-09-12", "\x00", "\x1b[31m", "\u202a", "é",
    "Ω", "🙂", "\t", "\r\n", "…", "―",
]


def check(text: str, result: Analysis) -> None:
    """Everything the contract promises about offsets and kinds."""
    n = len(text)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= n
        assert q.text == text[q.start : q.end]
        assert q.kind in ("direct", "partial")
        assert 0 <= q.sentence_start <= q.start and q.end <= q.sentence_end <= n
        if q.speaker_start is not None:
            assert q.speaker_end is not None and 0 <= q.speaker_start < q.speaker_end <= n
        if q.speaker is not None:
            assert q.speaker == q.speakers[0]
    for p in result.people:
        assert p.kind in ("person", "organization", "place")
        for i in p.quotes:
            assert 0 <= i < len(result.quotes)
        for a, b in p.mentions:
            assert 0 <= a < b <= n
    for d in result.dates:
        assert d.text == text[d.start : d.end]
        if d.value is not None:
            dt.date.fromisoformat(d.value)


@settings(
    max_examples=250, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_never_raises_on_news_like_fragments(text: str) -> None:
    check(text, run(text, dt.date(2020, 1, 22)))


@settings(max_examples=150, deadline=None, database=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    check(text, run(text))
    check(text, analyse(text, dt.datetime(2020, 1, 22, 9, 0)))


def test_analyse_takes_non_strings_calmly() -> None:
    assert analyse(None).quotes == []  # type: ignore[arg-type]


def test_round_trip_through_json(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    result = analyse(text, dt.date(2020, 1, 22))
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"version", "quotes", "people", "dates"}
    assert data["version"] == ANALYSER_VERSION
    assert set(data["quotes"][0]) == {
        "text", "start", "end", "kind", "speaker", "speakers", "speaker_start", "speaker_end",
        "source", "verb", "medium", "sentence_start", "sentence_end",
    }
    again = Analysis.from_dict(data)
    assert again == result
    assert again.to_dict() == result.to_dict()


# ---------------------------------------------------------------- linear time


@functools.cache
def _measured(make: Callable[[int], str], n: int) -> float:
    """Best of two runs' seconds on ``make(n)``, its result checked against the contract.

    Cached, so the contract test and the timing test share one measurement of each input
    (the suite analyses each large hostile text twice, not three times)."""
    text = make(n)
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        result = run(text)
        best = min(best, time.perf_counter() - t0)
    check(text, result)
    return best


_BOARDS = ("Harbour", "Water", "Parks", "Library", "School", "Transit", "Health", "Port")
_CHAIRS = ("Lee", "Park", "Diaz", "Okafor", "Lucero")


def _boards_and_chairs(n: int) -> str:
    """Descriptions as speakers ("the board", "the water board", "the board chairman"), each
    resolved against every board and chairman named before it."""
    out = []
    for i in range(n // 4 + 1):
        board = _BOARDS[i % len(_BOARDS)]
        if i % 4 == 3:
            chair = _CHAIRS[i // 4 % len(_CHAIRS)]
            out.append(f"Board Chairman Ann {chair} agreed. “Yes,” the board chairman said. ")
        else:
            out.append(f"The {board} Board met. “Fine,” the board said. "
                       f"“No,” the {board.lower()} board said. ")
    return "".join(out)


HOSTILE: dict[str, Callable[[int], str]] = {
    "opening marks, never closed": lambda n: "“word " * (n * 10_000 // 4_000),
    "straight marks, no spaces": lambda n: '"' * (6 * n),
    "one endless sentence": lambda n: "Smith said that " * (n // 3 + 1),
    "no white space": lambda n: "a.B,c“" * n,
    "control characters": lambda n: "\x00\x1b[2J\u202e“Said”\x07 " * n,
    "names and pronouns": lambda n: "Ann Lee met Tom Park. “Go,” he said. " * (n // 6 + 1),
    "nested marks": lambda n: "“‘“‘" * n + "”’”’" * n,
    "descriptions as speakers": _boards_and_chairs,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_keeps_the_contract(name: str) -> None:
    _measured(HOSTILE[name], 32_000)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_time_grows_linearly_on_hostile_input(name: str) -> None:
    make = HOSTILE[name]
    small = _measured(make, 4_000)
    large = _measured(make, 32_000)
    # 8 times the input: linear work takes about 8 times as long; quadratic, 64 times
    assert large < 24 * small + 0.05, f"{name}: {small:.3f}s then {large:.3f}s"


@dataclass(frozen=True)
class _FiveMegabytes:
    """The seed repeated to 640 kB and to 5 MB, each analysed once and timed."""

    small_seconds: float
    large_seconds: float
    small_quotes: int
    large_quotes: int


@pytest.fixture(scope="module")
def five_megabytes(seed_path: Path) -> _FiveMegabytes:
    """One analysis of each size, shared by the contract test and the timing test."""
    article = seed_path.read_text(encoding="utf-8")
    small = article * (640_000 // len(article))
    large = article * (5_120_000 // len(article))
    t0 = time.perf_counter()
    result_small = run(small)
    t1 = time.perf_counter()
    result_large = run(large)
    t2 = time.perf_counter()
    check(large, result_large)
    return _FiveMegabytes(t1 - t0, t2 - t1, len(result_small.quotes), len(result_large.quotes))


def test_five_megabytes_of_news(five_megabytes: _FiveMegabytes) -> None:
    assert five_megabytes.large_quotes >= 7 * five_megabytes.small_quotes


@pytest.mark.slow
def test_five_megabytes_of_news_in_linear_time(five_megabytes: _FiveMegabytes) -> None:
    small, large = five_megabytes.small_seconds, five_megabytes.large_seconds
    assert large < 24 * small + 0.05, f"{small:.3f}s then {large:.3f}s"
