"""Evaluation on the labelled corpus of the repository (a regression guard on fixed data)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.services.evaluation import _evaluate, evaluate_corpus, extract_file

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"

KEYS = {"id", "is_incident", "incident_key", "event_type", "sub_event_type", "country", "admin1",
        "place", "lat", "lon", "actors", "claimed_by", "status", "fatalities", "injured",
        "incident_date"}


def test_extract_file_rows_in_input_order() -> None:
    rows = extract_file(CORPUS / "articles.jsonl")
    ids = [json.loads(line)["id"] for line in
           (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert [r["id"] for r in rows] == ids
    assert all(set(r) == KEYS for r in rows)
    assert all(r["incident_key"] is None for r in rows if not r["is_incident"])
    json.dumps(rows)  # printable as JSON lines


def test_corpus_metrics_stay_above_targets() -> None:
    _, values = _evaluate(CORPUS)
    targets = {
        "is_incident F1": 0.95,
        "country accuracy": 0.95,
        "admin1 accuracy": 0.85,
        "event type accuracy": 0.90,
        "sub-event type accuracy": 0.80,
        "actor F1": 0.85,
        "fatalities exact": 0.85,
        "merge pairwise F1": 0.90,
        "alert precision": 0.95,
        "alert recall": 0.95,
    }
    below = {k: values[k] for k, t in targets.items() if values[k] < t}
    assert not below, below
    assert values["alert duplicates"] == 0


def test_evaluate_corpus_prints_a_table() -> None:
    table = evaluate_corpus(CORPUS)
    assert "merge pairwise F1" in table
    assert "total" in table.splitlines()[-1]


def test_a_corpus_names_the_registry_actors_its_own_way(tmp_path: Path) -> None:
    from bot.domain.gazetteer import get_gazetteer
    from bot.services.evaluation import corpus_names

    (tmp_path / "actors.json").write_text(json.dumps([
        {"name": "Kataib Hezbollah Brigades", "aliases_en": ["Kataib Hezbollah"],
         "aliases_fr": [], "kind": "militia", "countries": ["IQ"]},
        {"name": "M23", "aliases_en": ["March 23 Movement"], "aliases_fr": [],
         "kind": "armed group", "countries": ["CD"]},  # the registry's own name: kept
        {"name": "Unknown Front", "aliases_en": [], "aliases_fr": [], "kind": "armed group",
         "countries": ["SY"]},  # not in the registry: not added
        "not an entry",
    ]), encoding="utf-8")
    names = corpus_names(tmp_path / "actors.json", get_gazetteer())
    assert names == {"kataib-hezbollah": "Kataib Hezbollah Brigades"}
    # the entry's own name decides, though an alias names a wider actor too
    (tmp_path / "us.json").write_text(json.dumps([
        {"name": "Military Forces of the United States",
         "aliases_en": ["U.S. military", "US-led coalition"], "aliases_fr": [],
         "kind": "state force", "countries": ["US"]},
    ]), encoding="utf-8")
    assert corpus_names(tmp_path / "us.json", get_gazetteer()) == {
        "military-forces-us": "Military Forces of the United States"}
    # a corpus that tells apart two groups the registry holds as one renames neither
    (tmp_path / "syria.json").write_text(json.dumps([
        {"name": "Jabhat Fateh al-Sham", "aliases_en": ["JFS"], "aliases_fr": [],
         "kind": "armed group", "countries": ["SY"]},
        {"name": "Hay'at Tahrir al-Sham", "aliases_en": ["HTS"], "aliases_fr": [],
         "kind": "armed group", "countries": ["SY"]},
    ]), encoding="utf-8")
    assert corpus_names(tmp_path / "syria.json", get_gazetteer()) == {}
    assert corpus_names(tmp_path / "missing.json", get_gazetteer()) == {}
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert corpus_names(tmp_path / "bad.json", get_gazetteer()) == {}


def _script(name: str) -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pooled_corpora_keep_their_subscribers_apart(tmp_path: Path) -> None:
    module = _script("pool_corpora")
    count = module.pool(tmp_path / "pooled", [CORPUS, CORPUS.parent / "dev2"])
    scenario = json.loads((tmp_path / "pooled" / "scenario.json").read_text(encoding="utf-8"))
    chats = [u["chat_id"] for u in scenario["users"]]
    assert len(chats) == len(set(chats)) and set(scenario["expected"]) <= {str(c) for c in chats}
    assert count == len(extract_file(tmp_path / "pooled" / "articles.jsonl"))


def test_a_province_under_another_of_its_names_is_the_same() -> None:
    from bot.domain.gazetteer import get_gazetteer
    from bot.services.evaluation import _same_admin1

    gz = get_gazetteer()
    row: dict[str, object] = {"admin1": gz.place("a:SY-ID").name}  # type: ignore[union-attr]
    assert _same_admin1(row, {"admin1": "Idlib", "country": "SY"}, gz)
    assert _same_admin1(row, {"admin1": "Idleb", "country": "SY"}, gz)
    assert not _same_admin1(row, {"admin1": "Aleppo", "country": "SY"}, gz)
    # a name the province shares with another country's is not it
    assert not _same_admin1(row, {"admin1": "Idlib", "country": "IQ"}, gz)


def test_sets_measured_each_on_its_own_add_their_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _script("eval_sets").main([str(CORPUS), str(CORPUS)])
    out = capsys.readouterr().out
    one = evaluate_corpus(CORPUS)
    tp, fp, fn = (int(x) for x in re.search(  # type: ignore[union-attr]
        r"is_incident F1\s+\S+\s+\(tp (\d+), fp (\d+), fn (\d+)\)", one).groups())
    assert f"(tp {2 * tp}, fp {2 * fp}, fn {2 * fn})" in out
    assert out.startswith("2 sets")


def test_a_name_two_actors_bear_is_the_corpus_entry_s_country_s(tmp_path: Path) -> None:
    from bot.domain.gazetteer import get_gazetteer
    from bot.services.evaluation import corpus_names

    (tmp_path / "actors.json").write_text(json.dumps([
        {"name": "Ahlu Sunna Wal Jama'a", "aliases_en": ["ASWJ", "Sufi militia"],
         "aliases_fr": ["milice soufie"], "kind": "militia", "countries": ["SO"]},
    ]), encoding="utf-8")
    assert corpus_names(tmp_path / "actors.json", get_gazetteer()) == {
        "aswj-somalia": "Ahlu Sunna Wal Jama'a"}


def test_somalia_s_sufi_militia_is_not_mozambique_s_insurgents() -> None:
    from bot.domain.extract import extract
    from bot.domain.gazetteer import get_gazetteer
    from bot.domain.models import Article

    article = Article(
        id="a", source="s", url="https://news.example/a",
        published=datetime.fromisoformat("2021-10-24T09:00:00+00:00"),
        title="Somali forces battle Ahlu Sunna Wal Jama'a fighters for Guriel",
        body="Fighting between Somali government forces and the Sufi militia Ahlu Sunna Wal "
             "Jama'a killed at least 12 people in the central town of Guriel on Saturday.")
    assert "aswj-somalia" in extract(article, get_gazetteer()).actors


STARTER = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


@pytest.mark.skipif(
    not (STARTER / "articles.jsonl").exists(), reason="no ../shared beside the repository"
)
def test_the_starter_set_keeps_its_measures() -> None:
    # the organisers' starter set, beside the repository: every measure stays where it is
    # (actors are 0.96: a ship's crew is read as international civilians, which its labels
    # leave out; a change may raise it, never lower it)
    _, values = _evaluate(STARTER)
    floors = {name: 1.0 for name in (
        "is_incident F1", "event type accuracy", "sub-event type accuracy", "country accuracy",
        "admin1 accuracy", "place accuracy", "claimed_by accuracy", "fatalities exact",
        "injured exact", "incident date exact", "status accuracy", "merge pairwise F1",
        "alert precision", "alert recall",
    )}
    floors["actor F1"] = 0.96
    below = {k: values[k] for k, floor in floors.items() if values[k] < floor - 1e-9}
    assert not below, below
    assert values["alert duplicates"] == 0
