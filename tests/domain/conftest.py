"""Fixtures of the domain tests: the bundled gazetteer, loaded once per session."""

from __future__ import annotations

import pytest

from bot.domain.gazetteer import Gazetteer, get_gazetteer

__all__ = ["gazetteer"]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (the cached instance the bot itself uses)."""
    return get_gazetteer()
