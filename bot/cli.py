"""The ``vigie`` command: run | demo | resolve | extract | eval | ingest | import-acled."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

__all__ = ["main"]

log = logging.getLogger("bot")


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def _settings() -> object:
    from bot.config import Settings

    try:
        return Settings()
    except ValidationError as exc:
        lines = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        print("vigie: invalid settings: " + "; ".join(lines), file=sys.stderr)
        raise SystemExit(2) from None


def cmd_run(args: argparse.Namespace) -> int:
    from bot.app import build_application
    from bot.config import MissingTokenError, Settings

    settings = _settings()
    assert isinstance(settings, Settings)
    _setup_logging(settings.log_level)
    try:
        app = build_application(settings)
    except MissingTokenError as exc:
        print(f"vigie: {exc}", file=sys.stderr)
        return 2
    app.run_polling(
        allowed_updates=["message", "callback_query", "my_chat_member", "channel_post"]
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from bot.config import Settings
    from bot.demo import run_demo

    settings = _settings()
    assert isinstance(settings, Settings)
    _setup_logging("WARNING" if not args.verbose else "INFO")
    return asyncio.run(run_demo(settings, database=args.database, language=args.language))


def cmd_resolve(args: argparse.Namespace) -> int:
    from bot.domain.gazetteer import candidate_to_json, get_gazetteer

    gazetteer = get_gazetteer()
    candidates = gazetteer.resolve(" ".join(args.query), limit=args.limit)
    if args.json:
        print(json.dumps([candidate_to_json(c) for c in candidates], ensure_ascii=False))
        return 0
    if not candidates:
        print("no match")
        return 1
    for c in candidates:
        where = ", ".join(p for p in (c.admin1, c.country) if p)
        level = c.level or "actor"
        print(f"{c.score:.2f}  {c.id:<28} {c.name} / {c.name_fr}  [{level}] {where}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from bot.services.evaluation import extract_file

    for row in extract_file(Path(args.file)):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.services.evaluation import evaluate_corpus

    print(evaluate_corpus(Path(args.directory)))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from bot.config import Settings
    from bot.services.manual import ingest_source

    settings = _settings()
    assert isinstance(settings, Settings)
    _setup_logging(settings.log_level)
    return asyncio.run(ingest_source(settings, args.source, push=not args.no_push))


def cmd_import_acled(args: argparse.Namespace) -> int:
    from bot.config import Settings
    from bot.services.manual import import_acled

    settings = _settings()
    assert isinstance(settings, Settings)
    _setup_logging(settings.log_level)
    return asyncio.run(import_acled(settings, Path(args.file), push=not args.no_push))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie", description="Armed-conflict incident alerts for Telegram."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("demo", help="try Vigie in the terminal, no token needed")
    p.add_argument("--database", default=None, help="SQLite file (default: a temporary one)")
    p.add_argument("--language", choices=["en", "fr"], default="en")
    p.add_argument("--verbose", action="store_true", help="show the pipeline's log")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("resolve", help="look a place or an armed group up")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=5)
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("extract", help="extract incidents from a JSON Lines file of articles")
    p.add_argument("file")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="measure extraction and alerts on a labelled corpus")
    p.add_argument("directory")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("ingest", help="process a JSON Lines file of articles, or one URL")
    p.add_argument("source")
    p.add_argument("--no-push", action="store_true", help="store, do not queue alerts")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("import-acled", help="import an ACLED CSV export")
    p.add_argument("file")
    p.add_argument("--no-push", action="store_true", help="store, do not queue alerts")
    p.set_defaults(func=cmd_import_acled)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `vigie extract ... | head`: the reader has seen enough
        sys.stderr.close()
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
