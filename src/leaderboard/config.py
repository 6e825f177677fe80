"""Where things live: the rules directory (overridable with LEADERBOARD_RULES or --rules)."""

from __future__ import annotations

import os
from pathlib import Path


def default_rules_dir() -> Path:
    """The project's ``rules/`` directory (beside ``src/`` in a checkout or editable install)."""
    env = os.environ.get("LEADERBOARD_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rules"
