"""ACLED: CSV exports, API paging against a local server, rows -> extractions and articles."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from bot.domain.gazetteer import Gazetteer, get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Status, Subscription
from bot.ingest.acled import (
    ACLED_COLUMNS,
    AcledClient,
    AcledError,
    AcledEvent,
    acled_article,
    country_code,
    iter_acled_csv,
    to_extraction,
)
from bot.services.acled_sync import AcledSync
from bot.services.pipeline import IncidentPipeline
from bot.storage.db import open_database
from bot.storage.repos import IncidentRepo

if TYPE_CHECKING:
    from conftest import ScriptedServer

DATA = Path(__file__).resolve().parent.parent / "data"
CSV = DATA / "acled" / "events.csv"


def _events() -> dict[str, AcledEvent]:
    return {e.event_id_cnty: e for e in iter_acled_csv(CSV)}


def test_csv_header_is_acled_export_header() -> None:
    header = CSV.read_text(encoding="utf-8").splitlines()[0]
    assert tuple(header.split(",")) == ACLED_COLUMNS


def test_csv_rows_are_parsed_and_bad_rows_skipped(caplog: pytest.LogCaptureFixture) -> None:
    reader = iter_acled_csv(CSV)
    with caplog.at_level(logging.WARNING, logger="bot.ingest.acled"):
        events = list(reader)
    assert reader.read == 13
    assert reader.skipped == 2  # bad coordinates; extra cells
    ids = [e.event_id_cnty for e in events]
    assert "MLI30002" not in ids
    assert "LBN20001" not in ids
    assert len(ids) == 11
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "latitude" in messages
    assert "extra cell" in messages

    irq = events[0]
    assert irq.event_id_cnty == "IRQ33001"
    assert irq.event_date == date(2024, 1, 20)
    assert irq.iso == 368
    assert irq.country_code == "IQ"
    assert irq.latitude == pytest.approx(33.8647)
    assert irq.fatalities == 0
    assert irq.assoc_actor_1 == ""
    assert irq.timestamp == 1706572800


def test_csv_multiline_notes_and_quotes() -> None:
    gaza = _events()["PSE40001"]
    assert '"at least four children"' in gaza.notes
    assert "\nThe strikes accompanied" in gaza.notes
    assert gaza.country_code == "PS"


def test_csv_without_acled_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("id,name\n1,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"not an ACLED export.*event_date"):
        list(iter_acled_csv(path))


def test_country_codes() -> None:
    assert [country_code(n) for n in (368, 804, 180, 466, 729, 728, 275, 0, 4)] == [
        "IQ",
        "UA",
        "CD",
        "ML",
        "SD",
        "SS",
        "PS",
        "XK",
        "AF",
    ]
    assert country_code(None) is None
    assert country_code(999) is None


def test_acled_article() -> None:
    event = _events()["UKR150001"]
    article = acled_article(event)
    assert article.id == article.url == "acled:UKR150001"
    assert article.source == "Ukrainska Pravda; Suspilne"
    assert article.title == "Shelling/artillery/missile attack in Kharkiv, Ukraine"
    assert article.summary == article.body == event.notes
    assert article.published == datetime(2024, 2, 19, tzinfo=UTC)
    assert article.language == "en"


# --- API ------------------------------------------------------------------------------------


def _serve_pages(server: ScriptedServer, pages: dict[int, str]) -> str:
    def read(handler: BaseHTTPRequestHandler, query: dict[str, list[str]]) -> None:
        name = pages.get(int(query["page"][0]), "api_page3.json")
        body = (DATA / "acled" / name).read_bytes()
        status = json.loads(body).get("status", 200)
        handler.send_response(int(status))
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    server.routes["/api/acled/read"] = read
    return server.url("/api/acled/read")


async def test_api_pages_until_an_empty_page(
    scripted: ScriptedServer, http: httpx.AsyncClient
) -> None:
    url = _serve_pages(scripted, {1: "api_page1.json", 2: "api_page2.json"})
    client = AcledClient(http, key="k3y", email="me@example.org", base_url=url)
    events = [
        e async for e in client.fetch(since=date(2024, 1, 1), until=date(2024, 2, 29), page_size=2)
    ]
    assert [e.event_id_cnty for e in events] == ["IRQ33001", "UKR150001", "COD40001"]
    assert client.skipped == 1  # SDN29001 has no longitude
    assert events[2].country_code == "CD"
    assert events[2].fatalities == 12
    assert [q["page"] for q in scripted.queries] == [["1"], ["2"], ["3"]]
    first = scripted.queries[0]
    assert first["key"] == ["k3y"]
    assert first["email"] == ["me@example.org"]
    assert first["event_date"] == ["2024-01-01|2024-02-29"]
    assert first["event_date_where"] == ["BETWEEN"]
    assert first["limit"] == ["2"]


async def test_api_short_page_ends_without_another_request(
    scripted: ScriptedServer, http: httpx.AsyncClient
) -> None:
    url = _serve_pages(scripted, {1: "api_page1.json"})
    client = AcledClient(http, key="k", email="e@example.org", base_url=url)
    events = [
        e async for e in client.fetch(since=date(2024, 1, 1), until=date(2024, 1, 31), page_size=5)
    ]
    assert len(events) == 2
    assert len(scripted.queries) == 1


async def test_api_error_raises(scripted: ScriptedServer, http: httpx.AsyncClient) -> None:
    url = _serve_pages(scripted, {1: "api_error.json"})
    client = AcledClient(http, key="bad", email="e@example.org", base_url=url)
    with pytest.raises(AcledError, match="HTTP 403"):
        async for _ in client.fetch(since=date(2024, 1, 1), until=date(2024, 1, 31)):
            pass


# --- rows -> extractions --------------------------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def test_to_extraction_copies_the_coded_fields(gazetteer: Gazetteer) -> None:
    event = _events()["UKR150001"]
    extraction = to_extraction(event, gazetteer)
    assert extraction.is_incident
    assert extraction.event_type == "Explosions/Remote violence"
    assert extraction.sub_event_type == "Shelling/artillery/missile attack"
    assert extraction.status is Status.CONFIRMED
    assert extraction.fatalities == 3
    assert extraction.injured is None
    assert extraction.incident_date == date(2024, 2, 14)
    assert extraction.country == "UA"
    assert extraction.admin1 == "Kharkiv"
    assert extraction.place == "Kharkiv"
    assert (extraction.lat, extraction.lon) == (49.9935, 36.2304)
    assert extraction.place_id is not None
    assert "c:UA" in gazetteer.place_ancestors(extraction.place_id)
    russia = gazetteer.resolve("Military Forces of Russia", kind="actor", limit=1)
    assert extraction.actors == (russia[0].id,)


def test_to_extraction_resolves_places_within_the_country(gazetteer: Gazetteer) -> None:
    for event in _events().values():
        extraction = to_extraction(event, gazetteer)
        assert extraction.country == event.country_code
        assert extraction.place_id is not None
        assert f"c:{event.country_code}" in gazetteer.place_ancestors(extraction.place_id)


def test_to_extraction_place_fallbacks(gazetteer: Gazetteer) -> None:
    events = _events()
    # "Al Baghdadi" is not in the gazetteer: the province holds the incident, ACLED's name and
    # coordinates are kept.
    iraq = to_extraction(events["IRQ33001"], gazetteer)
    assert iraq.place_id == "a:IQ-AN"
    assert iraq.place == "Al Baghdadi"
    assert (iraq.lat, iraq.lon) == (33.8647, 42.515)
    sake = to_extraction(events["COD40001"], gazetteer)
    assert sake.place_id is not None
    assert sake.place_id.startswith(("g:", "s:"))
    assert "a:CD-NK" in gazetteer.place_ancestors(sake.place_id)
    # Rafah exists in Egypt and in Gaza: the row's country decides.
    rafah = to_extraction(events["PSE40001"], gazetteer)
    assert rafah.place_id is not None
    assert "c:PS" in gazetteer.place_ancestors(rafah.place_id)


def test_to_extraction_actors_and_non_incidents(gazetteer: Gazetteer) -> None:
    events = _events()
    drc = to_extraction(events["COD40001"], gazetteer)
    m23 = gazetteer.resolve("M23: March 23 Movement", kind="actor", limit=1)[0].id
    assert drc.actors[0] == m23
    assert len(drc.actors) == len(set(drc.actors))
    # Civilians and unidentified groups are categories, not actors.
    bfa = to_extraction(events["BFA12001"], gazetteer)
    assert bfa.actors == ()
    protest = to_extraction(events["SYR120001"], gazetteer)
    assert not protest.is_incident
    riot = to_extraction(events["XKX1001"], gazetteer)
    assert riot.is_incident
    assert riot.country == "XK"


# --- the API through the whole pipeline --------------------------------------------------


SYNC_NOW = datetime(2024, 2, 20, 12, 0, tzinfo=UTC)


async def test_sync_imports_rows_once(
    tmp_path: Path, scripted: ScriptedServer, http: httpx.AsyncClient
) -> None:
    url = _serve_pages(scripted, {1: "api_page1.json", 2: "api_page2.json"})
    db = await open_database(tmp_path / "v.db")
    try:
        pipeline = IncidentPipeline(
            db=db, gazetteer=get_gazetteer(), index=SubscriptionIndex(), clock=lambda: SYNC_NOW
        )
        sync = AcledSync(
            client=AcledClient(http, key="k", email="e@example.org", base_url=url),
            pipeline=pipeline,
            gazetteer=get_gazetteer(),
            max_age=timedelta(hours=48),
            clock=lambda: SYNC_NOW,
        )
        first = await sync.run()
        assert first.rows == 2 and first.created >= 1  # one row has no longitude
        stored = await IncidentRepo(db).since(since=SYNC_NOW - timedelta(days=1))
        assert {i.country for i in stored} >= {"UA"}
        second = await sync.run()
        assert second.rows == 2 and second.created == 0 and second.merged == 0
    finally:
        await db.close()


async def test_sync_alerts_only_on_recent_rows(
    tmp_path: Path, scripted: ScriptedServer, http: httpx.AsyncClient
) -> None:
    """Rows are stored in batches; only those within ``max_age`` of now queue alerts."""
    url = _serve_pages(scripted, {1: "api_page1.json", 2: "api_page2.json"})
    db = await open_database(tmp_path / "v.db")
    try:
        await db.write(
            "INSERT INTO chats (id, type, language, created_at, updated_at) VALUES"
            " (501, 'private', 'en', '2024-01-01', '2024-01-01'),"
            " (502, 'private', 'fr', '2024-01-01', '2024-01-01')"
        )
        index = SubscriptionIndex.build(
            Subscription(chat_id=chat, kind="place", target_id=target, label=target)
            for chat, target in ((501, "c:IQ"), (502, "c:UA"))
        )
        pipeline = IncidentPipeline(
            db=db, gazetteer=get_gazetteer(), index=index, clock=lambda: SYNC_NOW
        )
        sync = AcledSync(
            client=AcledClient(http, key="k", email="e@example.org", base_url=url),
            pipeline=pipeline,
            gazetteer=get_gazetteer(),
            max_age=timedelta(days=7),  # Kharkiv (6 days before) is recent, Iraq (31) is not
            clock=lambda: SYNC_NOW,
        )
        summary = await sync.run()
        assert summary.created == 2
        async with db.conn.execute(
            "SELECT a.chat_id, i.country, i.matched FROM alerts a"
            " JOIN incidents i ON i.id = a.incident_id"
        ) as cur:
            queued = [tuple(r) for r in await cur.fetchall()]
        assert queued == [(502, "UA", 1)]
        async with db.conn.execute(
            "SELECT country, matched FROM incidents ORDER BY country"
        ) as cur:
            assert [tuple(r) for r in await cur.fetchall()] == [("IQ", 0), ("UA", 1)]
    finally:
        await db.close()
