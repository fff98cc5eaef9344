"""newsreader: a keyboard-only terminal news reader that finds who said what."""

__version__ = "0.1.0"
"""The version, also read by the build (pyproject's dynamic version)."""
