"""Measure extraction, deduplication and alerting on a labelled corpus.

``extract_file`` runs the bot's own path over a corpus-format JSONL — articles in publication
order, extraction, deduplication against an in-memory index keyed like storage's
(``dedup_keys``) — and ``evaluate_corpus`` compares the result and the subscription scenario
with the gold labels (format: /work/shared/corpus/README.md).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from bot.domain._geofold import fold_key
from bot.domain.dedup import dedup_keys, find_duplicate, incident_from, incident_keys, merge
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer, get_gazetteer, haversine_km, resolve_typed
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Article, Extraction, Incident, Report, Subscription

__all__ = ["evaluate_corpus", "extract_file"]

_ARTICLE_FIELDS = ("id", "source", "url", "published", "language", "title", "summary", "body")


@dataclass
class _Run:
    rows: list[dict[str, object]]
    gold: list[dict[str, Any]]
    incidents: dict[str, Incident] = field(default_factory=dict)  # key -> merged incident
    article_key: dict[str, str] = field(default_factory=dict)  # article id -> incident key


def _read(path: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
    return records


def _name(gazetteer: Gazetteer, actor_id: str | None, names: dict[str, str]) -> str | None:
    if actor_id is None:
        return None
    if actor_id in names:
        return names[actor_id]
    actor = gazetteer.actor(actor_id)
    return actor.name if actor else actor_id


def corpus_names(path: Path, gazetteer: Gazetteer) -> dict[str, str]:
    """The names a corpus gives the registry's actors, when it calls one of them otherwise.

    A corpus directory may list its actors (``actors.json``: name, English and French
    aliases). An entry whose names lead to exactly one actor of the registry, under another
    canonical name, renames that actor in the output ("Kataib Hezbollah" for "Kata'ib
    Hezbollah"). Actors the registry lacks are not added: extraction reads what it knows.

    Args:
        path: the corpus ``actors.json`` (absent: no renaming).
        gazetteer: the registry.

    Returns:
        Registry actor id -> the corpus's name.
    """
    if not path.is_file():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    names: dict[str, str] = {}
    claimed: Counter[str] = Counter()
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        spellings = [entry["name"], *entry.get("aliases_en", ()), *entry.get("aliases_fr", ())]
        # the entry's own name first: an alias may name a wider actor too ("US-led coalition"
        # among the aliases of "Military Forces of the United States")
        found = {eid for eid in gazetteer.named(entry["name"]) if ":" not in eid}
        if len(found) != 1:
            found = {
                eid for n in spellings if isinstance(n, str)
                for eid in gazetteer.named(n) if ":" not in eid
            }
        countries = set(entry.get("countries") or ())
        if len(found) > 1 and countries:
            # a name two actors bear is the one of the corpus entry's countries ("Ahlu Sunna
            # Wal Jama'a" in Somalia is the Sufi militia, in Mozambique the Islamic State's
            # province)
            found = {
                eid for eid in found
                if (a := gazetteer.actor(eid)) is not None and countries & set(a.countries)
            }
        same = any(fold_key(a.name) == fold_key(entry["name"])
                   for eid in found if (a := gazetteer.actor(eid)) is not None)
        if len(found) == 1:
            eid = next(iter(found))
            if not same:
                names[eid] = entry["name"]
            # (an actor the corpus also lists under the registry's own name keeps it: a corpus
            # that tells "Jabhat Fateh al-Sham" from "Hay'at Tahrir al-Sham", which the registry
            # holds as one group, is not renamed to the first)
            claimed[eid] += 1
    return {eid: name for eid, name in names.items() if claimed[eid] == 1}


def _row(
    article: Article, ext: Extraction, key: str | None, gz: Gazetteer,
    names: dict[str, str],
) -> dict[str, object]:
    return {
        "id": article.id,
        "is_incident": ext.is_incident,
        "incident_key": key,
        "event_type": ext.event_type,
        "sub_event_type": ext.sub_event_type,
        "country": ext.country,
        "admin1": ext.admin1,
        "place": ext.place,
        "lat": ext.lat,
        "lon": ext.lon,
        "actors": [_name(gz, a, names) for a in ext.actors],
        "claimed_by": _name(gz, ext.claimed_by, names),
        "status": ext.status.value if ext.status else None,
        "fatalities": ext.fatalities,
        "injured": ext.injured,
        "incident_date": ext.incident_date.isoformat() if ext.incident_date else None,
    }


def _run(path: Path, gazetteer: Gazetteer) -> _Run:
    records = _read(path)
    names = corpus_names(path.parent / "actors.json", gazetteer)
    articles = [
        Article.model_validate({k: r.get(k) for k in _ARTICLE_FIELDS if r.get(k) is not None})
        for r in records
    ]
    run = _Run(rows=[{} for _ in records], gold=[r.get("gold") or {} for r in records])
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published, i))
    for i in order:
        article = articles[i]
        ext = extract(article, gazetteer)
        key: str | None = None
        if ext.is_incident or ext.follow_up:
            report = Report.of(article, ext)
            seen: dict[str, None] = {}
            for k in dedup_keys(ext, published=article.published):
                seen.update(dict.fromkeys(index.get(k, ())))
            candidates = [run.incidents[k] for k in seen]
            existing = find_duplicate(
                ext, published=article.published, candidates=candidates, gazetteer=gazetteer
            )
            if existing is None and ext.follow_up:
                ext = Extraction(is_incident=False, language=ext.language)  # of nothing stored
            elif existing is None:
                key = f"inc-{len(run.incidents) + 1:04d}"
                incident = incident_from(ext, report, key=key, now=article.published)
                for k2 in incident_keys(incident):
                    index[k2].append(key)
            else:
                key = existing.key
                incident = merge(existing, ext, report)
                # a follow-up is one more report of the incident
                ext = ext.model_copy(update={"is_incident": True})
            if key is not None:
                run.incidents[key] = incident
                run.article_key[article.id] = key
        run.rows[i] = _row(article, ext, key, gazetteer, names)
    return run


def extract_file(path: Path) -> list[dict[str, object]]:
    """Extract and deduplicate a corpus-format JSONL file as the bot would.

    Args:
        path: ``articles.jsonl`` (gold labels, if present, are ignored); an ``actors.json``
            beside it names the actors the corpus's way (``corpus_names``).

    Returns:
        One dict per article, in input order: ``id, is_incident, incident_key, event_type,
        sub_event_type, country, admin1, place, lat, lon, actors, claimed_by, status,
        fatalities, injured, incident_date``.
    """
    return _run(path, get_gazetteer()).rows


# -- scoring -----------------------------------------------------------------------------------


def _same_name(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    fa, fb = fold_key(str(a)), fold_key(str(b))
    for prefix in ("al ", "el "):
        fa = fa.removeprefix(prefix)
        fb = fb.removeprefix(prefix)
    # spellings of one name differ by a letter or two ("Banadir"/"Banaadir")
    return fa == fb or (min(len(fa), len(fb)) >= 4 and fuzz.ratio(fa, fb) >= 88)


#: A place found within this distance of the labelled point is the labelled place.
_SAME_POINT_KM = 10.0


def _same_place(row: dict[str, object], gold: dict[str, Any], gz: Gazetteer) -> bool:
    if _same_name(row.get("place"), gold.get("place")):
        return True
    name = gold.get("place")
    if not name or row.get("place") is None:
        return False
    # the same point under another spelling ("Wad Al-Nourah" / "Wad al-Noura")
    lat, lon, glat, glon = row.get("lat"), row.get("lon"), gold.get("lat"), gold.get("lon")
    if (
        isinstance(lat, float) and isinstance(lon, float)
        and isinstance(glat, (int, float)) and isinstance(glon, (int, float))
        and haversine_km(lat, lon, glat, glon) <= _SAME_POINT_KM
        and row.get("place") != row.get("admin1")
    ):
        return True
    wanted = {
        c.id for c in gz.resolve(str(name), kind="place", limit=5, partial=False)
        if c.score >= 0.9 and c.country == gold.get("country")
    }
    place_name = fold_key(str(row["place"]))
    for pid in wanted:
        p = gz.place(pid)
        if p and fold_key(p.name) == place_name:
            return True
    return False


def _same_admin1(row: dict[str, object], gold: dict[str, Any], gz: Gazetteer) -> bool:
    if _same_name(row.get("admin1"), gold.get("admin1")):
        return True
    name = gold.get("admin1")
    if not name or row.get("admin1") is None:
        return False
    # the gold's name is one the gazetteer knows the province by ("Idlib" for Idleb, "Duhok"
    # for Dahuk), or resolves to it
    if any(
        (p := gz.place(pid)) is not None and p.level == "admin1"
        and p.country == gold.get("country") and _same_name(p.name, row["admin1"])
        for pid in gz.named(str(name))
    ):
        return True
    return any(
        c.level == "admin1" and c.country == gold.get("country") and c.score >= 0.9
        and _same_name(c.name, row["admin1"])
        for c in gz.resolve(str(name), kind="place", limit=5, partial=False)
    )


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in groups.values():
        ms = sorted(members)
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                out.add((a, b))
    return out


@dataclass
class _Scores:
    lines: list[tuple[str, str]] = field(default_factory=list)
    values: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, value: float, detail: str = "") -> None:
        self.values[name] = value
        self.lines.append((name, f"{value:6.3f}  {detail}".rstrip()))


def _score_extraction(run: _Run, gz: Gazetteer, out: _Scores) -> None:
    rows, gold = run.rows, run.gold
    both = [
        (bool(r["is_incident"]), bool(g["is_incident"])) for r, g in zip(rows, gold, strict=True)
    ]
    tp = sum(1 for got, want in both if got and want)
    fp = sum(1 for got, want in both if got and not want)
    fn = sum(1 for got, want in both if want and not got)
    p, r, f = _prf(tp, fp, fn)
    out.add("is_incident precision", p)
    out.add("is_incident recall", r)
    out.add("is_incident F1", f, f"(tp {tp}, fp {fp}, fn {fn})")
    pairs = [(row, g) for row, g in zip(rows, gold, strict=True) if g["is_incident"]]
    n = len(pairs) or 1

    def rate(name: str, ok: int) -> None:
        out.add(name, ok / n, f"({ok}/{len(pairs)} gold incidents)")

    rate("event type accuracy", sum(row["event_type"] == g["event_type"] for row, g in pairs))
    rate("sub-event type accuracy",
         sum(row["sub_event_type"] == g["sub_event_type"] for row, g in pairs))
    rate("country accuracy", sum(row["country"] == g["country"] for row, g in pairs))
    rate("admin1 accuracy", sum(_same_admin1(row, g, gz) for row, g in pairs))
    rate("place accuracy", sum(_same_place(row, g, gz) for row, g in pairs))
    atp = afp = afn = 0
    for row, g in pairs:
        names = row["actors"] if isinstance(row["actors"], list) else []
        got = {fold_key(str(a)) for a in names}
        want = {fold_key(a) for a in g.get("actors") or []}
        atp += len(got & want)
        afp += len(got - want)
        afn += len(want - got)
    ap, ar, af = _prf(atp, afp, afn)
    out.add("actor precision", ap)
    out.add("actor recall", ar)
    out.add("actor F1", af, f"(tp {atp}, fp {afp}, fn {afn})")
    rate("claimed_by accuracy", sum(_same_name(row["claimed_by"], g.get("claimed_by"))
                                    for row, g in pairs))
    rate("status accuracy", sum(row["status"] == g.get("status") for row, g in pairs))
    rate("fatalities exact", sum(row["fatalities"] == g.get("fatalities") for row, g in pairs))
    rate("injured exact", sum(row["injured"] == g.get("injured") for row, g in pairs))
    rate("incident date exact",
         sum(row["incident_date"] == g.get("incident_date") for row, g in pairs))
    predicted: dict[str, list[str]] = defaultdict(list)
    truth: dict[str, list[str]] = defaultdict(list)
    for row, g in zip(rows, gold, strict=True):
        if row["incident_key"]:
            predicted[str(row["incident_key"])].append(str(row["id"]))
        if g["is_incident"] and g.get("incident_id"):
            truth[str(g["incident_id"])].append(str(row["id"]))
    pp, tt = _pairs(predicted), _pairs(truth)
    mp, mr, mf = _prf(len(pp & tt), len(pp - tt), len(tt - pp))
    out.add("merge pairwise precision", mp)
    out.add("merge pairwise recall", mr)
    out.add("merge pairwise F1", mf, f"({len(pp & tt)} of {len(tt)} gold pairs, "
                                     f"{len(pp - tt)} wrong)")


def _subscriptions(scenario: dict[str, Any], gz: Gazetteer) -> list[Subscription]:
    subs: list[Subscription] = []
    for user in scenario.get("users", []):
        chat_id = int(user["chat_id"])
        for s in user.get("subscriptions", []):
            kind = s["kind"]
            # (as the bot resolves them: an area followed is the province named, the centre of
            # a radius the town)
            found = resolve_typed(
                gz, s["query"], kind="actor" if kind == "actor" else "place",
                centre=kind == "radius",
            )
            if not found:
                continue
            c = found[0]
            if kind == "actor":
                subs.append(Subscription(chat_id=chat_id, kind="actor", target_id=c.id,
                                         label=c.name))
            elif kind == "radius":
                subs.append(Subscription(chat_id=chat_id, kind="radius", target_id=c.id,
                                         label=c.name, km=float(s.get("km") or 0), lat=c.lat,
                                         lon=c.lon))
            else:
                subs.append(Subscription(chat_id=chat_id, kind="place", target_id=c.id,
                                         label=c.name))
    return subs


def _score_scenario(run: _Run, scenario: dict[str, Any], gz: Gazetteer, out: _Scores) -> str:
    index = SubscriptionIndex.build(_subscriptions(scenario, gz))
    gold_of: dict[str, str | None] = {}
    members: dict[str, list[str | None]] = defaultdict(list)
    gold_by_article = {str(row["id"]): g for row, g in zip(run.rows, run.gold, strict=True)}
    for article_id, key in run.article_key.items():
        g = gold_by_article[article_id]
        members[key].append(g.get("incident_id") if g.get("is_incident") else None)
    for key, ids in members.items():
        gold_of[key] = Counter(ids).most_common(1)[0][0]
    alerts: dict[int, list[str | None]] = defaultdict(list)
    for key, incident in run.incidents.items():
        for chat in index.match(incident, gz):
            alerts[chat].append(gold_of[key])
    expected: dict[int, set[str]] = {
        int(k): set(v) for k, v in scenario.get("expected", {}).items()
    }
    lines = [f"{'chat':>6} {'alerts':>6} {'exp':>4} {'tp':>4} {'fp':>4} {'dup':>4} "
             f"{'prec':>6} {'rec':>6}"]
    ttp = tfp = tdup = texp = talerts = 0
    for chat in sorted(set(expected) | set(alerts)):
        got = alerts.get(chat, [])
        want = expected.get(chat, set())
        counts = Counter(got)
        tp = sum(1 for g in counts if g in want)
        dup = sum(c - 1 for g, c in counts.items() if g in want and c > 1)
        fp = sum(c for g, c in counts.items() if g not in want)
        p, r, _ = _prf(tp, fp, len(want) - tp)
        lines.append(f"{chat:>6} {len(got):>6} {len(want):>4} {tp:>4} {fp:>4} {dup:>4} "
                     f"{p:>6.2f} {r:>6.2f}")
        ttp, tfp, tdup, texp, talerts = ttp + tp, tfp + fp, tdup + dup, texp + len(want), (
            talerts + len(got))
    p, r, _ = _prf(ttp, tfp, texp - ttp)
    lines.append(f"{'total':>6} {talerts:>6} {texp:>4} {ttp:>4} {tfp:>4} {tdup:>4} "
                 f"{p:>6.2f} {r:>6.2f}")
    out.add("alert precision", p)
    out.add("alert recall", r)
    out.add("alert duplicates", float(tdup))
    return "\n".join(lines)


def evaluate_corpus(directory: Path) -> str:
    """Score extraction, deduplication and the alert scenario of a labelled corpus.

    Args:
        directory: holds ``articles.jsonl`` (with ``gold``) and optionally ``scenario.json``.

    Returns:
        A printable report: one metric per line, then the per-chat alert table.
    """
    return _evaluate(directory)[0]


def _evaluate(directory: Path) -> tuple[str, dict[str, float]]:
    gz = get_gazetteer()
    started = datetime.now(UTC)
    run = _run(directory / "articles.jsonl", gz)
    elapsed = (datetime.now(UTC) - started).total_seconds()
    scores = _Scores()
    _score_extraction(run, gz, scores)
    table = ""
    scenario_path = directory / "scenario.json"
    if scenario_path.exists():
        scenario = json.loads(scenario_path.read_text(encoding="utf-8"))
        table = _score_scenario(run, scenario, gz, scores)
    width = max(len(name) for name, _ in scores.lines)
    head = (f"corpus {directory}: {len(run.rows)} articles, {len(run.incidents)} incidents "
            f"found, {elapsed:.2f} s")
    body = "\n".join(f"{name:<{width}}  {value}" for name, value in scores.lines)
    return "\n".join(part for part in (head, body, table) if part), scores.values
