"""The one-way layers: tui/ over store/ and news/; Textual only in tui/, TinyDB only in store/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("news", "store", "tui", "newsreader")

FORBIDDEN = {
    "news": {"textual", "tinydb", "store", "tui", "newsreader", "rich", "httpx"},
    "store": {"textual", "tui", "newsreader", "rich", "httpx"},
    "newsreader": {"textual", "tinydb"},
    "tui": {"tinydb", "httpx", "newsreader"},
}


def imports_of(path: Path) -> set[str]:
    """Top-level module names a source file imports (at any depth in the file)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_stay_in_their_layer(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imports_of(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
        if imports_of(path) & FORBIDDEN[package]
    }
    assert offenders == {}


def test_core_imports_without_textual() -> None:
    code = (
        "import sys, news.article, news.plaintext, news.files, store.library, "
        "newsreader.importer, newsreader.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"
