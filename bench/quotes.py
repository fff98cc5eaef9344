"""Score news.analysis on both corpora, PolNeAR and real-news-dev; print JSON.

One run prints:
- ``real_news_dev``: the 40 real news texts of ../shared/corpora/real-news-dev, scored by
  that folder's own score.py (its rules, not a copy of them): ``newsreader quotes --json``
  is run on its articles exactly as score.py runs it, and score.py scores the saved output
  (``--predictions``, ``--json``). Span precision leaves predictions on scare items
  (terms, titles) out; ``span_precision_strict`` counts them as errors;
- ``polnear``: a PolNeAR split (dev unless ``--split train``), scored as described below;
- ``speed``: articles per CPU second on one core, PolNeAR train analysed in-process;
- ``targets``: each of the issue's targets with its value and whether it is met.

PolNeAR, the train/dev attributions:

Gold quotations are the spans between double quote marks (“ ”, ", and NYT-style '') that lie
inside an attribution's Content (Content pieces a few characters apart are merged first); the gold
speaker of a quotation is its attribution's Source span.

Scores:
- span precision/recall/F1: a predicted and a gold quotation match when they overlap (one-to-one,
  largest overlap first), after trimming quote marks, spaces and edge punctuation from both;
- speaker accuracy over matched pairs: right when the predicted mention (speaker_start/end)
  overlaps the gold Source, or, for a Source that is not a pronoun, when the last word of the
  predicted speaker's name is one of the Source's words;
- attribution P/R/F1: a predicted quotation counts only if it matches a gold one with the right
  speaker; precision over all predicted quotations, recall over all gold ones;
- speed: articles per second for ``analyse`` alone (files read beforehand, one process, so one
  core), and the seconds (wall clock and CPU) for the whole split.

Usage: python bench/quotes.py [--split dev|train] [--errors N] [--corpus DIR] [--real-news DIR]

``--errors N`` prints N sampled PolNeAR errors and score.py's report (figures, the groups
of quotations, three errors of each kind) to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsreader.news.analysis import Quote, analyse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
DEFAULT_REAL_NEWS = ROOT.parent / "shared" / "corpora" / "real-news-dev"
TARGETS = [
    ("real-news-dev attribution F1 >= 88", ("real_news_dev", "attribution_f1"), 88.0),
    ("real-news-dev span precision >= 97", ("real_news_dev", "span_precision"), 97.0),
    ("real-news-dev span precision, scare items counted as errors, >= 95",
     ("real_news_dev", "span_precision_strict"), 95.0),
    ("PolNeAR dev attribution F1 >= 90", ("polnear_dev", "attribution_f1"), 90.0),
    (">= 1,000 PolNeAR articles per second on one core",
     ("speed", "articles_per_cpu_second"), 1000.0),
]
"""The issue's targets for later: (what, where its value is, the least value that meets it)."""
MERGE_GAP = 5
"""Content pieces at most this many characters apart are one piece."""
PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "our", "you", "he", "him", "his", "she", "her", "hers"}
    | {"they", "them", "their", "it", "its", "who"}
)
_TRIM = " \t\r\n\u00a0\"“”'‘’.,;:!?—–-()[]"
_SPAN_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.M)
_REL_LINE = re.compile(r"^E\d+\t(.*)$", re.M)
_DOUBLE_MARK = re.compile(r"''+|[\"“”]")


@dataclass
class GoldQuote:
    """One gold quotation and the Source of its attribution."""

    start: int
    end: int
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""


def _pieces(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return sorted(out)


def _merge(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if merged and a - merged[-1][1] <= MERGE_GAP:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Double quote marks in text[start:end] as (start, end, kind); kind is the mark's family."""
    out = []
    for m in _DOUBLE_MARK.finditer(text, start, end):
        s, e = m.span()
        tok = m.group()
        if tok.startswith("'"):
            if e - s > 2:  # a run like ''' : a single mark beside the double one
                if s > 0 and not text[s - 1].isspace():
                    s = e - 2
                else:
                    e = s + 2
            out.append((s, e, "''"))
        else:
            out.append((s, e, tok))
    return out


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in quote marks (and punctuation before a closing one) just outside a Content piece."""
    s = start
    while s > 0 and start - s < 2 and text[s - 1] in "\"“'":
        s -= 1
    e = end
    while e < len(text) and e - end < 4 and text[e] in "\"”',.?!;:":
        e += 1
    while e > end and text[e - 1] not in "\"”'":
        e -= 1
    return s, e


def _quoted_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost quoted spans in one merged Content piece (marks paired inside it)."""
    s0, e0 = _widen(text, start, end)
    spans = []
    stack: list[str] = []
    open_at = s0
    for ms, me, kind in _marks(text, s0, e0):
        para_start = ms == 0 or text[ms - 1] == "\n"
        if kind == "“" or (kind in ('"', "''") and not (stack and stack[-1] == kind)):
            if stack and para_start and kind == stack[0] and len(stack) == 1:
                continue  # the opening mark repeated at a new paragraph of one quotation
            if not stack:
                open_at = me
            stack.append("”" if kind == "“" else kind)
        else:
            closer = "”" if kind == "”" else kind
            if stack and stack[-1] == closer:
                stack.pop()
                if not stack:
                    spans.append((open_at, ms))
            elif not stack:
                spans.append((s0, ms))  # the Content starts inside a quotation
                stack = []
    if stack:
        spans.append((open_at, e0))
    return [sp for sp in (_trim(text, a, b) for a, b in spans) if sp[1] > sp[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def load_gold(text: str, ann: str) -> list[GoldQuote]:
    """Gold quotations of one article from its brat standoff annotation."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for m in _SPAN_LINE.finditer(ann):
        spans[m.group(1)] = (m.group(2), _pieces(m.group(3)))
    gold: list[GoldQuote] = []
    seen: set[tuple[int, int]] = set()
    for m in _REL_LINE.finditer(ann):
        roles = dict(part.split(":", 1) for part in m.group(1).split() if ":" in part)
        contents: list[tuple[int, int]] = []
        for role, tid in roles.items():
            if role.startswith("Content") and tid in spans:
                contents.extend(spans[tid][1])
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else []
        source_text = " ".join(text[a:b] for a, b in source)
        for a, b in _merge(contents):
            for qs, qe in _quoted_in(text, a, b):
                if (qs, qe) not in seen:
                    seen.add((qs, qe))
                    gold.append(GoldQuote(qs, qe, source, source_text))
    gold.sort(key=lambda g: g.start)
    return gold


def _words(s: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w’'.-]+", s) for w in [w.strip("’'.-")] if w}


def speaker_right(q: Quote, g: GoldQuote) -> bool:
    """Whether the predicted speaker of q is the gold Source of g (see module docstring)."""
    if not g.source:
        return q.speaker is None
    if q.speaker_start is not None and q.speaker_end is not None:
        for a, b in g.source:
            if q.speaker_start < b and a < q.speaker_end:
                return True
    src = g.source_text.strip().casefold()
    if q.speaker and src not in PRONOUNS:
        last = re.findall(r"[\w’'.-]+", q.speaker)
        if last:
            word = re.sub(r"(’s|'s)$", "", last[-1]).strip("’'.-").casefold()
            return word in _words(g.source_text)
    return False


def match(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one overlap matching, largest overlap first: list of (pred index, gold index)."""
    pairs = []
    j0 = 0
    order = sorted(range(len(gold)), key=lambda j: gold[j])
    for i, (ps, pe) in enumerate(pred):
        for j in order[j0:]:
            gs, ge = gold[j]
            if gs >= pe:
                break
            ov = min(pe, ge) - max(ps, gs)
            if ov > 0:
                pairs.append((ov, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def load_split(corpus: Path, split: str) -> list[tuple[str, str, list[GoldQuote]]]:
    """(name, text, gold) for every article of a split."""
    out = []
    ann_dir = corpus / split / "attributions"
    anns = sorted(p.name for p in ann_dir.glob("*.ann"))
    for txt in sorted((corpus / split / "text").glob("*.txt")):
        stem = txt.stem
        mine = [a for a in anns if re.fullmatch(re.escape(stem) + r"_[0-9a-f]+\.ann", a)]
        if not mine:
            continue
        text = txt.read_text(encoding="utf-8")
        ann = (ann_dir / mine[0]).read_text(encoding="utf-8")
        out.append((stem, text, load_gold(text, ann)))
    return out


def _short(text: str, a: int, b: int, width: int = 90) -> str:
    s = text[a:b].replace("\n", " ")
    return s if len(s) <= width else s[: width // 2] + " … " + s[-width // 2 :]


def evaluate(corpus: Path, split: str, errors: int = 0, seed: int = 0) -> dict:
    """Score one split; print up to ``errors`` sampled errors to stderr."""
    articles = load_split(corpus, split)
    t0, c0 = time.perf_counter(), time.process_time()
    results = [analyse(text) for _, text, _ in articles]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    n_pred = n_gold = n_match = n_right = 0
    errs: list[str] = []
    for (name, text, gold), res in zip(articles, results, strict=True):
        pred_spans = [_trim(text, q.start, q.end) for q in res.quotes]
        gold_spans = [(g.start, g.end) for g in gold]
        pairs = match(pred_spans, gold_spans)
        n_pred += len(pred_spans)
        n_gold += len(gold_spans)
        n_match += len(pairs)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            q, g = res.quotes[i], gold[j]
            if speaker_right(q, g):
                n_right += 1
            else:
                who = (
                    "-"
                    if q.speaker_start is None
                    else _short(text, q.speaker_start, q.speaker_end or q.speaker_start)
                )
                errs.append(
                    f"[speaker] {name} @{q.start}: {_short(text, q.start, q.end)!r}\n"
                    f"    predicted {q.speaker!r} (mention {who!r}, verb {q.verb!r}); "
                    f"gold {g.source_text!r}"
                )
        for i, q in enumerate(res.quotes):
            if i not in matched_p:
                ctx = _short(text, max(0, q.start - 60), min(len(text), q.end + 60), 160)
                errs.append(
                    f"[false+] {name} @{q.start}: {_short(text, q.start, q.end)!r} "
                    f"speaker {q.speaker!r}\n    context: {ctx!r}"
                )
        for j, g in enumerate(gold):
            if j not in matched_g:
                ctx = _short(text, max(0, g.start - 80), min(len(text), g.end + 80), 180)
                errs.append(
                    f"[missed] {name} @{g.start}: {_short(text, g.start, g.end)!r} "
                    f"gold {g.source_text!r}\n    context: {ctx!r}"
                )
    if errors:
        rng = random.Random(seed)
        for e in rng.sample(errs, min(errors, len(errs))):
            print(e, file=sys.stderr)

    def ratio(a: float, b: float) -> float:
        return round(100.0 * a / b, 2) if b else 0.0

    def f1(p: float, r: float) -> float:
        return round(2 * p * r / (p + r), 2) if p + r else 0.0

    sp, sr = ratio(n_match, n_pred), ratio(n_match, n_gold)
    ap, ar = ratio(n_right, n_pred), ratio(n_right, n_gold)
    return {
        "split": split,
        "articles": len(articles),
        "gold_quotes": n_gold,
        "predicted_quotes": n_pred,
        "matched": n_match,
        "span_precision": sp,
        "span_recall": sr,
        "span_f1": f1(sp, sr),
        "speaker_accuracy": ratio(n_right, n_match),
        "attribution_precision": ap,
        "attribution_recall": ar,
        "attribution_f1": f1(ap, ar),
        "articles_per_second": round(len(articles) / seconds, 1) if seconds else None,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
    }


def real_news(folder: Path, errors: bool = False) -> dict:
    """Score ``newsreader quotes --json`` on real-news-dev with its own score.py."""
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    paths = [str(folder / "articles" / g["file"]) for g in gold]
    with tempfile.TemporaryDirectory(prefix="bench-quotes-") as tmp:
        # as score.py runs the program: one call on every file, an empty library
        env = dict(os.environ, NEWSREADER_LIBRARY=str(Path(tmp) / "library"))
        t0 = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "newsreader", "quotes", "--json", *paths],
                             capture_output=True, text=True, env=env, cwd=ROOT)
        seconds = time.perf_counter() - t0
        if run.returncode != 0:
            sys.exit(f"bench/quotes.py: newsreader quotes failed:\n{run.stderr}")
        predictions, scored = Path(tmp) / "predictions.jsonl", Path(tmp) / "scores.json"
        predictions.write_text(run.stdout, encoding="utf-8")
        report = subprocess.run([sys.executable, str(folder / "score.py"), "--predictions",
                                 str(predictions), "--json", str(scored)],
                                capture_output=True, text=True, check=True)
        result = json.loads(scored.read_text(encoding="utf-8"))
    if errors:
        print(report.stdout, file=sys.stderr)
    fig, n = result["figures"], result["totals"]

    def r(x: float) -> float:
        return round(x, 2)

    return {
        "articles": len(gold),
        "gold_quotes": n["gold"],
        "scare_items": n["scare"],
        "predicted_quotes": n["pred"],
        "matched": n["matched"],
        "neutral": n["neutral"],
        "span_precision": r(fig["span_precision"]),
        "span_precision_strict": r(fig["span_precision_strict"]),
        "span_recall": r(fig["span_recall"]),
        "speaker_accuracy": r(fig["speaker_accuracy"]),
        "speaker_accuracy_named": r(fig["speaker_accuracy_named"]),
        "attribution_precision": r(fig["attribution_precision"]),
        "attribution_recall": r(fig["attribution_recall"]),
        "attribution_f1": r(fig["attribution_f1"]),
        "attribution_f1_strict": r(fig["attribution_f1_strict"]),
        "attribution_f1_lenient": r(fig["attribution_f1_lenient"]),
        "seconds": round(seconds, 3),
    }


def speed(corpus: Path) -> dict:
    """Articles per CPU second for ``analyse`` alone on PolNeAR train, in this process."""
    texts = [txt.read_text(encoding="utf-8")
             for txt in sorted((corpus / "train" / "text").glob("*.txt"))]
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        analyse(text)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"split": "train", "articles": len(texts), "characters": sum(map(len, texts)),
            "cpu_seconds": round(cpu, 3), "seconds": round(seconds, 3),
            "articles_per_cpu_second": round(len(texts) / cpu, 1) if cpu else None}


def targets(figures: dict) -> list[dict]:
    """Each target with its value now and whether it is met."""
    out = []
    for what, (part, key), least in TARGETS:
        value = (figures.get(part) or {}).get(key)
        out.append({"target": what, "value": value,
                    "met": value is not None and value >= least})
    return out


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"],
                    help="the PolNeAR split to score (dev)")
    ap.add_argument("--errors", type=int, default=0,
                    help="print a sample of N PolNeAR errors, and score.py's report, to stderr")
    ap.add_argument("--seed", type=int, default=0, help="seed for the error sample")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="PolNeAR's folder")
    ap.add_argument("--real-news", type=Path, default=DEFAULT_REAL_NEWS,
                    help="real-news-dev's folder")
    args = ap.parse_args(argv)
    polnear = evaluate(args.corpus, args.split, args.errors, args.seed)
    dev = polnear if args.split == "dev" else evaluate(args.corpus, "dev")
    figures = {
        "real_news_dev": real_news(args.real_news, errors=args.errors > 0),
        "polnear": polnear,
        "speed": speed(args.corpus),
    }
    figures["targets"] = targets({**figures, "polnear_dev": dev})
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
