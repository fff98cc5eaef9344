"""Pure news logic: reading article formats, finding quotations, people and dates.

Nothing in this package imports Textual or TinyDB.
"""
