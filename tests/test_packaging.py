"""What ``pip install .`` installs: one top-level package, newsreader, with every layer,
its styles and its sample articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The wheel built from a copy of the checkout (so the build leaves nothing here)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "newsreader", "tui", "store"):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(source)], check=True, capture_output=True)
    (built,) = out.glob("newsreader-*.whl")
    return zipfile.ZipFile(built)


def test_one_top_level_package(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"newsreader"}


def test_every_layer_is_inside_it(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for layer in ("news", "store", "services", "cli", "tui", "tui/screens", "tui/widgets"):
        assert f"newsreader/{layer}/__init__.py" in names, layer
    assert "newsreader/tui/styles/app.tcss" in names
    assert "newsreader/py.typed" in names
    samples = [n for n in names if n.startswith("newsreader/samples/") and n.endswith(".txt")]
    assert len(samples) == len(list((ROOT / "newsreader" / "samples").glob("*.txt")))


def test_the_repository_folders_are_what_is_packaged(wheel: zipfile.ZipFile) -> None:
    """tui/ and store/ at the top of the repository are newsreader.tui and newsreader.store."""
    names = set(wheel.namelist())
    for folder in ("tui", "store"):
        for source in (ROOT / folder).rglob("*.py"):
            assert f"newsreader/{source.relative_to(ROOT).as_posix()}" in names
