"""One installed namespace and one-way layers.

    newsreader.tui       Textual: screens, widgets, styles   -> services (and news types)
    newsreader.cli       the command line                    -> services (and news types)
    newsreader.services  the application services            -> store, news
    newsreader.store     the only code that touches TinyDB   -> news
    newsreader.news      pure news logic                     -> nothing of ours
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsreader"

LAYERS = {
    "news": PACKAGE / "news",
    "store": ROOT / "store",
    "services": PACKAGE / "services",
    "cli": PACKAGE / "cli",
    "tui": ROOT / "tui",
}
"""Each layer's source folder in the repository."""

FORBIDDEN: dict[str, set[str]] = {
    "news": {"textual", "rich", "tinydb", "httpx", "newsreader.store", "newsreader.services",
             "newsreader.cli", "newsreader.tui"},
    "store": {"textual", "rich", "httpx", "newsreader.services", "newsreader.cli",
              "newsreader.tui"},
    "services": {"textual", "rich", "tinydb", "newsreader.cli", "newsreader.tui"},
    "cli": {"textual", "tinydb", "httpx", "newsreader.store", "newsreader.tui"},
    "tui": {"tinydb", "httpx", "newsreader.store", "newsreader.cli"},
}
"""Modules (and their submodules) a layer may not import."""

ALLOWED: dict[str, set[str]] = {"cli": {"newsreader.tui.launch", "newsreader.tui.serve"}}
"""Exceptions: the command line starts the app (and imports it only then)."""


def imports_of(path: Path) -> set[str]:
    """Dotted names of the modules a source file imports (at any depth in the file)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def breaks(name: str, rules: set[str]) -> bool:
    return any(name == rule or name.startswith(rule + ".") for rule in rules)


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_each_layer_imports_only_the_layers_below(layer: str) -> None:
    offenders = {}
    for path in LAYERS[layer].rglob("*.py"):
        bad = sorted(n for n in imports_of(path)
                     if breaks(n, FORBIDDEN[layer]) and not breaks(n, ALLOWED.get(layer, set())))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_nothing_imports_a_layer_outside_the_namespace() -> None:
    """``import tui`` or ``from store import ...`` would load a second copy from a checkout."""
    offenders = {}
    for path in [*ROOT.glob("*/**/*.py")]:
        if ".venv" in path.parts or "build" in path.parts:
            continue
        bad = sorted(n for n in imports_of(path) if n.split(".")[0] in {"news", "store", "tui"})
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_the_folders_are_the_namespace() -> None:
    """tui/ and store/ stay at the top of the repository and are newsreader.tui and
    newsreader.store (linked into the package folder)."""
    for name in ("tui", "store"):
        assert (PACKAGE / name).resolve() == (ROOT / name).resolve()


def test_core_imports_without_textual() -> None:
    code = (
        "import sys, newsreader.news.article, newsreader.news.analysis, newsreader.services, "
        "newsreader.store.library, newsreader.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual' "
        "or m.startswith('newsreader.tui')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"
