"""How the reader looks: the text with quotations marked and the people sidebar."""

from __future__ import annotations

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp


def test_reader(snap_compare, seed_library: Services, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(seed_library), press=["enter"], terminal_size=size)


def test_reader_with_a_person_chosen(snap_compare, seed_library: Services,
                                     size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(seed_library),
                        press=["enter", "p", "j", "enter", "n"], terminal_size=size)
