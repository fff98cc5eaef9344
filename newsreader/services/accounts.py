"""The feed-server account: which server, which user, and the password.

Kept beside the config file (``~/.config/newsreader/account.json``, or beside the file
$NEWSREADER_CONFIG names), in a file only its owner can read or write (mode 0600), written
atomically. The password is in that file and nowhere else: never printed, never in the
library. One account at a time.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from newsreader.services.backends import BACKENDS
from newsreader.services.paths import config_path
from newsreader.store.errors import LibraryError

ENV_PASSWORD = "NEWSREADER_PASSWORD"
"""Environment variable ``account set`` takes the password from (else it asks)."""


class AccountError(LibraryError):
    """An account that cannot be stored or read; the message says why in one line."""


@dataclass(frozen=True)
class Account:
    """A feed-server account."""

    kind: str
    """The backend: "ttrss"."""
    url: str
    """The server's address (its web address; the backend finds its API there)."""
    user: str
    """The user name on the server."""
    password: str
    """The password (kept in the account file only)."""

    @property
    def key(self) -> str:
        """What the library's sync state is kept for: the same server and user."""
        return f"{self.kind} {self.url.rstrip('/')} {self.user}"

    def __repr__(self) -> str:  # never the password, even in a traceback
        return f"Account(kind={self.kind!r}, url={self.url!r}, user={self.user!r})"


def account_path() -> Path:
    """The account file: beside the config file."""
    return config_path().parent / "account.json"


def load_account() -> Account | None:
    """The account set, or None. Raises AccountError for a damaged or unsafe file."""
    path = account_path()
    try:
        mode = path.stat().st_mode
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        raise AccountError(f"cannot read the account file {path}: "
                           f"{getattr(err, 'strerror', None) or 'not JSON'}") from None
    if mode & 0o077:
        raise AccountError(f"the account file {path} can be read by others (mode "
                           f"{mode & 0o777:o}); run chmod 600 on it")
    try:
        account = Account(kind=str(data["kind"]), url=str(data["url"]),
                          user=str(data["user"]), password=str(data["password"]))
    except (KeyError, TypeError):
        raise AccountError(f"the account file {path} is damaged; set the account "
                           "again (newsreader account set)") from None
    if account.kind not in BACKENDS:
        raise AccountError(f"the account file {path} names an unknown kind "
                           f"{account.kind!r}")
    return account


def save_account(account: Account) -> Path:
    """Store the account (replacing any other), readable by its owner only."""
    if account.kind not in BACKENDS:
        raise AccountError(f"unknown kind of account {account.kind!r} "
                           f"(known: {', '.join(BACKENDS)})")
    if not account.url.startswith(("http://", "https://")):
        raise AccountError(f"the server's address must start with http:// or https:// "
                           f"(got {account.url!r})")
    path = account_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"kind": account.kind, "url": account.url, "user": account.user,
                          "password": account.password}, indent=2).encode() + b"\n"
    scratch = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(scratch, path)
    return path


def remove_account() -> bool:
    """Forget the account; returns whether there was one."""
    try:
        account_path().unlink()
        return True
    except FileNotFoundError:
        return False
