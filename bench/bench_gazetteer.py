"""Benchmark of the gazetteer: load time and memory, resolution latency, scanning speed.

Run: ``python bench/bench_gazetteer.py``. Prints figures; targets (not enforced): load < 1.5 s and
< 250 MB resident in a fresh process, resolve median < 1 ms and p99 < 10 ms, scan of a
1,000-word article < 5 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = """
import json, resource, time
t0 = time.perf_counter()
from bot.domain.gazetteer import Gazetteer
g = Gazetteer.load()
t1 = time.perf_counter()
rss_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
g.scan("Warm-up in Baghdad.")
t2 = time.perf_counter()
rss_scan = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": t1 - t0, "rss_mb": rss_load, "automaton_s": t2 - t1,
                  "rss_after_scan_mb": rss_scan}))
"""

QUERIES = [
    "Irak",
    "Aïn al-Assad",
    "ain-al-asad",
    "Résistance islamique en Irak",
    "Brigades du Hezbollah",
    "Pentagone",
    "GSIM",
    "RDC",
    "Kiev",
    "Ansar Allah",
    "Jordanie",
    "Tour 22",
    "Tripoli",
    "Anbar",
    "Al-Anbar Governorate",
    "oblast de Donetsk",
    "Nord-Kivu",
    "Mossoul",
    "Hawler",
    "Kharkov",
    "Tombouctou",
    "Gaza",
    "bande de Gaza",
    "Cisjordanie",
    "Côte d'Ivoire",
    "Wagner",
    "al-Shabaab",
    "Zaporizhzhia NPP",
    "mer Rouge",
    "Gulf of Aden",
    "Bab el-Mandeb",
    "Zamzam",
    "Goma",
    "Bamako",
    "Aden",
    "Erbil",
    "Mosul",
    "Baghdad",
    "Damas",
    "Beyrouth",
    # typos and unknown names (the slow, fuzzy path)
    "Bagdadd",
    "Ain al Assaad",
    "Mossul",
    "Hezbolah",
    "Kharkof",
    "Zaporizhzia",
    "Qwertyville",
    "Tombouctu",
    "Nord Kivou",
    "Kataeb Hizbollah",
]

PARAGRAPH = (
    "Une base irakienne abritant des troupes américaines a été visée samedi par une nouvelle "
    "attaque au drone, ont déclaré des sources de sécurité en Irak. Le Pentagone a déclaré ne "
    "pas être en mesure de le confirmer. La base d’Aïn al-Assad, celle de al-Harir dans le nord "
    "de l’Irak, ainsi qu’un camp militaire près de l’aéroport de Bagdad ont été la cible de cinq "
    "attaques depuis mercredi. Russian forces struck Kharkiv and the Zaporizhzhia nuclear power "
    "plant area overnight, Ukrainian officials said, while the Houthis claimed a missile attack "
    "on a ship in the Red Sea off Hodeidah. "
)


def main() -> None:
    """Run every measurement and print the figures."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True, cwd=ROOT
    )
    fresh = json.loads(out.stdout)
    print(f"load (fresh process):        {fresh['load_s'] * 1000:8.1f} ms")
    print(f"resident after load:         {fresh['rss_mb']:8.1f} MB")
    print(f"scan automaton (first scan): {fresh['automaton_s'] * 1000:8.1f} ms")
    print(f"resident after first scan:   {fresh['rss_after_scan_mb']:8.1f} MB")

    from bot.domain.gazetteer import Gazetteer

    g = Gazetteer.load()
    g.scan("warm-up")
    times: list[float] = []
    for _ in range(20):
        for q in QUERIES:
            t = time.perf_counter()
            g.resolve(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(
        f"resolve: {len(times)} queries, median {statistics.median(times):.3f} ms, "
        f"p99 {p99:.3f} ms, max {times[-1]:.3f} ms"
    )

    words = PARAGRAPH.split()
    article = " ".join((words * (1000 // len(words) + 1))[:1000])
    runs = []
    for _ in range(50):
        t = time.perf_counter()
        mentions = g.scan(article)
        runs.append((time.perf_counter() - t) * 1000)
    print(
        f"scan of a 1,000-word article: median {statistics.median(runs):.2f} ms, "
        f"max {max(runs):.2f} ms, {len(mentions)} mentions"
    )


if __name__ == "__main__":
    main()
