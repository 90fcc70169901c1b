"""Scores the engine against hand-annotated gold, as ``seeds/gold/README.md`` defines it.

Usage: ``GOLD_DIR TEXT_DIR [--show]``. Prints one JSON line of metrics, a table, and with
``--show`` every miss, extra, wrong speaker and wrong cue.

Per type group, a matched pair counts in its gold type's group, an unmatched prediction
in its predicted type's group and a missed gold item in its gold type's group, so
detection is scored apart from typing (type accuracy is reported on its own).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine.types import Quote

GROUPS = {"direct": "direct", "mixed": "mixed+indirect", "indirect": "mixed+indirect"}
TITLES = frozenset({"m", "mme", "mmes", "mm", "mlle", "mlles", "dr", "pr", "me", "mgr", "sr"})
CONFIDENCE_CUT = 0.5


@dataclass
class Gold:
    type: str
    start: int
    end: int
    text: str
    speaker: dict[str, Any] | None
    cue: dict[str, Any] | None
    optional: bool


@dataclass
class Document:
    name: str
    text: str
    gold: list[Gold]
    predicted: list[Quote]
    pairs: list[tuple[Quote, Gold]] = field(default_factory=list)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match(predicted: list[Quote], gold: list[Gold]) -> list[tuple[Quote, Gold]]:
    """One-to-one pairs, greedily by largest overlap; a pair needs an overlap of at
    least half the longer span."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = _overlap(p.start, p.end, g.start, g.end)
            if shared > 0 and 2 * shared >= max(p.end - p.start, g.end - g.start):
                candidates.append((shared, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def normalize_name(name: str) -> list[str]:
    """Words of a name, case-folded, accents stripped, titles dropped."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    words = re.findall(r"[\w'-]+\.?", name)
    return [w.rstrip(".") for w in words if w.rstrip(".") not in TITLES]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return bool(short) and all(word in it for word in short)


def speaker_right(predicted: Quote, gold: Gold) -> bool:
    if predicted.speaker is None or gold.speaker is None:
        return False
    guess = normalize_name(predicted.speaker.name)
    names = [gold.speaker["name"], *gold.speaker.get("aliases", [])]
    if any(guess == normalize_name(n) for n in names):
        return True
    return _is_subsequence(guess, normalize_name(gold.speaker["name"]))


def cue_right(predicted: Quote, gold: Gold) -> bool:
    if gold.cue is None or predicted.cue is None:
        return gold.cue is None and predicted.cue is None
    if predicted.cue.lemma.casefold() == gold.cue["lemma"].casefold():
        return True
    return _overlap(predicted.cue.start, predicted.cue.end, gold.cue["start"], gold.cue["end"]) > 0


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    return {"precision": p, "recall": r, "f1": _f1(p, r), "tp": tp, "pred": n_pred, "gold": n_gold}


def detection(docs: Iterable[Document], keep: Callable[[Quote], bool]) -> dict[str, Any]:
    """Precision/recall/F1 overall and per type group, over predictions that ``keep``."""
    counts = {g: [0, 0, 0] for g in ("all", "direct", "mixed+indirect")}  # tp, pred, gold
    for doc in docs:
        pairs = match([q for q in doc.predicted if keep(q)], doc.gold)
        matched = {id(p): g for p, g in pairs}
        for q in doc.predicted:
            if not keep(q):
                continue
            g = matched.get(id(q))
            if g is not None and g.optional:
                continue
            group = GROUPS[g.type] if g is not None else GROUPS.get(q.type, "mixed+indirect")
            for key in ("all", group):
                counts[key][1] += 1
                counts[key][0] += g is not None
        for g in doc.gold:
            if not g.optional:
                counts["all"][2] += 1
                counts[GROUPS[g.type]][2] += 1
    return {key: _prf(*c) for key, c in counts.items()}


def evaluate(docs: list[Document]) -> dict[str, Any]:
    """All metrics of the gold README, plus precision/recall at confidence >= 0.5."""
    for doc in docs:
        doc.pairs = [(p, g) for p, g in match(doc.predicted, doc.gold) if not g.optional]
    pairs = [pair for doc in docs for pair in doc.pairs]
    direct = [(p, g) for p, g in pairs if g.type == "direct"]
    with_speaker = [(p, g) for p, g in pairs if g.speaker is not None]
    overall = detection(docs, lambda q: True)
    confident = detection(docs, lambda q: q.confidence >= CONFIDENCE_CUT)
    return {
        "precision": overall["all"]["precision"],
        "recall": overall["all"]["recall"],
        "f1": overall["all"]["f1"],
        "direct": overall["direct"],
        "mixed+indirect": overall["mixed+indirect"],
        "all": overall["all"],
        "direct_exact_boundaries": _ratio(
            sum(p.start == g.start and p.end == g.end for p, g in direct), len(direct)
        ),
        "speaker_accuracy": _ratio(sum(speaker_right(p, g) for p, g in with_speaker),
                                   len(with_speaker)),
        "cue_accuracy": _ratio(sum(cue_right(p, g) for p, g in pairs), len(pairs)),
        "type_accuracy": _ratio(sum(p.type == g.type for p, g in pairs), len(pairs)),
        "confidence_0.5": {
            "precision": confident["all"]["precision"],
            "recall": confident["all"]["recall"],
            "f1": confident["all"]["f1"],
        },
        "documents": len(docs),
    }


def load_documents(gold_dir: Path, text_dir: Path,
                   extract: Callable[[str], Any]) -> list[Document]:
    docs = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = data.get("document") or path.with_suffix(".txt").name
        text = (text_dir / name).read_text(encoding="utf-8")
        gold = [
            Gold(q["type"], q["start"], q["end"], q.get("text", ""), q.get("speaker"),
                 q.get("cue"), bool(q.get("optional", False)))
            for q in data["quotes"]
        ]
        docs.append(Document(name, text, gold, extract(text).quotes))
    return docs


def table(metrics: dict[str, Any]) -> str:
    rows = [f"{'group':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for key in ("all", "direct", "mixed+indirect"):
        m = metrics[key]
        rows.append(f"{key:<16}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                    f"{m['tp']:>6}{m['pred']:>6}{m['gold']:>6}")
    c = metrics["confidence_0.5"]
    rows.append(f"{'conf >= 0.5':<16}{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}")
    for key in ("direct_exact_boundaries", "speaker_accuracy", "cue_accuracy", "type_accuracy"):
        rows.append(f"{key:<24}{metrics[key]:>8.3f}")
    return "\n".join(rows)


def _clip(s: str, n: int = 90) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _speaker_name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def details(docs: list[Document]) -> str:
    """Every miss, extra, wrong speaker and wrong cue."""
    lines = []
    for doc in docs:
        matched_all = match(doc.predicted, doc.gold)
        hit_pred = {id(p) for p, _ in matched_all}
        hit_gold = {id(g) for _, g in matched_all}
        lines.append(f"== {doc.name}")
        for g in doc.gold:
            if id(g) not in hit_gold and not g.optional:
                lines.append(f"  MISS  [{g.type}] {g.start}-{g.end} {_clip(g.text)!r}")
        for p in doc.predicted:
            if id(p) not in hit_pred:
                lines.append(f"  EXTRA [{p.type} {p.confidence:.2f}] {p.start}-{p.end} "
                             f"{_clip(p.text)!r} ({_speaker_name(p)})")
        for p, g in doc.pairs:
            where = f"{g.start}-{g.end} {_clip(g.text, 50)!r}"
            if g.speaker is not None and not speaker_right(p, g):
                lines.append(f"  SPEAKER {where}: {_speaker_name(p)!r} != {g.speaker['name']!r}")
            if not cue_right(p, g):
                got = p.cue.text if p.cue else None
                want = g.cue["text"] if g.cue else None
                lines.append(f"  CUE   {where}: {got!r} != {want!r}")
            if p.type != g.type:
                lines.append(f"  TYPE  {where}: {p.type} != {g.type}")
            if g.type == "direct" and (p.start, p.end) != (g.start, g.end):
                lines.append(f"  BOUNDS {where}: predicted {p.start}-{p.end}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    from .engine import extract

    docs = load_documents(args.gold_dir, args.text_dir, extract)
    metrics = evaluate(docs)
    print(json.dumps(metrics, ensure_ascii=False))
    print(table(metrics))
    if args.show:
        print(details(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
