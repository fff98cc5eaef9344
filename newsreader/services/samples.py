"""The sample library shipped with newsreader, loaded on first run."""

from __future__ import annotations

from importlib.resources import as_file, files

from newsreader.news.words import plural
from newsreader.services.importing import ImportReport, import_paths
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library


def load_samples(library: Library) -> ImportReport:
    """Import the bundled sample articles into ``library``."""
    with as_file(files("newsreader") / "samples") as folder:
        return import_paths(library, [folder])


def first_run_notice(library: Library) -> str | None:
    """On a library's first run with no articles and no feeds, load the samples and say so;
    else None (someone who subscribed first wants their feeds, not our samples)."""
    if len(library) or library.meta().get("samples_loaded") or Subscriptions(library).all():
        return None
    report = load_samples(library)
    library.set_meta(samples_loaded=True)
    return (
        f"Welcome to newsreader. Your library ({library.root}) was empty, so it now holds "
        f"{plural(len(report.imported), 'sample article')}. "
        "Add your own with: newsreader import PATH; "
        f"subscribe to a feed with: newsreader feeds add URL (then r here refreshes them)"
    )
