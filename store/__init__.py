"""The library on disk: the only code that touches TinyDB."""
