"""One article out of the library: as text or Markdown, into a file or a command's input.

The text is the plain-text article format ``newsreader import`` reads (header lines, the
title, paragraphs), so a saved article can be imported again; Markdown has the title as a
heading and the details in a line under it. A file is written whole or not at all.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsreader.news.cleaning import one_line
from newsreader.services.files import write_file
from newsreader.store.records import StoredArticle

Format = Literal["text", "markdown"]
"""How an article is written out."""

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
"""File name endings saved as Markdown."""

PIPE_SECONDS = 60.0
"""How long a command the article is piped to may run before it is stopped."""

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
"""Characters Markdown may read as markup inside a line."""
_MD_LINE_START = re.compile(r"^(\s*)([-+=>])")
"""A start of line Markdown reads as a list, a quotation or a heading's underline."""
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])")
"""A start of line Markdown reads as a numbered list."""


class SaveError(OSError):
    """The article could not be written; ``str(err)`` says why in one line."""


def format_for(path: str | Path) -> Format:
    """The format a file name asks for: Markdown for ``.md`` and the like, else text."""
    return "markdown" if Path(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def file_name(article: StoredArticle, fmt: Format = "text") -> str:
    """A file name for an article: its title in lower case, words joined by dashes."""
    words = re.findall(r"\w+", article.title.casefold())
    stem = "-".join(words)[:60].strip("-") or article.id
    return f"{stem}{'.md' if fmt == 'markdown' else '.txt'}"


def as_text(article: StoredArticle) -> str:
    """The article in the plain-text format (``newsreader import`` reads it back), with its
    numbered links at the end when it has any."""
    lines = []
    for name, value in (("Source", article.source), ("Author", article.author),
                        ("Date", article.published), ("URL", article.url)):
        if value:
            lines.append(f"{name}: {one_line(value)}")
    if lines:
        lines.append("")
    lines += [one_line(article.title), ""]
    lines += [p.strip() + "\n" for p in article.body.split("\n\n") if p.strip()]
    if article.links:
        lines.append("Links:")
        lines += [f"[{n}] {link.url}" for n, link in enumerate(article.links, 1)]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def md_escape(text: str) -> str:
    """Text that Markdown shows as it is, not as markup."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _MD_NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_link(text: str, url: str) -> str:
    """A Markdown link: the words (escaped) to the address, or the bare address."""
    safe = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md_escape(one_line(text))}](<{safe}>)" if text.strip() else f"<{safe}>"


def as_markdown(article: StoredArticle) -> str:
    """The article as Markdown: the title a heading, the details in italics under it, the
    paragraphs, and its numbered links at the end."""
    out = [f"# {md_escape(one_line(article.title))}", ""]
    details = [md_escape(one_line(d)) for d in (
        article.source, (article.published or "")[:10] or None,
        f"by {article.author}" if article.author else None) if d]
    if details:
        out += [f"*{' · '.join(details)}*", ""]
    if article.url:
        out += [f"<{one_line(article.url)}>", ""]
    out += [md_escape(p.strip()) + "\n" for p in article.body.split("\n\n") if p.strip()]
    if article.links:
        out += ["## Links", ""]
        out += [f"{n}. {md_link(link.text, link.url)}" for n, link in
                enumerate(article.links, 1)]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def render(article: StoredArticle, fmt: Format) -> str:
    """The article in a format."""
    return as_markdown(article) if fmt == "markdown" else as_text(article)


def save_article(article: StoredArticle, path: str | Path, fmt: Format | None = None,
                 overwrite: bool = False) -> Path:
    """Write the article to ``path`` (``~`` expanded; the format from its ending unless
    given), whole or not at all; returns the path written. SaveError when the file exists
    (unless ``overwrite``), its folder does not, or it cannot be written."""
    target = Path(os.path.expanduser(str(path)))
    if not str(path).strip():
        raise SaveError("no file name given")
    if target.is_dir():
        raise SaveError(f"{target} is a folder: give a file name")
    if target.exists() and not overwrite:
        raise SaveError(f"{target} exists")
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(f"there is no folder {folder}")
    try:
        write_file(target, render(article, fmt or format_for(target)))
    except OSError as err:
        raise SaveError(f"cannot write {target}: {err.strerror or err}") from None
    return target


@dataclass(frozen=True)
class PipeResult:
    """How a command given the article on its input ended."""

    command: str
    """The command line, as given."""
    status: int | None
    """Its exit status (negative: the signal that ended it); None when it could not run
    or ran too long."""
    output: str
    """What it wrote (standard output, then standard error), at most a few KB."""
    error: str = ""
    """Why it could not run, or was stopped."""

    def summary(self) -> str:
        """One line: the command, how it ended, and the first line it wrote."""
        if self.status is None:
            return f"| {self.command}: {self.error}"
        first = next((one_line(line) for line in self.output.splitlines() if line.strip()), "")
        ended = f"exit status {self.status}" if self.status >= 0 else \
            f"ended by signal {-self.status}"
        return f"| {self.command}: {ended}" + (f": {first[:200]}" if first else "")


def pipe_article(article: StoredArticle, command: str,
                 timeout: float = PIPE_SECONDS) -> PipeResult:
    """Run ``command`` (by the shell, in the current folder) with the article as text on
    its standard input; its output is kept, not shown on the terminal. Blocks until it
    ends (run it in a worker thread from the app)."""
    command = command.strip()
    if not command:
        return PipeResult(command, None, "", "no command given")
    try:
        done = subprocess.run(command, shell=True, input=as_text(article).encode(),
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return PipeResult(command, None, "", f"stopped after {timeout:g} s")
    except OSError as err:
        return PipeResult(command, None, "", f"could not run: {err.strerror or err}")
    output = (done.stdout + done.stderr)[:8192].decode("utf-8", "replace")
    return PipeResult(command, done.returncode, output)
