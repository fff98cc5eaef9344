"""Starting the app from the command line."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from newsreader.news.cleaning import printable
from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp


def launch(services: Services, notice: str | None = None, mouse: bool = False,
           config: Path | None = None, headless: bool = False) -> int:
    """Run the app until the user quits; returns the exit status (non-zero on a crash).

    Problems with the user's keys are printed on stderr first (and shown in the app).
    The garbage collector is off while the app starts (it allocates much and frees little)
    and comes back, with start-up's objects frozen, once the list is on screen.
    """
    gc.disable()
    app = NewsreaderApp(services, notice=notice, config=config, settle_memory=True)
    for problem in app.key_problems:  # said before the screen is taken over, so it stays
        print(f"newsreader: warning: {printable(problem)}", file=sys.stderr)
    try:
        result = app.run(mouse=mouse, headless=headless)
    finally:
        gc.enable()
    if app.return_code:
        return app.return_code
    return result or 0
