"""Running the command line inside a test's process."""

from __future__ import annotations

import pytest

from newsreader.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``newsreader ARGV`` in this process; returns (status, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
