"""How well the attribution holds when real-news-dev is rewritten in ways the rules never saw.

The hidden test sets are other articles by other newsrooms: other names, other verbs, other
quote marks. This bench rewrites real-news-dev's 40 articles and their gold annotation
together (offsets moved with every edit, gold text taken from the rewritten file) and scores
each rewrite with the folder's own ``score.py``, through ``bench/quotes.py``'s ``real_news``.
A rule that only fits the words it was tuned on loses here what it gained on the dev set.

Rewrites (each applied alone to every article):
- ``surnames``: every surname of a quoted person (a gold speaker of two or three words whose
  first word the lexicon knows as a first name) becomes a surname that is also a common word
  (Young, Hall, Hope, May, ...), everywhere in the article;
- ``first_names``: those people's first names become names the lexicon does not know
  (Oluwaseun, Thandiwe, Siddharth, ...), so their gender is unknown to the rules;
- ``verbs``: ``said`` outside quotations becomes one of fifteen other reporting verbs in turn;
- ``present``: ``said`` outside quotations becomes ``says``;
- ``curly`` / ``straight``: straight double quote marks become curly ones, and the reverse;
- ``british``: quotations in single marks (‘…’), as British newsrooms print them;
- ``apostrophes``: straight apostrophes inside words become curly (don’t);
- ``wrapped``: paragraphs hard-wrapped at 72 columns;
- ``titles``: a title before each quoted person's first full name (``Dr.``, ``Deputy
  Mayor``, ``Lt. Col.``, ...);
- ``appositives``: a role set off after a quoted person's name before the verb (``Jane Roe,
  who chairs the committee, said``);
- ``crlf``: Windows line ends; ``nbsp``: every third space a no-break space;
- ``capitals_title``: the title line in capitals.

Prints JSON: the unchanged corpus's figures and each rewrite's, with the change in
attribution F1. ``--keep DIR`` keeps the rewritten corpora (to run score.py on by hand).

Usage: python bench/robustness.py [--real-news DIR] [--only NAME...] [--keep DIR] [--errors]
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import DEFAULT_REAL_NEWS, real_news  # noqa: E402

from newsreader.news import lexicon as lx  # noqa: E402

Edit = tuple[int, int, str]
"""A replacement of text[start:end] by a new string."""

COMMON_WORD_SURNAMES = [
    "Young", "Hall", "Hope", "May", "Brown", "King", "Long", "Little", "Black", "White",
    "Green", "Rich", "Strong", "Bell", "Rose", "Price", "Wood", "Stone", "Field", "Cook",
    "Love", "Grant", "Bush", "Snow", "Hill", "West", "Frost", "Swift", "Sharp", "Day",
]
UNKNOWN_FIRST_NAMES = [
    "Oluwaseun", "Thandiwe", "Siddharth", "Aigerim", "Tevita", "Nkechi", "Bolat", "Ximena",
    "Anahera", "Dagny", "Yerlan", "Folasade", "Kaveh", "Itzel", "Tanvir", "Saoirse",
    "Ruslan", "Ngozi", "Eero", "Marama",
]
VERBS = ["stated", "explained", "noted", "remarked", "commented", "added", "argued",
         "recalled", "insisted", "observed", "declared", "asserted", "acknowledged",
         "emphasised", "suggested"]


def apply(text: str, edits: list[Edit]) -> tuple[str, Callable[[int], int]]:
    """The text with the edits made (sorted, not overlapping), and a function moving an
    offset of the old text to the new one."""
    edits = sorted(edits)
    out, pos, ends, shifts, shift = [], 0, [], [], 0
    for start, end, new in edits:
        if start < pos:
            continue  # overlaps the edit before it
        out.append(text[pos:start])
        out.append(new)
        pos = end
        shift += len(new) - (end - start)
        ends.append(end)
        shifts.append(shift)
    out.append(text[pos:])

    def move(offset: int) -> int:
        i = bisect.bisect_right(ends, offset)
        return offset + (shifts[i - 1] if i else 0)

    return "".join(out), move


def quoted(gold: dict) -> list[tuple[int, int]]:
    """The spans of an article's gold items (quotations and scare items)."""
    return [(q["start"], q["end"]) for q in gold["quotes"]]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans (or on a quote mark around it)."""
    return any(a - 1 <= start and end <= b + 1 for a, b in spans)


def people(gold: dict) -> list[tuple[str, str]]:
    """The (first name, surname) of each quoted person: speakers of two or three words whose
    first word the lexicon knows as a first name."""
    out = []
    for q in gold["quotes"]:
        words = (q.get("speaker") or "").split()
        if 2 <= len(words) <= 3 and words[0].lower() in lx.FIRST_NAMES and all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words
        ):
            out.append((words[0], words[-1]))
    return list(dict.fromkeys(out))


def word_edits(text: str, mapping: dict[str, str]) -> list[Edit]:
    """Edits replacing each whole word of ``mapping`` (also before ’s) by its value."""
    if not mapping:
        return []
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b")
    return [(m.start(), m.end(), mapping[m.group()]) for m in pattern.finditer(text)]


def rename(gold: dict, mapping: dict[str, str]) -> None:
    """The gold speakers and aliases with the mapping's words replaced."""
    def swap(name: str | None) -> str | None:
        if not name:
            return name
        return " ".join(mapping.get(w, w) for w in name.split())

    for q in gold["quotes"]:
        q["speaker"] = swap(q.get("speaker"))
        if q.get("speaker_aliases"):
            q["speaker_aliases"] = [swap(a) for a in q["speaker_aliases"]]


def swapped(text: str, gold: dict, pool: list[str], part: int) -> list[Edit]:
    """Quoted people's first names (``part`` 0) or surnames (1) as the pool's names in turn,
    everywhere in the article and in its gold."""
    pool = list(pool)
    mapping: dict[str, str] = {}
    for name in people(gold):
        if name[part] not in mapping and pool:
            mapping[name[part]] = pool.pop(0)
    rename(gold, mapping)
    return word_edits(text, mapping)


def surnames(text: str, gold: dict) -> list[Edit]:
    """Quoted people's surnames as common words (none the article already has)."""
    used = set(text.split())
    return swapped(text, gold, [s for s in COMMON_WORD_SURNAMES if s not in used], 1)


def first_names(text: str, gold: dict) -> list[Edit]:
    """Quoted people's first names as names the lexicon does not know."""
    return swapped(text, gold, UNKNOWN_FIRST_NAMES, 0)


def said_edits(text: str, gold: dict, verbs: list[str]) -> list[Edit]:
    """``said`` outside the gold items as the verbs in turn."""
    spans = quoted(gold)
    found = [m for m in re.finditer(r"\bsaid\b", text) if not inside(spans, m.start(), m.end())]
    return [(m.start(), m.end(), verbs[i % len(verbs)]) for i, m in enumerate(found)]


def marks_curly(text: str, gold: dict) -> list[Edit]:
    """Straight double quote marks as curly ones: closing before a space, a line end or
    punctuation, opening after a space, a line start or an opening bracket, closing
    otherwise."""
    edits = []
    for m in re.finditer('"', text):
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        opening = not (after.isspace() or after in ",.;:!?)") and (
            before.isspace() or before in "([—-")
        edits.append((m.start(), m.end(), "“" if opening else "”"))
    return edits


def marks_straight(text: str, gold: dict) -> list[Edit]:
    """Curly double quote marks as straight ones."""
    return [(m.start(), m.end(), '"') for m in re.finditer("[“”]", text)]


def marks_british(text: str, gold: dict) -> list[Edit]:
    """Quotations in single marks, as British newsrooms print them: double marks, curly or
    straight, become ‘ and ’ (the few single marks already there are left as they are)."""
    edits = []
    for m in re.finditer('["“”]', text):
        at = m.start()
        before = text[at - 1] if at else "\n"
        after = text[at + 1] if at + 1 < len(text) else "\n"
        opening = not (after.isspace() or after in ",.;:!?)") and (
            before.isspace() or before in "([—-")
        edits.append((at, at + 1, "‘" if opening else "’"))
    return edits


def apostrophes(text: str, gold: dict) -> list[Edit]:
    """Straight apostrophes inside words as curly ones (don't -> don’t)."""
    return [(m.start(), m.end(), "’") for m in re.finditer(r"(?<=\w)'(?=\w)", text)]


def wrapped(text: str, gold: dict) -> list[Edit]:
    """Every paragraph hard-wrapped at 72 columns, as plain-text mail and some feeds are: a
    space becomes a line break (offsets do not move)."""
    edits, column = [], 0
    for m in re.finditer(r" |\n", text):
        width = m.start() - column
        if m.group() == "\n":
            column = m.end()
        elif width > 72:
            edits.append((m.start(), m.end(), "\n"))
            column = m.end()
    return edits


TITLES = ["Dr.", "Professor", "Sen.", "Chief Inspector", "Deputy Mayor", "Rev.", "Capt.",
          "Councillor", "Judge", "Ambassador", "Bishop", "Coach", "Lt. Col.", "Prof."]


def titles(text: str, gold: dict) -> list[Edit]:
    """A title in front of the first mention of each quoted person's full name (``Dr. Jane
    Roe``), the titles in turn: the speaker is still the name alone."""
    edits = []
    for k, (first, surname) in enumerate(people(gold)):
        found = re.search(r"(?<![\w.])" + re.escape(f"{first} {surname}") + r"\b", text)
        if found and not quoted_at(gold, found.start()):
            edits.append((found.start(), found.start(), TITLES[k % len(TITLES)] + " "))
    return edits


ROLES = [", a spokesperson for the regional water authority,",
         ", who chairs the committee,", ", 54,", " (pictured)",
         ", the group's founder and a former teacher,"]


def appositives(text: str, gold: dict) -> list[Edit]:
    """A role set off after each quoted person's surname where a reporting verb follows it
    (``Roe, who chairs the committee, said``), the roles in turn."""
    edits = []
    for _, surname in people(gold):
        pattern = r"\b" + re.escape(surname) + r"(?= (?:said|says|told|added|explained))"
        for found in re.finditer(pattern, text):
            if not quoted_at(gold, found.start()):
                edits.append((found.end(), found.end(), ROLES[len(edits) % len(ROLES)]))
    return edits


def quoted_at(gold: dict, offset: int) -> bool:
    """Whether an offset is inside one of the article's gold items."""
    return inside(quoted(gold), offset, offset)


def crlf(text: str, gold: dict) -> list[Edit]:
    """Windows line ends: every line break as a carriage return and a line feed."""
    return [(m.start(), m.end(), "\r\n") for m in re.finditer("\n", text)]


def nbsp(text: str, gold: dict) -> list[Edit]:
    """Every third space as a no-break space, as pages scraped from the web have them."""
    return [(m.start(), m.end(), "\u00a0") for k, m in enumerate(re.finditer(" ", text))
            if k % 3 == 2]


def capitals_title(text: str, gold: dict) -> list[Edit]:
    """The title line in capitals, as some newsrooms' feeds give it."""
    lines = text.split("\n")
    pos = 0
    for line in lines:  # the first line after the header lines and their blank line
        if line.strip() and not re.match(r"(source|date|url|author)\s*:", line, re.I):
            return [(pos, pos + len(line), line.upper())]
        pos += len(line) + 1
    return []


REWRITES: dict[str, Callable[[str, dict], list[Edit]]] = {
    "surnames": surnames,
    "first_names": first_names,
    "verbs": lambda text, gold: said_edits(text, gold, VERBS),
    "present": lambda text, gold: said_edits(text, gold, ["says"]),
    "curly": marks_curly,
    "straight": marks_straight,
    "british": marks_british,
    "apostrophes": apostrophes,
    "wrapped": wrapped,
    "titles": titles,
    "appositives": appositives,
    "crlf": crlf,
    "nbsp": nbsp,
    "capitals_title": capitals_title,
}


def rewrite(source: Path, target: Path, how: Callable[[str, dict], list[Edit]]) -> int:
    """Write a rewritten copy of the corpus at ``source`` into ``target``; the edit count."""
    (target / "articles").mkdir(parents=True)
    shutil.copy(source / "score.py", target / "score.py")
    lines, count = [], 0
    for line in (source / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (source / "articles" / gold["file"]).read_text(encoding="utf-8")
        edits = how(text, gold)
        count += len(edits)
        new, move = apply(text, edits)
        for q in gold["quotes"]:
            q["start"], q["end"] = move(q["start"]), move(q["end"])
            q["text"] = new[q["start"]:q["end"]]
        (target / "articles" / gold["file"]).write_text(new, encoding="utf-8")
        lines.append(json.dumps(gold, ensure_ascii=False))
    (target / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


KEYS = ["span_precision", "span_recall", "speaker_accuracy", "attribution_precision",
        "attribution_recall", "attribution_f1"]


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--real-news", type=Path, default=DEFAULT_REAL_NEWS,
                    help="real-news-dev's folder")
    ap.add_argument("--only", nargs="*", choices=sorted(REWRITES), help="these rewrites only")
    ap.add_argument("--keep", type=Path, help="keep the rewritten corpora in this folder")
    ap.add_argument("--errors", action="store_true", help="print score.py's reports to stderr")
    args = ap.parse_args(argv)
    base = real_news(args.real_news)
    figures: dict = {"unchanged": {k: base[k] for k in KEYS}}
    with tempfile.TemporaryDirectory(prefix="bench-robust-") as tmp:
        root = args.keep or Path(tmp)
        for name in args.only or REWRITES:
            folder = root / name
            if folder.exists():
                shutil.rmtree(folder)
            edits = rewrite(args.real_news, folder, REWRITES[name])
            if args.errors:
                print(f"# {name}", file=sys.stderr)
            scored = real_news(folder, errors=args.errors)
            figures[name] = {"edits": edits, **{k: scored[k] for k in KEYS},
                             "f1_change": round(scored["attribution_f1"]
                                                - base["attribution_f1"], 2)}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
