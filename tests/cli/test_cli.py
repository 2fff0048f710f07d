"""The `vigie` command as a person runs it: a separate process, a clean environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "VIGIE_"))}
    env.update(extra)
    return env


def _vigie(
    cwd: Path,
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: int = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m bot ARGS`` in ``cwd``, with the project importable and a clean environment."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env if env is not None else _env(PYTHONPATH=str(ROOT)),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_run_without_token_says_how_to_get_one(tmp_path: Path) -> None:
    result = _vigie(tmp_path, "run")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN" in lines[0] and "@BotFather" in lines[0]
    assert "vigie demo" in lines[0]


def test_placeholder_token_is_refused_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=changeme\n", encoding="utf-8")
    result = _vigie(tmp_path, "run")
    assert result.returncode != 0 and "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_runs_the_seed_through_the_pipeline(tmp_path: Path) -> None:
    script = "/subscribe Irak\n/language fr\n/publish\n/recent\n/map Irak 30\n/quit\n"
    env = _env(PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path))
    result = _vigie(tmp_path, "demo", env=env, stdin=script, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Traceback" not in result.stderr
    alerts = [line for line in out.splitlines() if line.startswith("🔔")]
    # One alert for the Iraq incident, however many outlets reported it.
    assert len(alerts) == 1, out
    assert "Aïn al-Assad" in alerts[0] and "Irak" in alerts[0]
    assert "Derniers incidents" in out
    # The terminal shows no picture: the map is saved and its path printed.
    pictures = [line.split(maxsplit=1)[1] for line in out.splitlines() if line.startswith("🖼")]
    assert len(pictures) == 1 and Path(pictures[0]).read_bytes()[:4] == b"\x89PNG"


def test_ingest_jsonl_and_import_acled(tmp_path: Path) -> None:
    env = _env(PYTHONPATH=str(ROOT), VIGIE_DATABASE=str(tmp_path / "v.db"))
    corpus = ROOT / "tests" / "data" / "corpus" / "articles.jsonl"
    result = _vigie(tmp_path, "ingest", str(corpus), env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "new incident(s)" in result.stdout and "merged report(s)" in result.stdout

    acled = ROOT / "tests" / "data" / "acled" / "events.csv"
    result = _vigie(tmp_path, "import-acled", str(acled), env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "new incident(s)" in result.stdout

    missing = _vigie(tmp_path, "import-acled", str(tmp_path / "nope.csv"), env=env)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_resolve_json(tmp_path: Path) -> None:
    import json

    result = _vigie(tmp_path, "resolve", "Aïn al-Assad", "--json")
    assert result.returncode == 0
    best = json.loads(result.stdout)[0]
    assert best["kind"] == "place" and best["level"] == "site"
    assert best["country"] == "IQ" and best["admin1"] == "Al Anbar"
    assert {"id", "name", "name_fr", "lat", "lon", "score"} <= best.keys()
