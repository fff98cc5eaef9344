"""Waiting in Pilot tests for what the user would see, instead of sleeping a fixed time."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import App
from textual.pilot import Pilot

STEP = 0.02
"""Seconds the app runs between two looks at the condition."""


async def until(pilot: Pilot, condition: Callable[[], object], what: str = "the condition",
                timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` is true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    await pilot.pause()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {timeout} s")
        await pilot.pause(STEP)


def messages(app: App) -> list[str]:
    """The messages on screen now, as text: the screen's message line (where a short one
    goes), and the notifications (``run_test(notifications=True)`` shows them; by default
    a test app shows none)."""
    line = getattr(app.screen, "shown_message", "")
    return ([line] if line else []) + [str(toast.render()) for toast in app.screen.query("Toast")]


async def message_saying(pilot: Pilot, text: str, timeout: float = 10.0) -> str:
    """Wait for a message (line or notification) containing ``text``; returns it."""
    def found() -> str | None:
        return next((t for t in messages(pilot.app) if text in t), None)

    await until(pilot, found, f"a message saying {text!r}", timeout)
    return found() or ""
