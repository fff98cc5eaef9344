"""A library made by the schema-1 store (tests/fixtures/library-v1, made by that release;
see tests/fixtures/library-v1.md) upgrades in place to schema 2: with progress, losing
nothing, safe to kill at any moment, and repair upgrades one too damaged to upgrade."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cli_run import run

from newsreader.store import library as library_module
from newsreader.store import storage, upgrade
from newsreader.store.library import Library

FIXTURES = Path(__file__).resolve().parent / "fixtures"
V1 = FIXTURES / "library-v1"
EXPECTED = FIXTURES / "library-v1-expected"


@pytest.fixture
def old_library(library_dir: Path) -> Path:
    """A copy of the schema-1 library (the fixture itself is never changed)."""
    shutil.copytree(V1, library_dir)
    return library_dir


def expected(name: str) -> Any:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def by_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in id order (undated articles now sort last, which that release did not do)."""
    return sorted(rows, key=lambda r: r["id"])


def export_of(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, err = run(capsys, "export")
    assert code == 0, err
    data = json.loads(out)
    data.pop("exported")
    data["articles"] = sorted(data["articles"], key=lambda a: a["id"])
    return dict(data)


def old_export() -> dict[str, Any]:
    data = dict(expected("export"))
    data["articles"] = sorted(data["articles"], key=lambda a: a["id"])
    return data


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".lock"}


def schema(root: Path) -> int:
    return int(json.loads((root / "library.json").read_text())["meta"]["1"]["schema"])


def assert_all_kept(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "--json")
    assert code == 0, err
    assert by_id(json.loads(out)) == by_id(expected("list"))
    assert export_of(capsys) == old_export()
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert json.loads(out) == expected("feeds")


def test_a_schema_1_library_upgrades_in_place_and_keeps_everything(
        old_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert schema(old_library) == 1
    pages = json.loads((old_library / "listing.json").read_text())["pages"]
    order = [aid for key in sorted(pages, key=int) for aid in pages[key]["id"]]
    code, out, err = run(capsys, "list", "--json")
    assert code == 0
    assert err == (f"newsreader: upgraded the library {old_library} from schema 1 to the "
                   "current layout (21 articles)\n")
    assert by_id(json.loads(out)) == by_id(expected("list"))
    assert schema(old_library) == 2
    assert Library(old_library).listing().ids == order  # the listing keeps its order
    assert not list((old_library / "articles").glob("??.json"))  # the old shards are gone
    assert [p.name for p in (old_library / "articles").iterdir()] == ["000001.json"]
    assert "head" in json.loads((old_library / "listing.json").read_text())
    assert_all_kept(capsys)
    code, out, err = run(capsys, "list", "--unread", "--json")
    assert code == 0 and err == ""  # upgraded once
    assert len(json.loads(out)) == 18
    code, out, _ = run(capsys, "repair")
    assert out.startswith(f"library {old_library}: nothing to repair (21 articles, 3 feeds)")


def test_the_upgrade_says_how_far_it_got(old_library: Path) -> None:
    seen: list[tuple[int, int]] = []
    lib = Library(old_library, progress=lambda done, total: seen.append((done, total)))
    assert lib.upgraded_from == 1 and len(lib) == 21
    assert seen and seen[-1][0] == seen[-1][1] >= 21  # a step per shard, and the rest
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_upgraded_listing_is_paged_and_its_texts_in_listing_order(
        old_library: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(library_module, "PAGE_SIZE", 4)
    monkeypatch.setattr(upgrade, "PAGE_SIZE", 4)
    monkeypatch.setattr(upgrade, "SEGMENT_BYTES", 8_000)
    monkeypatch.setattr(upgrade, "BLOCK", 5)
    lib = Library(old_library)
    assert len(list((old_library / "listing").glob("*.keys.json"))) == 5  # 21 = 5 * 4 + 1
    segs = lib.listing().columns["seg"]
    assert segs == sorted(segs) and len(set(segs)) > 3
    assert_all_kept(capsys)
    new = Library(old_library)
    new.add([new.article(new.listing().ids[0])])  # already there: nothing added
    assert len(new) == 21


def test_an_upgrade_stopped_at_any_write_leaves_the_old_library_or_the_new(
        library_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As a kill would, stop the upgrade at each file it writes or removes in turn: the
    library is schema 1 exactly as it was, or upgraded; opened again it upgrades (or
    finishes) and nothing is lost."""
    original = files_of(V1)
    real_write, real_unlink = storage.write_atomically, Path.unlink
    stop_at = 0
    while True:
        stop_at += 1
        shutil.rmtree(library_dir, ignore_errors=True)
        shutil.copytree(V1, library_dir)
        calls: list[int] = []

        def count(calls: list[int] = calls, stop_at: int = stop_at) -> None:
            calls.append(1)
            if len(calls) == stop_at:
                raise KeyboardInterrupt

        def write(path: Path, payload: bytes) -> None:
            count()
            real_write(path, payload)

        def unlink(path: Path, missing_ok: bool = False) -> None:
            if library_dir in path.parents:
                count()
            real_unlink(path, missing_ok=missing_ok)

        with monkeypatch.context() as patched:
            patched.setattr(storage, "write_atomically", write)
            patched.setattr(upgrade, "write_atomically", write)
            patched.setattr(Path, "unlink", unlink)
            try:
                Library(library_dir)
                stopped = False
            except KeyboardInterrupt:
                stopped = True
        if stopped:
            now = files_of(library_dir)
            if schema(library_dir) == 1 and "head" not in json.loads(
                    (library_dir / "listing.json").read_text()):
                assert {k: v for k, v in now.items() if k in original} == original
            else:
                assert "head" in json.loads((library_dir / "listing.json").read_text())
        assert_all_kept(capsys)
        assert schema(library_dir) == 2
        if not stopped:
            break
    assert stop_at > 5


def test_a_schema_1_library_too_damaged_to_upgrade_is_left_alone_until_repaired(
        old_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shard = sorted((old_library / "articles").glob("??.json"))[3]
    lost = {d["id"] for d in json.loads(shard.read_text())["articles"].values()}
    shard.write_text('{"articles": {"1": ')
    before = files_of(old_library)
    code, _, err = run(capsys, "list")
    assert code == 1 and str(shard) in err and "newsreader repair" in err
    assert files_of(old_library) == before and schema(old_library) == 1
    code, out, _ = run(capsys, "repair")
    assert code == 0
    assert f"articles/{shard.name} could not be read (not valid JSON" in out
    assert "upgraded from schema 1" in out
    assert schema(old_library) == 2
    code, out, err = run(capsys, "list", "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert by_id([r for r in expected("list") if r["id"] not in lost]) == by_id(rows)
    assert list(old_library.glob("articles/*.damaged-*"))
