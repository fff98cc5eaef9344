"""What each kind of library document must look like, checked where it is read.

A file can be valid JSON and still hold the wrong thing (a hand edit, another program, a
bit flip that happens to parse): ``{"id": 5}`` where a text should be, ``null`` for a list.
Each check returns what is wrong in a few words, or None; the library turns a problem into
a CorruptLibraryError naming the file (and ``newsreader repair``), and the repair drops
the documents that fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import chain
from typing import Any

from newsreader.store.listing import COLUMNS, KEY_COLUMNS, ROW_COLUMNS
from newsreader.store.records import ID_LENGTH

ID_DIGITS = frozenset("0123456789abcdef")
_HEX = b"0123456789abcdef"
_HEX_SPACE = _HEX + b" "

_NONE = type(None)
_COLUMN_TYPES: dict[str, frozenset[type]] = {
    "id": frozenset({str}),
    "title": frozenset({str}),
    "source": frozenset({str, _NONE}),
    "published": frozenset({str, _NONE}),
    "added": frozenset({str, _NONE}),
    "quotes": frozenset({int, _NONE}),
    "people": frozenset({str, _NONE}),
    "tags": frozenset({str, _NONE}),
    "seg": frozenset({int, _NONE}),
    "feed": frozenset({str, _NONE}),
    "when": frozenset({str}),
}
"""The types a listing column may hold (checked a whole column at a time: fast)."""
_TEXT = frozenset({str})


def is_article_id(value: object) -> bool:
    """Whether ``value`` is an article id: a non-empty string of lowercase hex digits."""
    return isinstance(value, str) and bool(value) and ID_DIGITS.issuperset(value)


def _all_text(values: list[Any]) -> bool:
    """Whether every value is a string (joining them is the fastest way to ask)."""
    try:
        "".join(values)
    except TypeError:
        return False
    return True


def _strings(value: object) -> bool:
    return isinstance(value, list) and _all_text(value)


def _optional_text(doc: Mapping[str, Any], names: Iterable[str]) -> str | None:
    for name in names:
        value = doc.get(name)
        if value is not None and not isinstance(value, str):
            return f"its {name} is not text"
    return None


def _columns_problem(page: Mapping[str, Any], names: Iterable[str], count: int,
                     required: Iterable[str] = ()) -> str | None:
    """What is wrong with some columns of a page: each a list of ``count`` values of the
    right types (a column may be left out, unless ``required``)."""
    must = set(required)
    for name in names:
        column = page.get(name)
        if column is None and name not in must:
            continue
        if not isinstance(column, list) or len(column) != count:
            return f"a page's {name} column does not match its ids"
        allowed = _COLUMN_TYPES[name]
        if not (_all_text(column) if allowed == _TEXT else set(map(type, column)) <= allowed):
            return f"a page's {name} column holds values of the wrong type"
    return None


def _ids_problem(ids: list[Any]) -> str | None:
    """What is wrong with a page's ids (already known to be strings)."""
    if "" in ids or "".join(ids).encode().translate(None, _HEX):
        return "a page holds an id that is not an article id"
    return None


def page_problem(page: Mapping[str, Any]) -> str | None:
    """What is wrong with a listing page kept whole (the last page, in listing.json):
    columns of equal length, of the right types, titles among them (as a sealed page's)."""
    ids = page.get("id")
    if not isinstance(ids, list):
        return "a page has no list of ids"
    return _columns_problem(page, COLUMNS, len(ids), required=("title",)) or _ids_problem(ids)


def keys_problem(doc: object, count: int) -> str | None:
    """What is wrong with a sealed page's key columns (ids, sort keys, tags): ``count``
    of each."""
    if not isinstance(doc, Mapping) or not isinstance(doc.get("id"), list):
        return "a page has no list of ids"
    if len(doc["id"]) != count:
        return f"a page holds {len(doc['id'])} ids where listing.json says {count}"
    return (_columns_problem(doc, KEY_COLUMNS, count, required=("when",))
            or _ids_problem(doc["id"]))


def rows_problem(doc: object, count: int) -> str | None:
    """What is wrong with a sealed page's other columns: ``count`` values each."""
    if not isinstance(doc, Mapping):
        return "a page's rows are not an object"
    return _columns_problem(doc, ROW_COLUMNS, count, required=("title",))


def newest_problem(doc: object, count: int) -> str | None:
    """What is wrong with a sealed page's newest-first summary (``listing.Newest``) for a
    page of ``count`` rows: places, ids and sort keys of at least one and at most
    ``count`` rows, the keys in descending order."""
    if not isinstance(doc, Mapping):
        return "a summary is not an object"
    at, ids, when = doc.get("at"), doc.get("id"), doc.get("when")
    if not (isinstance(at, list) and isinstance(ids, list) and isinstance(when, list)):
        return "a summary lacks its places, ids or keys"
    if not (min(1, count) <= len(at) <= count and len(at) == len(ids) == len(when)):
        return "a summary's columns do not match the page"
    if not all(isinstance(j, int) and not isinstance(j, bool) and 0 <= j < count for j in at) \
            or len(set(at)) != len(at):
        return "a summary holds a place that is not in the page"
    if not (_strings(ids) and _strings(when)) or _ids_problem(ids):
        return "a summary holds an id or a key of the wrong type"
    if any(a < b for a, b in zip(when, when[1:], strict=False)):
        return "a summary's keys are not newest first"
    return None


def sealed_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with listing.json's record of a sealed page."""
    values = [doc.get(name) for name in ("keys", "rows", "count")]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
        return "a sealed page's record is not three numbers"
    return None


def head_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with listing.json's head document (epoch, generation, dead texts)."""
    if not isinstance(doc.get("epoch", ""), str):
        return "its epoch is not text"
    gen = doc.get("gen", 0)
    if not isinstance(gen, int) or isinstance(gen, bool) or gen < 0:
        return "its generation is not a number"
    dead = doc.get("dead", {})
    if not isinstance(dead, dict) or not all(
            k.isdigit() and isinstance(v, list) and len(v) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
            for k, v in dead.items()):
        return "its dead-text counts are not numbers by segment"
    doomed = doc.get("doomed", [])
    if not isinstance(doomed, list) or not all(
            isinstance(x, int) and not isinstance(x, bool) for x in doomed):
        return "its segments to remove are not numbers"
    return None


def article_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with a stored article (a text without which it cannot be shown)."""
    aid = doc.get("id")
    if not is_article_id(aid):
        return "an article without a usable id"
    for name in ("title", "body"):
        if not isinstance(doc.get(name), str):
            return f"article {aid}: its {name} is not text"
    problem = _optional_text(doc, ("source", "author", "published", "url", "key", "added",
                                   "fingerprint", "feed"))
    if problem:
        return f"article {aid}: {problem}"
    tags = doc.get("tags")
    if tags is not None and not _strings(tags):
        return f"article {aid}: its tags are not a list of text"
    analysis = doc.get("analysis")
    if analysis is not None and not isinstance(analysis, dict):
        return f"article {aid}: its analysis is not an object"
    return None


def bookmark_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with a bookmark document."""
    if not is_article_id(doc.get("id")):
        return "a bookmark without a usable article id"
    if doc.get("at") is not None and not isinstance(doc.get("at"), str):
        return f"the bookmark of {doc['id']}: its time is not text"
    return None


def deleted_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with the record of a deleted article."""
    if not is_article_id(doc.get("id")):
        return "a deleted article's record without a usable article id"
    keys = doc.get("keys", [])
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        return f"the record of deleted {doc['id']}: its keys are not a list of text"
    return None


def tags_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with a user-tags document."""
    if not is_article_id(doc.get("id")):
        return "tags without a usable article id"
    if not _strings(doc.get("tags")):
        return f"the tags of {doc['id']} are not a list of text"
    return None


def _ids_sound(docs: list[Any]) -> bool:
    """Whether every document's id is an article id (checked all at once: fast)."""
    ids = [doc.get("id") for doc in docs]
    return _all_text(ids) and "" not in ids and \
        not "".join(ids).encode().translate(None, _HEX)


def all_sound(docs: list[Any], check: Callable[[Mapping[str, Any]], str | None]) -> bool:
    """Whether every one of many bookmark or user-tags documents (``bookmark_problem``,
    ``tags_problem``) is sound, asked of them all at once: 20,000 bookmarks in a few
    milliseconds. False may also mean "ask each", as for any other check."""
    if not all(type(doc) is dict for doc in docs) or not _ids_sound(docs):
        return False
    if check is bookmark_problem:
        return {type(doc.get("at")) for doc in docs} <= {str, _NONE}
    if check is tags_problem:
        tags = [doc.get("tags") for doc in docs]
        return all(type(t) is list for t in tags) and _all_text(list(chain.from_iterable(tags)))
    return False


def read_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with a read-state document: the ids of opened articles that start
    with its prefix, as one string (ids of ID_LENGTH hex digits, a space between each: a
    300,000 of them parse and write in milliseconds, where a list of strings takes tens)."""
    prefix, ids = doc.get("prefix"), doc.get("ids")
    if not isinstance(prefix, str) or not isinstance(ids, str):
        return "read marks that are not a prefix with its ids"
    if ids and not read_ids_ok(ids):
        return f"the read marks of prefix {prefix[:8]!r} are not ids, a space between each"
    return None


def read_ids_ok(ids: str) -> bool:
    """Whether a read-state string is ids of ID_LENGTH hex digits, a space between each."""
    if not ids.isascii():
        return False
    raw = ids.encode("ascii")
    step = ID_LENGTH + 1
    return ((len(raw) + 1) % step == 0 and raw.count(b" ") == len(raw) // step
            and not raw[ID_LENGTH::step].strip(b" ") and not raw.translate(None, _HEX_SPACE))


_FEED_TEXT = ("title", "site", "added", "etag", "last_modified", "last_ok")
_LAST_TEXT = ("error", "warning", "final_url")


def feed_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with a subscription document."""
    url = doc.get("url")
    if not isinstance(url, str) or not url:
        return "a feed whose address is not text"
    fid = doc.get("id")
    if not isinstance(fid, str) or not fid or not ID_DIGITS.issuperset(fid):
        return f"feed {url}: its id is not hex digits"
    problem = _optional_text(doc, _FEED_TEXT)
    if problem:
        return f"feed {url}: {problem}"
    if not _strings(doc.get("tags", [])):
        return f"feed {url}: its tags are not a list of text"
    position = doc.get("position", 0)
    if not isinstance(position, int) or not isinstance(doc.get("full", False), bool):
        return f"feed {url}: its position or full-text setting is of the wrong type"
    last = doc.get("last")
    if last is None:
        return None
    if not isinstance(last, dict) or not isinstance(last.get("checked"), str):
        return f"feed {url}: its last result is not an object with a time"
    problem = _optional_text(last, _LAST_TEXT)
    if problem:
        return f"feed {url}: last result: {problem}"
    for name in ("status", "new", "updated"):
        value = last.get(name)
        if value is not None and not isinstance(value, int):
            return f"feed {url}: last result: its {name} is not a number"
    return None


def items_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with a feed's item fingerprints."""
    items = doc.get("items")
    if not isinstance(items, dict) or not all(isinstance(v, str) for v in items.values()):
        return "item fingerprints that are not a map of text"
    return None


def meta_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with the library's meta document."""
    schema = doc.get("schema", 0)
    if not isinstance(schema, int) or isinstance(schema, bool):
        return "its schema version is not a number"
    return None
