"""How the dialogs look: tags, tag filter, help."""

from __future__ import annotations

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp


def test_tags_dialog(snap_compare, sample_library: Services, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(sample_library), press=["t", *"harbour, loc"],
                        terminal_size=size)


def test_tag_filter_dialog(snap_compare, sample_library: Services,
                           size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        services = pilot.app.services
        ids = [row.id for row in services.rows(ListQuery())]
        for article_id, tags in zip(ids, (["local"], ["local", "courts"], ["sport"]), strict=False):
            services.set_tags(article_id, tags)
        await pilot.press("T")
        await pilot.pause()

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_help(snap_compare, sample_library: Services, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(sample_library), press=["question_mark"],
                        terminal_size=size)
