"""ACLED import benchmark: ``vigie import-acled`` of a 100,000-row export into a fresh database.

Run: ``python bench/bench_acled_import.py [--rows 100000] [--by-date] [--keep DIR]``

A synthetic export of ``--rows`` rows in ACLED's column format (bench_ingest's generator: places
and actors of the gazetteer plus unknown names, dates spread at random over two years, a seventh
of the rows peaceful protests; ``--by-date`` sorts them newest first, as ACLED's exports are) is
written to a temporary directory, then imported twice by the real command in a process of its
own, each time with ``--no-push``, after a header-only file (the start-up: gazetteer, database):

1. into a fresh SQLite file: wall time (target < 60 s), rows/s, incidents created and merged,
   peak resident memory of the process;
2. the same file again, which must store nothing new: wall time and peak memory.

Figures are printed; nothing is enforced.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from csv import reader, writer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import _write_acled  # noqa: E402

from bot.ingest.acled import ACLED_COLUMNS  # noqa: E402

_SUMMARY = re.compile(
    r"(?P<created>\d+) new incident\(s\), (?P<merged>\d+) merged into known incidents,"
    r" (?P<known>\d+) already imported"
)


# The real command (``bot.cli.main``), reporting its own peak memory when it is done: VmHWM,
# since ru_maxrss also counts what the child shared with this process before its exec.
_CHILD = """
import re, resource, sys
from pathlib import Path
from bot.cli import main
code = main(["import-acled", "--no-push", sys.argv[1]])
status = Path("/proc/self/status")
found = re.search(r"VmHWM:\\s*(\\d+)", status.read_text()) if status.exists() else None
print("peak_rss_kb", found[1] if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def _import(csv: Path, database: Path) -> tuple[float, float, str]:
    """Run ``vigie import-acled --no-push``; returns (wall seconds, peak RSS in MB, stdout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "VIGIE_"))}
    env.update(PYTHONPATH=str(ROOT), VIGIE_DATABASE=str(database))
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(csv)],
        cwd=database.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"import-acled failed ({result.returncode}):\n{result.stderr[-3000:]}")
    out, _, rss = result.stdout.rstrip().rpartition("peak_rss_kb ")
    return wall, int(rss) / 1024, out.strip()


def _counts(database: Path) -> tuple[int, int]:
    with sqlite3.connect(database) as conn:
        incidents = conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
        reports = conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    return int(incidents), int(reports)


def _sort_by_date(csv: Path) -> None:
    """Newest events first, as ACLED's own exports come."""
    with csv.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(reader(handle))
    rows.sort(key=lambda row: row[1], reverse=True)
    with csv.open("w", encoding="utf-8", newline="") as handle:
        out = writer(handle)
        out.writerow(header)
        out.writerows(rows)


def bench(rows: int, directory: Path, *, by_date: bool) -> None:
    order = "newest first" if by_date else "in random order"
    print(f"ACLED import of {rows:,} rows {order} through `vigie import-acled` (target < 60 s)")
    csv = directory / "acled.csv"
    started = time.perf_counter()
    _write_acled(csv, rows)
    if by_date:
        _sort_by_date(csv)
    print(
        f"  generate CSV             {time.perf_counter() - started:6.2f} s   "
        f"({csv.stat().st_size / 1e6:.1f} MB)"
    )
    empty = directory / "empty.csv"
    empty.write_text(",".join(ACLED_COLUMNS) + "\n", encoding="utf-8")
    wall, rss, _ = _import(empty, directory / "empty.db")
    print(f"  start-up (empty export)  {wall:6.2f} s   peak RSS {rss:5.0f} MB")
    database = directory / "vigie.db"
    for label in ("first import", "same file again"):
        wall, rss, out = _import(csv, database)
        found = _SUMMARY.search(out)
        created, merged, known = (
            (int(found["created"]), int(found["merged"]), int(found["known"]))
            if found
            else (-1, -1, -1)
        )
        incidents, reports = _counts(database)
        print(
            f"  {label:<24} {wall:6.2f} s   {rows / wall:8,.0f} rows/s   "
            f"peak RSS {rss:5.0f} MB"
        )
        print(
            f"  {'':<24} {created:,} incidents created, {merged:,} merged, "
            f"{known:,} already imported; database: {incidents:,} incidents, "
            f"{reports:,} reports"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--by-date", action="store_true", help="rows newest first, as ACLED exports them"
    )
    parser.add_argument("--keep", type=Path, help="write the CSV and database here, and keep them")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for stale in args.keep.glob("*.db*"):
            stale.unlink()
        bench(args.rows, args.keep, by_date=args.by_date)
        return
    with tempfile.TemporaryDirectory() as tmp:
        bench(args.rows, Path(tmp), by_date=args.by_date)


if __name__ == "__main__":
    main()
