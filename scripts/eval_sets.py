"""Measure several labelled corpus directories, each on its own, and add their counts up.

Usage: ``python scripts/eval_sets.py DIR [DIR ...]``

Each directory is evaluated as ``vigie eval DIR`` would (its own ``actors.json`` names, its own
articles deduplicated among themselves, its own subscribers); the counts behind each measure
(found / labelled, true and false positives) are then summed over the directories, so a large
set weighs more than a small one. Unlike a pooled corpus (``pool_corpora.py``), no article of
one set can merge with, or take the actor names of, another set's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.services.evaluation import evaluate_corpus

_RATE = re.compile(r"^(\S.*?)\s+\d\.\d+\s+\((\d+)/(\d+) gold incidents\)", re.MULTILINE)
_PRF = re.compile(r"^(\S.*?)\s+\d\.\d+\s+\(tp (\d+), fp (\d+), fn (\d+)\)", re.MULTILINE)
_MERGE = re.compile(r"\((\d+) of (\d+) gold pairs, (\d+) wrong\)")
_ALERTS = re.compile(
    r"^ total\s+\d+\s+\d+\s+\d+\s+\d+\s+(\d+)\s+(\d\.\d+)\s+(\d\.\d+)", re.MULTILINE
)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(dirs: list[str]) -> None:
    rates: dict[str, list[int]] = {}
    prf: dict[str, list[int]] = {}
    found = pairs = wrong = 0
    low_precision = low_recall = duplicates = clean = 0
    for d in dirs:
        table = evaluate_corpus(Path(d))
        for m in _RATE.finditer(table):
            r = rates.setdefault(m.group(1), [0, 0])
            r[0] += int(m.group(2))
            r[1] += int(m.group(3))
        for m in _PRF.finditer(table):
            c = prf.setdefault(m.group(1), [0, 0, 0])
            for i in range(3):
                c[i] += int(m.group(i + 2))
        if merged := _MERGE.search(table):
            found += int(merged.group(1))
            pairs += int(merged.group(2))
            wrong += int(merged.group(3))
        if alerts := _ALERTS.search(table):
            dups = int(alerts.group(1))
            duplicates += dups
            clean += dups == 0
            low_precision += float(alerts.group(2)) < 0.95
            low_recall += float(alerts.group(3)) < 0.95
    print(f"{len(dirs)} sets")
    for name, (tp, fp, fn) in prf.items():
        print(f"{name:26} {_f1(tp, fp, fn):.3f}  (tp {tp}, fp {fp}, fn {fn})")
    for name, (ok, n) in rates.items():
        print(f"{name:26} {ok / n if n else 0.0:.3f}  ({ok}/{n})")
    precision = found / (found + wrong) if found + wrong else 1.0
    recall = found / pairs if pairs else 1.0
    merge_f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{'merge pairwise F1':26} {merge_f1:.3f}  ({found} of {pairs} pairs, {wrong} wrong)")
    print(f"alerts: precision below 0.95 in {low_precision} sets, recall below 0.95 in "
          f"{low_recall}, {duplicates} duplicates, none in {clean} of {len(dirs)} sets")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
