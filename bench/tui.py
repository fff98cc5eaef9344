"""TUI benchmark: how fast newsreader is in a real terminal, at 1,000 to 100,000 articles.

Builds libraries of generated articles with bench/store.py's ``build`` (in a temp folder,
or --dir), then runs the installed ``newsreader`` in a detached tmux session of a fixed size
(a private tmux server; TERM=xterm-256color) and reads the screen as a user would see it,
through one tmux control-mode client (a poll costs well under a millisecond, so the polling
itself hardly blurs the timings):

- launch: from starting the process to the first article row drawn (median of --repeat);
- open: from pressing Enter to the article's text on screen; back: Escape to the list;
- keystroke: from sending ``j`` on the list to the screen changing, 30 times per launch
  with the cursor moving down the screen ("move"), then 30 times with every ``j``
  scrolling the list by a line ("scroll"); median, p90 and worst over all launches;
- peak resident memory of the newsreader process (VmHWM, read before it quits), and the
  time from ``q`` to its terminal closing;
- for comparison, a bare Textual app showing one Static (``j`` changes it): start to
  screen, keystroke to screen, memory.

Prints one JSON object. The machine may be shared and noisy: compare within one run.
Usage: python bench/tui.py [--sizes 1000 10000 100000] [--repeat 3] [--dir D]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsreader.store.library import Library  # noqa: E402

WIDTH, HEIGHT = 120, 40
"""The terminal's size."""
TERM = "xterm-256color"
"""What the terminal claims to be."""
KEYSTROKES = 30
"""``j`` presses timed per launch."""
TIMEOUT = 60.0
"""Seconds any one wait may take before the benchmark gives up."""
LIST_ROW = re.compile(r"^\S?\s*\S?\s*\S?\s*\d{4}-\d{2}-\d{2} ")
"""A line of the article list: marks, then the date column."""
TARGETS = {"launch_s": {10_000: 0.35, 100_000: 0.6}, "keystroke_ms": 20.0,
           "peak_rss_mib": {100_000: 150.0}}
"""The issue's targets (launch to list, keystroke to screen, memory)."""
BARE_APP = '''\
from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    BINDINGS = [("j", "count", "Count")]
    presses = 0

    def compose(self) -> ComposeResult:
        yield Static("bare textual app ready: 0", id="text")

    def action_count(self) -> None:
        self.presses += 1
        self.query_one("#text", Static).update(f"bare textual app ready: {self.presses}")


Bare().run()
'''
BARE_TEXT = "bare textual app ready"


def store_bench() -> ModuleType:
    """bench/store.py as a module (its name would clash with the ``store`` package)."""
    spec = importlib.util.spec_from_file_location("bench_store", REPO / "bench" / "store.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def newsreader_script() -> Path:
    """The installed console script: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "newsreader"
    if beside.exists():
        return beside
    found = shutil.which("newsreader")
    if found is None:
        sys.exit("bench/tui.py: the newsreader console script is not installed "
                 "(python -m pip install -e .)")
    return Path(found)


def quote(word: str) -> str:
    """One word for a tmux command line."""
    if "'" in word or "\n" in word:
        raise ValueError(f"cannot pass {word!r} to tmux")
    return f"'{word}'"


class Tmux:
    """A private tmux server with one detached session, driven through a control client."""

    def __init__(self, folder: Path, width: int, height: int) -> None:
        self.socket = folder / "tmux.sock"
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                    "HOME": os.environ.get("HOME", str(folder)),
                    "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": TERM}
        self.target = "bench:0.0"
        subprocess.run(["tmux", "-u", "-S", str(self.socket), "-f", os.devnull, "new-session",
                        "-d", "-s", "bench", "-x", str(width), "-y", str(height), "cat"],
                       env=self.env, check=True)
        self.client = subprocess.Popen(
            ["tmux", "-u", "-S", str(self.socket), "-C", "attach-session", "-t", "bench"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=self.env, text=True,
            encoding="utf-8", errors="replace", bufsize=1)
        self._reply()  # the attach itself
        for option in ("status off", "remain-on-exit on", "history-limit 100",
                       "window-size manual"):
            self.command(f"set-option -g {option}")
        self.command(f"resize-window -t bench -x {width} -y {height}")
        self.pid = int(self.display("#{pid}"))
        """The tmux server's process id."""
        size = self.display("#{window_width}x#{window_height}")
        if size != f"{width}x{height}":
            raise RuntimeError(f"tmux window is {size}, not {width}x{height}")

    def _reply(self) -> list[str]:
        """The output block of the next command reply (notifications are skipped)."""
        assert self.client.stdout is not None
        lines: list[str] = []
        inside = False
        while True:
            line = self.client.stdout.readline()
            if not line:
                raise RuntimeError("the tmux control client ended")
            line = line.rstrip("\n")
            if line.startswith("%begin "):
                inside, lines = True, []
            elif inside and line.startswith(("%end ", "%error ")):
                if line.startswith("%error "):
                    raise RuntimeError("tmux: " + "\n".join(lines))
                return lines
            elif inside:
                lines.append(line)

    def command(self, line: str) -> list[str]:
        """Run one tmux command; its output lines."""
        assert self.client.stdin is not None
        self.client.stdin.write(line + "\n")
        self.client.stdin.flush()
        return self._reply()

    def display(self, fmt: str) -> str:
        """A tmux format expanded for the pane."""
        return "\n".join(self.command(f"display-message -p -t {self.target} {quote(fmt)}"))

    def screen(self) -> list[str]:
        """The pane's text, one string per line."""
        return self.command(f"capture-pane -p -t {self.target}")

    def keys(self, *keys: str) -> None:
        """Send keys (tmux key names)."""
        self.command(f"send-keys -t {self.target} " + " ".join(quote(k) for k in keys))

    def launch(self, argv: Sequence[str], env: dict[str, str]) -> float:
        """Start a program in the pane (killing what runs there); returns when it was asked."""
        words = ["env", *(f"{k}={v}" for k, v in env.items()), *argv]
        line = f"respawn-pane -k -t {self.target} " + " ".join(quote(w) for w in words)
        self.command("clear-history -t " + self.target)
        started = time.perf_counter()
        self.command(line)
        return started

    def wait(self, done: Callable[[list[str]], bool], poll: float,
             what: str) -> tuple[float, list[str]]:
        """Poll the screen until ``done``; (the time it was seen, the screen)."""
        deadline = time.perf_counter() + TIMEOUT
        while True:
            screen = self.screen()
            now = time.perf_counter()
            if done(screen):
                if self.display("#{pane_dead}") == "1":
                    raise RuntimeError(f"the program ended before {what}; screen:\n"
                                       + "\n".join(screen))
                return now, screen
            if now > deadline:
                raise TimeoutError(f"no {what} after {TIMEOUT} s; screen:\n" + "\n".join(screen))
            if self.display("#{pane_dead}") == "1":
                raise RuntimeError(f"the program ended before {what}; screen:\n"
                                   + "\n".join(screen))
            time.sleep(poll)

    def settle(self, quiet: float = 0.25, poll: float = 0.01) -> None:
        """Wait until the screen has not changed for ``quiet`` seconds."""
        last, since = self.screen(), time.perf_counter()
        deadline = since + TIMEOUT
        while time.perf_counter() - since < quiet and time.perf_counter() < deadline:
            time.sleep(poll)
            screen = self.screen()
            if screen != last:
                last, since = screen, time.perf_counter()

    def exited(self, timeout: float = 10.0) -> str:
        """Wait for the pane's program to end; its exit status (or "still running")."""
        deadline = time.perf_counter() + timeout
        dead = "0"
        while time.perf_counter() < deadline:
            # the pane dies when the pty closes; the status comes when the process is reaped
            dead, status, signal = self.display(
                "#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}").split("|")
            if dead == "1" and (status or signal):
                return status if status else f"signal {signal}"
            if dead == "1":
                self.reap()
            time.sleep(0.02)
        return "still running" if dead != "1" else "unknown"

    def reap(self) -> None:
        """Nudge the server to collect its exited children.

        Debian's tmux links libutempter, whose SIGCHLD handler can swallow the signal of a
        child exiting as its pane closes; the child then stays a zombie with no exit status.
        """
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGCHLD)

    def close(self) -> None:
        """End the control client and the server."""
        self.reap()
        try:
            if self.client.stdin is not None:
                self.client.stdin.close()
            self.client.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.client.kill()
        subprocess.run(["tmux", "-S", str(self.socket), "kill-server"], env=self.env,
                       capture_output=True)


def process_of(pid: int, name: str) -> int:
    """The process running ``name``: ``pid`` itself or, if that is a shell, a descendant."""
    todo = [pid]
    while todo:
        current = todo.pop(0)
        try:
            cmdline = Path(f"/proc/{current}/cmdline").read_bytes().replace(b"\0", b" ")
            if name.encode() in cmdline:
                return current
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return pid


def peak_rss_mib(pid: int) -> float | None:
    """A process's peak resident memory (VmHWM) in MiB, or None if it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def median(values: list[float]) -> float:
    """The median, rounded."""
    return round(statistics.median(values), 4)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


@dataclass
class Expected:
    """What the screen shows for a library: the top row's title, and its text's opening."""

    title: str
    opening: str

    @classmethod
    def of(cls, root: Path) -> Expected:
        """The article the list puts first (newest first), as the app sorts it by default."""
        listing = Library(root).listing()
        positions = listing.select()
        listing.sort(positions, "published", descending=True)
        top = listing.row(positions[0])
        body = Library(root).article(top.id).body
        return cls(top.title, " ".join(body.split()[:5]))


def has_list(screen: list[str]) -> bool:
    """Whether an article row of the list is drawn."""
    return any(LIST_ROW.match(line) for line in screen)


def time_keys(tmux: Tmux, key: str, count: int, poll: float) -> list[float]:
    """Milliseconds from sending ``key`` to the screen changing, ``count`` times."""
    times: list[float] = []
    for _ in range(count):
        before = tmux.screen()
        started = time.perf_counter()
        tmux.keys(key)
        seen, _ = tmux.wait(lambda s, b=before: s != b, poll, f"screen change after {key}")
        times.append((seen - started) * 1000)
        tmux.settle(quiet=0.05, poll=0.005)
    return times


def quit_with(tmux: Tmux, key: str, poll: float) -> tuple[float, str]:
    """Press the quit key; (seconds until the program's terminal closed, exit status)."""
    started = time.perf_counter()
    tmux.keys(key)
    deadline = started + TIMEOUT
    while tmux.display("#{pane_dead}") != "1" and time.perf_counter() < deadline:
        time.sleep(poll)
    return time.perf_counter() - started, tmux.exited()


def run_newsreader(tmux: Tmux, script: Path, root: Path, expected: Expected,
                   poll: float) -> dict[str, Any]:
    """One launch: time to list, Enter to text, Escape to list, keystrokes, memory, quit."""
    env = {"TERM": TERM, "NEWSREADER_LIBRARY": str(root),
           "NEWSREADER_CONFIG": str(root.parent / "no-config.toml"),
           **{k: os.environ[k] for k in ("PYTHONPATH",) if k in os.environ}}
    started = tmux.launch([str(script)], env)
    seen, screen = tmux.wait(has_list, poll, "article list")
    launch_s = seen - started
    cursor_line = next(line for line in screen if LIST_ROW.match(line))
    if expected.title[:20] not in cursor_line:
        raise RuntimeError(f"the first row is not the newest article ({expected.title!r}); "
                           f"did the default order change?\n{cursor_line}")
    pid = process_of(int(tmux.display("#{pane_pid}")), "newsreader")
    tmux.settle()

    def shows_text(screen: list[str]) -> bool:
        return any(expected.opening in line for line in screen)

    started = time.perf_counter()
    tmux.keys("Enter")
    seen, _ = tmux.wait(shows_text, poll, "article text")
    open_s = seen - started
    tmux.settle()
    started = time.perf_counter()
    tmux.keys("Escape")
    seen, _ = tmux.wait(lambda s: has_list(s) and not shows_text(s), poll, "list after Escape")
    back_s = seen - started
    tmux.settle()

    moves = time_keys(tmux, "j", KEYSTROKES, poll)  # the cursor moves down the screen
    tmux.keys("PageDown")  # the cursor to the last row: from here every j scrolls the list
    tmux.settle()
    scrolls = time_keys(tmux, "j", KEYSTROKES, poll)

    memory = peak_rss_mib(pid)
    quit_s, status = quit_with(tmux, "q", poll)
    return {"launch_s": launch_s, "open_s": open_s, "back_s": back_s, "move_ms": moves,
            "scroll_ms": scrolls, "peak_rss_mib": memory, "quit_s": quit_s, "exit": status}


def run_bare(tmux: Tmux, folder: Path, poll: float) -> dict[str, Any]:
    """One launch of a bare Textual app: start to screen, a keystroke's redraw, memory."""
    app = folder / "bare_app.py"
    app.write_text(BARE_APP)
    started = tmux.launch([sys.executable, str(app)], {"TERM": TERM})
    seen, _ = tmux.wait(lambda s: any(BARE_TEXT in line for line in s), poll, "bare app")
    pid = process_of(int(tmux.display("#{pane_pid}")), "bare_app")
    tmux.settle()
    moves = time_keys(tmux, "j", KEYSTROKES, poll)
    memory = peak_rss_mib(pid)
    quit_s, status = quit_with(tmux, "C-q", poll)
    if status == "still running":
        tmux.command(f"respawn-pane -k -t {tmux.target} cat")
    return {"launch_s": seen - started, "move_ms": moves, "peak_rss_mib": memory,
            "quit_s": quit_s}


def library_for(base: Path, size: int, builder: ModuleType) -> tuple[Path, dict[str, Any]]:
    """A library of ``size`` generated articles (reused from --dir when it has at least that
    many: bench/store.py --keep leaves its libraries there with 300 refreshed in)."""
    root = base / f"lib-{size}"
    if root.exists() and (root / "listing.json").exists() and len(Library(root)) >= size:
        return root, {"built": False}
    if root.exists():
        shutil.rmtree(root)
    return root, {"built": True, **builder.build(root, size)}


def spread(values: list[float]) -> dict[str, float]:
    """Median, 90th percentile and worst of keystroke times (ms)."""
    return {"median": round(statistics.median(values), 2),
            "p90": round(percentile(values, 0.9), 2), "max": round(max(values), 2),
            "n": len(values)}


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians and percentiles over the launches of one library."""
    memory = [run["peak_rss_mib"] for run in runs if run["peak_rss_mib"] is not None]
    return {
        "launch_to_list_s": median([r["launch_s"] for r in runs]),
        "launch_runs_s": [round(r["launch_s"], 4) for r in runs],
        "enter_to_text_s": median([r["open_s"] for r in runs]),
        "open_runs_s": [round(r["open_s"], 4) for r in runs],
        "escape_to_list_s": median([r["back_s"] for r in runs]),
        "keystroke_move_ms": spread([ms for r in runs for ms in r["move_ms"]]),
        "keystroke_scroll_ms": spread([ms for r in runs for ms in r["scroll_ms"]]),
        "peak_rss_mib": max(memory) if memory else None,
        "quit_s": median([r["quit_s"] for r in runs]),
        "exit_status": sorted({r["exit"] for r in runs}),
    }


def verdicts(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Each target of the issue that this run measured: the value, the target, met or not
    (keystrokes are judged on their 90th percentile, so occasional pauses count)."""
    out: dict[str, Any] = {}
    for size, limit in TARGETS["launch_s"].items():
        if str(size) in results:
            value = results[str(size)]["launch_to_list_s"]
            out[f"list_on_screen_{size}"] = {"value_s": value, "target_s": limit,
                                             "met": value <= limit}
    limit = TARGETS["keystroke_ms"]
    for size, entry in results.items():
        for kind in ("move", "scroll"):
            value = entry[f"keystroke_{kind}_ms"]["p90"]
            out[f"keystroke_{kind}_p90_{size}"] = {"value_ms": value, "target_ms": limit,
                                                   "met": value < limit}
    for size, limit in TARGETS["peak_rss_mib"].items():
        entry = results.get(str(size))
        if entry and entry["peak_rss_mib"] is not None:
            out[f"memory_{size}"] = {"value_mib": entry["peak_rss_mib"], "target_mib": limit,
                                     "met": entry["peak_rss_mib"] < limit}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="launches per library")
    parser.add_argument("--dir", type=Path,
                        help="keep the libraries here, and reuse them (default: temp, deleted)")
    parser.add_argument("--poll", type=float, default=0.002, help="seconds between polls")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("bench/tui.py: needs tmux (apt-get install tmux)")
    script = newsreader_script()
    builder = store_bench()
    base = args.dir or Path(tempfile.mkdtemp(prefix="newsreader-tui-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="newsreader-tui-tmux-"))
    tmux = Tmux(work, WIDTH, HEIGHT)
    try:
        bare = [run_bare(tmux, work, args.poll) for _ in range(args.repeat)]
        results: dict[str, dict[str, Any]] = {}
        for size in args.sizes:
            root, entry = library_for(base, size, builder)
            expected = Expected.of(root)
            runs = [run_newsreader(tmux, script, root, expected, args.poll)
                    for _ in range(args.repeat)]
            results[str(size)] = {**entry, **summarise(runs)}
    finally:
        tmux.close()
        shutil.rmtree(work, ignore_errors=True)
        if not args.dir:
            shutil.rmtree(base, ignore_errors=True)
    print(json.dumps({
        "benchmark": "tui", "python": sys.version.split()[0], "textual": version("textual"),
        "cpus": os.cpu_count(), "terminal": f"tmux {WIDTH}x{HEIGHT} TERM={TERM}",
        "repeat": args.repeat,
        "bare_textual": {"start_to_screen_s": median([b["launch_s"] for b in bare]),
                         "runs_s": [round(b["launch_s"], 4) for b in bare],
                         "keystroke_ms": spread([ms for b in bare for ms in b["move_ms"]]),
                         "peak_rss_mib": max((b["peak_rss_mib"] or 0) for b in bare),
                         "quit_s": median([b["quit_s"] for b in bare])},
        "results": results, "targets": verdicts(results),
    }, indent=2))


if __name__ == "__main__":
    main()
