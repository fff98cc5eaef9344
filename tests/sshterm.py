"""Drive a terminal program through a real SSH session, as a keyboard-only reader would.

``SshTerminal`` starts a throwaway ``sshd`` on 127.0.0.1 (its own keys, config and log in a
temp dir; no PAM, no passwords, nothing forwarded) and runs ``ssh -t`` to it inside a detached
tmux session of a fixed size on a private tmux socket. The terminal type reaches the program
the normal way, through the ssh pty request. ``TmuxPane`` is the tmux half on its own.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType

POLL = 0.05
"""Seconds between looks at the screen."""


def _sshd_path() -> str | None:
    """The sshd binary (it must be run by its absolute path)."""
    found = shutil.which("sshd")
    if found:
        return os.path.abspath(found)
    return next((p for p in ("/usr/sbin/sshd", "/usr/local/sbin/sshd") if os.access(p, os.X_OK)),
                None)


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a live (not zombie) process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (read from /proc; empty where there is none)."""
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    for entry in proc.iterdir() if proc.is_dir() else ():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def _terminate(pids: Iterable[int], grace: float = 3.0) -> None:
    """SIGTERM the processes, then SIGKILL whichever are still there after ``grace`` s."""
    pids = list(pids)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while (pids := [p for p in pids if _alive(p)]) and time.monotonic() < deadline:
            time.sleep(POLL)
        if not pids:
            return


class TmuxPane:
    """One program in a detached tmux session of a fixed size, on a private tmux server.

    The server's socket, config and the program's exit status file live in ``folder``; the
    pane stays readable after the program exits.
    """

    def __init__(self, argv: Sequence[str], folder: Path, size: str = "80x24") -> None:
        self.socket = folder / "tmux.sock"
        self.status_file = folder / "status"
        self.server_pid: int | None = None
        conf = folder / "tmux.conf"
        conf.write_text("set -g remain-on-exit on\nset -g status off\nset -s escape-time 0\n")
        partial = shlex.quote(str(folder / "status.part"))
        record = f'"$@"; echo $? > {partial} && mv {partial} {shlex.quote(str(self.status_file))}'
        columns, rows = size.split("x")
        self.tmux("-f", str(conf), "new-session", "-d", "-s", "main", "-x", columns, "-y", rows,
                  "sh", "-c", record, "sh", *argv)
        self.server_pid = int(self.tmux("display", "-p", "-t", "main", "#{pid}").stdout)

    @staticmethod
    def missing() -> str | None:
        """Why a pane cannot run here, or None."""
        return None if shutil.which("tmux") else "not installed: tmux"

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run one tmux command on the private server."""
        env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        done = subprocess.run(["tmux", "-S", str(self.socket), *args], env=env,
                              capture_output=True, text=True, timeout=30)
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args[:3])}... failed: {done.stderr.strip()}")
        return done

    def keys(self, *keys: str) -> None:
        """Send keys (tmux send-keys names, e.g. Enter, Escape, C-c, j) in one write."""
        self.tmux("send-keys", "-t", "main", *keys)

    def screen(self, escapes: bool = False) -> str:
        """The screen's text now; with ``escapes``, with its ANSI attributes too."""
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "main").stdout

    def display(self, fmt: str) -> str:
        """A tmux format (e.g. ``#{mouse_any_flag}``) for the pane."""
        return self.tmux("display", "-p", "-t", "main", fmt).stdout.strip()

    def exit_status(self) -> int | None:
        """The program's exit status, or None while it runs."""
        try:
            return int(self.status_file.read_text())
        except (FileNotFoundError, ValueError):
            return None

    def wait_for(self, regex: str, timeout: float = 15.0) -> str:
        """Wait until a screen line matches ``regex``; the screen. AssertionError with the last
        screen on timeout, or as soon as the program has exited without it matching."""
        pattern = re.compile(regex)
        deadline = time.monotonic() + timeout
        while True:
            exited = self.exit_status()  # before the capture: the final screen counts
            screen = self.screen()
            if any(pattern.search(line) for line in screen.splitlines()):
                return screen
            if exited is not None or time.monotonic() > deadline:
                why = f"it exited with {exited}" if exited is not None else f"after {timeout:g} s"
                raise AssertionError(f"no screen line matches {regex!r} ({why}); the screen:\n"
                                     f"{screen}")
            time.sleep(POLL)

    def wait_exit(self, timeout: float = 15.0) -> int:
        """Wait for the program to exit; its exit status."""
        deadline = time.monotonic() + timeout
        while (status := self.exit_status()) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"still running after {timeout:g} s; the screen:\n"
                                     f"{self.screen()}")
            time.sleep(POLL)
        return status

    def kill(self) -> None:
        """Kill the private tmux server and the program in it."""
        self.tmux("kill-server", check=False)
        if self.server_pid is not None:
            _terminate([self.server_pid])


class SshTerminal:
    """A program run over ``ssh -t`` to a private sshd, in a tmux pane. Use as a context manager
    or call ``stop()``: it always removes everything it started and its temp dir."""

    def __init__(self, argv: Sequence[str], *, size: str = "80x24",
                 term: str = "xterm-256color", env: Mapping[str, str] | None = None,
                 cwd: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sshterm-"))  # short: tmux socket path limit
        self.pane: TmuxPane | None = None
        self._sshd: subprocess.Popen[bytes] | None = None
        try:
            port = self._start_sshd()
            words = [f"{k}={v}" for k, v in (env or {}).items()] + list(argv)
            remote = "exec env " + " ".join(shlex.quote(w) for w in words)
            if cwd is not None:
                remote = f"cd {shlex.quote(os.fspath(cwd))} && {remote}"
            self.pane = TmuxPane(["env", f"TERM={term}", *self._ssh(port), remote],
                                 self.folder, size)
        except BaseException:
            self.stop()
            raise

    @staticmethod
    def missing() -> str | None:
        """Why an SSH terminal cannot run here (a tool not found), or None."""
        tools = {"sshd": _sshd_path(), "ssh": shutil.which("ssh"),
                 "ssh-keygen": shutil.which("ssh-keygen"), "tmux": shutil.which("tmux")}
        gone = [name for name, path in tools.items() if path is None]
        return f"not installed: {', '.join(gone)}" if gone else None

    def _start_sshd(self) -> int:
        """Keys, config and a listening sshd on a free loopback port; the port."""
        folder = self.folder
        for name in ("host_key", "client_key"):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", f"sshterm {name}",
                            "-f", str(folder / name)], check=True, capture_output=True, timeout=30)
        # restrict: no forwarding of any kind, no ~/.ssh/rc; pty: but a terminal
        client_key = (folder / "client_key.pub").read_text()
        (folder / "authorized_keys").write_text(f"restrict,pty {client_key}")
        root = os.geteuid() == 0
        if root:
            Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation dir
        sshd = _sshd_path()
        assert sshd is not None, "sshd not found"
        for _attempt in range(5):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]
            config = folder / "sshd_config"
            config.write_text("\n".join([
                f"Port {port}", "ListenAddress 127.0.0.1", f"HostKey {folder / 'host_key'}",
                f"PidFile {folder / 'sshd.pid'}",
                f"AuthorizedKeysFile {folder / 'authorized_keys'}",
                f"AllowUsers {pwd.getpwuid(os.getuid()).pw_name}",
                f"PermitRootLogin {'yes' if root else 'no'}", "UsePAM no", "StrictModes no",
                "PubkeyAuthentication yes", "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "PermitEmptyPasswords no",
                "AllowTcpForwarding no", "AllowAgentForwarding no", "AllowStreamLocalForwarding no",
                "X11Forwarding no", "PermitTunnel no", "PermitUserEnvironment no",
                "PermitUserRC no", "PrintMotd no", "PrintLastLog no", "UseDNS no",
                "LogLevel VERBOSE", "",
            ]))
            log = folder / "sshd.log"
            with log.open("ab") as sink:
                self._sshd = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)],
                                              stdin=subprocess.DEVNULL, stdout=sink, stderr=sink)
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                text = log.read_text(errors="replace")
                if f"Server listening on 127.0.0.1 port {port}" in text:
                    (folder / "known_hosts").write_text(
                        f"[127.0.0.1]:{port} {(folder / 'host_key.pub').read_text()}")
                    return port
                if self._sshd.poll() is not None:
                    break
                time.sleep(POLL)
            else:
                raise RuntimeError(f"sshd did not start listening in 15 s; its log:\n{text}")
            if "already in use" not in text:  # a port taken since the probe: try another
                raise RuntimeError(f"sshd exited with {self._sshd.returncode}; its log:\n{text}")
        raise RuntimeError(f"sshd found no free port; its log:\n{log.read_text()}")

    def _ssh(self, port: int) -> list[str]:
        """The ssh client command up to the remote command: only this dir's key and hosts."""
        folder = self.folder
        options = {"IdentitiesOnly": "yes", "IdentityAgent": "none", "BatchMode": "yes",
                   "StrictHostKeyChecking": "yes", "UserKnownHostsFile": folder / "known_hosts",
                   "GlobalKnownHostsFile": "/dev/null", "UpdateHostKeys": "no",
                   "ForwardAgent": "no", "ForwardX11": "no", "ClearAllForwardings": "yes",
                   "ConnectTimeout": "15", "LogLevel": "ERROR"}
        user = pwd.getpwuid(os.getuid()).pw_name
        return ["ssh", "-F", "/dev/null", "-t", "-e", "none", "-p", str(port),
                "-i", str(folder / "client_key"),
                *(arg for key, value in options.items() for arg in ("-o", f"{key}={value}")),
                f"{user}@127.0.0.1"]

    def _live_pane(self) -> TmuxPane:
        if self.pane is None:
            raise RuntimeError("the SSH terminal is not running")
        return self.pane

    def keys(self, *keys: str) -> None:
        """Send keys (tmux send-keys names) in one write."""
        self._live_pane().keys(*keys)

    def screen(self, escapes: bool = False) -> str:
        """The screen's text now; with ``escapes``, with its ANSI attributes too."""
        return self._live_pane().screen(escapes)

    def wait_for(self, regex: str, timeout: float = 15.0) -> str:
        """Wait until a screen line matches ``regex``; the screen (AssertionError if not)."""
        return self._live_pane().wait_for(regex, timeout)

    def wait_exit(self, timeout: float = 15.0) -> int:
        """Wait for the remote program to end; its exit status (ssh exits with it)."""
        return self._live_pane().wait_exit(timeout)

    def stop(self) -> None:
        """Kill tmux (and ssh in it), sshd and all its children; remove the temp dir."""
        try:
            if self.pane is not None:
                self.pane.kill()
            if self._sshd is not None:
                _terminate([*_descendants(self._sshd.pid), self._sshd.pid])
                self._sshd.wait(timeout=5)
        finally:
            self.pane = None
            self._sshd = None
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> SshTerminal:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
