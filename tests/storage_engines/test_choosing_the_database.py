"""Issue 15: where the database is chosen: --database (window and command line), the
environment, and the window's saved choice; the command line prefers the option."""

from __future__ import annotations

import pytest

from unionapp.__main__ import _window_options
from unionapp.cli import build_parser
from unionapp.storage.engine import ENV_DATABASE_URL, chosen_database_url

pytestmark = pytest.mark.no_engine_pass


def test_window_only_arguments_may_name_a_server():
    url = "postgresql://u@h/db"
    assert _window_options([]) == {}
    assert _window_options(["--database", url]) == {"--database": url}
    assert _window_options([f"--database={url}", "--data-dir", "D"]) == {
        "--database": url,
        "--data-dir": "D",
    }
    assert _window_options(["--database", url, "check"]) is None  # a command
    assert _window_options(["--database"]) is None  # no value: argparse explains
    assert _window_options(["--data-dir", "a", "--data-dir", "b"]) is None


def test_the_option_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv(ENV_DATABASE_URL, "postgresql://env@h/db")
    assert chosen_database_url(None) == "postgresql://env@h/db"
    assert chosen_database_url("postgresql://opt@h/db") == "postgresql://opt@h/db"
    monkeypatch.delenv(ENV_DATABASE_URL)
    assert chosen_database_url(None) is None
    args = build_parser().parse_args(["--database", "postgresql://u@h/db", "db", "upgrade"])
    assert args.database == "postgresql://u@h/db" and args.func.__name__ == "run_upgrade"
