"""Score the attribution on articles written for the project in other newsrooms' styles.

``bench/written/`` holds fictional articles (invented people and places, the project's own
writing) in the styles the hidden test sets are likely to have and the corpora have few of:
Wikinews news and features, Q&A interviews, British, Irish and Australian copy with single
quote marks, sports reports, US government and university releases, science and technology
news. Each was annotated by hand, by the annotation guide of real-news-dev, in
``gold.jsonl`` (the same format).

The articles come in sets by the first letter of their names, and every one was first
scored before anyone read its errors. Sets ``a`` to ``m`` were then read for errors while the
rules were changed (tuned on: ``j`` to ``m`` were the held-out sets of one round, read in
the next), and so were ``n``, ``o``, ``q``, ``r``, ``u`` and ``v`` (Wikinews, US
government, Army, FBI and Cambridge styles). Sets ``p``, ``s`` and ``t`` (university and
research news, Wikinews, US agencies and universities) were written in the same round and
only ever scored (held out), so they show what the rules do on copy they never saw. A third
round added ``w`` to ``z`` and ``A`` to ``E`` (Wikinews politics, science, health, sport,
culture, disasters and interviews; US agency, Justice Department and university releases;
British copy in single marks): ``w``, ``x``, ``z``, ``A`` and ``C`` were read after their
first scoring, ``y``, ``B``, ``D`` and ``E`` were only ever scored and join the held-out
group. A fourth round added ``F`` to ``U`` (Wikinews courts, politics abroad, technology,
sport, disasters, culture, health and interviews; US agency, state and military releases;
US, Canadian, Australian, British, Irish, Indian and South African university news and
college athletics): ``G``, ``H``, ``K``, ``L``, ``M``, ``N``, ``O`` and ``U`` were read
after their first scoring, ``F``, ``I``, ``J``, ``P``, ``Q``, ``R``, ``S`` and ``T`` were
only ever scored and join the held-out group. A fifth round added ``V`` to ``Z`` and
``0`` to ``2`` (Wikinews politics abroad, sport, science, culture and interviews, crime and
disasters; US law-enforcement and justice releases, military public-affairs news; British
university news): ``V``, ``X``, ``Y`` and ``1`` were read after their first scoring, ``W``,
``Z``, ``0`` and ``2`` were only ever scored and join the held-out group; later in that
round ``3`` to ``7`` and ``9`` (Wikinews US politics, science, disasters abroad, sport,
obituaries and culture; US federal agency releases) were added, ``3``, ``5`` and ``7`` read
after their first scoring and ``4``, ``6`` and ``9`` only ever scored (held out). A sixth
round added set ``8``: ``81`` to ``84`` (a US metro daily's local news: city council,
schools, a court case, a transit strike) were read after their first scoring, ``85`` to
``88`` (Wikinews and wire international news: an election, a sports final, a science
announcement, a wildfire) were only ever scored and join the held-out group.
A seventh round added twelve sets of two letters, four articles each (Wikinews politics
abroad, elections, diplomacy, courts, health, science, sport, disasters, protests,
obituaries, culture, business, technology and interviews; US Army, Coast Guard, National
Guard, NASA, EPA, Justice Department, governors', attorneys general's and federal agencies'
releases; UK government and local news; British, Irish, Indian, Australian and North
American university news): ``aa``, ``ac``, ``ae`` and ``ag`` to ``al`` were read after
their first scoring, ``ab``, ``ad`` and ``af`` were only ever scored and join the
held-out group. Later rounds added sets ``am`` to ``bz`` the same way (the README's
"How good it is" says which were held out), and an eleventh round ``ca`` to ``cl``
(Wikinews news and interviews, US agency and public-safety releases, British, Irish,
Australian and New Zealand local news, university and magazine science news, sport, arts,
business, courts and health) and ``cm`` to ``cx`` (Indian, Pakistani, African, Southeast
Asian, Pacific and Canadian papers, wire copy with datelines, live blogs, parliament and
court reports, magazine profiles, sport previews, US local TV news, company releases and
medical news): ``cb``, ``cf``, ``ci``, ``cl``, ``cn``, ``cr``, ``cu`` and ``cx`` were only
ever scored and join the held-out group. Every source line says ``(fictional)``. Each group is
scored by real-news-dev's own ``score.py`` (run from ../shared, not copied into the
project), through ``bench/quotes.py``'s ``real_news``.

Prints one JSON object: the figures of each group and of all the articles together.

Usage: python bench/written.py [--real-news DIR] [--errors]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import DEFAULT_REAL_NEWS, real_news  # noqa: E402

WRITTEN = Path(__file__).resolve().parent / "written"
GROUPS = {"tuned": (*"abcdefghijklmnoqruvwxzACGHKLMNOUVXY1357", "81", "82", "83", "84",
                    "aa", "ac", "ae", "ag", "ah", "ai", "aj", "ak", "al",
                    "am", "ao", "ap", "aq", "as", "at", "au", "aw", "ax",
                    "ay", "ba", "bb", "bc", "be", "bf", "bg", "bi", "bj",
                    "bk", "bl", "bn", "bo", "bq", "br", "bs", "bu", "bv", "bw", "by",
                    "ca", "cc", "cd", "ce", "cg", "ch", "cj", "ck",
                    "cm", "co", "cp", "cq", "cs", "ct", "cv", "cw"),
          "held_out": (*"pstyBDEFIJPQRSTWZ02469", "85", "86", "87", "88", "ab", "ad", "af",
                       "an", "ar", "av", "az", "bd", "bh", "bm",
                       "bp", "bt", "bx", "bz", "cb", "cf", "ci", "cl",
                       "cn", "cr", "cu", "cx")}
"""Which sets each group holds: the beginnings of the file names (a letter or digit for a
set; set ``8`` is split by its second digit; the seventh and later rounds' sets have two
letters). A file belongs to the set of the longest beginning that matches it (``aa1-…`` is
in ``aa``, not ``a``)."""


def set_of(name: str) -> str:
    """The set a file of ``bench/written/articles`` belongs to (its longest matching
    beginning among the groups' sets), or "" for none."""
    return max((p for sets in GROUPS.values() for p in sets if name.startswith(p)), key=len,
               default="")


def score(group: str, prefixes: tuple[str, ...], scorer: Path, errors: bool) -> dict | None:
    """The figures of the articles whose names begin with one of ``prefixes``."""
    lines = [line for line in (WRITTEN / "gold.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip() and set_of(json.loads(line)["file"]) in prefixes]
    if not lines:
        return None
    with tempfile.TemporaryDirectory(prefix=f"bench-written-{group}-") as tmp:
        folder = Path(tmp)
        (folder / "articles").mkdir()
        for line in lines:
            name = json.loads(line)["file"]
            shutil.copyfile(WRITTEN / "articles" / name, folder / "articles" / name)
        (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        shutil.copyfile(scorer, folder / "score.py")
        return real_news(folder, errors)


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--real-news", type=Path, default=DEFAULT_REAL_NEWS,
                    help="the real-news-dev folder whose score.py scores (../shared/...)")
    ap.add_argument("--errors", action="store_true", help="print score.py's report to stderr")
    args = ap.parse_args(argv)
    scorer = args.real_news / "score.py"
    if not scorer.is_file():
        sys.exit(f"bench/written.py: no score.py in {args.real_news}")
    figures = {group: score(group, letters, scorer, args.errors)
               for group, letters in GROUPS.items()}
    figures["all"] = score("all", tuple(p for group in GROUPS.values() for p in group), scorer,
                           False)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
