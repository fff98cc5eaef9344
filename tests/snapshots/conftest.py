"""Snapshot tests draw every screen at the smallest supported terminal and a roomy one."""

from __future__ import annotations

import pytest


@pytest.fixture(params=[(80, 24), (120, 40)], ids=["80x24", "120x40"])
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    """The terminal size (columns, rows) of one picture."""
    return request.param
