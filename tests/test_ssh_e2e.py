"""End to end through a real SSH session: the installed ``newsreader`` in a real terminal.

Drives the console script with the tests' own SSH harness (``sshterm``: a private sshd on
127.0.0.1, ``ssh -t`` inside a detached tmux session) the way a keyboard-only reader on SSH
would: open the seed article, choose Daniel Ashby in the people sidebar, bookmark, quit.
Skipped when sshd, ssh, ssh-keygen or tmux is missing, or the console script is not installed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sshterm import SshTerminal  # tests/ is on sys.path under pytest

TITLE = "State Regulator Subpoenas Marlow"
PERSON = "Daniel Ashby"
SIZE = "100x30"
STEP_TIMEOUT = 15.0
"""Seconds any one wait may take (generous: the machine is shared)."""

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
ESCAPE = re.compile(r"\x1b\[[0-9;:?]*[A-Za-z]")


def newsreader_script() -> Path:
    """The installed console script: on PATH, else beside this Python."""
    found = shutil.which("newsreader")
    path = Path(found) if found else Path(sys.executable).parent / "newsreader"
    if not path.exists():
        pytest.skip(f"the newsreader console script is not installed (looked on PATH and "
                    f"in {path.parent})")
    return path.absolute()


def run_cli(script: Path, library: Path, *args: str) -> str:
    """Run a newsreader command on the library; its stdout (fails on a non-zero status)."""
    done = subprocess.run([str(script), "--library", str(library), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"newsreader {' '.join(args)}: {done.stderr}"
    return done.stdout


def first_quote_by(quotes_json: str, name: str) -> dict[str, Any]:
    """The first quotation (in text order) that ``newsreader quotes --json`` gives ``name``."""
    record = json.loads(quotes_json.splitlines()[0])
    for quote in sorted(record["quotes"], key=lambda q: q["start"]):
        if name in (quote.get("speakers") or [quote.get("speaker")]):
            return quote
    raise AssertionError(f"no quotation by {name} found in the seed article")


def reverse_at(escaped_line: str, needle: str) -> bool | None:
    """Whether ``needle`` on a screen line (with ANSI escapes) starts in reverse video;
    None when the line's text does not contain it."""
    plain: list[str] = []
    reverse: list[bool] = []
    on = False
    pos = 0
    while pos < len(escaped_line):
        match = ESCAPE.match(escaped_line, pos)
        if match is None:
            plain.append(escaped_line[pos])
            reverse.append(on)
            pos += 1
            continue
        sgr = SGR.fullmatch(match.group(0))
        if sgr is not None:
            on = _apply_sgr(sgr.group(1), on)
        pos = match.end()
    start = "".join(plain).find(needle)
    return None if start < 0 else reverse[start]


def _apply_sgr(params: str, reverse: bool) -> bool:
    """The reverse-video state after one SGR sequence."""
    codes = [int(p) if p.isdigit() else 0 for p in re.split(r"[;:]", params)] if params else [0]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code in (38, 48, 58):  # extended colour: skip its arguments
            i += 5 if i + 1 < len(codes) and codes[i + 1] == 2 else 3
            continue
        if code == 0:
            reverse = False
        elif code == 7:
            reverse = True
        elif code == 27:
            reverse = False
        i += 1
    return reverse


@pytest.fixture(scope="module")
def script() -> Path:
    """The console script, with the harness's tools present (else the test is skipped)."""
    why = SshTerminal.missing()
    if why:
        pytest.skip(f"no SSH terminal: {why}")
    return newsreader_script()


@pytest.mark.parametrize(("term", "extra_env"), [
    ("xterm-256color", {}),
    ("vt100", {"NO_COLOR": "1"}),
], ids=["xterm-256color", "vt100-no-color"])
def test_read_choose_a_person_and_bookmark_over_ssh(
        script: Path, seed_path: Path, tmp_path: Path, term: str,
        extra_env: dict[str, str]) -> None:
    library = tmp_path / "library"
    run_cli(script, library, "import", str(seed_path))
    quote = first_quote_by(run_cli(script, library, "quotes", "--json", str(seed_path)), PERSON)
    opening = " ".join(quote["text"].split()[:3])

    env = {"NEWSREADER_LIBRARY": str(library),
           "NEWSREADER_CONFIG": str(tmp_path / "no-config.toml"), **extra_env}
    with SshTerminal([str(script)], size=SIZE, term=term, env=env, cwd=tmp_path) as terminal:
        terminal.wait_for(re.escape(TITLE), STEP_TIMEOUT)  # the list is drawn
        terminal.keys("Enter")
        terminal.wait_for("People quoted", STEP_TIMEOUT)  # the reader, with its sidebar
        # drawn as far as the person (a frame may reach the terminal in parts)
        screen = terminal.wait_for(r"\[\d+\] " + re.escape(PERSON), STEP_TIMEOUT)

        found = re.search(r"\[(\d+)\] " + re.escape(PERSON), screen)
        assert found, f"{PERSON} is not in the people sidebar:\n{screen}"
        position = int(found.group(1))
        terminal.keys("p")
        terminal.wait_for("Choose", STEP_TIMEOUT)  # the sidebar has focus: its footer key
        terminal.keys(*["j"] * (position - 1), "Enter")
        screen = terminal.wait_for(r"Quotation .*" + re.escape(PERSON), STEP_TIMEOUT)

        status = [line for line in screen.splitlines() if re.search(r"^\s*Quotation ", line)]
        assert status and PERSON in status[-1], f"status line does not name {PERSON}:\n{screen}"
        lines = [line for line in terminal.screen(escapes=True).splitlines()
                 if reverse_at(line, opening) is not None]
        assert lines, f"his quotation ({opening!r}...) is not on screen:\n{screen}"
        assert reverse_at(lines[0], opening), (
            f"his quotation ({opening!r}...) is not highlighted (reverse video):\n{lines[0]!r}")

        terminal.keys("b")
        terminal.wait_for("★ bookmarked", STEP_TIMEOUT)
        terminal.keys("q")  # back to the list (q goes back a level), then q quits
        terminal.wait_for(r"1 ★", STEP_TIMEOUT)
        terminal.keys("q")
        exit_status = terminal.wait_exit(STEP_TIMEOUT)
        assert exit_status == 0, f"newsreader exited with {exit_status}:\n{terminal.screen()}"

    rows = json.loads(run_cli(script, library, "list", "--json"))
    assert len(rows) == 1
    assert rows[0]["bookmarked"] is True
    assert rows[0]["read"] is True
