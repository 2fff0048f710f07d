"""Sources: RSS/Atom feeds, article pages, ACLED exports and JSON Lines files -> articles.

Each module is usable on its own; this package imports nothing eagerly so that a command which
only reads a JSON Lines file does not pay for httpx, feedparser or trafilatura.
"""

from __future__ import annotations

__all__: list[str] = []
