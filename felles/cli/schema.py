"""`felles schema` (being built)."""

from __future__ import annotations

from felles.cli import app

_ = app
