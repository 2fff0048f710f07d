"""Pool labelled corpus directories into one, to measure extraction over all of them at once.

Usage: ``python scripts/pool_corpora.py OUT DIR [DIR ...]`` then ``vigie eval OUT``.

Articles and actors are concatenated; each directory's subscribers get their chat ids shifted
(100,000 × its rank) so that they stay distinct. The alert figures of a pooled corpus are not
meaningful (a subscriber of one set also matches the incidents of the others); read them per
directory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def pool(out: Path, dirs: list[Path]) -> int:
    """Write the pooled corpus; returns the number of articles."""
    out.mkdir(parents=True, exist_ok=True)
    articles: list[str] = []
    actors: list[object] = []
    users: list[dict[str, object]] = []
    expected: dict[str, object] = {}
    for rank, d in enumerate(dirs, start=1):
        shift = rank * 100_000
        articles += [
            line for line in (d / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        actors += json.loads((d / "actors.json").read_text(encoding="utf-8"))
        scenario = json.loads((d / "scenario.json").read_text(encoding="utf-8"))
        for user in scenario["users"]:
            users.append({**user, "chat_id": int(user["chat_id"]) + shift})
        for chat, ids in scenario["expected"].items():
            expected[str(int(chat) + shift)] = ids
    (out / "articles.jsonl").write_text("\n".join(articles) + "\n", encoding="utf-8")
    (out / "actors.json").write_text(json.dumps(actors, ensure_ascii=False), encoding="utf-8")
    (out / "scenario.json").write_text(
        json.dumps({"users": users, "expected": expected}, ensure_ascii=False), encoding="utf-8"
    )
    return len(articles)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count = pool(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]])
    print(f"{count} articles pooled in {sys.argv[1]}")
